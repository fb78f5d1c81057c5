/** Admin pages: tokens (create, secret shown once, sign in with it, revoke) and agencies (add, edit, publish). */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser';
import { api, checkPage, gql, session } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('API tokens', () => {
  it('creates a token whose secret works, then revokes it', async () => {
    const s = await session(browser, api().tokens.admin);
    try {
      const { page } = s;
      await page.goto('/admin/tokens');
      await page.getByLabel('ผู้ใช้ / ระบบ').waitFor();
      await checkPage(page, 'admin-tokens');
      await page.getByLabel('ผู้ใช้ / ระบบ').fill('ผู้ตรวจทดสอบ');
      await page.getByLabel('ใช้สำหรับ').fill('e2e token');
      await page.getByLabel('บทบาท').selectOption('READER');
      await page.getByRole('button', { name: 'สร้าง', exact: true }).click();
      const box = page.getByTestId('new-secret');
      await box.waitFor();
      const secret = ((await box.locator('code').textContent()) ?? '').trim();
      expect(secret.length).toBeGreaterThan(20);
      const who = await gql<{ viewer: { authenticated: boolean; role: string } }>(
        `query { viewer { authenticated role } }`,
        {},
        secret,
      );
      expect(who.viewer).toEqual({ authenticated: true, role: 'READER' });

      const row = page.locator('tbody tr').filter({ hasText: 'e2e token' });
      await row.getByRole('button', { name: 'เพิกถอน' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'เพิกถอน' }).click();
      await page.locator('.toast').filter({ hasText: 'e2e token' }).waitFor();
      const res = await fetch(`${api().url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: '{ viewer { authenticated } }' }),
      });
      expect(res.status).toBe(401);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('limits a token to an agency picked by part of its name: the API knows the limit', async () => {
    const { agencies } = await gql<{ agencies: { edges: { node: { id: string; name: { th: string } } }[] } }>(
      `query { agencies(first: 1) { edges { node { id name { th } } } } }`,
      {},
      api().tokens.reader,
    );
    const agency = agencies.edges[0]?.node;
    expect(agency, 'the demo data has agencies').toBeTruthy();
    if (!agency) return;
    const s = await session(browser, api().tokens.admin);
    try {
      const { page } = s;
      await page.goto('/admin/tokens');
      await page.getByLabel('ผู้ใช้ / ระบบ').fill('ผู้ตรวจประจำหน่วยงาน');
      await page.getByLabel('ใช้สำหรับ').fill('e2e limited token');
      await page.getByLabel('บทบาท').selectOption('AUDITOR');
      const picker = page.getByRole('combobox', { name: 'จำกัดเฉพาะหน่วยงาน (ไม่บังคับ)' });
      await picker.fill(agency.name.th.slice(0, Math.min(6, agency.name.th.length)));
      await expect
        .poll(() => page.locator(`datalist option[value="${agency.name.th}"]`).count(), { timeout: 10_000 })
        .toBe(1);
      await picker.fill(agency.name.th);
      // Picked: a removable chip, and the box is empty for the next one.
      await page.getByRole('button', { name: `เอา ${agency.name.th} ออก` }).waitFor();
      expect(await picker.inputValue()).toBe('');
      await page.getByRole('button', { name: 'สร้าง', exact: true }).click();
      const box = page.getByTestId('new-secret');
      await box.waitFor();
      const secret = ((await box.locator('code').textContent()) ?? '').trim();
      const who = await gql<{ viewer: { role: string; agencies: { id: string }[] | null } }>(
        `query { viewer { role agencies { id } } }`,
        {},
        secret,
      );
      expect(who.viewer).toEqual({ role: 'AUDITOR', agencies: [{ id: agency.id }] });
      const row = page.locator('tbody tr').filter({ hasText: 'e2e limited token' });
      await expect.poll(() => row.textContent()).toContain(agency.name.th);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('is not offered to a reviewer', async () => {
    const s = await session(browser, api().tokens.reviewer);
    try {
      const { page } = s;
      await page.goto('/admin/tokens');
      await page.getByText('หน้านี้สำหรับผู้ดูแลระบบ').waitFor();
      expect(await page.getByLabel('ผู้ใช้ / ระบบ').count()).toBe(0);
    } finally {
      await s.close();
    }
  });
});

describe('agencies', () => {
  it('adds an agency with its website, shows field errors, and edits it', async () => {
    const s = await session(browser, api().tokens.admin);
    try {
      const { page } = s;
      await page.goto('/admin/agencies');
      await page.locator('tbody tr').first().waitFor();
      await checkPage(page, 'admin-agencies');
      await page.getByRole('button', { name: 'เพิ่มหน่วยงาน' }).click();
      await page.getByLabel('ชื่อภาษาไทย').fill('เทศบาลตำบลทดสอบ');
      await page.getByLabel('ชื่อภาษาอังกฤษ').fill('Test Subdistrict Municipality');
      await page.getByLabel('รหัส (ใช้ใน URL)').fill('Not A Slug!');
      await page.getByLabel('ประเภทหน่วยงาน').selectOption('SUBDISTRICT_MUNICIPALITY');
      await page.getByLabel('จังหวัด', { exact: true }).fill('ทดสอบ');
      await page.getByLabel('เว็บไซต์ของหน่วยงาน').fill('https://www.test-tambon.go.th');
      await page.getByRole('button', { name: 'บันทึก' }).click();
      // The slug is refused, with the API's message beside the field.
      await page.locator('.field-error').first().waitFor();
      await page.getByLabel('รหัส (ใช้ใน URL)').fill('test-tambon');
      await page.getByRole('button', { name: 'บันทึก' }).click();
      await page.locator('.toast').filter({ hasText: 'เทศบาลตำบลทดสอบ' }).waitFor();
      const made = await gql<{ agency: { name: { th: string }; websites: string[]; type: string } }>(
        `query { agency(slug: "test-tambon") { name { th } websites type } }`,
        {},
        api().tokens.admin,
      );
      expect(made.agency).toEqual({
        name: { th: 'เทศบาลตำบลทดสอบ' },
        websites: ['https://www.test-tambon.go.th'],
        type: 'SUBDISTRICT_MUNICIPALITY',
      });

      // Edit: the name changes, the website stays.
      await page.getByPlaceholder('ชื่อหน่วยงาน จังหวัด หรือรหัส').fill('test-tambon');
      await page.getByRole('button', { name: 'แก้ไข เทศบาลตำบลทดสอบ' }).click();
      await expect.poll(() => page.getByLabel('เว็บไซต์ของหน่วยงาน').inputValue()).toBe('https://www.test-tambon.go.th');
      await page.getByLabel('ชื่อภาษาไทย').fill('เทศบาลตำบลทดสอบใหม่');
      await page.getByRole('button', { name: 'บันทึก' }).click();
      await page.locator('.toast').filter({ hasText: 'เทศบาลตำบลทดสอบใหม่' }).waitFor();
      const edited = await gql<{ agency: { name: { th: string }; websites: string[] } }>(
        `query { agency(slug: "test-tambon") { name { th } websites } }`,
        {},
        api().tokens.admin,
      );
      expect(edited.agency).toEqual({
        name: { th: 'เทศบาลตำบลทดสอบใหม่' },
        websites: ['https://www.test-tambon.go.th'],
      });
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('a long list', () => {
  it('draws only the rows in view of 200+ agencies, and reaches the last by scrolling', async () => {
    // 160 more agencies (no assessment, a province of their own): with the demo ones, past the 150-row mark where
    // the table starts to virtualise.
    const mutation = `mutation($input: AgencyInput!) { upsertAgency(input: $input) { __typename } }`;
    for (let k = 0; k < 160; k += 10)
      await Promise.all(
        Array.from({ length: 10 }, (_, j) =>
          gql<{ upsertAgency: { __typename: string } }>(
            mutation,
            {
              input: {
                slug: `long-list-${String(k + j).padStart(3, '0')}`,
                nameTh: `องค์การบริหารส่วนตำบลรายการยาว ${String(k + j).padStart(3, '0')}`,
                type: 'SUBDISTRICT_ADMINISTRATION',
                province: 'รายการยาว',
              },
            },
            api().tokens.admin,
          ),
        ),
      );
    const total = (
      await gql<{ agencies: { totalCount: number } }>(
        `query { agencies(first: 1) { totalCount } }`,
        {},
        api().tokens.admin,
      )
    ).agencies.totalCount;
    expect(total).toBeGreaterThan(150);

    const s = await session(browser, api().tokens.admin);
    try {
      const { page } = s;
      await page.goto('/admin/agencies');
      const table = page.locator('table.table').first();
      await table.locator('tbody tr[aria-rowindex]').first().waitFor();
      expect(Number(await table.getAttribute('aria-rowcount'))).toBe(Math.min(total, 200) + 1);
      const drawn = await table.locator('tbody tr[aria-rowindex]').count();
      expect(drawn).toBeGreaterThan(5);
      expect(drawn).toBeLessThan(100);
      // Scroll to the end: the last rows are drawn, the first ones are gone.
      await expect
        .poll(
          async () => {
            await page.mouse.wheel(0, 4000);
            return table.locator(`tbody tr[aria-rowindex="${Math.min(total, 200) + 1}"]`).count();
          },
          { timeout: 30_000, interval: 50 },
        )
        .toBe(1);
      expect(await table.locator('tbody tr[aria-rowindex="2"]').count()).toBe(0);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
