/**
 * `audit` over the local fixture websites: every corpus site served on 127.0.0.1, audited from its home page (or its
 * index when it has no home page), its 43 verdicts compared with the consultant's labels of the pages and documents the
 * index links for each item.
 */
import { spawnSync } from 'node:child_process';
import { getFramework } from '@openita/scoring';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../../../packages/scoring/fixtures/corpus.mjs';
import { auditSite } from '../src/crawl/audit.js';
import { PoliteFetcher } from '../src/crawl/fetcher.js';
import { PdfReader } from '../src/crawl/pdf.js';
import { expectedAudit, serveSite } from './fixture-site.js';

// Each CLI run is a new Node process (about a second on a busy machine): generous limits, not speed checks.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

const framework = getFramework('nacc-ita-2564');
const pdf = new PdfReader();
afterAll(() => pdf.close());
const bin = new URL('../bin/openita.js', import.meta.url).pathname;

describe('audit of every corpus site, served over HTTP', () => {
  for (const site of loadCorpus()) {
    it(`${site.id}: ${site.name.th}`, async () => {
      const served = await serveSite(site.id);
      try {
        const home = site.files.has('/') ? '/' : site.files.has('/index.php') ? '/index.php' : site.index;
        const start = `${served.namedOrigin}${home}`;
        // The site under its own name (pinned to 127.0.0.1), so that its subdomains are its own as on the web.
        const fetcher = new PoliteFetcher({ allowPrivate: true, backoffMs: 10, hosts: served.hosts });
        const report = await auditSite(start, { framework, fetcher, pdf });
        expect(report.errors).toEqual([]);
        expect(new URL(report.indexUrl ?? '').pathname).toBe(site.index);
        expect(report.items).toHaveLength(43);
        const linked = new Map(report.items.map((i) => [i.id, i.links.map((l) => new URL(l.url).pathname)]));
        const got = Object.fromEntries(report.items.map((i) => [i.id, i.verdict]));
        expect(got).toEqual(expectedAudit(site.id, linked));
        // Polite: a User-Agent naming OpenITA on every request, robots.txt first, never more than 2 at once.
        expect(served.requests.every((r) => r.userAgent.startsWith('OpenITA/'))).toBe(true);
        expect(served.requests[0]?.path).toBe('/robots.txt');
        expect(served.maxInFlight).toBeLessThanOrEqual(2);
      } finally {
        await served.close();
      }
    }, 60_000);
  }
});

describe('openita audit (the CLI, a real process)', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });

  it('prints 43 rows as JSON for a local site with --allow-private, and a Thai table by default', async () => {
    const served = await serveSite('province');
    try {
      // spawnSync blocks this process: serve from a child instead.
      const child = await import('node:child_process');
      const json = await new Promise<string>((resolve, reject) => {
        const p = child.spawn(process.execPath, [bin, 'audit', `${served.origin}/`, '--allow-private', '--json'], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        p.stdout.on('data', (d) => (out += d));
        p.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
      });
      const report = JSON.parse(json);
      expect(report.items).toHaveLength(43);
      expect(report.items.find((i: { id: string }) => i.id === 'O5')).toMatchObject({ verdict: 'pass' });
      expect(report.items.find((i: { id: string }) => i.id === 'O24')).toMatchObject({ verdict: 'fail' });
      const table = await new Promise<string>((resolve) => {
        const p = child.spawn(
          process.execPath,
          [bin, 'audit', `${served.origin}/`, '--allow-private', '--no-progress'],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let out = '';
        p.stdout.on('data', (d) => (out += d));
        p.on('exit', () => resolve(out));
      });
      expect(table).toContain('หน้ารวมข้อมูล OIT');
      expect(table).toMatch(/O5\s+ข้อมูลการติดต่อ\s+ผ่าน/);
      expect(table.split('\n').filter((l) => /^O\d+\s/.test(l))).toHaveLength(43);
    } finally {
      await served.close();
    }
  }, 120_000);

  it('refuses file:, data: and private targets without --allow-private, with exit code 2', () => {
    const file = run(['audit', 'file:///etc/passwd']);
    expect(file.status).toBe(2);
    expect(file.stderr).toMatch(/only http and https/);
    const local = run(['audit', 'http://127.0.0.1:9/']);
    expect(local.status).toBe(2);
    expect(local.stderr).toMatch(/private|--allow-private/);
    expect(run(['audit', 'http://169.254.169.254/latest/meta-data/']).status).toBe(2);
    expect(run(['check', 'data:text/html,<h1>x</h1>']).status).toBe(2);
  });

  it('reports a site that is down as such, with exit code 1', () => {
    const r = run(['audit', 'http://127.0.0.1:9/', '--allow-private', '--json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.indexUrl).toBeNull();
    expect(report.items.every((i: { verdict: string }) => i.verdict === 'fail')).toBe(true);
  }, 60_000);
});
