/** Properties of the arithmetic over random assessments (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFramework, getFramework, roundHalfUp, score, type Assessment } from '../src/index.js';

const fw = getFramework('nacc-ita-2564');
const cfw = compileFramework(fw);

/** A share vector of `n` options as fractions that sum to 1. */
const vector = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n })
    .filter((v) => v.some((x) => x > 0))
    .map((v) => {
      const s = v.reduce((a, b) => a + b, 0);
      return v.map((x) => x / s);
    });

const answers = fc.record(
  Object.fromEntries(
    [...cfw.questions.values()].map((q) => [
      q.id,
      fc.array(vector(q.scaleDef.options.length), { minLength: q.points.length, maxLength: q.points.length }),
    ]),
  ) as Record<string, fc.Arbitrary<number[][]>>,
);
const items = fc.record(
  Object.fromEntries(fw.items.map((i) => [i.id, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>,
);
const assessment = fc.record({ answers, items }).map(
  ({ answers, items }): Assessment => ({
    framework: fw.id,
    agency: { name: { th: 'ทดสอบ' } },
    answers,
    items,
    indicators: {},
    instruments: {},
  }),
);

const inRange = (x: number) => x >= -1e-9 && x <= 100 + 1e-9;

describe('scoring properties', () => {
  it('keeps every score within 0–100', () => {
    fc.assert(
      fc.property(assessment, (a) => {
        const r = score(a, fw);
        for (const group of [r.questions, r.indicators, r.subIndicators, r.instruments])
          for (const v of Object.values(group)) expect(inRange(v)).toBe(true);
        expect(inRange(r.total)).toBe(true);
        expect(fw.levels.map((l) => l.level)).toContain(r.level);
      }),
      { numRuns: 200 },
    );
  });

  it('never lowers any score when one respondent share moves to a better-scoring option', () => {
    const qids = [...cfw.questions.keys()];
    fc.assert(
      fc.property(
        assessment,
        fc.constantFrom(...qids),
        fc.nat(),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, qid, partSeed, fromSeed, amount) => {
          const q = cfw.questions.get(qid)!;
          const part = partSeed % q.points.length;
          const pts = q.points[part]!;
          const from = fromSeed % pts.length;
          // The best option for this part (reversed parts score their first option highest).
          const to = pts.indexOf(Math.max(...pts));
          const before = score(a, fw);
          const vectors = a.answers[qid]!.map((v) => [...v]);
          const v = vectors[part]!;
          const moved = v[from]! * amount;
          v[from] = v[from]! - moved;
          v[to] = v[to]! + moved;
          const after = score({ ...a, answers: { ...a.answers, [qid]: vectors } }, fw);
          const eps = 1e-9;
          expect(after.questions[qid]!).toBeGreaterThanOrEqual(before.questions[qid]! - eps);
          expect(after.indicators[String(q.indicator)]!).toBeGreaterThanOrEqual(before.indicators[String(q.indicator)]! - eps);
          expect(after.total).toBeGreaterThanOrEqual(before.total - eps);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never lowers the total when an item passes, and raises it by the item weight', () => {
    fc.assert(
      fc.property(assessment, fc.constantFrom(...fw.items.map((i) => i.id)), (a, id) => {
        const failed = score({ ...a, items: { ...a.items, [id]: false } }, fw);
        const passed = score({ ...a, items: { ...a.items, [id]: true } }, fw);
        expect(passed.total).toBeGreaterThan(failed.total);
      }),
      { numRuns: 200 },
    );
  });
});

describe('roundHalfUp', () => {
  it('rounds half up at two decimals despite binary floating point', () => {
    expect(roundHalfUp(98.515)).toBe(98.52);
    expect(roundHalfUp(0.0307 * 67 + 96.93)).toBe(98.99);
    expect(roundHalfUp(99.605)).toBe(99.61);
    expect(roundHalfUp(99.6049)).toBe(99.6);
    expect(roundHalfUp(1.005)).toBe(1.01);
    expect(roundHalfUp(-1.005)).toBe(-1.01);
    expect(roundHalfUp(100)).toBe(100);
  });

  it('agrees with exact decimal half-up rounding for every value written with three decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (thousandths) => {
        const sign = Math.sign(thousandths);
        const expected = (sign * Math.floor((Math.abs(thousandths) + 5) / 10)) / 100;
        expect(roundHalfUp(thousandths / 1000)).toBe(expected === 0 ? 0 : expected); // never -0
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with rounding the 12-significant-digit decimal for arbitrary scores', () => {
    const viaString = (v: number) => {
      const scaled = Number((Math.abs(v) * 100).toPrecision(12));
      return (Math.sign(v) * Math.floor(scaled + 0.5)) / 100;
    };
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (v) => {
        expect(roundHalfUp(v)).toBe(viaString(v));
      }),
      { numRuns: 20_000 },
    );
  });
});
