import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getFramework, itemWeights, parseAssessment, whatIf } from '../src/index.js';

const seed = () => JSON.parse(readFileSync(new URL('../data/assessments/bueng-kan-2564.json', import.meta.url), 'utf8'));

describe('what-if', () => {
  const fw = getFramework('nacc-ita-2564');

  it('weighs items by their place in the structure: a 10.2 item is 25 points of indicator 10 and 5 of the total', () => {
    const w = itemWeights(fw);
    expect(w.get('O42')).toMatchObject({ indicator: 25, indicatorKey: '10' });
    expect(w.get('O42')?.total).toBeCloseTo(5, 12);
    expect(w.get('O1')?.indicator).toBeCloseTo(100 / 5 / 9, 12);
    expect(w.get('O1')?.total).toBeCloseTo(0.4444, 4);
    expect(w.get('O25')?.indicator).toBeCloseTo(5, 12); // a 9.4 item moves indicator 9 by 5
    const sum = [...w.values()].reduce((s, x) => s + x.total, 0);
    expect(sum).toBeCloseTo(40, 9); // all items together are the OIT's 40 %
  });

  it('puts the most valuable fixes first and measures them by rescoring', () => {
    const s = seed();
    s.oit.O17 = 0;
    s.oit.O26 = 0;
    s.oit.O43 = 0;
    const { assessment } = parseAssessment(s);
    const result = whatIf(assessment!, fw);
    const [first, second, third] = result.entries;
    expect(first).toMatchObject({ item: 'O43', status: 'fail', levelIfPass: 'AA' });
    expect(first?.gain).toBeCloseTo(5, 9);
    expect(second?.item).toBe('O26'); // 9.4 item: 5 points of indicator 9 = 1 of the total
    expect(second?.gain).toBeCloseTo(1, 9);
    expect(third?.item).toBe('O17'); // 9.2 item: 2.5 points of indicator 9 = 0.5 of the total
    expect(third?.gain).toBeCloseTo(0.5, 9);
    expect((first?.totalIfPass ?? Number.NaN) - result.total).toBeCloseTo(5, 9);
    const passing = result.entries.filter((e) => e.status === 'pass');
    expect(passing).toHaveLength(40);
    expect(passing[0]?.item).toBe('O42'); // what losing it would cost, most first
    expect(passing[0]?.risk).toBeCloseTo(5, 9);
  });

  it('gives weights alone when OIT comes as indicator scores', () => {
    const { assessment } = parseAssessment({
      framework: 'nacc-ita-2564',
      agency: { name: 'x' },
      indicators: { 1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 90, 7: 90, 8: 90, 9: 80, 10: 70 },
    });
    const result = whatIf(assessment!, fw);
    expect(result.entries.every((e) => e.status === 'unknown' && e.totalIfPass === null)).toBe(true);
    expect(result.entries[0]?.item).toBe('O42');
  });
});
