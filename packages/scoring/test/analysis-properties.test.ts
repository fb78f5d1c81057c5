/** Properties of the analysis over random agencies (fast-check): what must hold for every input, not just the seed. */
import fc from 'fast-check';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { analyseFile, analysisSheets, renderHtml, renderMarkdown, roundHalfUp } from '../src/index.js';

const ITEM_IDS = Array.from({ length: 43 }, (_, k) => `O${k + 1}`);
const score = fc.double({ min: 0, max: 100, noNaN: true });
const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);

const agency = fc.record({
  indicators: fc.tuple(score, score, score, score, score, score, score, score),
  items: fc.array(fc.boolean(), { minLength: 43, maxLength: 43 }),
  notes: fc.dictionary(fc.constantFrom(...ITEM_IDS), text, { maxKeys: 4 }),
  name: text,
  rank: fc.option(fc.integer({ min: 1, max: 8000 }), { nil: undefined }),
});

describe('analysis properties', () => {
  it('holds for any agency: ranking, accounting of items, the pass mark, JSON, renderers', () => {
    fc.assert(
      fc.property(agency, (g) => {
        const input = {
          framework: 'nacc-ita-2564',
          agency: { name: g.name },
          indicators: Object.fromEntries(g.indicators.map((v, k) => [String(k + 1), v])),
          oit: Object.fromEntries(ITEM_IDS.map((id, k) => [id, g.items[k] ?? false])),
          ...(Object.keys(g.notes).length ? { itemNotes: g.notes } : {}),
          ...(g.rank ? { reported: { rank: g.rank, rankGroup: 'province' } } : {}),
        };
        const { analysis: a, issues } = analyseFile(input);
        expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
        if (!a) return;

        // Every item is either kept (passes) or a weakness (fails), once; noted passing items are weaknesses too.
        const failed = ITEM_IDS.filter((_, k) => !g.items[k]);
        expect(a.strengths.items.length + failed.length).toBe(43);
        expect(
          a.weaknesses.items
            .filter((i) => i.reason === 'failed')
            .map((i) => i.id)
            .sort(),
        ).toEqual([...failed].sort());
        const noted = Object.keys(g.notes).filter((id) => g.items[ITEM_IDS.indexOf(id)]);
        expect(
          a.weaknesses.items
            .filter((i) => i.reason === 'noted')
            .map((i) => i.id)
            .sort(),
        ).toEqual(noted.sort());

        // Recommendations: most valuable first, gains within what is left to gain.
        const gains = a.recommendations.map((r) => r.gain);
        for (let k = 1; k < gains.length; k++) expect(gains[k - 1]).toBeGreaterThanOrEqual(gains[k] as number);
        const total = a.standing.total.value;
        const allGains = gains.reduce((s, x) => s + x, 0);
        expect(total + allGains).toBeLessThanOrEqual(100 + 1e-9);

        // The pass mark and how many fixes reach it.
        expect(a.pass.met).toBe(roundHalfUp(total, 2) >= 85);
        if (a.pass.met) expect(a.pass.fixesToPass).toBe(0);
        else if (a.pass.fixesToPass === null) expect(roundHalfUp(total + allGains, 2)).toBeLessThan(85);
        else {
          const k = a.pass.fixesToPass;
          const upTo = (n: number) => gains.slice(0, n).reduce((s, x) => s + x, total);
          expect(roundHalfUp(upTo(k), 2)).toBeGreaterThanOrEqual(85);
          expect(roundHalfUp(upTo(k - 1), 2)).toBeLessThan(85);
        }

        // Weak indicators: each instrument's lowest, and nothing listed scores above its instrument's lowest unless below 85.
        for (const w of a.weaknesses.instruments) {
          const min = Math.min(...w.indicators.map((i) => roundHalfUp(i.score.value, 2)));
          for (const i of w.indicators) expect(i.lowestInInstrument || i.belowPassMark).toBe(true);
          expect(w.indicators.some((i) => roundHalfUp(i.score.value, 2) === min && i.lowestInInstrument)).toBe(true);
        }

        // Plain JSON, and every renderer copes.
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        const md = renderMarkdown(a);
        expect(md).not.toMatch(/(?<!\\)</);
        const errors: string[] = [];
        parse(renderHtml(a), { onParseError: (e) => errors.push(e.code) });
        expect(errors).toEqual([]);
        for (const s of analysisSheets(a)) for (const r of s.rows) expect(r.length).toBe(s.columns.length);
      }),
      { numRuns: 150 },
    );
  });
});
