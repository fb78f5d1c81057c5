/** `openita check FILE|URL`: real processes, real files, a real local HTTP site. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../../../packages/scoring/fixtures/corpus.mjs';
import { scannedPdf, textPdf } from '../../../packages/scoring/fixtures/pdf.mjs';
import { type FixtureSite, serveSite } from './fixture-site.js';

// Each CLI run is a new Node process (about a second on a busy machine): generous limits, not speed checks.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

const bin = new URL('../bin/openita.js', import.meta.url).pathname;
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
const runAsync = (args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const p = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
const tmp = mkdtempSync(join(tmpdir(), 'openita-check-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const corpusPage = (site: string, path: string) => {
  const entry = loadCorpus()
    .find((s) => s.id === site)
    ?.entries.find((e) => e.path === path);
  if (!entry?.bytes) throw new Error(`${site}${path}`);
  return file(`${site}-${path.replace(/\W+/g, '_')}.html`, entry.bytes);
};

describe('openita check FILE', () => {
  it('prints a Thai table of the items the page is about, with the proof', () => {
    const r = run(['check', corpusPage('province', '/contact')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/O5\s+ข้อมูลการติดต่อ\s+ผ่าน/);
    expect(r.stdout).toMatch(/✓ หมายเลขโทรสาร — .*0-4351-1003/);
    expect(r.stdout).not.toMatch(/O7\s/);
  });
  it('prints exactly { url, fiscalYears, items: [{ id, applies, verdict, criteria: [{ id, label, met, evidence }] }] } with --json', () => {
    const r = run(['check', corpusPage('office', '/contact-th'), '--json']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['url', 'fiscalYears', 'items']);
    expect(j.items).toHaveLength(43);
    const o5 = j.items.find((i: { id: string }) => i.id === 'O5');
    expect(Object.keys(o5)).toEqual(['id', 'applies', 'verdict', 'criteria']);
    expect(o5).toMatchObject({ applies: true, verdict: 'fail' });
    expect(o5.criteria.map((c: { id: string; met: boolean }) => [c.id, c.met])).toEqual([
      ['address', true],
      ['phone', true],
      ['fax', true],
      ['email', true],
      ['map', false],
    ]);
    expect(Object.keys(o5.criteria[0])).toEqual(['id', 'label', 'met', 'evidence']);
    expect(o5.criteria[0].label).toBe('ที่อยู่');
    expect(o5.criteria[0].evidence).toMatchObject({
      snippet: expect.stringContaining('45000'),
      path: expect.any(String),
    });
  });
  it('checks one item on any page with --item, in English with --lang en', () => {
    const r = run(['check', corpusPage('province', '/news/'), '--item', 'o05', '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/O5\s+Contact information\s+fail/);
    expect(r.stdout).toMatch(/✗ Location map — No location map found/);
  });
  it('reads a TIS-620 page', () => {
    const r = run(['check', corpusPage('district', '/contact.php'), '--json']);
    const o5 = JSON.parse(r.stdout).items.find((i: { id: string }) => i.id === 'O5');
    expect(o5.verdict).toBe('fail');
    expect(o5.criteria.find((c: { id: string }) => c.id === 'address').evidence.snippet).toContain('ตำบลในเมือง');
  });
  it('says so on an OIT index page', () => {
    const r = run(['check', corpusPage('sao', '/ita/')]);
    expect(r.stdout).toContain('หน้านี้เป็นหน้ารวมข้อมูล OIT: พบ 43 ข้อ');
  });
  it('reads PDFs: text layers are judged, scans need review', () => {
    const plan = file(
      'plan.pdf',
      textPdf(['แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2564', 'โครงการ 1 กิจกรรมอบรมจริยธรรม งบประมาณ 20,000 บาท']),
    );
    const r = run(['check', plan, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).items.find((i: { id: string }) => i.id === 'O39').verdict).toBe('pass');
    const scan = run(['check', file('scan.pdf', scannedPdf()), '--item', 'O39', '--json']);
    expect(JSON.parse(scan.stdout).items[0].verdict).toBe('needs-review');
  });
  it('fails cleanly on bad input: missing file, directory, binary garbage, damaged PDF, unknown item or framework', () => {
    expect(run(['check', join(tmp, 'nope.html')])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('no such file'),
    });
    expect(run(['check', tmp]).status).toBe(2);
    const garbage = new Uint8Array(50_000).map((_, k) => (k * 7919 + 13) % 256);
    expect(run(['check', file('garbage.bin', garbage)])).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('binary'),
    });
    const broken = textPdf('ข้อความ').subarray(0, 200);
    const b = run(['check', file('broken.pdf', broken)]);
    expect([0, 1]).toContain(b.status);
    expect(b.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(run(['check', corpusPage('province', '/contact'), '--item', 'O99']).status).toBe(2);
    expect(run(['check', corpusPage('province', '/contact'), '--framework', 'nope']).status).toBe(2);
  });
});

describe('openita check URL', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await serveSite('office');
  });
  afterAll(() => site.close());
  it('fetches the page and the PDFs it links, politely, and judges with them', async () => {
    const r = await runAsync(['check', `${site.origin}/o10`, '--allow-private', '--json']);
    expect(r.status).toBe(0);
    const o10 = JSON.parse(r.stdout).items.find((i: { id: string }) => i.id === 'O10');
    expect(o10.verdict).toBe('pass');
    expect(site.requests.map((q) => q.path)).toEqual(
      expect.arrayContaining(['/robots.txt', '/o10', '/files/plan-2564.pdf']),
    );
    expect(site.requests.every((q) => q.userAgent.startsWith('OpenITA/'))).toBe(true);
  });
  it('refuses the local site without --allow-private, and a page that is not there', async () => {
    expect((await runAsync(['check', `${site.origin}/o10`])).status).toBe(2);
    const missing = await runAsync(['check', `${site.origin}/nope`, '--allow-private']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('HTTP 404');
  });
});
