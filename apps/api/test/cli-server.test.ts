/** The server-side CLI as operators run it: real processes on a PGlite data directory. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@openita/schema';
import { afterAll, describe, expect, it } from 'vitest';

const bin = new URL('../bin/openita.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'openita-cli-data-'));
const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' };
delete (env as Record<string, string | undefined>).DATABASE_URL;
const run = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...env, ...extra }, timeout: 120_000 });

describe('openita seed, verify, token', () => {
  it('seed loads Bueng Kan and the demo set and prints a token per role (also written, private, to DATA_DIR)', () => {
    const r = run(['seed', '--agencies', '12']);
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/seeded 13 agencies/);
    expect(r.stdout).toMatch(/จังหวัดบึงกาฬ: official 99\.60, computed 99\.61 AA/);
    const tokens = JSON.parse(readFileSync(join(dataDir, 'demo-tokens.json'), 'utf8'));
    expect(Object.keys(tokens).sort()).toEqual(['admin', 'auditor', 'reader', 'reviewer']);
    for (const secret of Object.values(tokens)) expect(r.stdout).toContain(secret as string);
    expect(statSync(join(dataDir, 'demo-tokens.json')).mode & 0o777).toBe(0o600);
  });

  it('verify finds the chain intact', () => {
    const r = run(['verify']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/OK: the audit chain is intact/);
  });

  it('token create prints the secret once; bad roles are usage errors', () => {
    const r = run(['token', 'create', '--role', 'admin', '--name', 'ผู้ดูแล ทดสอบ']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^oita_[A-Za-z0-9_-]{20,}$/);
    expect(run(['token', 'create', '--role', 'superuser', '--name', 'x']).status).toBe(2);
    const list = run(['token', 'list']);
    expect(list.stdout).toContain('ผู้ดูแล ทดสอบ');
    expect(list.stdout).not.toContain(r.stdout.trim());
  });

  it('verify reports tampering with a capture or the audit log, and exits 1', async () => {
    const database = await openDatabase({ dataDir });
    const db = database.db;
    await db.execute('ALTER TABLE captures DISABLE TRIGGER captures_append_only');
    await db.execute(`UPDATE captures SET html = html || '<p>แก้ไขภายหลัง</p>' WHERE evidence_id = (SELECT evidence_id FROM captures LIMIT 1)`);
    await db.execute('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    await db.execute(`UPDATE audit_log SET payload = jsonb_set(payload, '{decision}', '"accept"') WHERE action = 'evidence.review' AND payload->>'decision' <> 'accept' AND seq = (SELECT min(seq) FROM audit_log WHERE action = 'evidence.review' AND payload->>'decision' <> 'accept')`);
    await database.close();
    const r = run(['verify']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/TAMPERING/);
    expect(r.stdout).toMatch(/\[evidence-hash\] evidence .* does not match its SHA-256/);
    expect(r.stdout).toMatch(/\[audit-hash\] entry \d+ \(evidence\.review/);
  });
});

describe('openita serve', () => {
  let child: ChildProcess | null = null;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('seeds an empty database, serves GraphQL, and stops cleanly on SIGTERM', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'openita-serve-'));
    child = spawn(process.execPath, [bin, 'serve'], { env: { ...env, DATA_DIR: fresh, PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line in: ${out}`)), 90_000);
      child?.stdout?.on('data', (d) => {
        out += d;
        const m = /http:\/\/localhost:(\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
    });
    expect(out).toMatch(/reviewer\s+oita_/);
    const reviewer = /reviewer\s+(oita_\S+)/.exec(out)?.[1] as string;
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${reviewer}` },
      body: JSON.stringify({ query: '{ viewer { role } agency(slug: "bueng-kan") { assessment { official { totalDisplay level } score { totalDisplay } } } evidence { totalCount } }' }),
    });
    const body = (await res.json()) as any;
    expect(body.data.viewer.role).toBe('REVIEWER');
    expect(body.data.agency.assessment.official).toEqual({ totalDisplay: '99.60', level: 'AA' });
    expect(body.data.agency.assessment.score.totalDisplay).toBe('99.61');
    expect(body.data.evidence.totalCount).toBeGreaterThan(10);
    const code = await new Promise<number | null>((resolve) => {
      child?.once('exit', (c) => resolve(c));
      child?.kill('SIGTERM');
    });
    expect(code).toBe(0);
  });
});
