/**
 * The polite-fetch policy over a real one-request fetch (Node's fetch, redirects not followed) against real HTTP
 * servers on 127.0.0.1: robots.txt first and kept to (agent groups, crawl delay), 2 requests at a time per host,
 * retries with backoff and Retry-After, redirects checked hop by hop, the URL gate, stopping.
 * Waits go through an injected clock, so that crawl delays and backoffs are measured, not slept.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpUrl, PolitePolicy, type PolitenessOptions, type RawFetch } from '../../src/audit/index.js';

interface Site {
  origin: string;
  hits: Map<string, number>;
  order: string[];
  maxInFlight: number;
  server: Server;
}

async function serve(
  robots: string | null,
  routes: Record<string, (hit: number) => [number, Record<string, string>, string]>,
) {
  const site: Site = { origin: '', hits: new Map(), order: [], maxInFlight: 0, server: createServer() };
  let inFlight = 0;
  site.server.on('request', async (req, res) => {
    const path = req.url ?? '/';
    const hit = (site.hits.get(path) ?? 0) + 1;
    site.hits.set(path, hit);
    site.order.push(path);
    inFlight++;
    site.maxInFlight = Math.max(site.maxInFlight, inFlight);
    await new Promise((r) => setTimeout(r, 15));
    inFlight--;
    if (path === '/robots.txt' && robots !== null) return res.writeHead(200).end(robots);
    const route = routes[path];
    if (!route) return res.writeHead(404).end('no');
    const [status, headers, body] = route(hit);
    res.writeHead(status, headers).end(body);
  });
  await new Promise<void>((r) => site.server.listen(0, '127.0.0.1', r));
  site.origin = `http://127.0.0.1:${(site.server.address() as AddressInfo).port}`;
  return site;
}

/** One request with Node's fetch; redirects are handed back to the policy. */
const raw: RawFetch = async (url, { maxBytes }) => {
  const res = await fetch(url, { redirect: 'manual' });
  const body = new Uint8Array(await res.arrayBuffer()).subarray(0, maxBytes);
  const retryAfter = Number(res.headers.get('retry-after'));
  return {
    url: url.href,
    finalUrl: url.href,
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    body,
    ...(res.headers.get('location') ? { location: res.headers.get('location') as string } : {}),
    ...(retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
    ...(res.status >= 400 ? { error: `HTTP ${res.status}`, errorKind: 'http' as const } : {}),
  };
};

/** A clock that moves only when the policy sleeps: every wait is recorded. */
function clock() {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms: number) => {
      slept.push(ms);
      now += ms;
    },
  };
}

const ok =
  (body = 'ok'): (() => [number, Record<string, string>, string]) =>
  () => [200, { 'content-type': 'text/html' }, body];

let a: Site;
let b: Site;
beforeAll(async () => {
  a = await serve(
    [
      'User-agent: *',
      'Disallow: /private/',
      '',
      'User-agent: OpenITA',
      'Disallow: /private/',
      'Disallow: /not-for-openita',
      'Crawl-delay: 2',
      '',
    ].join('\n'),
    {
      '/ok': ok(),
      '/not-for-openita': ok(),
      '/private/a': ok(),
      '/flaky': (hit) => (hit <= 2 ? [503, {}, 'busy'] : [200, {}, 'ok at last']),
      '/later': (hit) => (hit === 1 ? [429, { 'retry-after': '7' }, 'slow down'] : [200, {}, 'ok']),
      '/to-ok': () => [302, { location: '/ok' }, ''],
      '/to-private': () => [301, { location: '/private/a' }, ''],
      '/to-file': () => [302, { location: 'file:///etc/passwd' }, ''],
      '/to-elsewhere': () => [302, { location: 'http://refused.test/x' }, ''],
      '/loop': () => [302, { location: '/loop' }, ''],
    },
  );
  b = await serve(null, { '/slow': ok('slow') });
});
afterAll(() => {
  for (const s of [a, b]) {
    s.server.closeAllConnections();
    s.server.close();
  }
});

const policy = (o: PolitenessOptions = {}) => {
  const c = clock();
  return { c, p: new PolitePolicy(raw, { sleep: c.sleep, now: c.now, backoffMs: 100, ...o }) };
};

