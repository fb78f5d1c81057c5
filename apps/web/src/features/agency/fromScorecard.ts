/** The AgencyScorecard query's answer → the agency page's view model. */
import type { AgencyScorecardQuery } from '@openita/schema/client';
import type { AgencyHeadlineQuery } from '../../graphql/local';
import type { AssessmentView, IssueView, ItemView, QuestionView, ScoreView } from './model';

type Agency = NonNullable<AgencyScorecardQuery['agency']>;
type Assessment = NonNullable<Agency['assessment']>;
type Score = NonNullable<Assessment['score']>;

/** The agency's own fields, as both queries (the headline's and the full scorecard's) give them. */
function toAgencyView(agency: AssessmentView['agency']): AssessmentView['agency'] {
  const { id, name, type, typeName, province, websites } = agency;
  return { id, name, type, typeName, province, websites };
}

/** The headline's view from the small first query (the full view, when it comes, has the same figures). */
export function toHeadlineView(agency: NonNullable<AgencyHeadlineQuery['agency']>): AssessmentView | null {
  const a = agency.assessment;
  if (!a) return null;
  return {
    id: a.id,
    agency: toAgencyView(agency),
    score: a.score
      ? {
          framework: a.framework.id,
          fiscalYear: a.framework.fiscalYear,
          total: a.score.total,
          level: a.score.level,
          pass: a.score.pass,
          passMark: a.score.passMark,
          instruments: [],
          indicators: [],
          subIndicators: [],
          discrepancies: [],
          warnings: [],
        }
      : null,
    official: a.official ? { total: a.official.total, level: a.official.level, rank: a.official.rank } : null,
    questions: [],
    items: [],
    rank: a.rank?.rank ?? null,
    rankOf: a.rank?.of ?? null,
    importedAt: null,
  };
}

export function toAssessmentView(agency: Agency): AssessmentView | null {
  const a = agency.assessment;
  if (!a) return null;
  const s = a.score;
  return {
    id: a.id,
    agency: toAgencyView(agency),
    score: s ? toScoreView(s, a) : null,
    official: a.official ? { total: a.official.total, level: a.official.level, rank: a.official.rank } : null,
    questions: s ? toQuestions(s) : [],
    items: a.items.map(
      (i): ItemView => ({
        id: i.id,
        name: i.item.name,
        subIndicator: i.item.subIndicator,
        status: i.status.toLowerCase(),
        evidenceCount: i.evidenceCount,
        pendingCount: i.pendingCount,
      }),
    ),
    rank: a.rank?.rank ?? null,
    rankOf: a.rank?.of ?? null,
    importedAt: a.importedAt,
  };
}

function issue(i: { path: string; message: string; messageTh: string; severity: string }): IssueView {
  return {
    path: i.path,
    message: { th: i.messageTh, en: i.message },
    severity: i.severity === 'WARNING' ? 'warning' : 'error',
  };
}

function toScoreView(s: Score, a: Assessment): ScoreView {
  return {
    framework: a.framework.id,
    fiscalYear: a.framework.fiscalYear,
    total: s.total,
    level: s.level,
    pass: s.pass,
    passMark: s.passMark,
    instruments: s.instruments.map((i) => ({
      id: i.id,
      name: i.instrument.name,
      weight: i.instrument.weight,
      score: i.score,
    })),
    indicators: s.indicators.map((i) => ({
      key: String(i.number),
      name: i.indicator.name,
      instrument: i.indicator.instrument,
      score: i.score,
      source: i.source ? i.source.toLowerCase() : null,
    })),
    subIndicators: s.subIndicators.map((x) => ({
      id: x.id,
      indicator: String(x.subIndicator.indicator),
      name: x.subIndicator.name,
      score: x.score,
    })),
    discrepancies: s.discrepancies.map((d) => ({
      path: d.path,
      label: d.label,
      computed: d.computedValue ?? d.computed,
      reported: d.reportedValue ?? d.reported,
      difference: d.difference,
    })),
    warnings: s.warnings.map(issue),
  };
}

function toQuestions(s: Score): QuestionView[] {
  const out: QuestionView[] = [];
  for (const ind of s.indicators)
    for (const q of ind.questions) {
      if (!q.answers.length) continue;
      out.push({
        id: q.id,
        instrument: ind.indicator.instrument,
        indicator: String(ind.number),
        text: q.question.text,
        parts: q.answers.some((p) => p.part !== null) ? q.answers.map((p) => p.text ?? { th: String(p.part) }) : [],
        shares: q.answers.map((p) => p.shares.map((x) => x.percent)),
        score: q.score,
        partScores: q.answers.map((p) => p.score),
        options: q.answers[0]?.shares.map((x) => x.option) ?? [],
        points: q.answers.map((p) => p.shares.map((x) => x.points)),
      });
    }
  return out;
}

export function scoreIssues(a: Assessment): IssueView[] {
  return a.scoreIssues.map(issue);
}
