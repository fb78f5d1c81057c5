/**
 * analysis(): a score report → the agency's analysis (types.ts), in the seed report's structure. Pure: no I/O,
 * no clock, no randomness; the same report gives the same analysis.
 *
 * Figures: when the assessment carries official (reported) figures, the narrative uses them — the seed ranks
 * its indicator 6 by the printed 98.61, not the 98.66 its own question rows give — and says so in `basisNote`;
 * otherwise everything is computed. Both figures are kept on every score.
 */
import { type Assessment, canonicalId, type ParseOptions, parseAssessment } from '../assessment/parse.js';
import type { Reported } from '../assessment/schema.js';
import { compileFramework } from '../framework/compile.js';
import type { Framework, LocalText } from '../framework/model.js';
import { getFramework } from '../frameworks/index.js';
import { AssessmentError, formatPath, type InputIssue, issue } from '../issues.js';
import { reconcile } from '../reconcile.js';
import { formatDelta, formatScore, roundHalfUp } from '../round.js';
import { levelOf, type ScoreReport, score } from '../score.js';
import { itemWeights } from '../whatif.js';
import { agencyTypeName, DIRECTION_WORDS } from './labels.js';
import {
  ANALYSIS_VERSION,
  type Analysis,
  type AnalysisAnswer,
  type AnalysisIndicator,
  type AnalysisInstrument,
  type AnalysisItem,
  type AnalysisItemGroup,
  type AnalysisItemSection,
  type AnalysisQuestionSection,
  type Change,
  type ChangeFromPrevious,
  type Direction,
  type Figure,
  type NextYear,
  type PassMark,
  PreviousResult,
  type Recommendation,
  type Standing,
  type Strengths,
  type StrongIndicator,
  type WeakIndicator,
  type WeakInstrument,
  type WeakItem,
  type WeakQuestion,
} from './types.js';

export interface AnalysisOptions {
  /** The framework the report was scored with; by default the built-in one the report names. */
  framework?: Framework;
  /** The scored assessment: gives the answer shares for the question tables, its reported figures and item notes. */
  assessment?: Assessment;
  /** Official figures; by default the assessment's `reported`. */
  reported?: Reported;
  /** Item id → a reviewer's or consultant's note ("O17": "…"), added to (and overriding) the assessment's itemNotes. */
  notes?: Record<string, string | LocalText>;
}

/** Two figures are equal when they print the same (two decimals, half up). */
const r2 = (v: number) => roundHalfUp(v, 2);

function figure(computed: number | undefined, reported: number | undefined): Figure | null {
  if (computed === undefined && reported === undefined) return null;
  const value = (reported ?? computed) as number;
  return {
    value,
    source: reported !== undefined ? 'reported' : 'computed',
    computed: computed ?? null,
    reported: reported ?? null,
    display: formatScore(value),
  };
}

/** A copy of a LocalText without undefined members. */
function lt(t: LocalText): LocalText {
  return t.en ? { th: t.th, en: t.en } : { th: t.th };
}

function en(t: LocalText): string {
  return t.en ?? t.th;
}

function directionOf(delta: number): Direction {
  const d = r2(delta);
  return d > 0 ? 'up' : d < 0 ? 'down' : 'same';
}

function itemOrder(id: string): number {
  return Number(id.replace(/\D/g, '')) || 0;
}

/** A reported block re-keyed (instrument ids upper-cased, question ids canonical). */
function keyed(block: Record<string, number> | undefined, key: (k: string) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(block ?? {})) out[key(k)] = v;
  return out;
}

/** The previous year's figures from its score report: the reported figures where given, else the computed ones. */
export function previousFromReport(report: ScoreReport, reported?: Reported): PreviousResult {
  const level =
    reported?.level ??
    (reported?.total !== undefined ? levelOf(reported.total, getFramework(report.framework)) : report.level);
  return {
    fiscalYear: report.fiscalYear,
    total: reported?.total ?? report.total,
    level,
    instruments: { ...report.instruments, ...keyed(reported?.instruments, (k) => k.toUpperCase()) },
    indicators: { ...report.indicators, ...(reported?.indicators ?? {}) },
  };
}

