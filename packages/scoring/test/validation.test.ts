/** Bad input: every problem is named by its path, and nothing is scored from a file with errors. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AssessmentError, getFramework, parseAssessment, scoreFile, scoreOrThrow } from '../src/index.js';

const seed = () => JSON.parse(readFileSync(new URL('../data/assessments/bueng-kan-2564.json', import.meta.url), 'utf8'));
const errorsOf = (input: unknown) =>
  scoreFile(input).issues.filter((i) => i.severity === 'error').map((i) => `${i.path} ${i.code}`);

describe('assessment validation', () => {
  it('names unknown question ids, and questions filed under the wrong instrument', () => {
    const s = seed();
    s.iit.i31 = [0, 0, 0, 100];
    s.iit.e1 = [0, 0, 0, 100];
    expect(errorsOf(s)).toEqual(['iit.i31 unknown-id', 'iit.e1 unknown-id']);
  });

  it('names each missing question of a partly answered indicator', () => {
    const s = seed();
    delete s.iit.i5;
    delete s.eit.e12;
    expect(errorsOf(s)).toEqual(['iit.i5 missing-question', 'eit.e12 missing-question']);
  });

  it('checks part counts and option counts', () => {
    const s = seed();
    s.iit.i18 = [[100, 0, 0, 0], [100, 0, 0, 0]];
    s.eit.e8 = [0, 0, 0, 100];
    s.iit.i11 = [0, 0, 0, 100]; // one vector, but its parts run in opposite directions
    expect(errorsOf(s)).toEqual(['iit.i11 part-count', 'iit.i18 part-count', 'eit.e8 option-count']);
  });

  it('rejects negative shares, and shares off 100 by more than 0.5, naming the part', () => {
    const s = seed();
    s.iit.i28 = [[0, 0, 0, 100], [0, 0, 0, 100], [0, 0, 10, 100]];
    s.eit.e2 = [-1, 0.41, 6.13, 94.46];
    expect(errorsOf(s)).toEqual(['iit.i28[3] shares-sum', 'eit.e2 negative']);
  });

  it('scores shares that miss 100 by less than 0.5 as shares of their sum, with a warning', () => {
    const s = seed();
    s.eit.e13 = [99.7, 0];
    const { report, issues } = scoreFile(s);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', path: 'eit.e13', code: 'shares-sum' })]);
    expect(report?.questions.e13).toBe(100);
    expect(report?.warnings).toHaveLength(1);
  });

  it('accepts respondent counts', () => {
    const s = seed();
    s.eit.e8 = { counts: [489, 3] };
    const { report } = scoreFile(s);
    expect(report?.questions.e8).toBeCloseTo((489 / 492) * 100, 9);
    s.eit.e8 = { counts: [0, 0] };
    expect(errorsOf(s)).toEqual(['eit.e8 shares-sum']);
  });

  it('accepts item results as 0/100 or true/false and labels like "o5"; rejects other values and unknown items', () => {
    const s = seed();
    s.oit = Object.fromEntries(Object.keys(s.oit).map((k) => [k.toLowerCase(), k !== 'O17']));
    const r = scoreOrThrow(s);
    expect(r.items.O17).toBe(0);
    expect(r.items.O5).toBe(100);
    s.oit.o5 = 50;
    expect(errorsOf(s)).toEqual(['oit.o5 invalid']);
    s.oit.o5 = true;
    s.oit.O44 = true;
    expect(errorsOf(s)).toEqual(['oit.O44 unknown-id']);
  });

  it('requires every item once any is given, unless missing items count as failed', () => {
    const s = seed();
    delete s.oit.O30;
    expect(errorsOf(s)).toEqual(['oit.O30 missing-item']);
    const { assessment, issues } = parseAssessment(s, { missingItems: 'fail' });
    expect(assessment?.items.O30).toBe(false);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', path: 'oit.O30' })]);
  });

  it('requires data for every indicator at some level', () => {
    const errs = errorsOf({ framework: 'nacc-ita-2564', agency: { name: 'x' }, indicators: { 1: 90 } });
    expect(errs).toContain('iit missing-data');
    expect(errs).toContain('eit missing-data');
    expect(errs).toContain('oit missing-data');
  });

  it('rejects scores outside 0–100 and unknown indicators, instruments and reported ids', () => {
    const s = seed();
    s.reported.indicators['6'] = 101;
    s.reported.indicators['11'] = 50;
    s.reported.level = 'AAA';
    s.reported.questions.i99 = 1;
    expect(errorsOf(s)).toEqual([
      'reported.level unknown-id',
      'reported.indicators.6 out-of-range',
      'reported.indicators.11 unknown-id',
      'reported.questions.i99 unknown-id',
    ]);
  });

  it('rejects what is not an assessment at all, with paths', () => {
    expect(errorsOf(null)).toEqual(['(root) invalid']);
    expect(errorsOf({ framework: 'nacc-ita-2564' })).toEqual(['agency invalid']);
    expect(errorsOf({ framework: 'nacc-ita-2599', agency: { name: 'x' } })).toEqual(['framework unknown-framework']);
    expect(errorsOf({ framework: 'nacc-ita-2564', agency: { name: 'x' }, iit: { i1: 'many' } })).toEqual([
      'iit.i1 invalid',
    ]);
    expect(errorsOf({ framework: 'nacc-ita-2564', agency: { name: 'x' }, extra: 1, instruments: { IIT: 1, EIT: 1, OIT: 1 } })).toEqual([
      '(root) invalid',
    ]);
  });

  it('throws an AssessmentError that lists every error from scoreOrThrow', () => {
    const s = seed();
    s.iit.i27 = [0, 4.44, 0, 100];
    expect(() => scoreOrThrow(s)).toThrow(AssessmentError);
    expect(() => scoreOrThrow(s)).toThrow(/iit\.i27: shares sum to 104\.44/);
  });

  it('warns when an indicator given as a score also has question data, and uses the questions', () => {
    const s = seed();
    s.indicators = { 6: 98.61 };
    const { report, issues } = scoreFile(s);
    expect(issues).toEqual([expect.objectContaining({ path: 'indicators.6', code: 'overridden', severity: 'warning' })]);
    expect(report?.sources.indicators['6']).toBe('questions');
    expect(getFramework('nacc-ita-2564').id).toBe('nacc-ita-2564');
  });
});
