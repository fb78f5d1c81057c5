/**
 * score(): an assessment → the full score report. The arithmetic of the NACC method (METHOD.md):
 * option points × answer shares → part → question (mean of parts) → indicator (mean of questions);
 * OIT items 0/100 → sub-indicator (mean of items) → indicator (mean of sub-indicators);
 * instrument = mean of its indicators; total = Σ weight × instrument. Nothing is rounded here.
 */
import { type Assessment, type ParseOptions, parseAssessment } from './assessment/parse.js';
import { type CompiledFramework, compileFramework } from './framework/compile.js';
import type { Framework, LocalText } from './framework/model.js';
import { getFramework } from './frameworks/index.js';
import { AssessmentError, type InputIssue } from './issues.js';
import { reconcile, type Discrepancy } from './reconcile.js';
import { roundHalfUp } from './round.js';

export type ScoreSource = 'questions' | 'items' | 'supplied' | 'indicators';

export interface ScoreReport {
  framework: string;
  fiscalYear: number;
  agency: Assessment['agency'];
  /** Unrounded. */
  total: number;
  /** The level band of the total rounded to two decimals (what is printed decides the level). */
  level: string;
  /** Total (rounded to two decimals) ≥ the framework's pass mark. */
  pass: boolean;
  passMark: number;
  instruments: Record<string, number>;
  indicators: Record<string, number>;
  subIndicators: Record<string, number>;
  questions: Record<string, number>;
  /** Per-part scores of questions answered part by part. */
  questionParts: Record<string, number[]>;
  /** Item id → 0 or 100, for items with a result. */
  items: Record<string, number>;
  /** Where each indicator's and instrument's score came from. */
  sources: { indicators: Record<string, ScoreSource>; instruments: Record<string, ScoreSource> };
  warnings: InputIssue[];
  discrepancies: Discrepancy[];
}

/** The level band for a total: bands are compared with the total as printed (two decimals, half up). */
export function levelOf(total: number, framework: Framework): string {
  const shown = roundHalfUp(total, 2);
  for (const band of framework.levels) if (shown >= band.min) return band.level;
  return framework.levels[framework.levels.length - 1]?.level ?? '';
}

function mean(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

/** Σ share × points for one vector (shares are fractions that sum to 1). */
function vectorScore(shares: readonly number[], points: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < shares.length; k++) s += (shares[k] ?? 0) * (points[k] ?? 0);
  return s;
}

/**
 * Scores an assessment that parseAssessment() has accepted. Fast path: no validation, no allocation
 * beyond the report. Use scoreFile() for raw input.
 */
export function score(assessment: Assessment, framework: Framework = getFramework(assessment.framework)): ScoreReport {
  const fw = compileFramework(framework);
  const questions: Record<string, number> = {};
  const questionParts: Record<string, number[]> = {};
  for (const [id, vectors] of Object.entries(assessment.answers)) {
    const q = fw.questions.get(id);
    if (!q) continue;
    if (vectors.length === 1) {
      // One vector for the whole question: all parts share its direction (checked when parsed).
      questions[id] = vectorScore(vectors[0] ?? [], q.points[0] ?? []);
    } else {
      const parts = vectors.map((v, k) => vectorScore(v, q.points[k] ?? []));
      questionParts[id] = parts;
      questions[id] = mean(parts);
    }
  }

  const items: Record<string, number> = {};
  for (const [id, ok] of Object.entries(assessment.items)) items[id] = ok ? 100 : 0;

  const subIndicators: Record<string, number> = {};
  const indicators: Record<string, number> = {};
  const instruments: Record<string, number> = {};
  const sources: ScoreReport['sources'] = { indicators: {}, instruments: {} };

  for (const [key, ind] of fw.indicators) {
    const inst = fw.instruments.get(ind.instrument);
    if (inst?.basis === 'questions') {
      const qs = fw.questionsByIndicator.get(key) ?? [];
      const scores = qs.map((q) => questions[q.id]);
      if (qs.length && scores.every((s) => s !== undefined)) {
        indicators[key] = mean(scores as number[]);
        sources.indicators[key] = 'questions';
        continue;
      }
    } else {
      const subs = fw.subsByIndicator.get(key) ?? [];
      const subScores: number[] = [];
      for (const sub of subs) {
        const ids = fw.itemsBySub.get(sub) ?? [];
        const vals = ids.map((i) => items[i]);
        if (ids.length && vals.every((v) => v !== undefined)) {
          subIndicators[sub] = mean(vals as number[]);
          subScores.push(subIndicators[sub]);
        }
      }
      if (subs.length && subScores.length === subs.length) {
        indicators[key] = mean(subScores);
        sources.indicators[key] = 'items';
        continue;
      }
    }
    const supplied = assessment.indicators[key];
    if (supplied !== undefined) {
      indicators[key] = supplied;
      sources.indicators[key] = 'supplied';
    }
  }

  let total = 0;
  const missing: string[] = [];
  for (const [id, inst] of fw.instruments) {
    const keys = fw.indicatorsByInstrument.get(id) ?? [];
    const vals = keys.map((k) => indicators[k]);
    if (keys.length && vals.every((v) => v !== undefined)) {
      instruments[id] = mean(vals as number[]);
      sources.instruments[id] = 'indicators';
    } else if (assessment.instruments[id] !== undefined) {
      instruments[id] = assessment.instruments[id];
      sources.instruments[id] = 'supplied';
    } else {
      missing.push(id);
      continue;
    }
    total += inst.weight * (instruments[id] as number);
  }
  if (missing.length)
    throw new Error(`assessment for ${assessment.agency.name.th}: no data for ${missing.join(', ')} (parse it first)`);

  const report: ScoreReport = {
    framework: framework.id,
    fiscalYear: framework.fiscalYear,
    agency: assessment.agency,
    total,
    level: levelOf(total, framework),
    pass: roundHalfUp(total, 2) >= framework.passMark,
    passMark: framework.passMark,
    instruments,
    indicators,
    subIndicators,
    questions,
    questionParts,
    items,
    sources,
    warnings: [],
    discrepancies: [],
  };
  if (assessment.reported) report.discrepancies = reconcile(report, assessment.reported, fw);
  return report;
}

export interface ScoreFileResult {
  report: ScoreReport | null;
  issues: InputIssue[];
}

/** Parses, validates and scores raw input (an assessment file's JSON). Never throws on bad input. */
export function scoreFile(input: unknown, options: ParseOptions = {}): ScoreFileResult {
  const { assessment, framework, issues } = parseAssessment(input, options);
  if (!assessment || !framework) return { report: null, issues };
  const report = score(assessment, framework);
  report.warnings = issues.filter((i) => i.severity === 'warning');
  return { report, issues };
}

/** Like scoreFile() but throws an AssessmentError listing every problem. */
export function scoreOrThrow(input: unknown, options: ParseOptions = {}): ScoreReport {
  const { report, issues } = scoreFile(input, options);
  if (!report) throw new AssessmentError(issues);
  return report;
}

/** A display name in the user's language. */
export function text(t: LocalText | undefined, lang: 'th' | 'en' = 'th'): string {
  if (!t) return '';
  return lang === 'en' ? (t.en ?? t.th) : t.th;
}

export type { CompiledFramework };
