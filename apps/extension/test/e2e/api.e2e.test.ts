/**
 * The auditor's whole path, end to end: the built extension in real Chromium, the fixture agency site and the real
 * OpenITA API (startTestServer: a fresh PGlite with the demo data and one token per role), all on 127.0.0.1.
 * Settings checked against the API → the agency found by the site's origin → O5 passes on the contact page →
 * submit → the evidence is in the API (hash, screenshot, checks) → a reviewer accepts it → the item turns green in
 * the panel. Then the API goes down: the submission waits in the queue, and is delivered exactly once when the API
 * is back — also across a browser restart.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '@openita/api/test-support';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, startFixtureSite } from '../fixtures/site';
import { type Browser, currentWorker, EXT_ROOT, launchWithExtension, newProfile, openPanel, openSite } from './harness';

/** The reviewers' web UI, when it is built (apps/web): the API serves it at /, and the review happens there. */
const WEB_DIST = join(EXT_ROOT, '..', 'web', 'dist');
const haveWeb = existsSync(join(WEB_DIST, 'index.html'));

let site: FixtureSite;
let api: TestServer;
let agencyId: string;

const gql = async <T>(
  query: string,
  variables: Record<string, unknown>,
  role: 'admin' | 'reviewer' | 'auditor',
): Promise<T> => {
  const r = await api.request<T>(query, variables, role);
  if (r.errors?.length) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.data as T;
};

const EVIDENCE = `query($agency: ID!) { evidence(filter: { agencies: [$agency] }, first: 50) { totalCount edges { node {
  id itemIds status verdict url htmlSha256 note screenshotUrl
  clientChecks { items { id verdict criteria { id met } } } serverChecks { items { id verdict } } } } } }`;

type EvidenceNode = {
  id: string;
  itemIds: string[];
  status: string;
  verdict: string;
  url: string;
  htmlSha256: string;
  note: string | null;
  screenshotUrl: string | null;
  clientChecks: { items: { id: string; verdict: string; criteria: { id: string; met: boolean | null }[] }[] } | null;
  serverChecks: { items: { id: string; verdict: string }[] } | null;
};
const evidence = async () =>
  (
    await gql<{ evidence: { totalCount: number; edges: { node: EvidenceNode }[] } }>(
      EVIDENCE,
      { agency: agencyId },
      'reviewer',
    )
  ).evidence;

/** The API is down: its server stops (the port refuses connections); the database stays. */
const apiDown = () => api.stop();
/** The API is back: a new server on the same port, same data. */
const apiUp = () => api.restart();

beforeAll(async () => {
  site = await startFixtureSite();
  api = await startTestServer(haveWeb ? { config: { webDist: WEB_DIST } } : {});
  const created = await gql<{ upsertAgency: { __typename: string; agency?: { id: string }; message?: string } }>(
    `mutation($input: AgencyInput!) { upsertAgency(input: $input) { __typename ... on UpsertAgencyPayload { agency { id } } ... on Error { message } } }`,
    {
      input: {
        slug: 'ban-thotsop',
        nameTh: 'องค์การบริหารส่วนตำบลบ้านทดสอบ',
        nameEn: 'Ban Thotsop Subdistrict Administrative Organization',
        type: 'SUBDISTRICT_ADMINISTRATION',
        province: 'บึงกาฬ',
        websites: [site.origin],
      },
    },
    'admin',
  );
  if (!created.upsertAgency.agency) throw new Error(`upsertAgency: ${created.upsertAgency.message}`);
  agencyId = created.upsertAgency.agency.id;
});
afterAll(async () => {
  await api?.close();
  await site?.close();
});

async function configure(panel: Page): Promise<void> {
  await panel.getByTestId('tab-settings').click();
  await panel.getByTestId('api-url').fill(api.url);
  await panel.getByTestId('api-token').fill(api.tokens.auditor);
  await panel.getByTestId('save-settings').click();
  await panel.locator('[data-testid="connection"][data-state="ok"]').waitFor({ timeout: 20_000 });
}

async function submitO5(panel: Page, note: string): Promise<string> {
  await panel.getByTestId('tab-page').click();
  await panel.locator('[data-testid="page-view"][data-state="done"]').waitFor({ timeout: 30_000 });
  await panel.getByTestId('select-O5').check();
  await panel.getByTestId('submit-note').fill(note);
  await panel.getByTestId('submit-send').click();
  const result = panel.getByTestId('submit-result');
  await result.waitFor({ timeout: 30_000 });
  return (await result.getAttribute('data-entry')) as string;
}

