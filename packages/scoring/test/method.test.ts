/** The published cases METHOD.md recomputes exactly, beyond the seed. */
import { describe, expect, it } from 'vitest';
import { formatScore, getFramework, scoreOrThrow } from '../src/index.js';

const allItems = (fail: string[] = []) =>
  Object.fromEntries(getFramework('nacc-ita-2564').items.map((i) => [i.id, fail.includes(i.id) ? 0 : 100]));

describe('METHOD.md cases', () => {
  it("Trat FY2564 from its ten indicator scores: 81.45, level B, below the pass mark", () => {
    const r = scoreOrThrow({
      framework: 'nacc-ita-2564',
      agency: { name: 'จังหวัดตราด' },
      indicators: { 1: 93.55, 2: 87.72, 3: 91.01, 4: 87.93, 5: 89.52, 6: 90.55, 7: 88.68, 8: 88.58, 9: 72.89, 10: 65.56 },
      reported: { total: 81.45, level: 'B' },
    });
    expect(r.instruments.IIT).toBeCloseTo(89.946, 9);
    expect(r.instruments.EIT).toBeCloseTo(89.27, 9);
    expect(r.instruments.OIT).toBeCloseTo(69.225, 9);
    expect(formatScore(r.total)).toBe('81.45');
    expect(r.level).toBe('B');
    expect(r.pass).toBe(false);
    expect(r.discrepancies).toEqual([]);
  });

  it('Pichit: one missed 9.1 item makes indicator 9 97.78; one missed 10.1 item makes indicator 10 93.75', () => {
    const base = { framework: 'nacc-ita-2564', agency: { name: 'พิจิตร' }, instruments: { IIT: 90, EIT: 90 } };
    const r9 = scoreOrThrow({ ...base, oit: allItems(['O3']) });
    expect(formatScore(r9.subIndicators['9.1'])).toBe('88.89');
    expect(formatScore(r9.indicators['9'])).toBe('97.78');
    expect(r9.indicators['10']).toBe(100);
    const r10 = scoreOrThrow({ ...base, oit: allItems(['O36']) });
    expect(r10.subIndicators['10.1']).toBe(87.5);
    expect(r10.indicators['10']).toBe(93.75);
  });

  it('weights each IIT indicator 6 %, each EIT indicator 10 %, indicators 9 and 10 20 % each', () => {
    const all = (v: number) => Object.fromEntries(Array.from({ length: 10 }, (_, k) => [String(k + 1), v]));
    for (const [k, w] of [['1', 6], ['5', 6], ['6', 10], ['8', 10], ['9', 20], ['10', 20]] as const) {
      const r = scoreOrThrow({ framework: 'nacc-ita-2564', agency: { name: 'x' }, indicators: { ...all(100), [k]: 0 } });
      expect(r.total, `indicator ${k}`).toBeCloseTo(100 - w, 9);
    }
  });

  it('bands the total as printed: 94.995 shows 95.00 and is AA; 84.994 is B and fails', () => {
    const at = (v: number) =>
      scoreOrThrow({ framework: 'nacc-ita-2564', agency: { name: 'x' }, instruments: { IIT: v, EIT: v, OIT: v } });
    expect(at(94.995).level).toBe('AA');
    expect(at(94.994).level).toBe('A');
    expect(at(85).pass).toBe(true);
    expect(at(84.994).pass).toBe(false);
    expect(at(84.994).level).toBe('B');
    expect(at(0).level).toBe('F');
    expect(at(50).level).toBe('E');
  });
});
