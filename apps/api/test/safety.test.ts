/** Safety at the edge: query limits, body limits, rate limits, CORS, masked errors, no server-side fetch, the web build. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../src/test-support.js';
import { SUBMIT, agencyIds, post, q, sha256, start, submission } from './helpers.js';

describe('safety', () => {
  let api: TestServer;
  let web: string;
  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'openita-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>OpenITA web</title><div id="root"></div>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log("app")');
    api = await start({ databaseUrl: null }, { seed: { agencies: 1, evidence: false }, config: { rateLimit: 40, rateLimitAnonymous: 25, webDist: web, bodyLimitBytes: 12 * 1024 * 1024 } });
  });
  afterAll(async () => api?.close());

  it('refuses queries that are too deep, too aliased or too long (graphql-armor)', async () => {
    let deep = 'id';
    for (let k = 0; k < 20; k++) deep = `parent { ${deep} }`;
    const d = await post(api, { query: `{ agency(slug: "bueng-kan") { ${deep} } }` }, api.tokens.reader);
    expect(d.json.errors[0].message).toMatch(/depth/i);
    const aliases = Array.from({ length: 30 }, (_, k) => `a${k}: viewer { role }`).join(' ');
    const a = await post(api, { query: `{ ${aliases} }` }, api.tokens.reader);
    expect(a.json.errors[0].message).toMatch(/alias/i);
    const tokens = Array.from({ length: 5000 }, () => '__typename').join(' ');
    const t = await post(api, { query: `{ ${tokens} }` }, api.tokens.reader);
    expect(t.json.errors[0].message).toMatch(/token/i);
    // Field suggestions are not given away.
    const s = await post(api, { query: '{ agencie { totalCount } }' }, api.tokens.reader);
    expect(s.json.errors[0].message).not.toMatch(/Did you mean/);
  });

  it('refuses bodies over the limit (413) and bodies of unknown length (411), before reading them', async () => {
    const big = await post(api, JSON.stringify({ query: '{ viewer { role } }', variables: { x: 'ก'.repeat(4_300_000) } }), api.tokens.reader);
    expect(big.status).toBe(413);
    const status = await new Promise<number>((resolve, reject) => {
      const u = new URL(api.graphqlUrl);
      const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"query":"{ viewer { role } }"}');
      req.end();
    });
    expect(status).toBe(411);
  });

  it('rate-limits per token, with Retry-After; other tokens are not affected', async () => {
    const statuses: number[] = [];
    for (let k = 0; k < 45; k++) statuses.push((await post(api, { query: '{ viewer { role } }' }, api.tokens.auditor)).status);
    expect(statuses.filter((s) => s === 200).length).toBe(40);
    const limited = await post(api, { query: '{ viewer { role } }' }, api.tokens.auditor);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.json.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await post(api, { query: '{ viewer { role } }' }, api.tokens.reviewer)).status).toBe(200);
  });

  it('CORS: the web UI origin and browser extensions, nothing else', async () => {
    const preflight = (origin: string) =>
      fetch(api.graphqlUrl, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    for (const origin of ['http://localhost:4000', 'http://localhost:5173', 'chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://4c1f0b9e-8b9e-4a5e-9e0e-1b2c3d4e5f60']) {
      const r = await preflight(origin);
      expect(r.status, origin).toBe(204);
      expect(r.headers.get('access-control-allow-origin')).toBe(origin);
      expect(r.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    }
    for (const origin of ['https://evil.example', 'http://localhost:4000.evil.example', 'null', 'chrome-extension://../../x']) {
      const r = await preflight(origin);
      expect(r.status, origin).toBe(403);
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    }
    const simple = await post(api, { query: '{ viewer { role } }' }, api.tokens.reviewer, { origin: 'https://evil.example' });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never fetches the addresses it is given: a submission naming a local server sends it nothing', async () => {
    let hits = 0;
    const trap = createServer((_req, res) => {
      hits++;
      res.end('x');
    });
    await new Promise<void>((r) => trap.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(trap.address() as AddressInfo).port}`;
    const html = `<html><head><link rel="stylesheet" href="${base}/a.css"></head><body><h1>ติดต่อเรา</h1><img src="${base}/b.png"><a href="${base}/c.pdf">เอกสาร</a><iframe src="${base}/map"></iframe></body></html>`;
    const { agency } = await agencyIds(api, 'bueng-kan');
    const r = await q(api, SUBMIT, { input: submission(agency, { url: `${base}/contact`, html, htmlSha256: sha256(html), items: ['O5', 'O6'] }) }, 'admin');
    expect(r.submitEvidence.__typename).toBe('SubmitEvidencePayload');
    await new Promise((r) => setTimeout(r, 200));
    expect(hits).toBe(0);
    await new Promise<void>((r) => trap.close(() => r()));
  });

  it('serves the web build at / with a fallback to index.html for its routes; health and readiness', async () => {
    const root = await fetch(`${api.url}/`);
    expect(await root.text()).toContain('OpenITA web');
    const route = await fetch(`${api.url}/agency/bueng-kan`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('id="root"');
    expect(await (await fetch(`${api.url}/assets/app.js`)).text()).toContain('console.log');
    expect(await (await fetch(`${api.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${api.url}/readyz`)).json()).toEqual({ status: 'ready', database: 'pglite' });
    const graphiql = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toMatch(/GraphiQL|graphiql/);
  });
});

describe('masked errors', () => {
  it('an internal failure answers "Unexpected error." and readiness turns 503, with no detail leaked', async () => {
    const api = await start({ databaseUrl: null }, { seed: { agencies: 0, evidence: false, tokens: false } });
    try {
      await api.database.close();
      const r = await post(api, { query: '{ agencies { totalCount } }' });
      expect(r.json.errors[0]).toEqual({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(r.text).not.toMatch(/pglite|closed|stack/i);
      expect((await fetch(`${api.url}/readyz`)).status).toBe(503);
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    } finally {
      await api.server.close();
    }
  });
});