describe('with the real API', () => {
  let browser: Browser;
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    ({ page } = await openSite(browser, `${site.origin}/contact.html`));
    const tabId = await (await currentWorker(browser)).evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1,
      page.url(),
    );
    panel = await openPanel(browser, tabId);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('settings: the token is checked against the API at once, and a bad one is refused with the reason', async () => {
    await panel.getByTestId('tab-settings').click();
    await panel.getByTestId('api-url').fill(api.url);
    await panel.getByTestId('api-token').fill('not-a-token');
    await panel.getByTestId('save-settings').click();
    // An unknown token: refused by the server.
    await panel.locator('[data-testid="connection"][data-reason="auth"]').waitFor({ timeout: 20_000 });
    // A reader's token: valid, but it may not submit evidence; the panel says whose it is.
    await panel.getByTestId('api-token').fill(api.tokens.reader);
    await panel.getByTestId('save-settings').click();
    await panel.locator('[data-testid="connection"][data-reason="cannot-submit"]').waitFor({ timeout: 20_000 });
    await configure(panel);
    expect(await panel.getByTestId('connection').textContent()).toMatch(/auditor/);
  });

  it('the agency is found by the open site’s origin', async () => {
    await panel.getByTestId('current-agency').waitFor({ timeout: 20_000 });
    expect(await panel.getByTestId('current-agency').textContent()).toBe('องค์การบริหารส่วนตำบลบ้านทดสอบ');
  });

  it('agencies can be searched by Thai or English name over GraphQL', async () => {
    await panel.getByTestId('tab-settings').click();
    for (const q of ['บ้านทดสอบ', 'Thotsop']) {
      await panel.getByTestId('agency-search').fill(q);
      await panel.getByTestId('agency-search').press('Enter');
      await panel.getByTestId(`choose-agency-${agencyId}`).waitFor({ timeout: 20_000 });
    }
    await panel.getByTestId(`choose-agency-${agencyId}`).click();
    expect(await panel.getByTestId('agency').textContent()).toContain('องค์การบริหารส่วนตำบลบ้านทดสอบ');
    await panel.getByTestId('tab-page').click();
  });

  it('submit O5 from the contact page: the evidence is in the API with its hash, screenshot and checks', async () => {
    const entryId = await submitO5(panel, 'ตรวจแล้ว ครบ 5 องค์ประกอบ');
    const result = panel.getByTestId('submit-result');
    await panel.locator('[data-testid="submit-result"][data-status="delivered"]').waitFor({ timeout: 30_000 });
    const shown = await result.textContent();
    const list = await evidence();
    expect(list.totalCount).toBe(1);
    const ev = list.edges[0]?.node as EvidenceNode;
    expect(ev).toMatchObject({
      itemIds: ['O5'],
      status: 'PENDING',
      verdict: 'PASS',
      url: `${site.origin}/contact.html`,
      note: 'ตรวจแล้ว ครบ 5 องค์ประกอบ',
    });
    expect(shown).toContain(ev.htmlSha256);
    expect(shown).toContain(ev.id);
    expect(ev.clientChecks?.items).toEqual([
      {
        id: 'O5',
        verdict: 'PASS',
        criteria: ['address', 'phone', 'fax', 'email', 'map'].map((id) => ({ id, met: true })),
      },
    ]);
    expect(ev.serverChecks?.items.find((i) => i.id === 'O5')?.verdict).toBe('PASS');
    // The screenshot went up as a multipart upload: a JPEG of the visible tab.
    expect(ev.screenshotUrl).toBeTruthy();
    const shot = new Uint8Array(await (await fetch(new URL(ev.screenshotUrl as string, api.url))).arrayBuffer());
    expect([shot[0], shot[1]]).toEqual([0xff, 0xd8]);
    // The queue remembers the delivery.
    await panel.getByTestId('tab-queue').click();
    expect(await panel.locator(`li[data-entry="${entryId}"]`).getAttribute('data-status')).toBe('delivered');
    await panel.getByTestId('tab-page').click();
  });

  it('in the review queue (the web UI’s when built); accepted by a reviewer, the item turns green in the side panel', async () => {
    const queue = await gql<{ evidence: { edges: { node: { id: string } }[] } }>(
      `query { evidence(filter: { status: [PENDING] }, first: 50) { edges { node { id } } } }`,
      {},
      'reviewer',
    );
    const ev = (await evidence()).edges[0]?.node as EvidenceNode;
    expect(queue.evidence.edges.map((e) => e.node.id)).toContain(ev.id);
    const o5 = panel.locator('li.item[data-item="O5"]');
    expect(await o5.getAttribute('data-status')).toBe('pending');
    if (haveWeb) {
      // In the web UI's review queue, as a reviewer: the evidence is there; accept it.
      const web = await browser.context.newPage();
      await web.addInitScript((token) => localStorage.setItem('openita.token', token), api.tokens.reviewer);
      await web.goto(`${api.url}/review?agency=${encodeURIComponent(agencyId)}`);
      const row = web.locator(`[role="option"][data-evidence="${ev.id}"]`);
      await row.waitFor({ timeout: 30_000 });
      await row.click();
      await web.getByTestId('preview').waitFor();
      await web.getByTestId('accept').click();
      await expect.poll(() => row.getAttribute('data-status'), { timeout: 20_000 }).toBe('accepted');
      await web.close();
    } else {
      // No web UI built: accept it over GraphQL, as the web UI would.
      const review = await gql<{ reviewEvidence: { __typename: string } }>(
        `mutation($input: ReviewEvidenceInput!) { reviewEvidence(input: $input) { __typename } }`,
        { input: { evidence: ev.id, decision: 'ACCEPT' } },
        'reviewer',
      );
      expect(review.reviewEvidence.__typename).toBe('ReviewEvidencePayload');
    }
    const after = await evidence();
    expect(after.edges.find((e) => e.node.id === ev.id)?.node.status).toBe('ACCEPTED');
    await panel.getByTestId('refresh-status').click();
    await panel.locator('li.item[data-item="O5"][data-status="accepted"]').waitFor({ timeout: 20_000 });
    expect(await o5.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(220, 252, 231)');
  });

  it('API down → queued → API up → delivered exactly once', async () => {
    await apiDown();
    const entryId = await submitO5(panel, 'ส่งขณะเซิร์ฟเวอร์ปิด');
    await panel.getByTestId('tab-queue').click();
    const entry = panel.locator(`li[data-entry="${entryId}"]`);
    await panel.locator(`li[data-entry="${entryId}"][data-status="pending"] .error`).waitFor({ timeout: 20_000 });
    expect(await entry.textContent()).toMatch(/ติดต่อเซิร์ฟเวอร์ไม่ได้ — cannot reach the API/);
    await apiUp();
    // The wake-up alarm fires when the retry is due (backoff from 2.5 s); no click needed.
    await panel.locator(`li[data-entry="${entryId}"][data-status="delivered"]`).waitFor({ timeout: 60_000 });
    const list = await evidence();
    expect(list.totalCount).toBe(2);
    expect(list.edges.filter((e) => e.node.note === 'ส่งขณะเซิร์ฟเวอร์ปิด')).toHaveLength(1);
    // Asking the background to send again (as "send now" does) sends nothing more.
    await panel.evaluate(() =>
      chrome.runtime.sendMessage({ id: 1, type: 'queue:drain', data: undefined, timestamp: Date.now() }),
    );
    expect((await evidence()).totalCount).toBe(2);
  });
});

