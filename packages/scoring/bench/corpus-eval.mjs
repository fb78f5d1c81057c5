// Runs every rule on every corpus entry; shared by `pnpm bench` and the corpus test.
import { checkDocument, decodeHtml, getFramework, runChecks, buildPageModel, pageFromText } from '../dist/index.js';
import { loadCorpus } from '../fixtures/corpus.mjs';

/** @returns {{ entry: any, report: any }[]} */
export function evaluateCorpus(framework = getFramework('nacc-ita-2564')) {
  const out = [];
  for (const site of loadCorpus()) {
    for (const entry of site.entries) {
      const options = { documents: entry.documents, siteOrigins: [site.origin] };
      const report =
        entry.kind === 'page'
          ? runChecks(buildPageModel(decodeHtml(entry.bytes).text, entry.url), framework, options)
          : runChecks(pageFromText(entry.scanned ? '' : entry.text, entry.url, entry.title), framework, {
              ...options,
              documents: entry.scanned ? [{ url: entry.url, text: '', scanned: true }] : [],
            });
      out.push({ site, entry, report });
    }
  }
  return out;
}

/** Pass precision and recall per item, and the confusion of every verdict. */
export function scoreCorpus(results) {
  const per = new Map();
  const row = (id) => {
    let r = per.get(id);
    if (!r) {
      r = { tp: 0, fp: 0, fn: 0, tn: 0 };
      per.set(id, r);
    }
    return r;
  };
  const mismatches = [];
  let agree = 0;
  let total = 0;
  for (const { entry, report } of results) {
    for (const item of report.items) {
      const expected = entry.expect[item.id] ?? 'not-applicable';
      const got = item.verdict;
      const r = row(item.id);
      if (expected === 'pass' && got === 'pass') r.tp++;
      else if (expected !== 'pass' && got === 'pass') r.fp++;
      else if (expected === 'pass' && got !== 'pass') r.fn++;
      else r.tn++;
      total++;
      if (expected === got) agree++;
      else mismatches.push({ site: entry.site, path: entry.path, item: item.id, expected, got, item_: item });
    }
  }
  return { per, mismatches, agree, total };
}
