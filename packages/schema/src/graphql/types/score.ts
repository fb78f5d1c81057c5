/** The computed score of an assessment at every level, from packages/scoring's report. */
import { type Discrepancy, type Framework, formatScore, levelOf, type ScoreReport } from '@openita/scoring';
import type { LiveScore } from '../../domain/live.js';
import type { AssessmentRow } from '../../domain/score-cache.js';
import { builder } from '../builder.js';
import { fromInputIssue } from '../../domain/errors.js';
import { IssueRef } from './errors.js';
import { IndicatorRef, InstrumentId, InstrumentRef, QuestionRef, SubIndicatorRef, withFw } from './framework.js';
import { type ItemResultShape, ItemResultRef } from './item-result.js';
import { LocalTextRef } from './local-text.js';

export interface ScoreView {
  live: LiveScore;
  report: ScoreReport;
  row: AssessmentRow;
}

const fwOf = (v: ScoreView): Framework => v.live.framework;

export const ScoreSourceEnum = builder.enumType('ScoreSource', {
  description: 'Where a score comes from: the lowest level with data wins.',
  values: {
    QUESTIONS: { value: 'questions', description: 'Computed from the survey answers.' },
    ITEMS: { value: 'items', description: 'Computed from the OIT items.' },
    SUPPLIED: { value: 'supplied', description: 'Given as a score in the assessment file.' },
    INDICATORS: { value: 'indicators', description: 'Computed from the indicators.' },
  } as const,
});

export function itemResults(v: { live: LiveScore; row: AssessmentRow }, filter?: (id: string) => boolean): ItemResultShape[] {
  const out: ItemResultShape[] = [];
  for (const state of v.live.items.values()) if (!filter || filter(state.id)) out.push({ state, fw: v.live.framework, row: v.row });
  return out;
}

interface AnswerShareShape {
  option: { th: string; en?: string };
  points: number;
  percent: number;
}
const AnswerShareRef = builder.objectRef<AnswerShareShape>('AnswerShare').implement({
  description: 'The share of respondents who gave one answer.',
  fields: (t) => ({
    option: t.field({ type: LocalTextRef, resolve: (s) => s.option }),
    points: t.exposeFloat('points', { description: 'What this answer is worth (reversed questions: reversed points).' }),
    percent: t.exposeFloat('percent', { description: 'Share of respondents, 0–100.' }),
  }),
});

interface AnswerPartShape {
  part: number | null;
  text: { th: string; en?: string } | null;
  score: number;
  shares: AnswerShareShape[];
}
const AnswerPartRef = builder.objectRef<AnswerPartShape>('AnswerPart').implement({
  description: 'The answers to a question, or to one of its parts.',
  fields: (t) => ({
    part: t.int({ nullable: true, description: '1-based part number; null when one answer vector stands for the whole question.', resolve: (p) => p.part }),
    text: t.field({ type: LocalTextRef, nullable: true, resolve: (p) => p.text }),
    score: t.exposeFloat('score', { description: 'Unrounded.' }),
    shares: t.field({ type: [AnswerShareRef], resolve: (p) => p.shares }),
  }),
});

interface QuestionScoreShape {
  view: ScoreView;
  id: string;
}
export const QuestionScoreRef = builder.objectRef<QuestionScoreShape>('QuestionScore').implement({
  fields: (t) => ({
    id: t.string({ resolve: (q) => q.id }),
    question: t.field({ type: QuestionRef, resolve: (q) => withFw(fwOf(q.view), fwOf(q.view).questions.find((x) => x.id === q.id) as never) }),
    score: t.float({ nullable: true, description: 'Unrounded; null when the question has no answers (its indicator was given as a score).', resolve: (q) => q.view.report.questions[q.id] ?? null }),
    reported: t.float({ nullable: true, description: 'The official figure, when the import had one.', resolve: (q) => (q.view.report && (q.view.live.assessment?.reported?.questions?.[q.id] ?? null)) }),
    answers: t.field({
      type: [AnswerPartRef],
      resolve: (q) => {
        const fw = fwOf(q.view);
        const question = fw.questions.find((x) => x.id === q.id);
        const vectors = q.view.live.assessment?.answers[q.id];
        if (!question || !vectors) return [];
        const scale = fw.scales.find((s) => s.id === question.scale);
        if (!scale) return [];
        const parts = q.view.report.questionParts[q.id];
        return vectors.map((v, k) => {
          const whole = vectors.length === 1;
          const reversed = whole ? question.reversed : (question.parts[k]?.reversed ?? question.reversed);
          return {
            part: whole ? null : k + 1,
            text: whole ? null : (question.parts[k]?.text ?? null),
            score: whole ? (q.view.report.questions[q.id] ?? 0) : (parts?.[k] ?? 0),
            shares: v.map((share, i) => ({
              option: scale.options[i]?.label ?? { th: String(i + 1) },
              points: (reversed ? scale.options[i]?.reversedPoints : scale.options[i]?.points) ?? 0,
              percent: share * 100,
            })),
          };
        });
      },
    }),
  }),
});

