/** Sign-in with an API token: a wrong one is refused on the page, a right one shows who and what it may do. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../browser';
import { api, checkPage, session } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('refuses a wrong token, signs in with a reviewer token, shows the role’s pages, signs out', async () => {
  const s = await session(browser);
  try {
    const { page } = s;
    await page.goto('/sign-in');
    await page.getByTestId('token-input').waitFor();
    await checkPage(page, 'sign-in');
    // Anonymous: no review queue in the menu.
    expect(
      await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ตรวจหลักฐาน' }).count(),
    ).toBe(0);

    await page.getByTestId('token-input').fill('oit_not_a_real_token_0000000000');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).first().click();
    await page.getByRole('alert').filter({ hasText: 'เซิร์ฟเวอร์ไม่รับโทเค็นนี้' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('openita.token'))).toBeNull();

    await page.getByTestId('token-input').fill(api().tokens.reviewer);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).first().click();
    await page.waitForURL((u) => u.pathname === '/');
    await expect.poll(() => page.getByTestId('whoami').textContent()).toContain('ผู้พิจารณาหลักฐาน');
    const nav = page.getByRole('navigation', { name: 'เมนูหลัก' });
    await nav.getByRole('link', { name: 'ตรวจหลักฐาน' }).waitFor();
    expect(await nav.getByRole('link', { name: 'โทเค็น API' }).count()).toBe(0);

    await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
    await page.getByRole('link', { name: 'เข้าสู่ระบบ' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('openita.token'))).toBeNull();
    expect(await nav.getByRole('link', { name: 'ตรวจหลักฐาน' }).count()).toBe(0);
    expect(s.errors).toEqual([]);
  } finally {
    await s.close();
  }
});

it('drops a stored token the API no longer accepts, says so, and goes on as a guest', async () => {
  const s = await session(browser, 'oit_revoked_or_mistyped_0000000000');
  try {
    const { page } = s;
    await page.goto('/');
    await page.getByRole('alert').filter({ hasText: 'เซิร์ฟเวอร์ไม่รับโทเค็นที่บันทึกไว้แล้ว' }).waitFor();
    // The public dashboard still loads, anonymously.
    await page.getByTestId('agency-table').locator('tbody tr').first().waitFor();
    expect(await page.evaluate(() => localStorage.getItem('openita.token'))).toBeNull();
    await page.getByRole('link', { name: 'เข้าสู่ระบบใหม่' }).click();
    await page.waitForURL(/\/sign-in/);
    expect(s.errors).toEqual([]);
  } finally {
    await s.close();
  }
});

it('answers an unknown address with a page that says so', async () => {
  const s = await session(browser);
  try {
    const { page } = s;
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'ไม่พบหน้าที่ต้องการ' }).waitFor();
    await checkPage(page, 'not-found');
    await page.goto('/agencies/no-such-agency');
    await page.getByRole('heading', { name: 'ไม่พบหน่วยงาน' }).waitFor();
    expect(s.errors).toEqual([]);
  } finally {
    await s.close();
  }
});
