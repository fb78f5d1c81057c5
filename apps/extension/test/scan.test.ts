/**
 * The site scan's orchestration over real HTTP (the fixture agency site on 127.0.0.1) in Node: index discovery from
 * the home page, one row per item, the best link per item, errors that become needs-review, and politeness.
 * PDFs are read by the scoring package's pdf.js reader, as in the extension (there in real Chromium, test/e2e).
 */
import { getFramework } from '@openita/scoring';
import { extractPdfText } from '@openita/scoring/pdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostFetcher, isHtml, isPdf } from '../src/lib/fetcher';
import { type ScanEvent, scanSite } from '../src/lib/scan';
import { type FixtureSite, startFixtureSite } from './fixtures/site';

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite({ delayMs: 20 });
});
afterAll(() => site.close());

const framework = getFramework('nacc-ita-2564');
const readPdf = (data: Uint8Array) => extractPdfText(data);
/** For the tests about fetching, not reading: every PDF is a scan. */
const noPdfText = async () => ({ text: '', scanned: true });

describe('site scan', () => {
  it('finds the index from the home page, checks every linked page with at most 2 requests at a time', async () => {
    site.stats.maxInFlight = 0;
    const events: ScanEvent[] = [];
    const fetcher = new HostFetcher({ perHost: 2 });
    const report = await scanSite(`${site.origin}/`, {
      framework,
      fetcher,
      readPdf,
      onEvent: (e) => events.push(e),
    });
    expect(report.indexUrl).toBe(`${site.origin}/ita-2564.html`);
    expect(report.items.map((i) => i.id)).toEqual(framework.items.map((i) => i.id));
    const by = Object.fromEntries(report.items.map((i) => [i.id, i]));
    expect(by.O5?.verdict).toBe('pass');
    expect(by.O5?.best?.criteria.every((c) => c.met)).toBe(true);
    expect(by.O4).toMatchObject({ verdict: 'fail', note: 'no-links', links: [] });
    expect(by.O3).toMatchObject({ verdict: 'needs-review', note: 'unreadable' });
    expect(by.O3?.links[0]).toMatchObject({ errorKind: 'http', error: 'HTTP 404' });
    expect(by.O13).toMatchObject({ verdict: 'needs-review', note: 'scanned' });
    // The text PDF's Thai text layer is read: "แผนดำเนินงานประจำปีงบประมาณ พ.ศ. 2564".
    expect(by.O10).toMatchObject({ verdict: 'pass' });
    expect(by.O10?.links[0]).toMatchObject({ kind: 'pdf', verdict: 'pass' });
    // A page the index links, judged with the PDF it links (its 6-month report of FY2564).
    expect(by.O11?.links[0]).toMatchObject({ kind: 'page', url: `${site.origin}/reports.html` });
    expect(by.O11?.verdict).toBe('pass');
    expect(site.stats.paths).toContain('/docs/o11-report-6m-2564.pdf');
    // Progress: one event per link, counting up to the total; one event per item.
    const links = events.filter((e) => e.type === 'link');
    const index = events.find((e) => e.type === 'index');
    expect(index && index.type === 'index' ? index.total : -1).toBe(links.length);
    expect(links.map((e) => (e.type === 'link' ? e.done : 0))).toEqual(links.map((_, i) => i + 1));
    expect(events.filter((e) => e.type === 'item').length).toBe(43);
    expect(site.stats.maxInFlight).toBeLessThanOrEqual(2);
    expect(fetcher.peakPerHost).toBe(2);
  });

  it('a site that cannot be reached fails every item (a site that is down scores 0), with the reason', async () => {
    const report = await scanSite('http://127.0.0.1:9/', {
      framework,
      fetcher: new HostFetcher({ retries: 0 }),
      readPdf: noPdfText,
    });
    expect(report.indexUrl).toBeNull();
    expect(report.items).toHaveLength(43);
    expect(report.items.every((i) => i.verdict === 'fail' && i.note === 'unreadable')).toBe(true);
    expect(report.errors[0]).toMatch(/127\.0\.0\.1:9/);
  });

  it('hosts the extension may not read are listed, not fetched', async () => {
    const fetcher = new HostFetcher({
      canAccess: async (u) => !u.includes('/docs/') && new URL(u).host === new URL(site.origin).host,
    });
    const before = site.stats.paths.length;
    const report = await scanSite(`${site.origin}/`, { framework, fetcher, readPdf: noPdfText });
    expect(report.indexUrl).not.toBeNull();
    expect(site.stats.paths.slice(before).some((p) => p.startsWith('/docs/'))).toBe(false);
    const o10 = report.items.find((i) => i.id === 'O10');
    expect(o10).toMatchObject({ verdict: 'needs-review', note: 'no-access' });
    expect(report.blockedHosts).toEqual([new URL(site.origin).host]);
  });

  it('stops when asked', async () => {
    const controller = new AbortController();
    const fetcher = new HostFetcher({ signal: controller.signal });
    const run = scanSite(`${site.origin}/`, {
      framework,
      fetcher,
      readPdf: noPdfText,
      signal: controller.signal,
      onEvent: (e) => {
        if (e.type === 'link' && e.done === 2) controller.abort();
      },
    });
    const report = await run;
    expect(report.stopped).toBe(true);
    expect(report.items.flatMap((i) => i.links).some((l) => l.errorKind === 'aborted')).toBe(true);
  });
});