function isScoreReport(x: unknown): x is ScoreReport {
  return typeof x === 'object' && x !== null && 'sources' in x && 'framework' in x && 'questionParts' in x;
}

/**
 * The analysis of one agency's result.
 * @param report   score() of the assessment.
 * @param previous the previous year's result (a PreviousResult, or its ScoreReport), for the comparison.
 * @param options  the assessment (answer shares, reported figures, item notes), extra notes, the framework.
 * @throws AssessmentError when `options.notes` names an item the framework does not have.
 */
export function analysis(
  report: ScoreReport,
  previous?: PreviousResult | ScoreReport | null,
  options: AnalysisOptions = {},
): Analysis {
  const framework = options.framework ?? getFramework(report.framework);
  const fw = compileFramework(framework);
  const fy = framework.fiscalYear;
  const passMark = framework.passMark;
  const reported = options.reported ?? options.assessment?.reported;
  const rInst = keyed(reported?.instruments, (k) => k.toUpperCase());
  const rInd = reported?.indicators ?? {};
  const rSub = reported?.subIndicators ?? {};
  const rQ = keyed(reported?.questions, canonicalId);
  const agency = report.agency;
  const agencyName = agency.name;

  // Notes: the assessment's, then the caller's.
  const notes: Record<string, LocalText> = { ...(options.assessment?.itemNotes ?? {}) };
  const noteIssues: InputIssue[] = [];
  for (const [raw, note] of Object.entries(options.notes ?? {})) {
    const id = canonicalId(raw);
    if (!fw.items.has(id)) {
      noteIssues.push(
        issue('error', `notes.${raw}`, 'unknown-id', `unknown OIT item ${raw}`, `ไม่มีข้อ ${raw} ในแบบ OIT ของกรอบนี้`),
      );
      continue;
    }
    const t = typeof note === 'string' ? { th: note } : note;
    if (t.th.trim()) notes[id] = lt(t);
  }
  if (noteIssues.length) throw new AssessmentError(noteIssues);

  // Overview: instruments, indicators, sub-indicators.
  const overview: AnalysisInstrument[] = framework.instruments.map((inst) => ({
    id: inst.id,
    name: lt(inst.name),
    weight: inst.weight,
    score: figure(report.instruments[inst.id], rInst[inst.id]),
    indicators: framework.indicators
      .filter((ind) => ind.instrument === inst.id)
      .map((ind): AnalysisIndicator => {
        const key = String(ind.number);
        return {
          number: ind.number,
          instrument: ind.instrument,
          name: lt(ind.name),
          score: figure(report.indicators[key], rInd[key]),
          basis: report.sources.indicators[key] ?? null,
          subIndicators: (fw.subsByIndicator.get(key) ?? []).map((id) => ({
            id,
            name: lt(fw.subIndicators.get(id)?.name ?? { th: id }),
            score: figure(report.subIndicators[id], rSub[id]),
          })),
        };
      }),
  }));

  // Question tables (IIT, EIT), for indicators with question data.
  const scales: Record<string, LocalText[]> = {};
  for (const s of framework.scales) scales[s.id] = s.options.map((o) => lt(o.label));
  const questions: AnalysisQuestionSection[] = [];
  for (const ind of framework.indicators) {
    if (ind.instrument === 'OIT') continue;
    const qs = fw.questionsByIndicator.get(String(ind.number)) ?? [];
    if (!qs.length || !qs.every((q) => report.questions[q.id] !== undefined)) continue;
    questions.push({
      instrument: ind.instrument,
      indicator: ind.number,
      name: lt(ind.name),
      questions: qs.map((q) => {
        const vectors = options.assessment?.answers[q.id];
        const partScores = report.questionParts[q.id];
        let answers: AnalysisAnswer[];
        if (vectors && vectors.length > 1)
          answers = vectors.map((v, k) => ({
            part: k + 1,
            shares: v.map((x) => x * 100),
            score: partScores?.[k] ?? null,
          }));
        else if (vectors)
          answers = [
            { part: null, shares: (vectors[0] ?? []).map((x) => x * 100), score: report.questions[q.id] ?? null },
          ];
        else if (partScores) answers = partScores.map((s, k) => ({ part: k + 1, shares: null, score: s }));
        else answers = [{ part: null, shares: null, score: report.questions[q.id] ?? null }];
        return {
          id: q.id,
          text: lt(q.text),
          scale: q.scale,
          reversed: q.reversed,
          parts: q.parts.map((p, k) => ({ text: lt(p.text), reversed: q.partReversed[k] ?? q.reversed })),
          answers,
          score: figure(report.questions[q.id], rQ[q.id]),
        };
      }),
    });
  }

  // OIT items, per sub-indicator, in runs of the same group heading.
  const weights = itemWeights(framework);
  const itemBased = Object.keys(report.items).length > 0;
  const allItems: AnalysisItem[] = [];
  const itemSections: AnalysisItemSection[] = framework.subIndicators.map((sub) => {
    const groups: AnalysisItemGroup[] = [];
    for (const id of fw.itemsBySub.get(sub.id) ?? []) {
      const it = fw.items.get(id);
      if (!it) continue;
      const w = weights.get(id)?.total ?? 0;
      const sc = itemBased ? (report.items[id] ?? null) : null;
      const status = sc === null ? 'unknown' : sc >= 100 ? 'pass' : 'fail';
      const item: AnalysisItem = {
        id,
        name: lt(it.name),
        subIndicator: sub.id,
        indicator: sub.indicator,
        group: lt(it.group),
        requirement: lt(it.requirement),
        score: sc,
        status,
        note: notes[id] ?? null,
        advice: it.advice ? lt(it.advice) : null,
        weight: w,
        gain: status === 'pass' ? 0 : w,
        risk: status === 'fail' ? 0 : w,
      };
      allItems.push(item);
      const last = groups[groups.length - 1];
      if (last && last.name.th === it.group.th) last.items.push(item);
      else groups.push({ name: lt(it.group), items: [item] });
    }
    return {
      id: sub.id,
      indicator: sub.indicator,
      indicatorName: lt(fw.indicators.get(String(sub.indicator))?.name ?? { th: String(sub.indicator) }),
      name: lt(sub.name),
      score: figure(report.subIndicators[sub.id], rSub[sub.id]),
      groups,
    };
  });

  // Weaknesses: per instrument, its lowest indicator(s) and any below the pass mark, with their lowest questions.
  const weakInstruments: WeakInstrument[] = [];
  for (const inst of overview) {
    const instDef = fw.instruments.get(inst.id);
    if (instDef?.basis === 'items' && itemBased) continue; // item by item, the items tell the OIT's story
    const scored = inst.indicators.filter((i): i is AnalysisIndicator & { score: Figure } => i.score !== null);
    if (!scored.length) continue;
    const min = Math.min(...scored.map((i) => r2(i.score.value)));
    if (min >= 100) continue;
    const share = (instDef?.weight ?? 0) / inst.indicators.length;
    const weak = scored
      .filter((i) => r2(i.score.value) === min || r2(i.score.value) < passMark)
      .sort((a, b) => a.score.value - b.score.value || a.number - b.number);
    weakInstruments.push({
      instrument: inst.id,
      name: inst.name,
      indicators: weak.map((ind): WeakIndicator => {
        const def = fw.indicators.get(String(ind.number));
        const lowest = r2(ind.score.value) === min;
        const below = r2(ind.score.value) < passMark;
        const qs = fw.questionsByIndicator.get(String(ind.number)) ?? [];
        const qFigures: { id: string; text: LocalText; advice: LocalText | undefined; f: Figure }[] = [];
        for (const q of qs) {
          const f = figure(report.questions[q.id], rQ[q.id]);
          if (f) qFigures.push({ id: q.id, text: q.text, advice: q.advice, f });
        }
        let weakQs: WeakQuestion[] = [];
        if (qs.length && qFigures.length === qs.length) {
          const qMin = Math.min(...qFigures.map((x) => r2(x.f.value)));
          weakQs = qFigures
            .filter((x) => qMin < 100 && (r2(x.f.value) === qMin || r2(x.f.value) < passMark))
            .sort((a, b) => a.f.value - b.f.value || itemOrder(a.id) - itemOrder(b.id))
            .map((x) => ({
              id: x.id,
              text: lt(x.text),
              score: x.f,
              gain: ((100 - x.f.value) / qs.length) * share,
              advice: x.advice ? lt(x.advice) : null,
            }));
        }
        const thTail = `${lowest ? ' พบว่ามีคะแนนน้อยที่สุดในกลุ่มเครื่องมือ' : ''}${below ? ` ซึ่งต่ำกว่าเกณฑ์ ${passMark} คะแนน` : ''}`;
        const enTail = `${lowest ? ', the lowest of the instrument' : ''}${below ? `, below the pass mark of ${passMark}` : ''}`;
        return {
          number: ind.number,
          instrument: inst.id,
          name: ind.name,
          score: ind.score,
          lowestInInstrument: lowest,
          lowestOverall: false,
          belowPassMark: below,
          gain: (100 - ind.score.value) * share,
          advice: def?.advice ? lt(def.advice) : null,
          questions: weakQs,
          text: {
            th: `${inst.name.th} (${inst.id}) ตัวชี้วัดที่ ${ind.number} ${ind.name.th} มีคะแนนเท่ากับ ${ind.score.display} คะแนน${thTail}`,
            en: `${en(inst.name)} (${inst.id}): indicator ${ind.number}, ${en(ind.name)}, scored ${ind.score.display}${enTail}`,
          },
        };
      }),
    });
  }
  const instOrder = (id: string) => framework.instruments.findIndex((i) => i.id === id);
  weakInstruments.sort(
    (a, b) =>
      (a.indicators[0]?.score.value ?? 100) - (b.indicators[0]?.score.value ?? 100) ||
      instOrder(a.instrument) - instOrder(b.instrument),
  );
  const overallMin = Math.min(...weakInstruments.flatMap((w) => w.indicators.map((i) => r2(i.score.value))));
  for (const w of weakInstruments) for (const i of w.indicators) i.lowestOverall = r2(i.score.value) === overallMin;

  // OIT: failed items, most valuable first; then passing items that carry a note, in framework order.
  const failedItems = allItems
    .filter((i) => i.status === 'fail')
    .sort((a, b) => b.gain - a.gain || itemOrder(a.id) - itemOrder(b.id));
  const notedItems = allItems.filter((i) => i.status !== 'fail' && i.note);
  const weakItems: WeakItem[] = [...failedItems, ...notedItems].map((i, k) => ({
    rank: k + 1,
    id: i.id,
    name: i.name,
    subIndicator: i.subIndicator,
    indicator: i.indicator,
    reason: i.status === 'fail' ? 'failed' : 'noted',
    status: i.status,
    note: i.note,
    advice: i.advice,
    requirement: i.requirement,
    gain: i.gain,
    risk: i.risk,
  }));

  // Strengths: passing items; per instrument its highest indicator(s), when at or above the pass mark.
  const strongIndicators: StrongIndicator[] = [];
  for (const inst of overview) {
    const scored = inst.indicators.filter((i): i is AnalysisIndicator & { score: Figure } => i.score !== null);
    if (!scored.length) continue;
    const max = Math.max(...scored.map((i) => r2(i.score.value)));
    const min = Math.min(...scored.map((i) => r2(i.score.value)));
    if (max < passMark || (max === min && max < 100 && scored.length > 1)) continue;
    for (const i of scored)
      if (r2(i.score.value) === max)
        strongIndicators.push({ number: i.number, instrument: inst.id, name: i.name, score: i.score });
  }
  const strengths: Strengths = {
    items: allItems
      .filter((i) => i.status === 'pass')
      .map((i, k) => ({ rank: k + 1, id: i.id, name: i.name, subIndicator: i.subIndicator, noted: i.note !== null })),
    indicators: strongIndicators,
  };

  // Standing: total, level, rank.
  const total = figure(report.total, reported?.total) as Figure;
  const level: Standing['level'] =
    reported?.level !== undefined
      ? { value: reported.level, source: 'reported', computed: report.level, reported: reported.level }
      : reported?.total !== undefined
        ? { value: levelOf(reported.total, framework), source: 'reported', computed: report.level, reported: null }
        : { value: report.level, source: 'computed', computed: report.level, reported: null };
  const rankGroup = reported?.rankGroup ?? agency.type ?? null;
  const rank: Standing['rank'] =
    reported?.rank !== undefined
      ? { position: reported.rank, group: rankGroup, groupName: agencyTypeName(rankGroup) }
      : null;
  const typeName = agencyTypeName(agency.type);
  const rankTh = rank
    ? ` และมีคะแนนสูงเป็นอันดับที่ ${rank.position} ของประเทศ${rank.groupName ? ` ในการประเมินประเภท${rank.groupName.th}` : ''}`
    : '';
  const rankEn = rank
    ? `, ranked no. ${rank.position} in the country${rank.groupName ? ` among agencies of the type “${en(rank.groupName)}”` : ''}`
    : '';
  const standing: Standing = {
    total,
    level,
    rank,
    text: {
      th: `ในปีงบประมาณ พ.ศ. ${fy} ${agencyName.th} มีผลการประเมินในภาพรวมของหน่วยงาน${typeName ? ` (ประเภท${typeName.th})` : ''} ${total.display} คะแนน ระดับผลการประเมิน ${level.value}${rankTh}`,
      en: `In fiscal year ${fy - 543} (B.E. ${fy}), ${en(agencyName)}${typeName ? ` (${en(typeName)})` : ''} scored ${total.display} overall, level ${level.value}${rankEn}.`,
    },
  };

  // Recommendations, most valuable first: weak indicators and failed or noted items, by what-if gain.
  const recs: Omit<Recommendation, 'rank'>[] = [];
  for (const w of weakInstruments)
    for (const ind of w.indicators) {
      const worst = ind.questions.map((q) => q.id).join(', ');
      recs.push({
        kind: 'indicator',
        target: String(ind.number),
        instrument: ind.instrument,
        reason: 'weak-indicator',
        title: { th: `ตัวชี้วัดที่ ${ind.number} ${ind.name.th}`, en: `Indicator ${ind.number}: ${en(ind.name)}` },
        advice: ind.advice ?? {
          th: `ยกระดับผลการดำเนินงานในตัวชี้วัดที่ ${ind.number} ${ind.name.th}${worst ? ` โดยเฉพาะข้อ ${worst}` : ''}`,
          en: `Raise indicator ${ind.number}, ${en(ind.name)}${worst ? `, above all ${worst}` : ''}`,
        },
        note: null,
        gain: ind.gain,
        atRisk: 0,
      });
    }
  for (const i of weakItems)
    recs.push({
      kind: 'item',
      target: i.id,
      instrument: 'OIT',
      reason: i.reason,
      title: { th: `${i.id} ${i.name.th}`, en: `${i.id} ${en(i.name)}` },
      advice: i.advice ?? {
        th: `เผยแพร่ข้อมูลข้อ ${i.id} ${i.name.th} ให้ครบตามที่กำหนด: ${i.requirement.th}`,
        en: `Publish ${i.id} ${en(i.name)} as required: ${en(i.requirement)}`,
      },
      note: i.note,
      gain: i.gain,
      atRisk: i.reason === 'noted' ? i.risk : 0,
    });
  const recOrder = (r: Omit<Recommendation, 'rank'>) =>
    r.kind === 'item' ? itemOrder(r.target) : 1000 + Number(r.target);
  recs.sort((a, b) => b.gain - a.gain || b.atRisk - a.atRisk || recOrder(a) - recOrder(b));
  const recommendations: Recommendation[] = recs.map((r, k) => ({ rank: k + 1, ...r }));

  // The pass mark, and how many fixes (in order) would reach it.
  const met = r2(total.value) >= passMark;
  let fixesToPass: number | null = met ? 0 : null;
  if (!met) {
    let acc = total.value;
    for (let k = 0; k < recommendations.length; k++) {
      acc += recommendations[k]?.gain ?? 0;
      if (r2(acc) >= passMark) {
        fixesToPass = k + 1;
        break;
      }
    }
  }
  const margin = total.value - passMark;
  const pass: PassMark = {
    passMark,
    met,
    total: total.value,
    margin,
    fixesToPass,
    text: met
      ? {
          th: `คะแนนรวม ${total.display} คะแนน ผ่านเกณฑ์การประเมิน ${passMark} คะแนน (สูงกว่าเกณฑ์ ${formatScore(margin)} คะแนน)`,
          en: `The total of ${total.display} meets the pass mark of ${passMark} (by ${formatScore(margin)} points).`,
        }
      : {
          th: `คะแนนรวม ${total.display} คะแนน ยังไม่ผ่านเกณฑ์การประเมิน ${passMark} คะแนน (ต่ำกว่าเกณฑ์ ${formatScore(-margin)} คะแนน)${
            fixesToPass
              ? ` หากดำเนินการตามข้อเสนอแนะ ${fixesToPass} ลำดับแรกได้ครบ คะแนนจะถึงเกณฑ์`
              : ' แม้ดำเนินการตามข้อเสนอแนะทั้งหมด คะแนนที่คาดว่าจะเพิ่มขึ้นยังไม่ถึงเกณฑ์'
          }`,
          en: `The total of ${total.display} is below the pass mark of ${passMark} (by ${formatScore(-margin)} points).${
            fixesToPass
              ? ` Doing the first ${fixesToPass} recommendation(s) would reach it.`
              : ' Even all the recommendations together would not reach it.'
          }`,
        },
  };

  const nextFy = fy + 1;
  const nextYear: NextYear = {
    fiscalYear: nextFy,
    passMark,
    text: recommendations.length
      ? {
          th: `เพื่อให้การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${nextFy} ของ ${agencyName.th} เป็นไปตามหลักเกณฑ์ที่สำนักงาน ป.ป.ช. กำหนด และผ่านเกณฑ์การประเมินไม่ต่ำกว่า ${passMark} คะแนน ควรดำเนินการตามประเด็น ดังต่อไปนี้ (เรียงตามคะแนนที่จะเพิ่มขึ้น)`,
          en: `For ${en(agencyName)}'s ITA in fiscal year ${nextFy - 543} (B.E. ${nextFy}) to meet the NACC's criteria and score at least ${passMark}, it should do the following (most valuable first):`,
        }
      : {
          th: `เพื่อให้การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${nextFy} ของ ${agencyName.th} ผ่านเกณฑ์การประเมินไม่ต่ำกว่า ${passMark} คะแนน ควรรักษาผลการดำเนินงานในทุกตัวชี้วัดและทุกข้อไว้ให้คงเดิม`,
          en: `For ${en(agencyName)}'s ITA in fiscal year ${nextFy - 543} (B.E. ${nextFy}) to score at least ${passMark}, it should keep every indicator and item as it is.`,
        },
  };

  // Change from the previous year.
  let change: ChangeFromPrevious | null = null;
  if (previous) {
    const prev: PreviousResult = isScoreReport(previous) ? previousFromReport(previous) : previous;
    const mk = (key: string, name: LocalText, current: number, before: number): Change => {
      const delta = current - before;
      const direction = directionOf(delta);
      return { key, name, current, previous: before, delta, direction, word: DIRECTION_WORDS[direction] };
    };
    const pInst = keyed(prev.instruments, (k) => k.toUpperCase());
    const totalChange = mk('total', { th: 'คะแนนรวม', en: 'Total' }, total.value, prev.total);
    const prevFy = prev.fiscalYear ?? null;
    const since = prevFy
      ? { th: `ปีงบประมาณ พ.ศ. ${prevFy}`, en: `fiscal year ${prevFy - 543}` }
      : { th: 'ปีที่ผ่านมา', en: 'the previous year' };
    const same = totalChange.direction === 'same';
    change = {
      previousFiscalYear: prevFy,
      total: totalChange,
      level: { current: level.value, previous: prev.level ?? null },
      instruments: overview.flatMap((inst) => {
        const p = pInst[inst.id];
        return inst.score && p !== undefined ? [mk(inst.id, inst.name, inst.score.value, p)] : [];
      }),
      indicators: overview.flatMap((inst) =>
        inst.indicators.flatMap((ind) => {
          const p = prev.indicators?.[String(ind.number)];
          return ind.score && p !== undefined ? [mk(String(ind.number), ind.name, ind.score.value, p)] : [];
        }),
      ),
      text: {
        th: `ผลการประเมิน ITA ในปีงบประมาณ พ.ศ. ${fy} ของ ${agencyName.th} มีผลคะแนน${totalChange.word.th}เมื่อเปรียบเทียบกับปีที่ผ่านมา (${since.th} ${formatScore(prev.total)} คะแนน${prev.level ? ` ระดับ ${prev.level}` : ''} ปีนี้ ${total.display} คะแนน ระดับ ${level.value}${same ? '' : ` เปลี่ยนแปลง ${formatDelta(totalChange.delta)} คะแนน`})`,
        en: `${en(agencyName)}'s ITA score in fiscal year ${fy - 543} ${totalChange.word.en} compared with the previous year (${since.en}: ${formatScore(prev.total)}${prev.level ? `, level ${prev.level}` : ''}; this year: ${total.display}, level ${level.value}${same ? '' : `; ${formatDelta(totalChange.delta)} points`}).`,
      },
    };
  }

  // Where the figures come from.
  const discrepancies = options.reported ? reconcile(report, options.reported, fw) : report.discrepancies;
  const usedReported =
    total.source === 'reported' ||
    level.source === 'reported' ||
    overview.some((i) => i.score?.source === 'reported' || i.indicators.some((d) => d.score?.source === 'reported'));
  const basisNote: LocalText = usedReported
    ? {
        th: `ตัวเลขในการวิเคราะห์นี้ใช้ผลคะแนนที่ประกาศอย่างเป็นทางการเมื่อมี และใช้ค่าที่คำนวณจากข้อมูลการประเมินเมื่อไม่มีผลประกาศ${
          discrepancies.length
            ? ` ค่าที่คำนวณได้ต่างจากผลที่ประกาศเกิน 0.01 คะแนน ${discrepancies.length} รายการ (ดูภาคผนวก)`
            : ' ค่าที่คำนวณได้ตรงกับผลที่ประกาศทุกรายการ'
        }`,
        en: `This analysis uses the officially reported figures where there are any, and figures computed from the assessment data elsewhere.${
          discrepancies.length
            ? ` ${discrepancies.length} computed figure(s) differ from the reported ones by more than 0.01 (see the appendix).`
            : ' The computed figures agree with every reported one.'
        }`,
      }
    : {
        th: 'ตัวเลขทั้งหมดในการวิเคราะห์นี้คำนวณจากข้อมูลการประเมินตามวิธีการของสำนักงาน ป.ป.ช. ยังไม่ใช่ผลที่ประกาศอย่างเป็นทางการ',
        en: "All figures in this analysis are computed from the assessment data by the NACC's method; they are not official results.",
      };

  const fyTh = `ประจำปีงบประมาณ พ.ศ. ${fy}`;
  const fyEn = `fiscal year ${fy - 543} (B.E. ${fy})`;
  return {
    version: ANALYSIS_VERSION,
    framework: { id: framework.id, fiscalYear: fy, name: lt(framework.name) },
    agency,
    basis: usedReported ? 'reported' : 'computed',
    title: {
      th: `รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ${fyTh} ${agencyName.th}`,
      en: `Analysis of the Integrity and Transparency Assessment (ITA) results, ${fyEn}: ${en(agencyName)}`,
    },
    summary: {
      th: `ผลการประเมินระดับคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA) ${fyTh} โดยภาพรวม ${agencyName.th} มีผลการประเมินฯ ${total.display} คะแนน ซึ่งถือว่ามีคุณธรรมและความโปร่งใสในการดำเนินงานระดับ ${level.value}${rankTh} โดยจำแนกตามเครื่องมือการประเมิน ดังนี้`,
      en: `In the Integrity and Transparency Assessment (ITA), ${fyEn}, ${en(agencyName)} scored ${total.display} overall, level ${level.value}${rankEn}. By instrument:`,
    },
    basisNote,
    overview,
    questions,
    scales,
    items: itemSections,
    weaknesses: { instruments: weakInstruments, items: weakItems },
    strengths,
    change,
    standing,
    pass,
    nextYear,
    recommendations,
    discrepancies,
    warnings: report.warnings,
  };
}

