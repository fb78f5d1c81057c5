/**
 * The analysis of one agency's ITA result: the document an agency writes every year (NACC item O42) — overview,
 * IIT/EIT/OIT tables, weak points to fix first, what to maintain, change from the previous year, level and rank,
 * and recommendations ranked by what they gain — as data.
 *
 * Everything here is plain JSON: objects, arrays, strings, numbers, booleans and null (never undefined, Maps or
 * class instances), so it can cross GraphQL as a JSON scalar, be stored, or be rendered by any front end.
 * Text users read is LocalText ({ th, en? }); pick a language with `text()`. Scores are unrounded numbers;
 * `display` strings are rounded half up to two decimals as the NACC prints them.
 */
import { z } from 'zod';
import type { AgencyInfo } from '../assessment/parse.js';
import type { InstrumentId, LocalText } from '../framework/model.js';
import type { InputIssue } from '../issues.js';
import type { Discrepancy } from '../reconcile.js';
import type { ScoreSource } from '../score.js';

/** Bumped when the shape changes incompatibly. */
export const ANALYSIS_VERSION = 1;

export type Lang = 'th' | 'en';

/** Where a figure the analysis uses comes from. */
export type FigureSource = 'reported' | 'computed';

/**
 * A score as the analysis uses it: the officially reported figure when the assessment carries one, else the one
 * computed from the data. Rankings and sentences use `value`; both figures are kept.
 */
export interface Figure {
  value: number;
  source: FigureSource;
  /** Computed from the assessment data; null when only a reported figure exists. */
  computed: number | null;
  /** From the assessment's `reported` block; null when none was given. */
  reported: number | null;
  /** `value` rounded half up to two decimals: "98.61". */
  display: string;
}

export interface AnalysisSubIndicator {
  /** "9.1" */
  id: string;
  name: LocalText;
  score: Figure | null;
}

export interface AnalysisIndicator {
  /** 1–10 */
  number: number;
  instrument: InstrumentId;
  name: LocalText;
  score: Figure | null;
  /** How the computed score was made: from questions, items, or a supplied indicator score. */
  basis: ScoreSource | null;
  subIndicators: AnalysisSubIndicator[];
}

export interface AnalysisInstrument {
  id: InstrumentId;
  name: LocalText;
  /** Share of the total, 0–1 (0.3 / 0.3 / 0.4). */
  weight: number;
  score: Figure | null;
  indicators: AnalysisIndicator[];
}

/** One answer vector of a question: the whole question, or one part. */
export interface AnalysisAnswer {
  /** 1-based part number; null when one vector answers the whole question. */
  part: number | null;
  /** Answer shares in percent, in the scale's order; null when the analysis was not given the assessment. */
  shares: number[] | null;
  /** Score of this vector (computed). */
  score: number | null;
}

export interface AnalysisQuestion {
  /** i1…i30, e1…e15 */
  id: string;
  text: LocalText;
  /** Scale id ("four-level", "yes-no"); its option labels are in the section's `scales`. */
  scale: string;
  reversed: boolean;
  /** The question's sub-statements (empty: one statement). */
  parts: { text: LocalText; reversed: boolean }[];
  answers: AnalysisAnswer[];
  score: Figure | null;
}

export interface AnalysisQuestionSection {
  instrument: 'IIT' | 'EIT';
  indicator: number;
  name: LocalText;
  questions: AnalysisQuestion[];
}

export type ItemStatus = 'pass' | 'fail' | 'unknown';

export interface AnalysisItem {
  /** O1…O43 */
  id: string;
  name: LocalText;
  subIndicator: string;
  indicator: number;
  /** The heading the NACC groups the item under (ข้อมูลพื้นฐาน, ข่าวประชาสัมพันธ์ …). */
  group: LocalText;
  /** What the item must show (รายละเอียดข้อมูลที่เผยแพร่). */
  requirement: LocalText;
  /** 0 or 100; null when the OIT came as indicator scores, not item by item. */
  score: number | null;
  status: ItemStatus;
  /** A reviewer's or consultant's note on this item. */
  note: LocalText | null;
  /** The framework's advice for this item. */
  advice: LocalText | null;
  /** Points of the total the item is worth (what-if weight). */
  weight: number;
  /** Points of the total passing it would add now (its weight when it fails, 0 when it passes). */
  gain: number;
  /** Points of the total failing it would cost (its weight when it passes, 0 when it fails). */
  risk: number;
}

