/**
 * The standalone HTML report printed to PDF in real Chromium (the A4 print stylesheet), and the PDF's text read
 * back with pdf.js: A4 pages, the Thai text of the seed's analysis, in order. Sarabun is embedded by the CLI, so
 * the Thai prints even where the machine has no Thai font.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const bin = new URL('../bin/openita.js', import.meta.url).pathname;
const seedPath = new URL('../../../packages/scoring/data/assessments/bueng-kan-2564.json', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'openita-pdf-'));

async function pdfText(data: Uint8Array): Promise<{ pages: { width: number; height: number; text: string }[] }> {
  const task = getDocument({ data, disableFontFace: true, useSystemFonts: false });
  const doc = await task.promise;
  const pages: { width: number; height: number; text: string }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items.map((i) => ('str' in i ? i.str : '')).join('');
    pages.push({ width, height, text });
  }
  await task.destroy();
  return { pages };
}

/**
 * Text as compared: without whitespace (line breaks in a PDF fall anywhere), sara am decomposed (NFKD), and
 * without Thai marks above and below the line (tone marks, above/below vowels, nikhahit): Chromium draws those
 * with positional glyph variants that carry no Unicode mapping in its PDF, so pdf.js reads "ที่" as "ที\0" and
 * "เปิด" as "เป\0ด". Consonants, leading and following vowels and digits must all be there, in order.
 */
const squash = (s: string) =>
  s
    .normalize('NFKD')
    .replaceAll('\u0000', '')
    .replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '')
    .replace(/\s+/g, '');

describe('the report printed to PDF in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser;
  const htmlPath = join(tmp, 'report.html');

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `Chromium at ${CHROMIUM}`).toBe(true);
    const r = spawnSync(process.execPath, [bin, 'report', seedPath, '--format', 'html', '--out', htmlPath], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('prints A4 pages with the analysis text in Thai, in the seed order', async () => {
    const html = readFileSync(htmlPath, 'utf8');
    expect(html).toContain('font/woff2;base64,');
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith('data:')) blocked.push(req.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => true)');
    const sarabun = await page.evaluate("document.fonts.check('16px Sarabun', 'ตัวชี้วัด')");
    expect(sarabun).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    expect(blocked).toEqual([]); // the page loads nothing from outside

    const { pages } = await pdfText(new Uint8Array(pdf));
    expect(pages.length).toBeGreaterThan(4);
    for (const p of pages) {
      expect(p.width).toBeCloseTo(595.28, 0); // A4: 210 × 297 mm
      expect(p.height).toBeCloseTo(841.89, 0);
    }
    const text = squash(pages.map((p) => p.text).join('\n'));
    let from = 0;
    for (const needle of [
      'รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส',
      'จังหวัดบึงกาฬ',
      'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน(IIT)',
      'ตัวชี้วัดที่9การเปิดเผยข้อมูล',
      '1.ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน',
      'ตัวชี้วัดที่6คุณภาพการดำเนินงานมีคะแนนเท่ากับ98.61คะแนน',
      'O17E-Service',
      '2.ประเด็นที่จะต้องรักษาผลการดำเนินงานให้คงเดิมและพัฒนาให้ดียิ่งขึ้น',
      'O43',
      'ระดับผลการประเมินAAและมีคะแนนสูงเป็นอันดับที่1ของประเทศในการประเมินประเภทจังหวัด',
      'ผ่านเกณฑ์การประเมินไม่ต่ำกว่า85คะแนน',
    ]) {
      const at = text.indexOf(squash(needle), from);
      expect(at, `missing, or out of order, in the PDF: ${needle}`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
    // Each part of the report starts on a new page (the print stylesheet's page breaks).
    const startsWith = (needle: string) => pages.findIndex((p) => squash(p.text).includes(squash(needle)));
    const iit = startsWith('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ประจำปีงบประมาณ');
    const eit = startsWith('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ประจำปีงบประมาณ');
    expect(iit).toBeGreaterThan(0);
    expect(eit).toBeGreaterThan(iit);
    expect(squash(pages[iit]?.text ?? '').startsWith(squash('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน'))).toBe(true);
  });
});