describe('PolitePolicy', () => {
  it('reads robots.txt first, once per origin, and keeps to the rules for OpenITA', async () => {
    const { p } = policy();
    const before = a.order.length;
    expect((await p.fetch(`${a.origin}/ok`)).status).toBe(200);
    const refused = await p.fetch(`${a.origin}/not-for-openita`);
    expect(refused).toMatchObject({ errorKind: 'robots', status: 0 });
    expect(refused.error).toMatch(/robots\.txt of 127\.0\.0\.1:\d+ disallows \/not-for-openita/);
    expect((await p.fetch(`${a.origin}/private/a`)).errorKind).toBe('robots');
    expect(a.order.slice(before)).toEqual(['/robots.txt', '/ok']);
    // Another agent's rules are not OpenITA's.
    const other = policy({ robotsAgent: 'SomeoneElse' }).p;
    expect((await other.fetch(`${a.origin}/not-for-openita`)).status).toBe(200);
    // And a caller may choose not to read it.
    expect((await policy({ respectRobots: false }).p.fetch(`${a.origin}/private/a`)).status).toBe(200);
  });

  it('waits the crawl delay between requests to a host, capped', async () => {
    const { p, c } = policy();
    for (let k = 0; k < 3; k++) expect((await p.fetch(`${a.origin}/ok`)).status).toBe(200);
    expect(c.slept).toEqual([2000, 2000]);
    const capped = policy({ maxCrawlDelayMs: 500 });
    for (let k = 0; k < 2; k++) await capped.p.fetch(`${a.origin}/ok`);
    expect(capped.c.slept).toEqual([500]);
    // No robots.txt on b: no delay.
    const none = policy();
    for (let k = 0; k < 3; k++) await none.p.fetch(`${b.origin}/slow`);
    expect(none.c.slept).toEqual([]);
  });

  it('has at most 2 requests in flight per host, and that many when there is work', async () => {
    const { p } = policy({ respectRobots: false });
    b.maxInFlight = 0;
    const all = await Promise.all(Array.from({ length: 10 }, () => p.fetch(`${b.origin}/slow`)));
    expect(all.every((r) => r.status === 200)).toBe(true);
    expect(b.maxInFlight).toBe(2);
    expect(p.maxInFlight).toBe(2);
    expect(p.requests).toBe(10);
    expect(p.inFlight.get(new URL(b.origin).host)).toBe(0);
    const three = policy({ respectRobots: false, perHost: 3 }).p;
    b.maxInFlight = 0;
    await Promise.all(Array.from({ length: 9 }, () => three.fetch(`${b.origin}/slow`)));
    expect(b.maxInFlight).toBe(3);
  });

  it('retries transient failures with exponential backoff, and waits as long as Retry-After says', async () => {
    const { p, c } = policy({ maxCrawlDelayMs: 0 });
    const r = await p.fetch(`${a.origin}/flaky`);
    expect(r).toMatchObject({ status: 200 });
    expect(new TextDecoder().decode(r.body)).toBe('ok at last');
    expect(a.hits.get('/flaky')).toBe(3);
    expect(c.slept).toEqual([100, 200]);
    c.slept.length = 0;
    expect((await p.fetch(`${a.origin}/later`)).status).toBe(200);
    expect(c.slept).toEqual([7000]);
    // A 404 is an answer, not a failure to retry.
    c.slept.length = 0;
    expect(await p.fetch(`${a.origin}/nothing-here`)).toMatchObject({ status: 404, errorKind: 'http' });
    expect(a.hits.get('/nothing-here')).toBe(1);
    expect(c.slept).toEqual([]);
    // Out of retries: the last failure comes back.
    const once = policy({ retries: 0, maxCrawlDelayMs: 0 }).p;
    a.hits.delete('/flaky');
    expect(await once.fetch(`${a.origin}/flaky`)).toMatchObject({ status: 503, errorKind: 'http' });
  });

  it('follows redirects hop by hop: each target through the gate and robots.txt', async () => {
    const gate = (u: string) => {
      const url = httpUrl(u);
      if (url.hostname === 'refused.test') throw new Error('refused.test is off limits');
      return url;
    };
    const { p } = policy({ checkUrl: gate, maxCrawlDelayMs: 0 });
    const r = await p.fetch(`${a.origin}/to-ok`);
    expect(r).toMatchObject({ status: 200, url: `${a.origin}/to-ok`, finalUrl: `${a.origin}/ok` });
    const hidden = a.hits.get('/private/a') ?? 0;
    expect(await p.fetch(`${a.origin}/to-private`)).toMatchObject({
      errorKind: 'robots',
      finalUrl: `${a.origin}/private/a`,
    });
    expect(a.hits.get('/private/a') ?? 0).toBe(hidden);
    const elsewhere = await p.fetch(`${a.origin}/to-elsewhere`);
    expect(elsewhere).toMatchObject({ errorKind: 'blocked' });
    expect(elsewhere.error).toMatch(/redirect refused: refused\.test is off limits/);
    expect((await p.fetch(`${a.origin}/to-file`)).error).toMatch(/redirect refused: not an http\(s\) URL/);
    const loop = await policy({ maxRedirects: 3, maxCrawlDelayMs: 0 }).p.fetch(`${a.origin}/loop`);
    expect(loop).toMatchObject({ errorKind: 'network', error: 'too many redirects' });
  });

  it('refuses what the gate refuses, and sends nothing once stopped', async () => {
    const { p } = policy();
    const sent = p.requests;
    for (const bad of ['file:///etc/passwd', 'data:text/html,<h1>x</h1>', 'javascript:alert(1)', 'not a url'])
      expect((await p.fetch(bad)).errorKind, bad).toBe('blocked');
    expect(p.requests).toBe(sent);
    const controller = new AbortController();
    const stopped = policy({ signal: controller.signal }).p;
    controller.abort();
    const before = b.order.length;
    expect(await stopped.fetch(`${b.origin}/slow`)).toMatchObject({ errorKind: 'aborted', error: 'stopped' });
    expect(b.order.length).toBe(before);
    expect(stopped.requests).toBe(0);
  });

  it('turns a raw fetch that throws into a network failure, retried like one', async () => {
    let calls = 0;
    const c = clock();
    const p = new PolitePolicy(
      async () => {
        calls++;
        throw new Error('socket hang up');
      },
      { respectRobots: false, retries: 2, backoffMs: 10, sleep: c.sleep, now: c.now },
    );
    expect(await p.fetch('https://www.example.go.th/')).toMatchObject({
      errorKind: 'network',
      error: 'socket hang up',
    });
    expect(calls).toBe(3);
    expect(c.slept).toEqual([10, 20]);
    expect(p.inFlight.get('www.example.go.th')).toBe(0);
  });
});
