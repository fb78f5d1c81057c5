/** The openita CLI as users run it: a real process, real files, exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/openita.js', import.meta.url).pathname;
const seedPath = new URL('../../../packages/scoring/data/assessments/bueng-kan-2564.json', import.meta.url).pathname;
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, timeout: 30_000 });
const tmp = mkdtempSync(join(tmpdir(), 'openita-cli-'));
const write = (name: string, content: unknown) => {
  const p = join(tmp, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};

describe('openita score', () => {
  it('prints the Thai scorecard of the seed', () => {
    const r = run(['score', seedPath]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('จังหวัดบึงกาฬ');
    expect(r.stdout).toMatch(/คะแนนรวม 99\.61\s+ระดับ AA/);
    expect(r.stdout).toMatch(/6\. คุณภาพการดำเนินงาน\s+98\.66\s+98\.61 ≠/);
    expect(r.stdout).toContain('OIT ผ่าน 43 จาก 43 ข้อ');
    // The official result is printed beside the recomputed one.
    expect(r.stdout).toMatch(/ผลอย่างเป็นทางการ \(ที่ประกาศ\)\s+99\.60\s+ระดับ AA\s+อันดับที่ 1 ประเภทจังหวัด/);
    const en = run(['score', seedPath, '--lang', 'en']);
    expect(en.stdout).toMatch(/Official result \(as published\)\s+99\.60\s+level AA\s+rank 1 \(province\)/);
  });

  it('prints unrounded JSON with --json', () => {
    const r = run(['score', seedPath, '--json']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(
      expect.arrayContaining(['total', 'level', 'pass', 'instruments', 'indicators', 'questions', 'items', 'warnings', 'discrepancies']),
    );
    expect(j.level).toBe('AA');
    expect(j.pass).toBe(true);
    expect(Object.keys(j.instruments)).toEqual(['IIT', 'EIT', 'OIT']);
    expect(Object.keys(j.indicators)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(Object.keys(j.questions)).toHaveLength(45);
    expect(Object.keys(j.items)).toHaveLength(43);
    expect(j.questions.e12).toBeCloseTo(98.515, 9); // unrounded
    expect(j.indicators['6']).toBeCloseTo(98.661, 3);
    expect(j.discrepancies.map((d: { path: string }) => d.path)).toContain('indicators.6');
  });

  it('reads standard input with "-" and speaks English with --lang en', () => {
    const r = run(['score', '-', '--lang', 'en'], readFileSync(seedPath, 'utf8'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Total 99\.61\s+level AA/);
  });

  it('exits 1 with every error named by its path when the file is invalid', () => {
    const seed = JSON.parse(readFileSync(seedPath, 'utf8'));
    seed.iit.i27 = [0, 4.44, 0, 100];
    delete seed.oit.O12;
    const r = run(['score', write('bad.json', seed)]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('iit.i27');
    expect(r.stderr).toContain('104.44');
    expect(r.stderr).toContain('oit.O12');
    const j = run(['score', write('bad2.json', seed), '--json']);
    expect(j.status).toBe(1);
    expect(JSON.parse(j.stdout).errors.map((e: { path: string }) => e.path)).toEqual(['iit.i27', 'oit.O12']);
  });

  it('exits 1 on malformed JSON, naming the file', () => {
    const p = write('broken.json', '{"framework": ');
    const r = run(['score', p]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(p);
    expect(r.stderr).toContain('not valid JSON');
  });

  it('exits 2 on usage errors', () => {
    expect(run(['score']).status).toBe(2);
    expect(run(['frobnicate']).status).toBe(2);
    expect(run(['score', join(tmp, 'nope.json')]).status).toBe(2);
    expect(run(['score', seedPath, '--lang', 'fr']).status).toBe(2);
    expect(run(['--help']).status).toBe(0);
  });
});
