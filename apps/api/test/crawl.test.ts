/** The polite fetcher and the address guard, against real HTTP servers on 127.0.0.1. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PoliteFetcher, USER_AGENT } from '../src/crawl/fetcher.js';
import { checkUrl, isPrivateAddress } from '../src/crawl/guard.js';

// Each CLI run is a new Node process (about a second on a busy machine): generous limits, not speed checks.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

describe('address guard', () => {
  it('refuses non-http schemes, credentials, private and special addresses, local names', () => {
    for (const bad of [
      'file:///etc/passwd',
      'data:text/html,<h1>x</h1>',
      'ftp://example.com/',
      'javascript:alert(1)',
      'http://user:pw@example.com/',
      'http://127.0.0.1/',
      'http://2130706433/', // 127.0.0.1 written as a number
      'http://0x7f.1/',
      'http://[::1]/',
      'http://[::ffff:10.0.0.1]/',
      'http://10.1.2.3/',
      'http://192.168.1.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://0.0.0.0/',
      'http://localhost:8080/',
      'http://printer.local/',
      'not a url',
    ])
      expect(() => checkUrl(bad), bad).toThrow();
    expect(checkUrl('https://www.example.go.th/ita').hostname).toBe('www.example.go.th');
    expect(checkUrl('http://127.0.0.1:8080/', { allowPrivate: true }).port).toBe('8080');
    expect(() => checkUrl('file:///etc/passwd', { allowPrivate: true })).toThrow(/only http/);
  });
  it('knows private from public addresses', () => {
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
    expect(isPrivateAddress('203.150.0.1')).toBe(false);
    for (const a of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.5',
      '100.64.0.1',
      '::1',
      'fe80::1',
      'fc00::1',
      '::ffff:127.0.0.1',
      'garbage',
    ])
      expect(isPrivateAddress(a), a).toBe(true);
  });
});

let server: Server;
let base = '';
let gzipBomb: Buffer;
/** 200 MB of spaces, gzipped in chunks (the test process never holds the 200 MB). */
async function makeGzipBomb(): Promise<Buffer> {
  const gz = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gz.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => gz.on('end', r));
  const block = Buffer.alloc(1_000_000, 0x20);
  for (let k = 0; k < 200; k++) if (!gz.write(block)) await new Promise((r) => gz.once('drain', r));
  gz.end();
  await done;
  return Buffer.concat(out);
}
const hits = new Map<string, number>();
beforeAll(async () => {
  gzipBomb = await makeGzipBomb();
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/robots.txt')
      return res.end('User-agent: *\nDisallow: /secret\nCrawl-delay: 0\n\nUser-agent: BadBot\nDisallow: /\n');
    if (path === '/ok') return res.end(`<p>สวัสดี</p><p>${req.headers['user-agent']}</p>`);
    if (path === '/hang') return; // never answers
    if (path === '/slow-drip') {
      res.writeHead(200);
      const t = setInterval(() => res.write('x'), 100);
      res.on('close', () => clearInterval(t));
      return;
    }
    if (path === '/flaky') {
      if ((hits.get(path) ?? 0) < 3) {
        res.writeHead(503, { 'retry-after': '0' });
        return res.end('busy');
      }
      return res.end('ok at last');
    }
    if (path === '/big') {
      res.writeHead(200, { 'content-length': 3_000_000 });
      return res.end(Buffer.alloc(3_000_000, 0x41));
    }
    if (path === '/big-chunked') {
      res.writeHead(200);
      for (let k = 0; k < 30; k++) res.write(Buffer.alloc(100_000, 0x41));
      return res.end();
    }
    if (path === '/gzip-bomb') {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' });
      return res.end(gzipBomb);
    }
    if (path === '/to-ok') {
      res.writeHead(302, { location: '/ok' });
      return res.end();
    }
    if (path === '/to-blocked') {
      res.writeHead(302, { location: `http://127.0.0.2:${(server.address() as AddressInfo).port}/ok` });
      return res.end();
    }
    if (path === '/to-file') {
      res.writeHead(301, { location: 'file:///etc/passwd' });
      return res.end();
    }
    if (path === '/loop') {
      res.writeHead(302, { location: '/loop' });
      return res.end();
    }
    res.writeHead(404);
    res.end('no');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('PoliteFetcher', () => {
  const fetcher = (o = {}) => new PoliteFetcher({ allowPrivate: true, backoffMs: 10, timeoutMs: 2_000, ...o });
  it('sends a User-Agent that names OpenITA and reads robots.txt first', async () => {
    const f = fetcher();
    const r = await f.fetch(`${base}/ok`);
    expect(r.error).toBeUndefined();
    expect(new TextDecoder().decode(r.body)).toContain(USER_AGENT);
    expect(USER_AGENT).toMatch(/^OpenITA\//);
    expect(hits.get('/robots.txt')).toBeGreaterThanOrEqual(1);
    const secret = await f.fetch(`${base}/secret`);
    expect(secret.errorKind).toBe('robots');
    expect(hits.get('/secret')).toBeUndefined();
  });
  it('refuses private addresses unless allowed, and redirects to them', async () => {
    const strict = new PoliteFetcher();
    expect((await strict.fetch(`${base}/ok`)).errorKind).toBe('blocked');
    // A policy where 127.0.0.1 passes as public and 127.0.0.2 does not: the redirect's target is checked too.
    const policy = new PoliteFetcher({ isBlocked: (a) => a !== '127.0.0.1', backoffMs: 10 });
    expect((await policy.fetch(`${base}/to-ok`)).status).toBe(200);
    const r = await policy.fetch(`${base}/to-blocked`);
    expect(r.errorKind).toBe('blocked');
    expect(r.error).toMatch(/redirect refused/);
    const file = await fetcher().fetch(`${base}/to-file`);
    expect(file.errorKind).toBe('blocked');
    expect((await fetcher({ maxRedirects: 3 }).fetch(`${base}/loop`)).error).toMatch(/too many redirects/);
  });
  it('gives up on a server that hangs or drips, within the deadline', async () => {
    const f = fetcher({ timeoutMs: 300, retries: 1 });
    const t0 = Date.now();
    expect((await f.fetch(`${base}/hang`)).errorKind).toBe('timeout');
    expect((await f.fetch(`${base}/slow-drip`)).errorKind).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(3_000);
  });
  it('retries with backoff on 5xx', async () => {
    const r = await fetcher({ retries: 3 }).fetch(`${base}/flaky`);
    expect(r.status).toBe(200);
    expect(hits.get('/flaky')).toBe(3);
  });
  it('caps sizes, declared or not, compressed or not', async () => {
    const f = fetcher({ maxBytes: 1_000_000 });
    expect((await f.fetch(`${base}/big`)).errorKind).toBe('too-large');
    expect((await f.fetch(`${base}/big-chunked`)).errorKind).toBe('too-large');
    const before = process.memoryUsage().rss;
    const bomb = await f.fetch(`${base}/gzip-bomb`);
    expect(bomb.errorKind).toBe('too-large');
    expect(process.memoryUsage().rss - before).toBeLessThan(100_000_000);
  });
  it('never has more than 2 requests in flight to one host', async () => {
    const f = fetcher();
    await Promise.all(Array.from({ length: 12 }, () => f.fetch(`${base}/ok`)));
    expect(f.maxInFlight).toBeLessThanOrEqual(2);
    expect(f.maxInFlight).toBe(2);
  });
});
