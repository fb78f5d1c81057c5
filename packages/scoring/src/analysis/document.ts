/**
 * The analysis as a document: a list of blocks (headings, paragraphs, tables, lists) in the seed report's order.
 * The Markdown and HTML renderers draw the same blocks, so both have the same sections in the same order.
 * Texts here are plain (unescaped); each renderer escapes for its own format.
 */
import type { LocalText } from '../framework/model.js';
import { RECONCILE_TOLERANCE } from '../reconcile.js';
import { formatDelta, formatScore } from '../round.js';
import { analysisLabels } from './labels.js';
import type { Analysis, AnalysisQuestion, Figure, Lang } from './types.js';

export interface Cell {
  text: string;
  strong?: boolean;
  numeric?: boolean;
  /** Columns this cell spans (HTML); Markdown pads with empty cells. */
  span?: number;
  /** Indent level, for parts of a question. */
  indent?: number;
}

export type Block =
  | { kind: 'section'; id: string }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string; strong?: string; note?: boolean }
  | { kind: 'table'; header: Cell[]; rows: Cell[][]; className?: string }
  | { kind: 'list'; ordered: boolean; items: { text: string; strong?: string; detail?: string[] }[] };

/** The section ids, in order; every analysis document has them (empty ones say so). */
export const SECTION_IDS = [
  'overview',
  'iit',
  'eit',
  'oit',
  'weaknesses',
  'strengths',
  'conclusion',
  'recommendations',
  'basis',
] as const;

const t = (x: LocalText | null | undefined, lang: Lang) => (x ? (lang === 'en' ? (x.en ?? x.th) : x.th) : '');
const num = (text: string): Cell => ({ text, numeric: true });
const fig = (f: Figure | null) => formatScore(f?.value);
const pct = (v: number) => `${formatScore(v)}%`;

function questionRows(q: AnalysisQuestion, optionCount: number, lang: Lang): Cell[][] {
  const blanks = (n: number): Cell[] => Array.from({ length: n }, () => num(''));
  const shareCells = (shares: number[] | null): Cell[] =>
    shares
      ? [...shares.map((s) => num(pct(s))), ...blanks(optionCount - shares.length)]
      : blanks(optionCount).map(() => num('–'));
  const head = `${q.id} ${t(q.text, lang)}`;
  const perPart = q.answers.length > 1 || (q.answers[0]?.part ?? null) !== null;
  if (!perPart) {
    const partsText = q.parts.map((p) => ` – ${t(p.text, lang)}`).join('');
    return [[{ text: head + partsText }, ...shareCells(q.answers[0]?.shares ?? null), num(fig(q.score))]];
  }
  const rows: Cell[][] = [[{ text: head, strong: false }, ...blanks(optionCount), num(fig(q.score))]];
  for (const a of q.answers) {
    const part = a.part ? q.parts[a.part - 1] : undefined;
    rows.push([
      { text: `– ${part ? t(part.text, lang) : ''}`, indent: 1 },
      ...shareCells(a.shares),
      num(formatScore(a.score)),
    ]);
  }
  return rows;
}

