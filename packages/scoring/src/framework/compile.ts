/**
 * A framework indexed for scoring: maps by id and, per question, the points of each option for each part.
 * Compiled once per framework object and cached, so scoring thousands of agencies does no look-ups by scan.
 */
import type { Framework, Instrument, Item, Question, Scale, SubIndicator } from './model.js';

export interface CompiledQuestion extends Question {
  scaleDef: Scale;
  /** Whether each part (or the one answer, for a question without parts) is reversed. */
  partReversed: boolean[];
  /** Points per option for each part; for a single vector given for a multi-part question, points[0]. */
  points: number[][];
}

export interface CompiledFramework {
  framework: Framework;
  instruments: Map<string, Instrument>;
  indicators: Map<string, Framework['indicators'][number]>;
  subIndicators: Map<string, SubIndicator>;
  questions: Map<string, CompiledQuestion>;
  items: Map<string, Item>;
  /** Indicator number (as a string) → its questions, in framework order. */
  questionsByIndicator: Map<string, CompiledQuestion[]>;
  /** Indicator number → its sub-indicator ids. */
  subsByIndicator: Map<string, string[]>;
  /** Sub-indicator id → its item ids. */
  itemsBySub: Map<string, string[]>;
  /** Indicator number → all its item ids. */
  itemsByIndicator: Map<string, string[]>;
  /** Instrument id → its indicator numbers. */
  indicatorsByInstrument: Map<string, string[]>;
  /** The aggregation laid out as arrays, in framework order: what score() walks, with no look-ups by key. */
  plan: ScorePlan;
}

export interface ScorePlan {
  questions: CompiledQuestion[];
  itemIds: string[];
  indicators: {
    key: string;
    basis: 'questions' | 'items';
    questions: CompiledQuestion[];
    subs: { id: string; items: string[] }[];
  }[];
  instruments: { id: string; weight: number; indicatorKeys: string[] }[];
  /**
   * Records with every question id / item id as a key (values null), in framework order. score() copies them with a
   * spread and fills the values: V8 keeps such copies in fast mode, while an object given 45 keys one by one turns
   * into a dictionary (4× slower to build; it is most of the cost of scoring the whole country).
   */
  questionTemplate: Readonly<Record<string, number | null>>;
  itemTemplate: Readonly<Record<string, number | null>>;
  /** How many questions have parts. */
  partCount: number;
  /** The questions with parts, for questionParts. */
  partsTemplate: Readonly<Record<string, number[] | null>>;
}

/** A fast-properties record of these keys (JSON.parse builds objects with shared maps), values null. */
function template<T>(keys: string[]): Record<string, T | null> {
  return JSON.parse(JSON.stringify(Object.fromEntries(keys.map((k) => [k, null]))));
}

const cache = new WeakMap<Framework, CompiledFramework>();

export function compileFramework(framework: Framework): CompiledFramework {
  const hit = cache.get(framework);
  if (hit) return hit;
  const scales = new Map(framework.scales.map((s) => [s.id, s]));
  const questions = new Map<string, CompiledQuestion>();
  const questionsByIndicator = new Map<string, CompiledQuestion[]>();
  for (const q of framework.questions) {
    const scale = scales.get(q.scale);
    if (!scale) throw new Error(`framework ${framework.id}: question ${q.id} has unknown scale ${q.scale}`);
    const partReversed = q.parts.length ? q.parts.map((p) => p.reversed ?? q.reversed) : [q.reversed];
    const points = partReversed.map((rev) => scale.options.map((o) => (rev ? o.reversedPoints : o.points)));
    const cq: CompiledQuestion = { ...q, scaleDef: scale, partReversed, points };
    questions.set(q.id, cq);
    const key = String(q.indicator);
    const list = questionsByIndicator.get(key) ?? [];
    list.push(cq);
    questionsByIndicator.set(key, list);
  }
  const subsByIndicator = new Map<string, string[]>();
  for (const s of framework.subIndicators) push(subsByIndicator, String(s.indicator), s.id);
  const itemsBySub = new Map<string, string[]>();
  for (const i of framework.items) push(itemsBySub, i.subIndicator, i.id);
  const subIndicators = new Map(framework.subIndicators.map((s) => [s.id, s]));
  const itemsByIndicator = new Map<string, string[]>();
  for (const i of framework.items) {
    const sub = subIndicators.get(i.subIndicator);
    if (sub) push(itemsByIndicator, String(sub.indicator), i.id);
  }
  const indicatorsByInstrument = new Map<string, string[]>();
  for (const ind of framework.indicators) push(indicatorsByInstrument, ind.instrument, String(ind.number));
  const plan: ScorePlan = {
    questions: [...questions.values()],
    itemIds: framework.items.map((i) => i.id),
    indicators: framework.indicators.map((ind) => {
      const key = String(ind.number);
      const basis = framework.instruments.find((i) => i.id === ind.instrument)?.basis ?? 'questions';
      return {
        key,
        basis,
        questions: questionsByIndicator.get(key) ?? [],
        subs: (subsByIndicator.get(key) ?? []).map((id) => ({ id, items: itemsBySub.get(id) ?? [] })),
      };
    }),
    instruments: framework.instruments.map((i) => ({
      id: i.id,
      weight: i.weight,
      indicatorKeys: indicatorsByInstrument.get(i.id) ?? [],
    })),
    questionTemplate: template<number>([...questions.keys()]),
    itemTemplate: template<number>(framework.items.map((i) => i.id)),
    partCount: [...questions.values()].filter((q) => q.parts.length > 1).length,
    partsTemplate: template<number[]>([...questions.values()].filter((q) => q.parts.length > 1).map((q) => q.id)),
  };
  const compiled: CompiledFramework = {
    framework,
    instruments: new Map(framework.instruments.map((i) => [i.id, i])),
    indicators: new Map(framework.indicators.map((i) => [String(i.number), i])),
    subIndicators,
    questions,
    items: new Map(framework.items.map((i) => [i.id, i])),
    questionsByIndicator,
    subsByIndicator,
    itemsBySub,
    itemsByIndicator,
    indicatorsByInstrument,
    plan,
  };
  cache.set(framework, compiled);
  return compiled;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