interface SubScoreShape {
  view: ScoreView;
  id: string;
}
export const SubIndicatorScoreRef = builder.objectRef<SubScoreShape>('SubIndicatorScore').implement({
  fields: (t) => ({
    id: t.string({ resolve: (s) => s.id }),
    subIndicator: t.field({ type: SubIndicatorRef, resolve: (s) => withFw(fwOf(s.view), fwOf(s.view).subIndicators.find((x) => x.id === s.id) as never) }),
    score: t.float({ nullable: true, description: 'Mean of its items (0/100); null when items are not scored one by one.', resolve: (s) => s.view.report.subIndicators[s.id] ?? null }),
    items: t.field({
      type: [ItemResultRef],
      description: 'Its items with their status, in framework order.',
      resolve: (s) => {
        const ids = new Set(fwOf(s.view).items.filter((i) => i.subIndicator === s.id).map((i) => i.id));
        return itemResults(s.view, (id) => ids.has(id));
      },
    }),
  }),
});

interface IndicatorScoreShape {
  view: ScoreView;
  number: number;
}
export const IndicatorScoreRef = builder.objectRef<IndicatorScoreShape>('IndicatorScore').implement({
  fields: (t) => ({
    number: t.int({ resolve: (i) => i.number }),
    indicator: t.field({ type: IndicatorRef, resolve: (i) => withFw(fwOf(i.view), fwOf(i.view).indicators.find((x) => x.number === i.number) as never) }),
    score: t.float({ nullable: true, description: 'Unrounded.', resolve: (i) => i.view.report.indicators[String(i.number)] ?? null }),
    source: t.field({ type: ScoreSourceEnum, nullable: true, resolve: (i) => i.view.report.sources.indicators[String(i.number)] ?? null }),
    reported: t.float({ nullable: true, description: 'The official figure, when the import had one.', resolve: (i) => i.view.live.assessment?.reported?.indicators?.[String(i.number)] ?? null }),
    questions: t.field({
      type: [QuestionScoreRef],
      resolve: (i) => fwOf(i.view).questions.filter((q) => q.indicator === i.number).map((q) => ({ view: i.view, id: q.id })),
    }),
    subIndicators: t.field({
      type: [SubIndicatorScoreRef],
      resolve: (i) => fwOf(i.view).subIndicators.filter((s) => s.indicator === i.number).map((s) => ({ view: i.view, id: s.id })),
    }),
  }),
});

