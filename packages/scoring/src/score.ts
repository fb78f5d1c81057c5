/**
 * score(): an assessment → the full score report. The arithmetic of the NACC method (METHOD.md):
 * option points × answer shares → part → question (mean of parts) → indicator (mean of questions);
 * OIT items 0/100 → sub-indicator (mean of items) → indicator (mean of sub-indicators);
 * instrument = mean of its indicators; total = Σ weight × instrument. Nothing is rounded here.
 */
import { type Assessment, type ParseOptions, parseAssessment } from './assessment/parse.js';
import { type CompiledFramework, type CompiledQuestion, compileFramework } from './framework/compile.js';
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
  return bandOf(roundHalfUp(total, 2), framework);
}

function bandOf(shown: number, framework: Framework): string {
  for (const band of framework.levels) if (shown >= band.min) return band.level;
  return framework.levels[framework.levels.length - 1]?.level ?? '';
}

/** Removes the keys a template copy left without a value (only for partly answered assessments). */
function dropNulls(record: Record<string, unknown>): void {
  for (const k of Object.keys(record)) if (record[k] === null) delete record[k];
}

/**
 * Σ share × points for one vector (shares are fractions that sum to 1). parseAssessment() guarantees one share per
 * option, so both arrays have the same length.
 */
function vectorScore(shares: readonly number[], points: readonly number[]): number {
  let s = 0;
  const n = shares.length;
  for (let k = 0; k < n; k++) s += (shares[k] as number) * (points[k] as number);
  return s;
}

/**
 * Scores an assessment that parseAssessment() has accepted. Fast path: no validation, no allocation
 * beyond the report. Use scoreFile() for raw input.
 */
export function score(assessment: Assessment, framework: Framework = getFramework(assessment.framework)): ScoreReport {
  const { plan } = compileFramework(framework);
  // Scores are kept by position (plan order) while aggregating; the keyed records of the report are written once.
  const answers = assessment.answers;
  const qCount = plan.questions.length;
  const qScores = plan.scratch.questions.fill(Number.NaN);
  const questions = { ...plan.questionTemplate } as Record<string, number>;
  let answered = 0;
  const questionParts = { ...plan.partsTemplate } as Record<string, number[]>;
  let partsFilled = 0;
  for (let qi = 0; qi < qCount; qi++) {
    const q = plan.questions[qi] as CompiledQuestion;
    const vectors = answers[q.id];
    if (vectors === undefined) continue;
    answered++;
    const n = vectors.length;
    let value: number;
    if (n === 1) {
      // One vector for the whole question: all parts share its direction (checked when parsed).
      value = vectorScore(vectors[0] as number[], q.points[0] as number[]);
    } else {
      const parts = new Array<number>(n);
      let sum = 0;
      for (let k = 0; k < n; k++) {
        const v = vectorScore(vectors[k] as number[], (q.points[k] ?? []) as number[]);
        parts[k] = v;
        sum += v;
      }
      questionParts[q.id] = parts;
      partsFilled++;
      value = sum / n;
    }
    qScores[qi] = value;
    questions[q.id] = value;
  }
  if (answered < qCount) dropNulls(questions);
  if (partsFilled < plan.partCount) dropNulls(questionParts);

  const given = assessment.items;
  const itemIds = plan.itemIds;
  const iScores = plan.scratch.items.fill(Number.NaN);
  const items = { ...plan.itemTemplate } as Record<string, number>;
  let scored = 0;
  for (let ii = 0; ii < itemIds.length; ii++) {
    const id = itemIds[ii] as string;
    const ok = given[id];
    if (ok === undefined) continue;
    const value = ok ? 100 : 0;
    iScores[ii] = value;
    items[id] = value;
    scored++;
  }
  if (scored < itemIds.length) dropNulls(items);

  const subIndicators: Record<string, number> = {};
  const indicators: Record<string, number> = {};
  const instruments: Record<string, number> = {};
  const sources: ScoreReport['sources'] = { indicators: {}, instruments: {} };

  for (const ind of plan.indicators) {
    const key = ind.key;
    if (ind.basis === 'questions') {
      const idx = ind.questionIndexes;
      let sum = 0;
      let complete = idx.length > 0;
      for (let k = 0; k < idx.length; k++) {
        const v = qScores[idx[k] as number] as number;
        if (Number.isNaN(v)) {
          complete = false; // NaN: not answered
          break;
        }
        sum += v;
      }
      if (complete) {
        indicators[key] = sum / idx.length;
        sources.indicators[key] = 'questions';
        continue;
      }
    } else {
      let subSum = 0;
      let subCount = 0;
      for (const sub of ind.subs) {
        const idx = sub.itemIndexes;
        let sum = 0;
        let complete = idx.length > 0;
        for (let k = 0; k < idx.length; k++) {
          const v = iScores[idx[k] as number] as number;
          if (Number.isNaN(v)) {
            complete = false; // NaN: no result
            break;
          }
          sum += v;
        }
        if (complete) {
          const value = sum / idx.length;
          subIndicators[sub.id] = value;
          subSum += value;
          subCount++;
        }
      }
      if (ind.subs.length > 0 && subCount === ind.subs.length) {
        indicators[key] = subSum / subCount;
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
  for (const inst of plan.instruments) {
    const keys = inst.indicatorKeys;
    let sum = 0;
    let complete = keys.length > 0;
    for (const k of keys) {
      const v = indicators[k];
      if (v === undefined) {
        complete = false;
        break;
      }
      sum += v;
    }
    let value: number;
    if (complete) {
      value = sum / keys.length;
      sources.instruments[inst.id] = 'indicators';
    } else if (assessment.instruments[inst.id] !== undefined) {
      value = assessment.instruments[inst.id] as number;
      sources.instruments[inst.id] = 'supplied';
    } else {
      missing.push(inst.id);
      continue;
    }
    instruments[inst.id] = value;
    total += inst.weight * value;
  }
  if (missing.length)
    throw new Error(`assessment for ${assessment.agency.name.th}: no data for ${missing.join(', ')} (parse it first)`);

  const shown = roundHalfUp(total, 2);
  const report: ScoreReport = {
    framework: framework.id,
    fiscalYear: framework.fiscalYear,
    agency: assessment.agency,
    total,
    level: bandOf(shown, framework),
    pass: shown >= framework.passMark,
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
  if (assessment.reported) report.discrepancies = reconcile(report, assessment.reported, compileFramework(framework));
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
