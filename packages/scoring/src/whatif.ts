/**
 * What-if: how much the total moves when one OIT item passes or fails. Items are not equal — an item's
 * weight is its instrument's weight divided among the instrument's indicators, the indicator's sub-indicators
 * and the sub-indicator's items (a FY2564 10.2 item is 25 points of indicator 10 and 5 of the total; a 9.1
 * item 2.2 of indicator 9 and 0.44 of the total). Sorted by what a fix gains, it is an agency's to-do list.
 */
import type { Assessment } from './assessment/parse.js';
import { compileFramework } from './framework/compile.js';
import type { Framework, LocalText } from './framework/model.js';
import { getFramework } from './frameworks/index.js';
import { levelOf, score } from './score.js';


/** The weight of every OIT item, from the framework's structure alone. */
export function itemWeights(framework: Framework): Map<string, { total: number; indicator: number; indicatorKey: string }> {
  const fw = compileFramework(framework);
  const out = new Map<string, { total: number; indicator: number; indicatorKey: string }>();
  for (const [indKey, ind] of fw.indicators) {
    const inst = fw.instruments.get(ind.instrument);
    if (inst?.basis !== 'items') continue;
    const indCount = fw.indicatorsByInstrument.get(ind.instrument)?.length ?? 1;
    const subs = fw.subsByIndicator.get(indKey) ?? [];
    for (const sub of subs) {
      const items = fw.itemsBySub.get(sub) ?? [];
      for (const item of items) {
        const ofIndicator = 100 / subs.length / items.length;
        out.set(item, { indicator: ofIndicator, total: (inst.weight * ofIndicator) / indCount, indicatorKey: indKey });
      }
    }
  }
  return out;
}

export interface WhatIfEntry {
  item: string;
  name: LocalText;
  subIndicator: string;
  indicator: string;
  status: 'pass' | 'fail' | 'unknown';
  /** Points of the total this item is worth. */
  weight: number;
  /** Points of its indicator. */
  indicatorWeight: number;
  /** The total if this item passes / fails, everything else unchanged (null when items are not scored one by one). */
  totalIfPass: number | null;
  totalIfFail: number | null;
  levelIfPass: string | null;
  /** What passing this item would add to the current total (0 for an item that passes). */
  gain: number;
  /** What failing it would take away (0 for an item that fails). */
  risk: number;
}

export interface WhatIfResult {
  total: number;
  level: string;
  /** Failing and unknown items first, by gain; then passing items by what losing them would cost. */
  entries: WhatIfEntry[];
}

export function whatIf(assessment: Assessment, framework: Framework = getFramework(assessment.framework)): WhatIfResult {
  const fw = compileFramework(framework);
  const base = score(assessment, framework);
  const weights = itemWeights(framework);
  const itemBased = Object.keys(assessment.items).length > 0;
  const entries: WhatIfEntry[] = [];
  for (const [id, item] of fw.items) {
    const w = weights.get(id);
    if (!w) continue;
    const status: WhatIfEntry['status'] = !itemBased || !(id in assessment.items) ? 'unknown' : assessment.items[id] ? 'pass' : 'fail';
    let totalIfPass: number | null = null;
    let totalIfFail: number | null = null;
    if (itemBased) {
      totalIfPass = status === 'pass' ? base.total : score({ ...assessment, items: { ...assessment.items, [id]: true } }, framework).total;
      totalIfFail = status === 'fail' ? base.total : score({ ...assessment, items: { ...assessment.items, [id]: false } }, framework).total;
    }
    entries.push({
      item: id,
      name: item.name,
      subIndicator: item.subIndicator,
      indicator: w.indicatorKey,
      status,
      weight: w.total,
      indicatorWeight: w.indicator,
      totalIfPass,
      totalIfFail,
      levelIfPass: totalIfPass === null ? null : levelOf(totalIfPass, framework),
      gain: totalIfPass === null ? (status === 'pass' ? 0 : w.total) : Math.max(0, totalIfPass - base.total),
      risk: totalIfFail === null ? (status === 'fail' ? 0 : w.total) : Math.max(0, base.total - totalIfFail),
    });
  }
  const rank = (e: WhatIfEntry) => (e.status === 'pass' ? 1 : 0);
  entries.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) === 0 ? b.gain - a.gain : b.risk - a.risk) ||
      Number(a.item.slice(1)) - Number(b.item.slice(1)),
  );
  return { total: base.total, level: base.level, entries };
}