describe('across a browser restart', () => {
  it('a submission queued while the API is down is delivered after the browser restarts, once', async () => {
    const profile = await newProfile();
    try {
      let browser = await launchWithExtension({ profile });
      const { page, tabId } = await openSite(browser, `${site.origin}/contact.html`);
      let panel = await openPanel(browser, tabId);
      await configure(panel);
      await panel.getByTestId('current-agency').waitFor({ timeout: 20_000 });
      await apiDown();
      const entryId = await submitO5(panel, 'ส่งก่อนปิดเบราว์เซอร์');
      await panel.getByTestId('tab-queue').click();
      await panel.locator(`li[data-entry="${entryId}"][data-status="pending"] .error`).waitFor({ timeout: 20_000 });
      await page.close();
      await browser.close();

      await apiUp();
      const before = (await evidence()).totalCount;
      browser = await launchWithExtension({ profile });
      const stored = await (await currentWorker(browser)).evaluate(
        async () => (await chrome.storage.local.get('queue')).queue as { id: string; status: string }[],
      );
      expect(stored.find((e) => e.id === entryId)).toBeTruthy();
      // The background resumes on start: no page, no click.
      const deadline = Date.now() + 60_000;
      let status = '';
      while (Date.now() < deadline) {
        const q = await (await currentWorker(browser)).evaluate(
          async () => (await chrome.storage.local.get('queue')).queue as { id: string; status: string }[],
        );
        status = q.find((e) => e.id === entryId)?.status ?? '';
        if (status === 'delivered') break;
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(status).toBe('delivered');
      const after = await evidence();
      expect(after.totalCount).toBe(before + 1);
      expect(after.edges.filter((e) => e.node.note === 'ส่งก่อนปิดเบราว์เซอร์')).toHaveLength(1);
      // The panel of the restarted browser shows it delivered.
      const { tabId: tab2 } = await openSite(browser, `${site.origin}/contact.html`);
      panel = await openPanel(browser, tab2);
      await panel.getByTestId('tab-queue').click();
      expect(await panel.locator(`li[data-entry="${entryId}"]`).getAttribute('data-status')).toBe('delivered');
      await browser.close();
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });
});
