/**
 * Evidence detail, and the captured page's safety: a capture that carries scripts (inline, an onerror handler, a
 * javascript: link, a meta refresh, a form) is shown in the evidence page and none of it runs — checked in the
 * browser (no message reaches the app, no request reaches a probe server). A control frame without the sandbox
 * proves the same payload does run when allowed to, so the test can fail.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser';
import { api, checkPage, gql, session } from './helpers';

let browser: Browser;
let probe: Server;
let probeUrl = '';
const hits: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  probe = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(204).end();
  });
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
  probeUrl = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => probe?.close(r));
});

function hostilePage(): string {
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ข้อมูลการติดต่อ</title>
<meta http-equiv="refresh" content="1;url=${probeUrl}/refresh">
<script>
  window.parent.postMessage('openita-probe:inline', '*');
  try { window.top.document.title = 'pwned'; } catch (e) {}
  new Image().src = '${probeUrl}/inline';
</script></head>
<body><h1 id="captured-heading">ข้อมูลการติดต่อ จังหวัดทดสอบ</h1>
<p>ที่อยู่ ศาลากลางจังหวัด โทรศัพท์ 0-4249-1234 โทรสาร 0-4249-1235 อีเมล saraban@example.go.th</p>
<img src="data:," onerror="window.parent.postMessage('openita-probe:onerror','*'); new Image().src='${probeUrl}/onerror'">
<svg onload="window.parent.postMessage('openita-probe:svg','*')"></svg>
<a id="js-link" href="javascript:window.parent.postMessage('openita-probe:link','*')">ลิงก์</a>
<form id="f" action="${probeUrl}/form"><input name="q" value="1"></form>
<script>document.getElementById('f').submit();</script>
</body></html>`;
}

describe('a captured page with scripts', () => {
  it('shows the capture in a sandboxed frame and runs none of its scripts', async () => {
    const agencies = await gql<{ agencies: { edges: { node: { id: string; slug: string } }[] } }>(
      `query { agencies(first: 1, sort: NAME, types: [PROVINCE], search: "บึงกาฬ") { edges { node { id slug } } } }`,
    );
    const agency = agencies.agencies.edges[0]?.node;
    expect(agency).toBeTruthy();
    const html = hostilePage();
    const submitted = await gql<{
      submitEvidence: { __typename: string; evidence?: { id: string }; message?: string };
    }>(
      `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { __typename
        ... on SubmitEvidencePayload { evidence { id } } ... on Error { message } } }`,
      {
        input: {
          agency: agency?.id,
          items: ['O5'],
          url: 'https://www.buengkan.go.th/contact',
          capturedAt: new Date().toISOString(),
          html,
          htmlSha256: createHash('sha256').update(html, 'utf8').digest('hex'),
          idempotencyKey: randomUUID(),
          verdict: 'PASS',
          note: 'หน้าติดต่อ (ทดสอบสคริปต์)',
        },
      },
      api().tokens.auditor,
    );
    expect(submitted.submitEvidence.__typename, submitted.submitEvidence.message).toBe('SubmitEvidencePayload');
    const id = submitted.submitEvidence.evidence?.id as string;

    // The served capture carries a sandboxing CSP without allow-scripts.
    const detail = await gql<{ evidenceById: { captureUrl: string; htmlSha256: string } }>(
      `query($id: ID!) { evidenceById(id: $id) { captureUrl htmlSha256 } }`,
      { id },
      api().tokens.reviewer,
    );
    const served = await fetch(new URL(detail.evidenceById.captureUrl, api().url));
    const csp = served.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/(^|;)\s*sandbox(\s*;|$)/);
    expect(csp).not.toContain('allow-scripts');
    expect(await served.text()).toBe(html);

    const s = await session(browser, api().tokens.reviewer);
    try {
      const { page } = s;
      await page.addInitScript(() => {
        if (window.top !== window) return;
        const w = window as unknown as { __messages: unknown[] };
        w.__messages = [];
        window.addEventListener('message', (e) => w.__messages.push(e.data));
      });
      hits.length = 0;
      await page.goto(`/evidence/${encodeURIComponent(id)}`);
      const frame = page.getByTestId('capture-frame');
      await frame.waitFor();
      expect(await frame.getAttribute('sandbox')).toBe('');
      await frame.scrollIntoViewIfNeeded();
      // The capture is there: its heading renders inside the frame.
      const inner = page.frameLocator('[data-testid="capture-frame"]');
      await expect
        .poll(() => inner.locator('#captured-heading').textContent(), { timeout: 15_000 })
        .toContain('ข้อมูลการติดต่อ');
      await inner
        .locator('#js-link')
        .click({ force: true })
        .catch(() => {});
      // Give anything that could run (meta refresh after 1 s, onerror, form submit) time to try.
      await page.waitForTimeout(2500);
      expect(await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual([]);
      expect(hits).toEqual([]);
      expect(await page.title()).not.toBe('pwned');
      expect(await page.getByTestId('sha256').textContent()).toContain(detail.evidenceById.htmlSha256);
      await checkPage(page, 'evidence-scripted-capture');
      expect(s.errors).toEqual([]);

      // Control: the same page in a frame without the sandbox does run (so the checks above can fail).
      const control = await s.context.newPage();
      await control.setContent('<iframe id="c"></iframe>');
      await control.evaluate((h) => {
        const w = window as unknown as { __messages: unknown[] };
        w.__messages = [];
        window.addEventListener('message', (e) => w.__messages.push(e.data));
        (document.getElementById('c') as HTMLIFrameElement).srcdoc = h;
      }, html);
      await expect
        .poll(() => control.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages), {
          timeout: 10_000,
        })
        .toContain('openita-probe:inline');
      await expect.poll(() => hits.some((h) => h === '/inline')).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('shows URL, capture time, auditor, SHA-256, check results and review history', async () => {
    const list = await gql<{ evidence: { edges: { node: { id: string; itemIds: string[]; url: string } }[] } }>(
      `query { evidence(filter: { status: [ACCEPTED, REJECTED] }, first: 5) { edges { node { id itemIds url } } } }`,
      {},
      api().tokens.reader,
    );
    const e = list.evidence.edges[0]?.node;
    expect(e, 'the demo data has reviewed evidence').toBeTruthy();
    if (!e) return;
    const s = await session(browser, api().tokens.reader);
    try {
      const { page } = s;
      await page.goto(`/evidence/${encodeURIComponent(e.id)}`);
      const meta = page.getByTestId('evidence-meta');
      await meta.waitFor();
      // Thai paths read as Thai; the link keeps the exact, percent-encoded URL.
      expect(await meta.textContent()).toContain(decodeURI(e.url));
      expect(await meta.locator('a').first().getAttribute('href')).toBe(e.url);
      expect(await page.getByTestId('sha256').textContent()).toMatch(/[0-9a-f]{64}/);
      // Buddhist-era dates.
      expect(await meta.textContent()).toMatch(/25\d\d/);
      expect(await page.getByTestId('check-results').locator(`[data-item="${e.itemIds[0]}"]`).count()).toBe(1);
      expect(await page.getByTestId('review-history').locator('li').count()).toBeGreaterThan(0);
      await checkPage(page, 'evidence-detail');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