interface InstrumentScoreShape {
  view: ScoreView;
  id: 'IIT' | 'EIT' | 'OIT';
}
export const InstrumentScoreRef = builder.objectRef<InstrumentScoreShape>('InstrumentScore').implement({
  fields: (t) => ({
    id: t.field({ type: InstrumentId, resolve: (i) => i.id }),
    instrument: t.field({ type: InstrumentRef, resolve: (i) => fwOf(i.view).instruments.find((x) => x.id === i.id) as never }),
    score: t.float({ nullable: true, description: 'Unrounded.', resolve: (i) => i.view.report.instruments[i.id] ?? null }),
    source: t.field({ type: ScoreSourceEnum, nullable: true, resolve: (i) => i.view.report.sources.instruments[i.id] ?? null }),
    reported: t.float({ nullable: true, resolve: (i) => i.view.live.assessment?.reported?.instruments?.[i.id] ?? null }),
    weighted: t.float({ nullable: true, description: 'Its contribution to the total (score × weight).', resolve: (i) => {
      const s = i.view.report.instruments[i.id];
      const w = fwOf(i.view).instruments.find((x) => x.id === i.id)?.weight;
      return s === undefined || w === undefined ? null : s * w;
    } }),
    indicators: t.field({
      type: [IndicatorScoreRef],
      resolve: (i) => fwOf(i.view).indicators.filter((x) => x.instrument === i.id).map((x) => ({ view: i.view, number: x.number })),
    }),
  }),
});

export const DiscrepancyRef = builder.objectRef<Discrepancy>('Discrepancy').implement({
  description: 'A computed figure that differs from the official one by more than 0.01 (or a different level).',
  fields: (t) => ({
    path: t.exposeString('path', { description: '"total", "level", "instruments.EIT", "indicators.6", "questions.e2" …' }),
    label: t.field({ type: LocalTextRef, resolve: (d) => d.label }),
    computed: t.string({ description: 'As printed ("98.66", "AA").', resolve: (d) => (typeof d.computed === 'number' ? formatScore(d.computed) : d.computed) }),
    reported: t.string({ resolve: (d) => (typeof d.reported === 'number' ? formatScore(d.reported) : d.reported) }),
    computedValue: t.float({ nullable: true, description: 'Unrounded.', resolve: (d) => (typeof d.computed === 'number' ? d.computed : null) }),
    reportedValue: t.float({ nullable: true, resolve: (d) => (typeof d.reported === 'number' ? d.reported : null) }),
    difference: t.float({ nullable: true, description: 'computed − reported.', resolve: (d) => d.difference }),
  }),
});

export const ScoreReportRef = builder.objectRef<ScoreView>('ScoreReport').implement({
  description:
    'The score OpenITA computes with packages/scoring from the stored data: the imported survey results, and each OIT item\'s status (see ItemResult). Never rounded except where a field says "as printed".',
  fields: (t) => ({
    total: t.float({ description: 'Unrounded.', resolve: (v) => v.report.total }),
    totalDisplay: t.string({ description: 'As printed: two decimals, half up ("99.61").', resolve: (v) => formatScore(v.report.total) }),
    level: t.string({ description: 'The level band of the total as printed (AA, A, B, C, D, E, F).', resolve: (v) => v.report.level }),
    levelName: t.field({ type: LocalTextRef, nullable: true, resolve: (v) => fwOf(v).levels.find((l) => l.level === v.report.level)?.name ?? null }),
    pass: t.boolean({ description: 'The total as printed reaches the pass mark.', resolve: (v) => v.report.pass }),
    passMark: t.float({ resolve: (v) => v.report.passMark }),
    instruments: t.field({ type: [InstrumentScoreRef], resolve: (v) => fwOf(v).instruments.map((i) => ({ view: v, id: i.id })) }),
    indicators: t.field({ type: [IndicatorScoreRef], resolve: (v) => fwOf(v).indicators.map((i) => ({ view: v, number: i.number })) }),
    subIndicators: t.field({ type: [SubIndicatorScoreRef], resolve: (v) => fwOf(v).subIndicators.map((s) => ({ view: v, id: s.id })) }),
    questions: t.field({ type: [QuestionScoreRef], resolve: (v) => fwOf(v).questions.map((q) => ({ view: v, id: q.id })) }),
    items: t.field({ type: [ItemResultRef], description: 'O1–O43 with their status, in framework order.', resolve: (v) => itemResults(v) }),
    warnings: t.field({ type: [IssueRef], resolve: (v) => v.report.warnings.map((w) => fromInputIssue(w)) }),
    discrepancies: t.field({
      type: [DiscrepancyRef],
      description: 'Computed figures that differ from the official ones (reconciliation).',
      resolve: (v) => v.report.discrepancies,
    }),
  }),
});

export { levelOf };