describe('fetching agency pages', () => {
  it('recognises PDFs and HTML by their bytes when the server does not say', () => {
    expect(isPdf({ contentType: 'application/octet-stream', body: new TextEncoder().encode('%PDF-1.4') })).toBe(true);
    expect(isHtml({ contentType: '', body: new TextEncoder().encode('<!DOCTYPE html><html>') })).toBe(true);
    expect(isHtml({ contentType: 'image/png', body: new Uint8Array([0x89, 0x50]) })).toBe(false);
  });

  it('caps the size it reads and retries a server error once', async () => {
    const small = new HostFetcher({ maxBytes: 500 });
    const big = await small.fetch(`${site.origin}/ita-2564.html`);
    expect(big.errorKind).toBe('too-large');
    const slept: number[] = [];
    const f = new HostFetcher({ retries: 1, sleep: async (ms) => void slept.push(ms) });
    let calls = 0;
    const flaky = new HostFetcher({
      retries: 1,
      sleep: async () => undefined,
      // The page (not robots.txt, read first) answers 503 once.
      fetch: async (input) => {
        if (String(input).endsWith('/robots.txt')) return fetch(input as string);
        calls++;
        return calls === 1 ? new Response('busy', { status: 503 }) : fetch(input as string);
      },
    });
    expect((await flaky.fetch(`${site.origin}/contact.html`)).status).toBe(200);
    expect(calls).toBe(2);
    const missing = await f.fetch(`${site.origin}/nope.html`);
    expect(missing).toMatchObject({ errorKind: 'http', status: 404 });
    expect(slept).toEqual([]);
    expect((await f.fetch('file:///etc/passwd')).error).toMatch(/not an http/);
  });

  it('reads robots.txt first and keeps to it, as openita audit does', async () => {
    const f = new HostFetcher();
    const before = site.stats.paths.length;
    const r = await f.fetch(`${site.origin}/private/minutes.html`);
    expect(r).toMatchObject({ errorKind: 'robots' });
    expect(r.error).toMatch(/robots\.txt .* disallows \/private\/minutes\.html/);
    expect((await f.fetch(`${site.origin}/contact.html`)).status).toBe(200);
    // One robots.txt per origin, before anything else; the disallowed page never asked for.
    expect(site.stats.paths.slice(before)).toEqual(['/robots.txt', '/contact.html']);
    const impolite = new HostFetcher({ respectRobots: false });
    expect((await impolite.fetch(`${site.origin}/private/minutes.html`)).errorKind).toBe('http');
  });
});