/** Scores an assessment and analyses it, with the assessment's reported figures, answer shares and item notes. */
export function analyseAssessment(
  assessment: Assessment,
  options: {
    previous?: PreviousResult | ScoreReport | null;
    notes?: Record<string, string | LocalText>;
    framework?: Framework;
  } = {},
): { analysis: Analysis; report: ScoreReport } {
  const framework = options.framework ?? getFramework(assessment.framework);
  const report = score(assessment, framework);
  return {
    report,
    analysis: analysis(report, options.previous ?? null, {
      framework,
      assessment,
      ...(options.notes ? { notes: options.notes } : {}),
    }),
  };
}

export interface AnalyseFileResult {
  analysis: Analysis | null;
  report: ScoreReport | null;
  /** Every problem with its path (warnings too); `analysis` is null when any is an error. */
  issues: InputIssue[];
}

/** Raw input (an assessment file's JSON) → its analysis. Never throws on bad input. */
export function analyseFile(
  input: unknown,
  options: ParseOptions & {
    previous?: PreviousResult | ScoreReport | null;
    notes?: Record<string, string | LocalText>;
  } = {},
): AnalyseFileResult {
  const { assessment, framework, issues } = parseAssessment(input, options);
  if (!assessment || !framework) return { analysis: null, report: null, issues };
  const report = score(assessment, framework);
  report.warnings = issues.filter((i) => i.severity === 'warning');
  try {
    const a = analysis(report, options.previous ?? null, {
      framework,
      assessment,
      ...(options.notes ? { notes: options.notes } : {}),
    });
    return { analysis: a, report, issues };
  } catch (e) {
    if (e instanceof AssessmentError) return { analysis: null, report, issues: [...issues, ...e.issues] };
    throw e;
  }
}

export interface ReadPreviousResult {
  previous: PreviousResult | null;
  issues: InputIssue[];
}

/**
 * The previous year's result from raw input: an assessment file (it has `framework`: scored, its reported figures
 * preferred) or a PreviousResult ({ fiscalYear, total, level, instruments, indicators }). Problems carry their path.
 */
export function readPrevious(input: unknown): ReadPreviousResult {
  if (typeof input === 'object' && input !== null && !Array.isArray(input) && 'framework' in input) {
    const { assessment, framework, issues } = parseAssessment(input);
    if (!assessment || !framework) return { previous: null, issues };
    return { previous: previousFromReport(score(assessment, framework), assessment.reported), issues };
  }
  const parsed = PreviousResult.safeParse(input);
  if (parsed.success) return { previous: parsed.data, issues: [] };
  return {
    previous: null,
    issues: parsed.error.issues.map((zi) =>
      issue('error', formatPath(zi.path), 'invalid', zi.message, `ข้อมูลไม่ถูกต้อง: ${zi.message}`),
    ),
  };
}
