/**
 * Importing an assessment file: a file with a bad question shows the error against that question (in the browser
 * first, then as the server's answer, with nothing changed); a file that is not JSON says where; a good file
 * imports and its scorecard opens.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser';
import { api, checkPage, gql, session } from './helpers';

const require = createRequire(import.meta.url);
const seedFile = () =>
  JSON.parse(readFileSync(require.resolve('@openita/scoring/data/assessments/bueng-kan-2564.json'), 'utf8')) as Record<
    string,
    unknown
  >;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function upload(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByTestId('import-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

describe('import', () => {
  it('shows a bad question’s error against that question, and the server refuses the file without changing anything', async () => {
    // i27 as the seed prints it: 0 / 4.44 / 0 / 100 — 104.44 %.
    const file = seedFile();
    const agency = file.agency as Record<string, unknown>;
    file.agency = { ...agency, id: 'import-test-bad', name: { th: 'หน่วยงานทดสอบนำเข้า', en: 'Import test agency' } };
    (file.iit as Record<string, unknown>).i27 = [0, 4.44, 0, 100];
    (file.eit as Record<string, unknown>).e99 = [0, 0, 0, 100];

    const s = await session(browser, api().tokens.admin);
    try {
      const { page } = s;
      await page.goto('/import');
      await page.getByTestId('import-file').waitFor({ state: 'attached' });
      await upload(page, 'bad.json', JSON.stringify(file, null, 2));
      const local = page.getByTestId('import-issues').first();
      await local.waitFor();
      const i27 = local.locator('tr[data-target="q:i27"]');
      // The row names the question (its indicator, 5) beside the value the file gave and the problem.
      expect(await i27.textContent()).toContain('ตัวชี้วัดที่ 5');
      expect(await i27.textContent()).toContain('[0,4.44,0,100]');
      expect(await i27.textContent()).toMatch(/104\.44|100/);
      expect(await local.locator('tr[data-target="q:e99"]').count()).toBe(1);

      await page.getByTestId('import-submit').click();
      const server = page.getByTestId('import-errors');
      await server.waitFor();
      expect(await server.locator('tr[data-target="q:i27"]').count()).toBe(1);
      expect(await server.textContent()).toContain('file.iit.i27');
      await checkPage(page, 'import-errors');

      // Nothing was imported.
      const found = await gql<{ agency: unknown }>(
        `query { agency(slug: "import-test-bad") { id } }`,
        {},
        api().tokens.admin,
      );
      expect(found.agency).toBeNull();
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('says where a file stops being JSON', async () => {
    const s = await session(browser, api().tokens.admin);
    try {
      const { page } = s;
      await page.goto('/import');
      await page.getByTestId('import-file').waitFor({ state: 'attached' });
      await checkPage(page, 'import');
      await upload(page, 'broken.json', '{\n  "framework": "nacc-ita-2564",\n  "iit": { "i1": [0, 0, 0, 100], }\n}\n');
      const alert = page.getByTestId('import-syntax');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('บรรทัด 3');
      expect(await page.getByTestId('import-submit').count()).toBe(0);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('imports a good file for a new agency and opens its scorecard', async () => {
    const file = seedFile();
    const agency = file.agency as Record<string, unknown>;
    file.agency = {
      ...agency,
      id: 'import-test-good',
      name: { th: 'จังหวัดทดสอบนำเข้า', en: 'Import Test Province' },
      province: 'ทดสอบ',
    };
    const s = await session(browser, api().tokens.admin);
    try {
      const { page } = s;
      await page.goto('/import');
      await page.getByTestId('import-file').waitFor({ state: 'attached' });
      await upload(page, 'good.json', JSON.stringify(file));
      await page.getByText('ไม่พบปัญหา').waitFor();
      await page.getByTestId('import-submit').click();
      const done = page.getByTestId('import-done');
      await done.waitFor();
      expect(await done.textContent()).toContain('99.60');
      await done.getByRole('link', { name: 'ดูผลการประเมิน' }).click();
      await page.waitForURL(/\/agencies\/import-test-good/);
      await expect.poll(() => page.getByTestId('headline-total').textContent()).toBe('99.60');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('is for administrators: a reviewer is told, and the API would refuse', async () => {
    const s = await session(browser, api().tokens.reviewer);
    try {
      const { page } = s;
      await page.goto('/import');
      await page.getByText('การนำเข้าต้องใช้โทเค็นบทบาทผู้ดูแลระบบ').waitFor();
      await upload(page, 'x.json', JSON.stringify(seedFile()));
      expect(await page.getByTestId('import-submit').isDisabled()).toBe(true);
    } finally {
      await s.close();
    }
  });
});
