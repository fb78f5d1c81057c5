/**
 * The labelled corpus (fixtures/corpus): every page and document, every item of FY2564, the verdict a consultant gave.
 * Pages are judged with the documents they link to, as the site audit reads them; documents on their own, titled by
 * the link text that leads to them.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../fixtures/corpus.mjs';
import { runChecks } from '../../src/checks/run.js';
import { getFramework } from '../../src/frameworks/index.js';
import { decodeHtml } from '../../src/page/decode.js';
import { buildPageModel } from '../../src/page/model.js';
import { pageFromText } from '../../src/page/text.js';

const framework = getFramework('nacc-ita-2564');
const sites = loadCorpus();

describe('the labelled corpus', () => {
  it('has every kind of agency, both splits, and enough passes per item to measure', () => {
    expect(new Set(sites.map((s) => s.type))).toEqual(
      new Set([
        'province',
        'district',
        'municipality',
        'sao',
        'department',
        'hospital',
        'school',
        'provincial office',
        'pao',
        'public organization',
      ]),
    );
    expect(sites.some((s) => (s as { split?: string }).split === 'holdout')).toBe(true);
    const passes = new Map<string, number>();
    for (const s of sites)
      for (const e of s.entries)
        for (const [i, v] of Object.entries(e.expect)) if (v === 'pass') passes.set(i, (passes.get(i) ?? 0) + 1);
    for (const item of framework.items) expect(passes.get(item.id) ?? 0, item.id).toBeGreaterThanOrEqual(3);
  });

  for (const site of sites) {
    describe(`${site.id}: ${site.name.th}`, () => {
      for (const entry of site.entries) {
        it(`${entry.path}`, () => {
          const page =
            entry.kind === 'page'
              ? buildPageModel(decodeHtml(entry.bytes as Uint8Array).text, entry.url)
              : pageFromText(entry.scanned ? '' : (entry.text ?? ''), entry.url, entry.title);
          const report = runChecks(page, framework, { documents: entry.documents, siteOrigins: [site.origin] });
          const got = Object.fromEntries(
            report.items.filter((i) => i.verdict !== 'not-applicable').map((i) => [i.id, i.verdict]),
          );
          expect(got, entry.why).toEqual(entry.expect);
        });
      }
    });
  }
});
