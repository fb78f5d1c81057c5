/** Prepares a page once for all 43 rules: match keys of its parts, its years, its OIT labels. */
import { findItemLabels } from '../thai/labels.js';
import { matchKey } from '../thai/normalize.js';
import { extractYears } from '../thai/years.js';
import type { PageModel } from '../page/model.js';
import type { PageText } from './types.js';

/** Block texts keyed for matching, with offsets into one joined key, so a match can be traced to its element. */
export interface BlockIndex {
  /** matchKey of each block, joined by "\n". */
  joined: string;
  /** Start offset of each block in `joined`. */
  starts: number[];
}

const prepared = new WeakMap<PageModel, { text: PageText; blocks: BlockIndex }>();

export function preparePage(page: PageModel): { text: PageText; blocks: BlockIndex } {
  const hit = prepared.get(page);
  if (hit) return hit;
  const title = matchKey(page.title);
  const headings = page.headings.map((h) => matchKey(h.text)).join('\n');
  const breadcrumbs = page.breadcrumbs.map(matchKey).join('\n');
  const starts: number[] = [];
  const keys: string[] = [];
  let offset = 0;
  for (const b of page.blocks) {
    const k = matchKey(b.text);
    starts.push(offset);
    keys.push(k);
    offset += k.length + 1;
  }
  const blocks: BlockIndex = { joined: keys.join('\n'), starts };
  const headText = [page.title, ...page.headings.map((h) => h.text), ...page.breadcrumbs].join('\n');
  const years = extractYears(`${headText}\n${page.mainText.slice(0, 200_000)}`).fiscalYears;
  const labels = [...new Set(findItemLabels(headText).map((l) => l.number))];
  const text: PageText = {
    title,
    headings,
    breadcrumbs,
    heading: `${title}\n${headings}\n${breadcrumbs}`,
    main: matchKey(page.mainText),
    all: blocks.joined,
    links: page.links.map((l) => matchKey(l.text)),
    fiscalYears: years,
    labels,
  };
  const result = { text, blocks };
  prepared.set(page, result);
  return result;
}

/** The block that contains offset `at` of BlockIndex.joined (binary search). */
export function blockAt(index: BlockIndex, at: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