export interface AnalysisItemGroup {
  name: LocalText;
  items: AnalysisItem[];
}

export interface AnalysisItemSection {
  /** "9.1" */
  id: string;
  indicator: number;
  indicatorName: LocalText;
  name: LocalText;
  score: Figure | null;
  /** Items in framework order, in runs of the same group heading. */
  groups: AnalysisItemGroup[];
}

export interface WeakQuestion {
  id: string;
  text: LocalText;
  score: Figure;
  /** Points of the total if this question scored 100 (an upper bound). */
  gain: number;
  advice: LocalText | null;
}

export interface WeakIndicator {
  number: number;
  instrument: InstrumentId;
  name: LocalText;
  score: Figure;
  /** Lowest of its instrument (ties count). */
  lowestInInstrument: boolean;
  /** Lowest of all indicators with a weakness (ties count). */
  lowestOverall: boolean;
  belowPassMark: boolean;
  /** Points of the total if this indicator reached 100 (an upper bound). */
  gain: number;
  advice: LocalText | null;
  /** Its lowest question(s), and any below the pass mark; empty when it has no question data. */
  questions: WeakQuestion[];
  /** "แบบวัด … (EIT) ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน มีคะแนนเท่ากับ 98.61 คะแนน พบว่ามีคะแนนน้อยที่สุดในกลุ่มเครื่องมือ" */
  text: LocalText;
}

export interface WeakInstrument {
  instrument: InstrumentId;
  name: LocalText;
  indicators: WeakIndicator[];
}

export type WeakItemReason = 'failed' | 'noted';

export interface WeakItem {
  /** 1-based position in the list. */
  rank: number;
  id: string;
  name: LocalText;
  subIndicator: string;
  indicator: number;
  reason: WeakItemReason;
  status: ItemStatus;
  note: LocalText | null;
  advice: LocalText | null;
  requirement: LocalText;
  gain: number;
  risk: number;
}

export interface Weaknesses {
  /** Survey (and score-only) instruments with a weak indicator, weakest first. */
  instruments: WeakInstrument[];
  /** OIT items that failed (most valuable fix first), then items that pass but carry a note (framework order). */
  items: WeakItem[];
}

export interface StrongIndicator {
  number: number;
  instrument: InstrumentId;
  name: LocalText;
  score: Figure;
}

export interface Strengths {
  /** The passing OIT items, in framework order: what to keep disclosing. */
  items: { rank: number; id: string; name: LocalText; subIndicator: string; noted: boolean }[];
  /** Per instrument, its highest indicator(s) at or above the pass mark that are not also its weakest. */
  indicators: StrongIndicator[];
}

export type Direction = 'up' | 'down' | 'same';

export interface Change {
  /** "total", "IIT", "6" */
  key: string;
  name: LocalText;
  current: number;
  previous: number;
  /** current − previous. */
  delta: number;
  /** By the figures as printed (two decimals): a change that rounds to 0.00 is 'same'. */
  direction: Direction;
  /** "สูงขึ้น" / "ลดลง" / "คงที่" */
  word: LocalText;
}

export interface ChangeFromPrevious {
  previousFiscalYear: number | null;
  total: Change;
  level: { current: string; previous: string | null };
  instruments: Change[];
  indicators: Change[];
  /** "ผลการประเมิน ITA ในปีงบประมาณ พ.ศ. 2564 ของ … มีผลคะแนนสูงขึ้นเมื่อเปรียบเทียบกับปีที่ผ่านมา …" */
  text: LocalText;
}

export interface Standing {
  total: Figure;
  level: { value: string; source: FigureSource; computed: string; reported: string | null };
  /** From the assessment's reported rank and rankGroup. */
  rank: { position: number; group: string | null; groupName: LocalText | null } | null;
  /** "ในปีงบประมาณ พ.ศ. 2564 … 99.60 คะแนน ระดับผลการประเมิน AA และมีคะแนนสูงเป็นอันดับที่ 1 ของประเทศ ในการประเมินประเภทจังหวัด" */
  text: LocalText;
}

