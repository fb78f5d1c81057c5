/**
 * The one place where stored data becomes a score. An assessment's imported file, plus the review status
 * of its evidence, is turned into a scoring Assessment and handed to packages/scoring (parseAssessment,
 * score, whatIf). Nothing else in the API computes a score.
 *
 * An OIT item's status:
 *   1. pass, when the latest review of at least one evidence for the item accepts it (source: evidence);
 *   2. otherwise the item's result in the imported assessment file, pass or fail (source: import);
 *   3. otherwise fail (source: none): once an assessment has any item result, an item without one is
 *      counted as 0 (parseAssessment's missingItems: 'fail', with a warning naming the item). An assessment
 *      with no item result at all keeps the OIT indicator scores of its import (published results often
 *      give only those).
 * Rejected evidence, or evidence whose changes were requested, does not change an imported result.
 */
import {
  type AgencyInfo,
  type Analysis,
  analysis,
  type Assessment,
  canonicalId,
  type Framework,
  getFramework,
  parseAssessment,
  type ScoreReport,
  score,
  type WhatIfResult,
  whatIf,
} from '@openita/scoring';
import { fromInputIssue, type Issue } from './errors.js';

export type EvidenceStatus = 'pending' | 'accepted' | 'rejected' | 'changes-requested';
export type ItemSource = 'evidence' | 'import' | 'none';

/** What the score needs to know of one evidence: its items and its current status. */
export interface EvidenceFact {
  items: readonly string[];
  status: EvidenceStatus;
}

export interface ItemState {
  id: string;
  status: 'pass' | 'fail';
  source: ItemSource;
  /** The imported result, when the file had one. */
  imported: boolean | null;
  evidenceCount: number;
  acceptedCount: number;
  pendingCount: number;
  rejectedCount: number;
  changesRequestedCount: number;
}

export interface LiveInput {
  framework: string;
  agency: AgencyInfo;
  /** The imported assessment file as stored (null when nothing was imported). */
  data: Record<string, unknown> | null;
  evidence: readonly EvidenceFact[];
}

export interface LiveScore {
  framework: Framework;
  /** The scoring input, or null when the data cannot be scored yet (see issues). */
  assessment: Assessment | null;
  report: ScoreReport | null;
  /** Parse problems: errors (why there is no score) and warnings (items counted as 0 …). */
  issues: Issue[];
  items: Map<string, ItemState>;
  /** The assessment file as scored now: the import with each item's derived result in `oit`. */
  file: Record<string, unknown>;
  /** What-if for every OIT item, computed on first use. */
  whatIf(): WhatIfResult | null;
  /** The agency's analysis report (packages/scoring analysis()), computed on first use; null without a score. */
  analysis(): Analysis | null;
}

/** Item id → imported result, from a stored file's `oit` block (ids canonicalised, 0/100 or true/false). */
export function importedItems(data: Record<string, unknown> | null): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const oit = data?.oit;
  if (oit && typeof oit === 'object')
    for (const [k, v] of Object.entries(oit as Record<string, unknown>)) out.set(canonicalId(k), v === true || v === 100);
  return out;
}

export function liveScore(input: LiveInput): LiveScore {
  const framework = getFramework(input.framework);
  const imported = importedItems(input.data);
  const items = new Map<string, ItemState>();
  for (const item of framework.items)
    items.set(item.id, {
      id: item.id,
      status: 'fail',
      source: 'none',
      imported: imported.get(item.id) ?? null,
      evidenceCount: 0,
      acceptedCount: 0,
      pendingCount: 0,
      rejectedCount: 0,
      changesRequestedCount: 0,
    });
  for (const e of input.evidence) {
    for (const id of new Set(e.items)) {
      const s = items.get(id);
      if (!s) continue;
      s.evidenceCount++;
      if (e.status === 'accepted') s.acceptedCount++;
      else if (e.status === 'pending') s.pendingCount++;
      else if (e.status === 'rejected') s.rejectedCount++;
      else s.changesRequestedCount++;
    }
  }
  const oit: Record<string, boolean> = {};
  for (const s of items.values()) {
    if (s.acceptedCount > 0) {
      s.status = 'pass';
      s.source = 'evidence';
    } else if (s.imported !== null) {
      s.status = s.imported ? 'pass' : 'fail';
      s.source = 'import';
    } else continue;
    oit[s.id] = s.status === 'pass';
  }

  const { oit: _importedOit, ...rest } = (input.data ?? {}) as Record<string, unknown>;
  const file: Record<string, unknown> = { ...rest, framework: input.framework, agency: input.agency };
  if (Object.keys(oit).length) file.oit = oit;
  const parsed = parseAssessment(file, { framework, missingItems: 'fail' });
  const issues = parsed.issues.map((i) => fromInputIssue(i));
  let report: ScoreReport | null = null;
  if (parsed.assessment) {
    report = score(parsed.assessment, framework);
    report.warnings = parsed.issues.filter((i) => i.severity === 'warning');
  }
  let what: WhatIfResult | null | undefined;
  let report_: Analysis | null | undefined;
  return {
    framework,
    assessment: parsed.assessment,
    report,
    issues,
    items,
    file,
    whatIf: () => {
      if (what === undefined) what = parsed.assessment ? whatIf(parsed.assessment, framework) : null;
      return what;
    },
    analysis: () => {
      if (report_ === undefined)
        report_ = report && parsed.assessment ? analysis(report, null, { framework, assessment: parsed.assessment }) : null;
      return report_;
    },
  };
}