/** The blocks of the analysis document in one language. */
export function analysisDocument(a: Analysis, lang: Lang = 'th'): Block[] {
  const L = analysisLabels(lang);
  const fy = a.framework.fiscalYear;
  const out: Block[] = [];
  // Marks a reported figure that the data does not reproduce (a difference as reconcile() counts one).
  const reportedMark = (f: Figure | null) =>
    f && f.source === 'reported' && f.computed !== null && Math.abs(f.computed - f.value) > RECONCILE_TOLERANCE + 1e-9
      ? ` (${L.reportedMark(formatScore(f.computed))})`
      : '';

  out.push({ kind: 'heading', level: 1, text: t(a.title, lang) });

  // Overview.
  out.push({ kind: 'section', id: 'overview' });
  out.push({ kind: 'heading', level: 2, text: L.situation(fy) });
  out.push({ kind: 'paragraph', text: t(a.summary, lang) });
  const ovRows: Cell[][] = [];
  for (const inst of a.overview) {
    let first = true;
    const instCell = (): Cell =>
      first
        ? { text: `${inst.id} ${L.instrumentAverage} ${fig(inst.score)}${reportedMark(inst.score)}`, strong: true }
        : { text: '' };
    const weightCell = (): Cell => num(first ? String(Math.round(inst.weight * 100)) : '');
    for (const ind of inst.indicators) {
      ovRows.push([
        instCell(),
        weightCell(),
        { text: t(ind.name, lang) },
        { text: ind.subIndicators.length ? '' : '-' },
        num(fig(ind.score) + reportedMark(ind.score)),
      ]);
      first = false;
      for (const sub of ind.subIndicators)
        ovRows.push([{ text: '' }, num(''), { text: '' }, { text: t(sub.name, lang) }, num(fig(sub.score))]);
    }
  }
  out.push({
    kind: 'table',
    header: L.overviewColumns.map((c, k) => (k === 1 || k === 4 ? num(c) : { text: c })),
    rows: ovRows,
    className: 'overview',
  });
  out.push({ kind: 'paragraph', text: t(a.basisNote, lang), note: true });

  // IIT and EIT question tables.
  for (const instId of ['IIT', 'EIT'] as const) {
    out.push({ kind: 'section', id: instId.toLowerCase() });
    const inst = a.overview.find((i) => i.id === instId);
    out.push({ kind: 'heading', level: 2, text: L.instrumentSection(t(inst?.name, lang), instId, fy) });
    const sections = a.questions.filter((s) => s.instrument === instId);
    if (!sections.length) {
      out.push({
        kind: 'paragraph',
        text:
          lang === 'en'
            ? 'No question-level data: indicator scores only (see the overview).'
            : 'ไม่มีข้อมูลรายข้อคำถาม มีเฉพาะคะแนนรายตัวชี้วัด (ดูตารางภาพรวม)',
      });
      continue;
    }
    if (instId === 'EIT') out.push({ kind: 'paragraph', text: L.byQuestion });
    for (const sec of sections) {
      out.push({ kind: 'heading', level: 3, text: L.indicator(sec.indicator, t(sec.name, lang)) });
      // One table per run of questions on the same scale, as the seed prints them.
      let k = 0;
      while (k < sec.questions.length) {
        const scale = sec.questions[k]?.scale ?? '';
        const run: AnalysisQuestion[] = [];
        while (k < sec.questions.length && sec.questions[k]?.scale === scale)
          run.push(sec.questions[k++] as AnalysisQuestion);
        const options = a.scales[scale] ?? [];
        out.push({
          kind: 'table',
          header: [{ text: L.questionColumn }, ...options.map((o) => num(t(o, lang))), num(L.score)],
          rows: run.flatMap((q) => questionRows(q, options.length, lang)),
          className: 'questions',
        });
      }
    }
  }

  // OIT items.
  out.push({ kind: 'section', id: 'oit' });
  const oit = a.overview.find((i) => i.id === 'OIT');
  out.push({ kind: 'heading', level: 2, text: L.instrumentSection(t(oit?.name, lang), 'OIT', fy) });
  let lastIndicator = 0;
  for (const sec of a.items) {
    if (sec.indicator !== lastIndicator) {
      out.push({ kind: 'heading', level: 3, text: L.indicator(sec.indicator, t(sec.indicatorName, lang)) });
      lastIndicator = sec.indicator;
    }
    out.push({ kind: 'heading', level: 4, text: L.subIndicator(sec.id, t(sec.name, lang)) });
    const rows: Cell[][] = [];
    const noted: string[] = [];
    for (const g of sec.groups) {
      rows.push([{ text: t(g.name, lang), strong: true, span: 4 }]);
      for (const it of g.items) {
        if (it.note) noted.push(`${it.id} ${t(it.name, lang)}: ${t(it.note, lang)}`);
        rows.push([
          { text: it.id },
          { text: `${t(it.name, lang)}${it.note ? ' **' : ''}` },
          { text: t(it.requirement, lang) },
          num(it.score === null ? '–' : String(it.score)),
        ]);
      }
    }
    out.push({
      kind: 'table',
      header: L.itemColumns.map((c, k) => (k === 3 ? num(c) : { text: c })),
      rows,
      className: 'items',
    });
    for (const n of noted) out.push({ kind: 'paragraph', strong: `${L.note} **`, text: n, note: true });
  }

  // 1. Weaknesses.
  out.push({ kind: 'section', id: 'weaknesses' });
  out.push({ kind: 'paragraph', text: L.analysisIntro(fy) });
  out.push({ kind: 'heading', level: 2, text: L.weakHeading });
  let sub = 0;
  for (const w of a.weaknesses.instruments) {
    out.push({ kind: 'heading', level: 3, text: L.weakSub(++sub, t(w.name, lang), w.instrument) });
    for (const ind of w.indicators) {
      out.push({ kind: 'paragraph', text: t(ind.text, lang) });
      if (ind.advice) out.push({ kind: 'paragraph', strong: L.adviceLabel, text: t(ind.advice, lang) });
      if (ind.questions.length)
        out.push({
          kind: 'list',
          ordered: false,
          items: ind.questions.map((q) => ({
            strong: `${q.id} ${fig(q.score)}`,
            text: `${L.lowestQuestions}: ${t(q.text, lang)}`,
          })),
        });
    }
  }
  if (a.weaknesses.items.length) {
    out.push({ kind: 'heading', level: 3, text: L.weakSub(++sub, t(oit?.name, lang), 'OIT') });
    out.push({
      kind: 'table',
      header: L.weakItemColumns.map((c) => ({ text: c })),
      rows: a.weaknesses.items.map((i) => {
        const status = i.status === 'fail' ? `${L.failed}; ${L.gainLabel(formatScore(i.gain))}. ` : '';
        const body = i.note ? t(i.note, lang) : i.advice ? t(i.advice, lang) : t(i.requirement, lang);
        return [num(String(i.rank)), { text: `${i.id} ${t(i.name, lang)}` }, { text: `${status}${body}` }];
      }),
      className: 'weak-items',
    });
  }
  if (sub === 0) out.push({ kind: 'paragraph', text: L.noWeakness });

  // 2. Strengths.
  out.push({ kind: 'section', id: 'strengths' });
  out.push({ kind: 'heading', level: 2, text: L.strongHeading });
  if (a.strengths.indicators.length) {
    out.push({ kind: 'heading', level: 3, text: L.strongIndicators });
    out.push({
      kind: 'list',
      ordered: false,
      items: a.strengths.indicators.map((i) => ({
        strong: `${i.instrument} ${L.indicator(i.number, t(i.name, lang))}`,
        text: `${i.score.display}`,
      })),
    });
  }
  if (a.strengths.items.length) {
    out.push({ kind: 'heading', level: 3, text: L.strongItems });
    out.push({
      kind: 'table',
      header: L.strongItemColumns.map((c) => ({ text: c })),
      rows: a.strengths.items.map((i) => [num(String(i.rank)), { text: `${i.id} ${t(i.name, lang)}` }]),
      className: 'strong-items',
    });
  }

  // Conclusion: change from the previous year, level and rank, the pass mark.
  out.push({ kind: 'section', id: 'conclusion' });
  out.push({ kind: 'heading', level: 2, text: L.conclusionHeading });
  if (a.change) {
    out.push({ kind: 'paragraph', text: t(a.change.text, lang) });
    const cRow = (name: string, c: { previous: number; current: number; delta: number; word: LocalText }): Cell[] => [
      { text: name },
      num(formatScore(c.previous)),
      num(formatScore(c.current)),
      num(formatDelta(c.delta)),
      { text: t(c.word, lang) },
    ];
    out.push({
      kind: 'table',
      header: L.changeColumns(a.change.previousFiscalYear, fy).map((c, k) => (k >= 1 && k <= 3 ? num(c) : { text: c })),
      rows: [
        cRow(L.total, a.change.total),
        ...a.change.instruments.map((c) => cRow(`${c.key} ${t(c.name, lang)}`, c)),
        ...a.change.indicators.map((c) => cRow(L.indicator(Number(c.key), t(c.name, lang)), c)),
      ],
      className: 'change',
    });
  }
  out.push({ kind: 'paragraph', text: t(a.standing.text, lang) });
  out.push({ kind: 'paragraph', text: t(a.pass.text, lang) });

  // Recommendations.
  out.push({ kind: 'section', id: 'recommendations' });
  out.push({ kind: 'heading', level: 2, text: L.recommendationsHeading(a.nextYear.fiscalYear) });
  out.push({ kind: 'paragraph', text: t(a.nextYear.text, lang) });
  if (a.recommendations.length)
    out.push({
      kind: 'list',
      ordered: true,
      items: a.recommendations.map((r) => {
        const detail: string[] = [];
        if (r.note) detail.push(`${L.note}: ${t(r.note, lang)}`);
        if (r.gain > 0) detail.push(L.gainLabel(formatScore(r.gain)));
        else if (r.atRisk > 0) detail.push(L.atRiskLabel(formatScore(r.atRisk)));
        return { strong: t(r.title, lang), text: t(r.advice, lang), detail };
      }),
    });

  // Where the figures come from.
  out.push({ kind: 'section', id: 'basis' });
  out.push({ kind: 'heading', level: 2, text: a.discrepancies.length ? L.discrepanciesHeading : L.basisHeading });
  out.push({ kind: 'paragraph', text: t(a.basisNote, lang) });
  if (a.discrepancies.length)
    out.push({
      kind: 'table',
      header: L.discrepancyColumns.map((c, k) => (k ? num(c) : { text: c })),
      rows: a.discrepancies.map((d) => {
        const v = (x: number | string) => (typeof x === 'number' ? formatScore(x) : x);
        return [
          { text: t(d.label, lang) },
          num(v(d.computed)),
          num(v(d.reported)),
          num(d.difference === null ? '' : formatDelta(d.difference)),
        ];
      }),
      className: 'discrepancies',
    });
  if (a.warnings.length) out.push({ kind: 'heading', level: 3, text: L.warningsHeading });
  if (a.warnings.length)
    out.push({
      kind: 'list',
      ordered: false,
      items: a.warnings.map((w) => ({ strong: w.path, text: lang === 'en' ? w.message.en : w.message.th })),
    });
  return out;
}
