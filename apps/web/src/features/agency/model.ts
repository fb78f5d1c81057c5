/**
 * What the agency page shows, independent of how the API shapes it: the containers map GraphQL results onto
 * these, and the sections render them.
 */
import type { LocalText } from '../../lib/format';

export interface InstrumentView {
  id: 'IIT' | 'EIT' | 'OIT' | string;
  name: LocalText;
  /** 0–1. */
  weight: number;
  score: number | null;
}

export interface IndicatorView {
  key: string;
  name: LocalText;
  instrument: string;
  score: number | null;
  /** questions | items | supplied | indicators */
  source: string | null;
}

export interface SubIndicatorView {
  id: string;
  indicator: string;
  name: LocalText;
  score: number | null;
}

export interface DiscrepancyView {
  path: string;
  label: LocalText;
  computed: number | string;
  reported: number | string;
  difference: number | null;
}

export interface IssueView {
  path: string;
  message: LocalText;
  severity: 'error' | 'warning';
}

export interface ScoreView {
  framework: string;
  fiscalYear: number;
  total: number;
  level: string;
  pass: boolean;
  passMark: number;
  instruments: InstrumentView[];
  indicators: IndicatorView[];
  subIndicators: SubIndicatorView[];
  discrepancies: DiscrepancyView[];
  warnings: IssueView[];
}

export interface OfficialView {
  total: number | null;
  level: string | null;
  rank: number | null;
}

export interface QuestionView {
  id: string;
  instrument: string;
  indicator: string;
  text: LocalText;
  parts: LocalText[];
  /** One share vector (percentages, in the scale's order) per part, or one for the whole question. */
  shares: number[][];
  score: number | null;
  partScores: number[];
  /** The scale's option labels, in order. */
  options: LocalText[];
  /** Points of each option, per share vector (reversed questions and parts run the other way). */
  points: number[][];
}

export interface ItemView {
  id: string;
  name: LocalText;
  subIndicator: string;
  /** pass | fail | pending | unknown */
  status: string;
  evidenceCount: number;
  pendingCount: number;
}

export interface AgencyView {
  id: string;
  name: LocalText;
  type: string;
  typeName: LocalText;
  province: string | null;
  websites: string[];
}

export interface AssessmentView {
  id: string;
  agency: AgencyView;
  score: ScoreView | null;
  official: OfficialView | null;
  questions: QuestionView[];
  items: ItemView[];
  rank: number | null;
  rankOf: number | null;
  importedAt: string | null;
}