export interface PassMark {
  passMark: number;
  /** The total (as used in the narrative) is at or above the pass mark, compared at two decimals. */
  met: boolean;
  total: number;
  /** total − passMark (negative when below). */
  margin: number;
  /**
   * How many of the first recommendations, done in order, would lift the total to the pass mark by their gains;
   * 0 when it is met, null when all of them together would not be enough.
   */
  fixesToPass: number | null;
  text: LocalText;
}

export type RecommendationKind = 'item' | 'indicator';

export interface Recommendation {
  rank: number;
  kind: RecommendationKind;
  /** Item id ("O17") or indicator number ("6"). */
  target: string;
  instrument: InstrumentId;
  reason: 'failed' | 'noted' | 'weak-indicator';
  /** "O17 E-Service", "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน" */
  title: LocalText;
  /** What to do: the framework's advice text. */
  advice: LocalText;
  /** A reviewer's note on the item, when there is one. */
  note: LocalText | null;
  /**
   * Points of the total this fix would gain: exact for an OIT item (its what-if weight), an upper bound for an
   * indicator (as if it reached 100).
   */
  gain: number;
  /** Points at stake for a noted item that passes now (what failing it next year would cost). */
  atRisk: number;
}

export interface NextYear {
  fiscalYear: number;
  passMark: number;
  /** "เพื่อให้การประเมิน … ประจำปีงบประมาณ พ.ศ. 2565 … ผ่านเกณฑ์การประเมินไม่ต่ำกว่า 85 คะแนน ควรดำเนินการตามประเด็น ดังต่อไปนี้" */
  text: LocalText;
}

export interface Analysis {
  version: typeof ANALYSIS_VERSION;
  framework: { id: string; fiscalYear: number; name: LocalText };
  agency: AgencyInfo;
  /** 'reported' when any official figure was used for the narrative; 'computed' when all figures are computed. */
  basis: FigureSource;
  title: LocalText;
  /** The opening paragraph: total, level, rank. */
  summary: LocalText;
  /** Says where the figures come from (official or computed) and how many computed figures differ. */
  basisNote: LocalText;
  /** The overview table: instruments with weights, indicators, OIT sub-indicators. */
  overview: AnalysisInstrument[];
  /** IIT and EIT question tables, per indicator, with answer shares and scores. */
  questions: AnalysisQuestionSection[];
  /** Option labels per answer scale, in order: { "four-level": [น้อยที่สุด/ไม่มีเลย, น้อย, มาก, มากที่สุด], "yes-no": [มี, ไม่มี] }. */
  scales: Record<string, LocalText[]>;
  /** OIT items per sub-indicator, with requirement, score and notes. */
  items: AnalysisItemSection[];
  /** "1. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน" */
  weaknesses: Weaknesses;
  /** "2. ประเด็นที่จะต้องรักษาผลการดำเนินงานให้คงเดิมและพัฒนาให้ดียิ่งขึ้น" */
  strengths: Strengths;
  /** Null without a previous year. */
  change: ChangeFromPrevious | null;
  standing: Standing;
  pass: PassMark;
  nextYear: NextYear;
  /** Most valuable first. */
  recommendations: Recommendation[];
  /** Computed figures that differ from reported ones by more than 0.01. */
  discrepancies: Discrepancy[];
  /** Warnings about the input (shares that do not sum to 100 exactly, overridden scores …), each with its path. */
  warnings: InputIssue[];
}

/**
 * The previous year's result, for the comparison: the reported figures, or a previous ScoreReport turned into
 * this shape with previousFromReport(). Indicators are compared by number, instruments by id.
 */
export const PreviousResult = z
  .object({
    fiscalYear: z.number().int().min(2500).max(2700).optional().meta({ description: 'Buddhist-era fiscal year' }),
    total: z.number().min(0).max(100),
    level: z.string().min(1).optional(),
    instruments: z.record(z.string(), z.number().min(0).max(100)).optional(),
    indicators: z.record(z.string(), z.number().min(0).max(100)).optional(),
  })
  .strict()
  .meta({ title: "An agency's previous ITA result", description: 'total, level, instrument and indicator scores' });
export type PreviousResult = z.infer<typeof PreviousResult>;
