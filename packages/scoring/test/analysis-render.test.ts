/** The analysis renderers: Markdown and standalone HTML in the seed's order, escaped; spreadsheet rows. */
import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import {
  type Analysis,
  analyseFile,
  analysisSheets,
  cleanText,
  renderHtml,
  renderMarkdown,
  SECTION_IDS,
} from '../src/index.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const seed = () =>
  JSON.parse(readFileSync(new URL('../data/assessments/bueng-kan-2564.json', import.meta.url), 'utf8'));
const previous = { fiscalYear: 2563, total: 95.12, level: 'AA', indicators: { 6: 97.5 } };

function analyse(input: unknown, withPrevious = true): Analysis {
  const r = analyseFile(input, withPrevious ? { previous } : {});
  if (!r.analysis) throw new Error(JSON.stringify(r.issues));
  return r.analysis;
}

/** Positions of the needles, each searched after the previous one; fails the test naming the first one out of order. */
function positions(haystack: string, needles: string[]): number[] {
  let from = 0;
  return needles.map((n) => {
    const at = haystack.indexOf(n, from);
    expect(at, `missing, or out of order: ${n}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
    return at;
  });
}

const isIncreasing = (xs: number[]) => xs.every((x, k) => k === 0 || x > (xs[k - 1] as number));

const SEED_ORDER_TH = [
  '# รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2564 จังหวัดบึงกาฬ',
  '## สถานการณ์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2564',
  '## แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ประจำปีงบประมาณ พ.ศ. 2564',
  '### ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่',
  '### ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต',
  '## แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ประจำปีงบประมาณ พ.ศ. 2564',
  '### ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน',
  '### ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล',
  '#### ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน',
  '### ตัวชี้วัดที่ 10 การป้องกันการทุจริต',
  '#### ตัวชี้วัดย่อยที่ 10.2 มาตรการภายในเพื่อป้องกันการทุจริต',
  'สามารถวิเคราะห์ประเด็นปัญหาในเบื้องต้นได้เป็น 2 ระดับ ดังนี้',
  '## 1. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน ดังนี้',
  '### 1.1 แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)',
  'ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน มีคะแนนเท่ากับ 98.61 คะแนน พบว่ามีคะแนนน้อยที่สุดในกลุ่มเครื่องมือ',
  '### 1.3 แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)',
  '| 1 | O17 E-Service | ควรเปลี่ยนรูปแบบการนำเสนอ',
  '| 2 | O26 การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล | ควรแสดงรายงานการดำเนินการ',
  '## 2. ประเด็นที่จะต้องรักษาผลการดำเนินงานให้คงเดิมและพัฒนาให้ดียิ่งขึ้น ดังนี้',
  '| 1 | O1 โครงสร้าง |',
  '| 43 | O43 ',
  '## สรุปผลการประเมิน',
  'มีผลคะแนนสูงขึ้นเมื่อเปรียบเทียบกับปีที่ผ่านมา',
  'ระดับผลการประเมิน AA และมีคะแนนสูงเป็นอันดับที่ 1 ของประเทศ ในการประเมินประเภทจังหวัด',
  'ผ่านเกณฑ์การประเมิน 85 คะแนน',
  '## ข้อเสนอแนะสำหรับการประเมินประจำปีงบประมาณ พ.ศ. 2565',
  'ผ่านเกณฑ์การประเมินไม่ต่ำกว่า 85 คะแนน ควรดำเนินการตามประเด็น ดังต่อไปนี้',
  '1. **ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน**',
  '## ภาคผนวก: ค่าที่คำนวณได้ต่างจากผลที่ประกาศ',
];

describe('Markdown', () => {
  const md = renderMarkdown(analyse(seed()));

  it("has the seed's sections in the seed's order", () => {
    expect(isIncreasing(positions(md, SEED_ORDER_TH))).toBe(true);
  });

  it('has the tables: overview, 30 IIT and 15 EIT questions, 43 items, 43 items to maintain', () => {
    expect(md).toContain(
      '| **EIT คะแนนเฉลี่ย 98.94 (ผลที่ประกาศ; คำนวณได้ 98.96)** | 30 | คุณภาพการดำเนินงาน | - | 98.61 (ผลที่ประกาศ; คำนวณได้ 98.66) |',
    );
    expect(md).toContain('| e1 เจ้าหน้าที่ของหน่วยงานที่ท่านติดต่อ');
    expect(md.match(/^\| [ie]\d+ /gm)).toHaveLength(45);
    expect(md.match(/^\| O\d+ \| /gm)).toHaveLength(43);
    expect(md.match(/^\| \d+ \| O\d+ [^|]+\|$/gm)).toHaveLength(43);
    expect(md).toContain('| e1 เจ้าหน้าที่ของหน่วยงานที่ท่านติดต่อ ปฏิบัติงาน/ให้บริการแก่ท่าน');
    expect(md).toMatch(/\| e1 [^\n]*\| 0\.00% \| 0\.00% \| 3\.07% \| 96\.93% \| 98\.99 \|/);
    // every table row has as many cells as its header
    for (const table of md.split('\n\n').filter((b) => b.startsWith('| '))) {
      const rows = table.split('\n').filter(Boolean);
      const width = (rows[0] ?? '').split('|').length - 2;
      for (const r of rows) expect(r.replace(/\\\|/g, '').split('|').length - 2, r).toBe(width);
    }
  });

  it('writes English with --lang en', () => {
    const en = renderMarkdown(analyse(seed()), { lang: 'en' });
    expect(
      isIncreasing(
        positions(en, [
          '# Analysis of the Integrity and Transparency Assessment (ITA) results, fiscal year 2021 (B.E. 2564): Bueng Kan Province',
          '## Internal Integrity and Transparency Assessment (IIT)',
          '## External Integrity and Transparency Assessment (EIT)',
          '### Indicator 9: Information disclosure',
          '## 1. Weaknesses to fix first',
          '## 2. Strengths to maintain and build on',
          '## Conclusion',
          '## Recommendations for fiscal year 2022 (B.E. 2565)',
        ]),
      ),
    ).toBe(true);
    expect(en).not.toMatch(/ประเด็นที่เป็นข้อบกพร่อง/);
  });

  it('escapes user text: agency names and notes cannot inject markup', () => {
    const s = seed();
    s.agency.name = { th: '<script>alert(1)</script> | *x* [a](javascript:alert(1))', en: '<b>x</b>' };
    s.itemNotes.O17 = '1. <img src=x onerror=alert(1)>\n# not a heading | `code`';
    const md2 = renderMarkdown(analyse(s));
    expect(md2).not.toMatch(/(?<!\\)</);
    expect(md2).not.toMatch(/(?<!\\)\[a\]/);
    expect(md2).toContain('\\<script\\>alert(1)\\</script\\> \\| \\*x\\* \\[a\\](javascript:alert(1))');
    expect(md2).toContain('\\<img src=x onerror=alert(1)\\> # not a heading \\| \\`code\\`');
    expect(md2).not.toMatch(/^# not a heading/m);
  });
});

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  if ('childNodes' in node) for (const c of node.childNodes) walk(c, visit);
}

function elements(root: Node, name: string): Element[] {
  const out: Element[] = [];
  walk(root, (n) => {
    if (n.nodeName === name) out.push(n as Element);
  });
  return out;
}

function textOf(node: Node): string {
  let s = '';
  walk(node, (n) => {
    if (n.nodeName === '#text') s += (n as DefaultTreeAdapterMap['textNode']).value;
  });
  return s;
}

function parseStrict(html: string) {
  const errors: string[] = [];
  const doc = parse(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  return { doc, errors };
}

describe('HTML', () => {
  const html = renderHtml(analyse(seed()));
  const { doc, errors } = parseStrict(html);

  it('is a well-formed HTML document (no parse errors)', () => {
    expect(errors).toEqual([]);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(elements(doc, 'html')[0]?.attrs).toEqual([{ name: 'lang', value: 'th' }]);
  });

  it("has the sections in the seed's order, with their text", () => {
    const ids = elements(doc, 'section').map((s) => s.attrs.find((a) => a.name === 'id')?.value);
    expect(ids).toEqual([...SECTION_IDS]);
    const text = textOf(elements(doc, 'main')[0] as Node);
    const plain = SEED_ORDER_TH.map((s) =>
      s.replace(/^#+ /, '').replace(/\*\*/g, '').replace(/^1\. /, '').replace(/ \| /g, ''),
    );
    // Table rows become cells: check the headings and sentences (not the Markdown table rows) in order.
    const inOrder = plain.filter((s) => !s.startsWith('| '));
    expect(isIncreasing(positions(text, inOrder))).toBe(true);
    expect(elements(doc, 'table').length).toBeGreaterThan(20);
    const weak = elements(doc, 'section').find((s) => s.attrs.some((a) => a.value === 'weaknesses'));
    expect(textOf(weak as Node)).toContain('O17 E-Service');
  });

  it('has an A4 print stylesheet, a Thai font stack, no scripts and no external resources', () => {
    const css = textOf(elements(doc, 'style')[0] as Node);
    expect(css).toMatch(/@page\s*\{\s*size:\s*A4/);
    expect(css).toMatch(/@media print/);
    expect(css).toMatch(/font-family:[^;]*'Sarabun'[^;]*'Noto Sans Thai'/);
    expect(elements(doc, 'script')).toEqual([]);
    expect(html).not.toMatch(/\b(src|href)=/);
    const csp = elements(doc, 'meta').find((m) => m.attrs.some((a) => a.value === 'Content-Security-Policy'));
    expect(csp?.attrs.find((a) => a.name === 'content')?.value).toContain("default-src 'none'");
  });

  it('escapes user text: the agency name and notes come out as text, never as elements', () => {
    const s = seed();
    const evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)> "quoted" \'single\'';
    s.agency.name = { th: evil };
    s.itemNotes.O17 = `</td></tr></table><script>alert(2)</script>${evil}`;
    const out = renderHtml(analyse(s));
    const parsed = parseStrict(out);
    expect(parsed.errors).toEqual([]);
    expect(elements(parsed.doc, 'script')).toEqual([]);
    expect(elements(parsed.doc, 'img')).toEqual([]);
    expect(textOf(elements(parsed.doc, 'h1')[0] as Node)).toContain(evil);
    expect(textOf(elements(parsed.doc, 'title')[0] as Node)).toContain(evil);
    expect(textOf(elements(parsed.doc, 'main')[0] as Node)).toContain(`</td></tr></table><script>alert(2)</script>`);
    expect(out).not.toContain('<script');
  });

  it('embeds fonts as data: URLs, allowed by the CSP, and refuses anything that could break out of the stylesheet', () => {
    const a = analyse(seed());
    const font = {
      family: 'Sarabun',
      weight: 700,
      format: 'woff2' as const,
      base64: 'd09GMgABAAA=',
      unicodeRange: 'U+0E01-0E5B, U+200C-200D',
    };
    const out = renderHtml(a, { fonts: [font] });
    const p = parseStrict(out);
    expect(p.errors).toEqual([]);
    const css = textOf(elements(p.doc, 'style')[0] as Node);
    expect(css).toContain(
      "@font-face { font-family: 'Sarabun'; font-style: normal; font-weight: 700; font-display: block; src: url(data:font/woff2;base64,d09GMgABAAA=) format('woff2'); unicode-range: U+0E01-0E5B, U+200C-200D; }",
    );
    expect(css).toMatch(/html \{ font-family: 'Sarabun', 'TH Sarabun New'/);
    expect(out).toContain('img-src data:; font-src data:;');
    expect(renderHtml(a)).not.toContain('font-src');
    const sneaky = renderHtml(a, {
      fonts: [{ ...font, family: "x'; } body { display: none } @font-face { font-family: 'y" }],
    });
    expect(sneaky).toContain("font-family: 'x  body  display none  font-face  font-family y';");
    expect(() => renderHtml(a, { fonts: [{ ...font, base64: 'AAAA) } body { x: url(' }] })).toThrow(/not base64/);
    expect(() => renderHtml(a, { fonts: [{ ...font, unicodeRange: 'U+0E01; } body {' }] })).toThrow(/unicode-range/);
  });

  it('renders English with lang="en"', () => {
    const en = renderHtml(analyse(seed()), { lang: 'en' });
    const p = parseStrict(en);
    expect(p.errors).toEqual([]);
    expect(elements(p.doc, 'html')[0]?.attrs).toEqual([{ name: 'lang', value: 'en' }]);
    expect(textOf(elements(p.doc, 'h1')[0] as Node)).toContain('Bueng Kan Province');
  });
});

describe('spreadsheet rows', () => {
  const a = analyse(seed());
  const sheets = analysisSheets(a);

  it('has one sheet per part, valid for Excel, rows as wide as their columns', () => {
    expect(sheets.map((s) => s.id)).toEqual([
      'summary',
      'overview',
      'iit',
      'eit',
      'oit',
      'weaknesses',
      'strengths',
      'recommendations',
      'change',
      'discrepancies',
    ]);
    for (const s of sheets) {
      expect(s.name.length, s.id).toBeLessThanOrEqual(31);
      expect(s.name, s.id).not.toMatch(/[[\]:*?/\\]/);
      for (const r of s.rows) expect(r.length, `${s.id}: ${JSON.stringify(r)}`).toBe(s.columns.length);
    }
    expect(new Set(sheets.map((s) => s.name)).size).toBe(sheets.length);
  });

  it('carries the figures as numbers', () => {
    const get = (id: string) => sheets.find((s) => s.id === id);
    const ov = get('overview');
    const row6 = ov?.rows.find((r) => r[0] === 'EIT' && r[2] === 6);
    expect(row6?.slice(5)).toEqual([98.61, 'ประกาศ', 98.66, 98.61]);
    expect(get('oit')?.rows).toHaveLength(43);
    expect(
      get('oit')
        ?.rows.find((r) => r[2] === 'O17')
        ?.at(-1),
    ).toBe(seed().itemNotes.O17);
    expect(
      get('iit')
        ?.rows.filter((r) => r[1] === 'i4')
        .map((r) => r.slice(6, 10)),
    ).toEqual([
      [0, 100, null, null],
      [0, 100, null, null],
      [0, 100, null, null],
    ]);
    expect(
      get('eit')
        ?.rows.find((r) => r[1] === 'e1')
        ?.slice(6),
    ).toEqual([0, 0, 3.07, 96.93, 98.99, 98.99]);
    expect(get('strengths')?.rows).toHaveLength(4 + 43);
    expect(get('recommendations')?.rows.map((r) => r[2])).toEqual(['6', '5', 'O26', 'O17']);
    expect(get('summary')?.rows.find((r) => r[0] === 'คะแนนรวม')?.[1]).toBe(99.6);
    expect(get('change')?.rows[0]).toEqual(['total', 'คะแนนรวม', 95.12, 99.6, 4.48, 'สูงขึ้น']);
  });

  it('has English sheet names and columns with lang en', () => {
    const en = analysisSheets(a, { lang: 'en' });
    expect(en.map((s) => s.name)).toEqual([
      'Summary',
      'Overview',
      'IIT',
      'EIT',
      'OIT',
      'Weaknesses',
      'Strengths',
      'Recommendations',
      'Change',
      'Discrepancies',
    ]);
    expect(en[1]?.columns[0]).toBe('Instrument');
  });
});

describe('cleanText', () => {
  it('replaces what HTML flags and XML forbids, and leaves Thai, emoji and line breaks alone', () => {
    expect(cleanText('จังหวัด\tบึงกาฬ\n😀\r\n')).toBe('จังหวัด\tบึงกาฬ\n😀\r\n');
    expect(cleanText('a\u0000b\u0007c\u007fd\u0085e\ff')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe f');
    expect(cleanText('x\uD800y\uDC00z\uFFFE\uFDD0')).toBe('x\uFFFDy\uFFFDz\uFFFD\uFFFD');
    expect(cleanText('\u{1FFFF}\u{1F600}')).toBe('\uFFFD\u{1F600}');
  });
});
