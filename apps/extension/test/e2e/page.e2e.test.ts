/**
 * The extension in real Chromium on the fixture agency site (no API needed): the checks on the live DOM, pointing at
 * proof on the page, following the tab, and the site scan with PDFs read by pdf.js inside the extension.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, startFixtureSite } from '../fixtures/site';
import { type Browser, launchWithExtension, openPanel, openSite } from './harness';

let site: FixtureSite;
let browser: Browser;

beforeAll(async () => {
  site = await startFixtureSite();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function checked(panel: Page) {
  await panel.getByTestId('tab-page').click();
  await panel.locator('[data-testid="page-view"][data-state="done"]').waitFor({ timeout: 30_000 });
}

describe('the page in front of the auditor', () => {
  it('contact page: O5 passes with its five elements, each pointing at the page', async () => {
    const { page, tabId } = await openSite(browser, `${site.origin}/contact.html`);
    const panel = await openPanel(browser, tabId);
    await checked(panel);
    const o5 = panel.locator('li.item[data-item="O5"]');
    await expect(o5.getAttribute('data-verdict')).resolves.toBe('pass');
    await panel.getByTestId('item-O5').click();
    const criteria = o5.locator('ul.criteria > li');
    await expect(
      criteria.evaluateAll((els) => els.map((e) => [e.getAttribute('data-criterion'), e.getAttribute('data-met')])),
    ).resolves.toEqual([
      ['address', 'true'],
      ['phone', 'true'],
      ['fax', 'true'],
      ['email', 'true'],
      ['map', 'true'],
    ]);

    // Clicking a criterion outlines its element on the page.
    await panel.getByTestId('criterion-O5-address').click();
    const overlay = page.locator('#openita-highlight-overlay');
    await overlay.waitFor({ state: 'attached' });
    const path = await overlay.getAttribute('data-path');
    expect(path).toBeTruthy();
    const target = await page.evaluate((p) => document.querySelector(p as string)?.textContent ?? '', path);
    expect(target).toContain('ตำบลวิศิษฐ์');
    expect(await o5.locator('[data-criterion="address"] .warn, [data-criterion="address"] .error').count()).toBe(0);
    await panel.getByTestId('criterion-O5-map').click();
    // (The overlay is already there, outlining the address: polled until it moves to the map.)
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              document.querySelector(document.getElementById('openita-highlight-overlay')?.dataset.path ?? 'x')
                ?.tagName,
          ),
        { timeout: 10_000 },
      )
      .toBe('IFRAME');
    await panel.close();
    await page.close();
  });

  it('follows its tab: navigating the audited tab checks the new page', async () => {
    const { page, tabId } = await openSite(browser, `${site.origin}/contact.html`);
    const panel = await openPanel(browser, tabId);
    await checked(panel);
    await page.goto(`${site.origin}/executives.html`);
    await panel.locator('li.item[data-item="O2"]').waitFor({ timeout: 30_000 });
    await expect(panel.locator('li.item[data-item="O5"]').count()).resolves.toBe(0);
    expect(await panel.getByTestId('target').textContent()).toContain('ข้อมูลผู้บริหาร');
    await panel.close();
    await page.close();
  });

  it('speaks Thai first and switches to English', async () => {
    const { page, tabId } = await openSite(browser, `${site.origin}/contact.html`);
    const panel = await openPanel(browser, tabId);
    await checked(panel);
    expect(await panel.getByTestId('check-page').textContent()).toBe('ตรวจอีกครั้ง');
    await panel.getByTestId('lang-en').click();
    await panel.getByText('Check again').waitFor();
    expect(await panel.locator('li.item[data-item="O5"] .badge').first().textContent()).toBe('Pass');
    await panel.getByTestId('lang-th').click();
    await panel.getByText('ตรวจอีกครั้ง').waitFor();
    await panel.close();
    await page.close();
  });
});

describe('site scan', () => {
  it('finds the OIT index from the home page and gives a 43-row checklist, 2 requests at a time', async () => {
    const { page, tabId } = await openSite(browser, `${site.origin}/`);
    const panel = await openPanel(browser, tabId);
    await panel.getByTestId('tab-site').click();
    await panel.getByTestId('scan-start-url').fill(`${site.origin}/`);
    const before = site.stats.requests;
    site.stats.maxInFlight = 0;
    await panel.getByTestId('scan-start').click();
    await panel.locator('[data-testid="site-view"][data-phase="done"]').waitFor({ timeout: 60_000 });
    const rows = panel.locator('[data-testid="scan-checklist"] tr');
    expect(await rows.count()).toBe(43);
    const verdict = (id: string) =>
      panel.locator(`[data-testid="scan-checklist"] tr[data-item="${id}"]`).getAttribute('data-verdict');
    expect(await verdict('O5')).toBe('pass');
    // No link on the index: fail, and the row says so.
    expect(await verdict('O4')).toBe('fail');
    await expect(panel.locator('tr[data-item="O4"]').textContent()).resolves.toContain('ไม่มีลิงก์ในหน้ารวมข้อมูล OIT');
    // A link that does not load, and a scanned PDF: for a person to judge.
    expect(await verdict('O3')).toBe('needs-review');
    expect(await verdict('O13')).toBe('needs-review');
    await expect(panel.locator('tr[data-item="O13"]').textContent()).resolves.toContain('PDF ไม่มีข้อความ');
    // The text PDF was read by pdf.js in the extension (its verdict comes from its text, not from an error).
    await panel.locator('tr[data-item="O10"] button.link').first().click();
    const o10 = await panel.locator('tr[data-item="O10"] ul.links li').first().textContent();
    expect(o10).toContain('(PDF)');
    expect(o10).not.toMatch(/—/);
    // …and its Thai text ("แผนดำเนินงานประจำปีงบประมาณ พ.ศ. 2564") makes O10 pass.
    expect(await verdict('O10')).toBe('pass');
    const progress = panel.getByTestId('scan-progress');
    expect(await progress.getAttribute('data-done')).toBe(await progress.getAttribute('data-total'));
    expect(await panel.getByTestId('scan-summary').textContent()).toMatch(/จาก 43 ข้อ/);
    // Politeness: never more than 2 requests at a time to the site.
    expect(site.stats.requests - before).toBeGreaterThan(8);
    expect(site.stats.maxInFlight).toBeLessThanOrEqual(2);
    expect(site.stats.paths).toContain('/ita-2564.html');
    // robots.txt read (and kept to) from inside the extension too.
    expect(site.stats.paths).toContain('/robots.txt');
    expect(site.stats.paths).toContain('/docs/o10-plan-2564.pdf');
    await panel.close();
    await page.close();
  });
});
