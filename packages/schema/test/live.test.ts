/** The item status rule and the one scoring path (domain/live.ts), on the seed assessment. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { importedItems, liveScore } from '../src/domain/live.js';

const require = createRequire(import.meta.url);
const seed = JSON.parse(readFileSync(require.resolve('@openita/scoring/data/assessments/bueng-kan-2564.json'), 'utf8'));
const agency = { id: 'bueng-kan', name: { th: 'จังหวัดบึงกาฬ' } };

describe('liveScore', () => {
  it('scores the seed as packages/scoring does: 99.61 AA, official figures reconciled', () => {
    const l = liveScore({ framework: 'nacc-ita-2564', agency, data: seed, evidence: [] });
    expect(l.report?.level).toBe('AA');
    expect(l.report?.total).toBeCloseTo(99.61028, 5);
    expect(l.report?.discrepancies.map((d) => d.path)).toEqual(['total', 'instruments.EIT', 'indicators.6']);
    expect([...l.items.values()].every((s) => s.status === 'pass' && s.source === 'import')).toBe(true);
  });

  it('accepted evidence passes an item that the import failed; pending, rejected or sent-back evidence does not', () => {
    const data = { ...seed, oit: { ...seed.oit, O5: 0 } };
    const base = liveScore({ framework: 'nacc-ita-2564', agency, data, evidence: [] });
    expect(base.items.get('O5')).toMatchObject({ status: 'fail', source: 'import', imported: false });
    for (const status of ['pending', 'rejected', 'changes-requested'] as const) {
      const l = liveScore({ framework: 'nacc-ita-2564', agency, data, evidence: [{ items: ['O5'], status }] });
      expect(l.items.get('O5')?.status, status).toBe('fail');
      expect(l.report?.total).toBeCloseTo(base.report?.total as number, 9);
    }
    const accepted = liveScore({ framework: 'nacc-ita-2564', agency, data, evidence: [{ items: ['O5', 'O6'], status: 'accepted' }, { items: ['O5'], status: 'rejected' }] });
    expect(accepted.items.get('O5')).toMatchObject({ status: 'pass', source: 'evidence', evidenceCount: 2, acceptedCount: 1, rejectedCount: 1 });
    expect((accepted.report?.total as number) - (base.report?.total as number)).toBeCloseTo((100 / 9 / 5 / 2) * 0.4, 9);
  });

  it('rejected evidence does not fail an item the import passed', () => {
    const l = liveScore({ framework: 'nacc-ita-2564', agency, data: seed, evidence: [{ items: ['O1'], status: 'rejected' }] });
    expect(l.items.get('O1')).toMatchObject({ status: 'pass', source: 'import', rejectedCount: 1 });
  });

  it('with no item results, OIT keeps the imported indicator scores; the first accepted evidence makes items count (the rest as 0)', () => {
    const { oit: _oit, ...noItems } = seed;
    const data = { ...noItems, indicators: { 9: 100, 10: 100 } };
    const l = liveScore({ framework: 'nacc-ita-2564', agency, data, evidence: [] });
    expect(l.report?.instruments.OIT).toBe(100);
    expect(l.items.get('O1')).toMatchObject({ status: 'fail', source: 'none' });
    const one = liveScore({ framework: 'nacc-ita-2564', agency, data, evidence: [{ items: ['O1'], status: 'accepted' }] });
    expect(one.report?.sources.indicators['9']).toBe('items');
    expect(one.report?.instruments.OIT).toBeLessThan(10);
    expect(one.issues.filter((i) => i.code === 'missing-item')).toHaveLength(42);
  });

  it('an assessment without survey data has no score, and says why; item statuses are still there', () => {
    const l = liveScore({ framework: 'nacc-ita-2564', agency, data: null, evidence: [{ items: ['O5'], status: 'accepted' }] });
    expect(l.report).toBeNull();
    expect(l.issues.some((i) => i.severity === 'error' && i.code === 'missing-data')).toBe(true);
    expect(l.items.get('O5')?.status).toBe('pass');
    expect(l.whatIf()).toBeNull();
    expect(l.analysis()).toBeNull();
  });

  it('reads imported item ids however they were written', () => {
    expect([...importedItems({ oit: { o5: 100, 'O.6': true, O07: 0, O8: false } })]).toEqual([
      ['O5', true],
      ['O6', true],
      ['O7', false],
      ['O8', false],
    ]);
  });
});
