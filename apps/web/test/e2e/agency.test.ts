/**
 * The public side: the dashboard (filters, Thai search, level distribution), Bueng Kan's assessment (the official
 * 99.60 AA headlined, OpenITA's 99.61 and the indicator 6 discrepancy beside it), what-if, the English switch, and
 * the analysis report with its print layout and exports.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { formatScore, parseAssessment, score } from '@openita/scoring';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser';
import { checkPage, session } from './helpers';

const require = createRequire(import.meta.url);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('dashboard', () => {
  it('lists agencies with score, level and rank, and finds Bueng Kan by its Thai name', async () => {
    const s = await session(browser);
    try {
      const { page } = s;
      await page.goto('/');
      await page.getByTestId('agency-table').locator('tbody tr').first().waitFor();
      const rows = await page.getByTestId('agency-table').locator('tbody tr').count();
      expect(rows).toBeGreaterThan(10);
      // The distribution counts every level present, and they add up to the agencies with a score.
      const dist = page.getByTestId('level-distribution');
      await expect.poll(() => dist.textContent()).toContain('AA');
      await checkPage(page, 'dashboard');

      await page.getByTestId('search').fill('จังหวัดบึงกาฬ');
      await expect
        .poll(() => page.getByTestId('agency-table').locator('tbody tr').count(), { timeout: 10_000 })
        .toBe(1);
      const row = page.getByTestId('agency-table').locator('tbody tr').first();
      expect(await row.textContent()).toContain('จังหวัดบึงกาฬ');
      expect(await row.textContent()).toContain('99.60');
      expect(await row.locator('[data-level]').getAttribute('data-level')).toBe('AA');
      expect(page.url()).toContain('q=');

      await row.getByRole('link', { name: 'จังหวัดบึงกาฬ' }).click();
      await page.waitForURL(/\/agencies\/bueng-kan/);
      await page.getByTestId('headline-total').waitFor();
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('filters by level from the distribution and by type', async () => {
    const s = await session(browser);
    try {
      const { page } = s;
      await page.goto('/');
      await page.getByTestId('agency-table').locator('tbody tr').first().waitFor();
      await page.getByRole('button', { name: /^แสดงเฉพาะระดับ AA/ }).click();
      await expect.poll(() => page.url()).toContain('level=AA');
      const levels = () =>
        page
          .getByTestId('agency-table')
          .locator('tbody [data-level]')
          .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-level')))]);
      await expect.poll(levels).toEqual(['AA']);

      await page.getByLabel('ประเภทหน่วยงาน').selectOption('PROVINCE');
      await expect.poll(() => page.url()).toContain('type=PROVINCE');
      // Provinces only, all at AA, Bueng Kan among them.
      await expect
        .poll(() => page.getByTestId('agency-table').locator('tbody tr').allTextContents())
        .toSatisfy(
          (rows: string[]) =>
            rows.length > 0 && rows.every((r) => r.includes('จังหวัด')) && rows.some((r) => r.includes('จังหวัดบึงกาฬ')),
        );
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('Bueng Kan FY2564', () => {
  it('headlines the official 99.60 AA, with OpenITA’s 99.61 and the indicator 6 discrepancy beside it', async () => {
    const s = await session(browser);
    try {
      const { page } = s;
      await page.goto('/agencies/bueng-kan');
      await page.getByTestId('headline-total').waitFor();
      expect(await page.getByTestId('headline-total').textContent()).toBe('99.60');
      expect(await page.getByTestId('headline').locator('[data-level]').getAttribute('data-level')).toBe('AA');
      expect(await page.getByTestId('official-tag').textContent()).toBe('ผลอย่างเป็นทางการ');
      expect(await page.getByTestId('recomputed').textContent()).toContain('99.61');

      const recon = page.getByTestId('reconciliation');
      const ind6 = recon.locator('tr[data-path="indicators.6"]');
      expect(await ind6.textContent()).toContain('98.61');
      expect(await ind6.textContent()).toContain('98.66');
      expect(await recon.locator('tr[data-path="total"]').textContent()).toContain('99.60');

      // Every O1–O43 item passes in the seed.
      const checklist = page.getByTestId('checklist');
      expect(await checklist.locator('li[data-item]').count()).toBe(43);
      expect(await checklist.locator('li[data-status="pass"]').count()).toBe(43);
      // Questions with their answer shares: e1 is 3.07 % มาก, 96.93 % มากที่สุด.
      await page.locator('summary', { hasText: 'ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน' }).click();
      const e1 = page.locator('tr[data-question="e1"]');
      expect(await e1.textContent()).toContain('98.99');
      expect(await e1.locator('[role="img"]').getAttribute('aria-label')).toContain('96.93%');
      await checkPage(page, 'agency-bueng-kan');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('what-if: losing O42 (10.2, 5 points of the total) takes the computed 99.61 below AA', async () => {
    // What the scoring package says the totals are, from the seed file.
    const seed = JSON.parse(
      readFileSync(require.resolve('@openita/scoring/data/assessments/bueng-kan-2564.json'), 'utf8'),
    );
    const a = parseAssessment(seed).assessment;
    if (!a) throw new Error('the seed file does not parse');
    const total = (items: Record<string, boolean>) => score({ ...a, items: { ...a.items, ...items } });
    const withoutO42 = total({ O42: false });
    const withoutBoth = total({ O42: false, O1: false });
    expect(formatScore(total({}).total)).toBe('99.61');
    expect(withoutO42.level).toBe('A');

    const s = await session(browser);
    try {
      const { page } = s;
      await page.goto('/agencies/bueng-kan');
      const whatIf = page.getByTestId('what-if');
      await whatIf.waitFor();
      expect(await page.getByTestId('what-if-total').textContent()).toBe('99.61');
      await whatIf.locator('summary').click();
      await whatIf.locator('input[data-item="O42"]').uncheck();
      await expect.poll(() => page.getByTestId('what-if-total').textContent()).toBe(formatScore(withoutO42.total));
      expect(await page.getByTestId('what-if-delta').textContent()).toBe('−5.00');
      expect(await whatIf.locator('.whatif-total [data-level]').getAttribute('data-level')).toBe('A');
      // A 9.1 item weighs 0.44: losing O1 as well.
      await whatIf.locator('input[data-item="O1"]').uncheck();
      await expect.poll(() => page.getByTestId('what-if-total').textContent()).toBe(formatScore(withoutBoth.total));
      expect(await page.getByTestId('what-if-delta').textContent()).toBe('−5.44');
      await whatIf.getByRole('button', { name: 'กลับเป็นค่าจริง' }).click();
      await expect.poll(() => page.getByTestId('what-if-total').textContent()).toBe('99.61');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('switches to English and back, and keeps the choice', async () => {
    const s = await session(browser);
    try {
      const { page } = s;
      await page.goto('/agencies/bueng-kan');
      await page.getByTestId('official-tag').waitFor();
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await expect.poll(() => page.getByTestId('official-tag').textContent()).toBe('Official result');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.locator('h1').textContent()).toBe('Bueng Kan Province');
      await checkPage(page, 'agency-bueng-kan-en');
      await page.reload();
      await page.getByTestId('official-tag').waitFor();
      expect(await page.getByTestId('official-tag').textContent()).toBe('Official result');
      await page.getByRole('button', { name: 'เปลี่ยนเป็นภาษาไทย' }).click();
      await expect.poll(() => page.getByTestId('official-tag').textContent()).toBe('ผลอย่างเป็นทางการ');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('the analysis report', () => {
  it('follows the seed’s order, prints on A4 without the app’s chrome, and exports XLSX and CSV', async () => {
    const s = await session(browser);
    try {
      const { page } = s;
      await page.goto('/agencies/bueng-kan/report');
      const report = page.getByTestId('report');
      await report.waitFor();
      const sections = await report
        .locator('[data-section]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-section')));
      expect(sections.slice(0, 6)).toEqual(['overview', 'iit', 'eit', 'oit', 'weaknesses', 'strengths']);
      const text = (await report.textContent()) ?? '';
      expect(text).toContain('จังหวัดบึงกาฬ');
      expect(text).toContain('99.60');
      // The seed's weakest EIT indicator.
      expect(text).toContain('คุณภาพการดำเนินงาน');
      await checkPage(page, 'report-bueng-kan');

      // Print: the toolbar and the app's header are not printed; pages are A4.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.topbar').isVisible()).toBe(false);
      expect(await page.locator('.report-toolbar').isVisible()).toBe(false);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const mediaBoxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
      expect(mediaBoxes.length).toBeGreaterThan(2);
      for (const m of mediaBoxes) {
        expect(Math.round(Number(m[1]))).toBe(595);
        expect(Math.round(Number(m[2]))).toBe(842);
      }
      await page.emulateMedia({ media: 'screen' });

      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
      expect(xlsx.suggestedFilename()).toMatch(/^bueng-kan-2564-ita-analysis-th\.xlsx$/);
      const wb = new ExcelJS.Workbook();
      const bytes = readFileSync(await xlsx.path());
      await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      const names = wb.worksheets.map((w) => w.name);
      expect(names).toContain('ภาพรวม');
      const summary = wb.getWorksheet('สรุป');
      const values = summary?.getSheetValues().flat().map(String) ?? [];
      expect(values).toContain('99.6');
      expect(values).toContain('AA');

      await page.locator('.report-toolbar select').selectOption('overview');
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      const csvText = readFileSync(await csv.path(), 'utf8');
      expect(csvText.charCodeAt(0)).toBe(0xfeff);
      expect(csvText).toContain('การปฏิบัติหน้าที่');
      expect(csvText.split('\r\n').length).toBeGreaterThan(10);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
