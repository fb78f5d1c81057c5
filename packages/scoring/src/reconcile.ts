/**
 * Reconciliation: every computed figure that differs from an officially reported one by more than 0.01.
 * Published figures are rounded to two decimals, so a difference up to 0.005 is rounding, not a disagreement.
 */
import type { Reported } from './assessment/schema.js';
import { canonicalId } from './assessment/parse.js';
import type { CompiledFramework } from './framework/compile.js';
import type { LocalText } from './framework/model.js';
import type { ScoreReport } from './score.js';

export const RECONCILE_TOLERANCE = 0.01;

export interface Discrepancy {
  /** "total", "level", "instruments.EIT", "indicators.6", "questions.e2" … */
  path: string;
  label: LocalText;
  computed: number | string;
  reported: number | string;
  /** computed − reported, for numbers. */
  difference: number | null;
}

export function reconcile(report: ScoreReport, reported: Reported, fw: CompiledFramework): Discrepancy[] {
  const out: Discrepancy[] = [];
  const num = (path: string, label: LocalText, computed: number | undefined, official: number | undefined) => {
    if (computed === undefined || official === undefined) return;
    const difference = computed - official;
    if (Math.abs(difference) > RECONCILE_TOLERANCE + 1e-9) out.push({ path, label, computed, reported: official, difference });
  };
  num('total', { th: 'คะแนนรวม', en: 'Total' }, report.total, reported.total);
  if (reported.level !== undefined && reported.level !== report.level)
    out.push({
      path: 'level',
      label: { th: 'ระดับผลการประเมิน', en: 'Level' },
      computed: report.level,
      reported: reported.level,
      difference: null,
    });
  for (const [k, v] of Object.entries(reported.instruments ?? {})) {
    const id = k.toUpperCase();
    num(`instruments.${id}`, fw.instruments.get(id)?.name ?? { th: id }, report.instruments[id], v);
  }
  for (const [k, v] of Object.entries(reported.indicators ?? {})) {
    const ind = fw.indicators.get(k);
    num(`indicators.${k}`, { th: `ตัวชี้วัดที่ ${k} ${ind?.name.th ?? ''}`.trim(), en: `Indicator ${k}` }, report.indicators[k], v);
  }
  for (const [k, v] of Object.entries(reported.subIndicators ?? {}))
    num(`subIndicators.${k}`, { th: `ตัวชี้วัดย่อยที่ ${k}`, en: `Sub-indicator ${k}` }, report.subIndicators[k], v);
  for (const [k, v] of Object.entries(reported.questions ?? {})) {
    const id = canonicalId(k);
    num(`questions.${id}`, { th: `ข้อ ${id}`, en: `Question ${id}` }, report.questions[id], v);
  }
  return out;
}
