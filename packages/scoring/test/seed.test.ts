/**
 * The golden case: Bueng Kan province, FY2564 (shared/seeds/000_046bf0bce6eb4094.txt), transcribed in
 * data/assessments/bueng-kan-2564.json. Every printed question score, every indicator, the total and the level.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatScore, getFramework, parseAssessment, roundHalfUp, score, scoreFile } from '../src/index.js';

const seedPath = new URL('../data/assessments/bueng-kan-2564.json', import.meta.url);
const seed = () => JSON.parse(readFileSync(seedPath, 'utf8'));

describe('Bueng Kan FY2564 (the seed report)', () => {
  const { report, issues } = scoreFile(seed());

  it('parses without errors or warnings', () => {
    expect(issues).toEqual([]);
    expect(report).not.toBeNull();
  });

  it('reproduces every question score the seed prints, to the cent', () => {
    const printed = seed().reported.questions as Record<string, number>;
    expect(Object.keys(printed).length).toBeGreaterThanOrEqual(40);
    for (const [id, value] of Object.entries(printed)) {
      expect(formatScore(report?.questions[id]), id).toBe(value.toFixed(2));
    }
    // The ones the issue names, spelled out.
    const q = report?.questions ?? {};
    expect(formatScore(q.e1)).toBe('98.99');
    expect(formatScore(q.e2)).toBe('97.70');
    expect(formatScore(q.e3)).toBe('97.90');
    expect(formatScore(q.e12)).toBe('98.52'); // 98.515 rounds half up
    expect(formatScore(q.i9)).toBe('99.30');
    expect(formatScore(q.i26)).toBe('97.20');
    // i11 part 2 (favours one supplier) is reversed: 100 % "least" scores 100.
    expect(report?.questionParts.i11).toEqual([100, 100]);
    // e6 is printed part by part.
    expect(report?.questionParts.e6?.map((p) => formatScore(p))).toEqual(['98.72', '98.92']);
  });

  it('reproduces indicators 1–5, 7 and 8 within 0.01 and reports indicator 6', () => {
    const reported = seed().reported.indicators as Record<string, number>;
    for (const k of ['1', '2', '3', '4', '5', '7', '8', '9', '10']) {
      expect(Math.abs((report?.indicators[k] ?? Number.NaN) - (reported[k] ?? 0)), `indicator ${k}`).toBeLessThanOrEqual(0.01);
    }
    expect(formatScore(report?.indicators['6'])).toBe('98.66');
    const d6 = report?.discrepancies.find((d) => d.path === 'indicators.6');
    expect(d6).toMatchObject({ reported: 98.61 });
    expect(d6?.difference).toBeCloseTo(0.051, 3);
    expect(report?.discrepancies.map((d) => d.path)).not.toContain('indicators.7');
    expect(report?.discrepancies.some((d) => d.path.startsWith('questions.'))).toBe(false);
  });

  it('computes IIT 99.74 and OIT 100, level AA, pass', () => {
    expect(formatScore(report?.instruments.IIT)).toBe('99.74');
    expect(report?.instruments.OIT).toBe(100);
    expect(report?.level).toBe('AA');
    expect(report?.pass).toBe(true);
    // From the question rows the total is 99.61: indicator 6's printed questions give 98.66, not 98.61,
    // which lifts EIT to 98.96 and the total by 0.01; both show up as discrepancies.
    expect(formatScore(report?.total)).toBe('99.61');
    expect(report?.discrepancies.map((d) => d.path)).toEqual(
      expect.arrayContaining(['indicators.6', 'instruments.EIT', 'total']),
    );
  });

  it('scores the published overview (instrument averages) as 99.60 AA', () => {
    const { report: published, issues: pi } = scoreFile({
      framework: 'nacc-ita-2564',
      agency: { name: 'จังหวัดบึงกาฬ' },
      instruments: { IIT: 99.74, EIT: 98.94, OIT: 100 },
      reported: { total: 99.6, level: 'AA' },
    });
    expect(pi).toEqual([]);
    expect(formatScore(published?.total)).toBe('99.60');
    expect(published?.level).toBe('AA');
    expect(published?.discrepancies).toEqual([]);
  });

  it('scores the reported indicator scores as AA, within rounding of the reported 99.60', () => {
    const s = seed();
    const { report: fromIndicators } = scoreFile({
      framework: 'nacc-ita-2564',
      agency: s.agency,
      indicators: s.reported.indicators,
      reported: { total: s.reported.total, level: s.reported.level },
    });
    // Rounded indicators carry up to ±0.005 each: 0.3·99.746 + 0.3·98.94 + 0.4·100 = 99.6058.
    expect(fromIndicators?.total).toBeCloseTo(99.6058, 4);
    expect(Math.abs((fromIndicators?.total ?? 0) - 99.6)).toBeLessThan(0.01);
    expect(fromIndicators?.level).toBe('AA');
    expect(fromIndicators?.discrepancies).toEqual([]);
    expect(fromIndicators?.sources.indicators['6']).toBe('supplied');
  });

  it('rejects i27 as printed (shares sum to 104.44) with an error naming i27, and scores nothing', () => {
    const s = seed();
    s.iit.i27 = [0, 4.44, 0, 100];
    const { report: r, issues: bad } = scoreFile(s);
    expect(r).toBeNull();
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ severity: 'error', path: 'iit.i27', code: 'shares-sum' });
    expect(bad[0]?.message.en).toContain('104.44');
  });

  it('keeps the seed framework and data consistent', () => {
    const fw = getFramework('nacc-ita-2564');
    const parsed = parseAssessment(seed());
    expect(parsed.assessment).not.toBeNull();
    expect(Object.keys(parsed.assessment?.answers ?? {})).toHaveLength(fw.questions.length);
    const again = score(parsed.assessment!, fw);
    expect(again.total).toBe(report?.total);
    expect(roundHalfUp(again.total)).toBe(99.61);
  });
});
