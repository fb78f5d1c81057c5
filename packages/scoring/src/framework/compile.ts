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
    subs: { id: string; items: string[]; itemIndexes: number[] }[];
    /** Positions of `questions` in plan.questions. */
    questionIndexes: number[];
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
  /** Scratch space for score(), which runs synchronously: question and item scores by position. */
  scratch: { questions: Float64Array; items: Float64Array };
  /** The questions with parts, for questionParts. */
  partsTemplate: Readonly<Record<string, number[] | null>>;
}

/**
 * `source`'s entries in the template's key order, as a fast-properties object (a copy of the template, with the keys
 * `source` lacks removed). Keys not in the template are dropped.
 */
export function orderedRecord<T>(template: Readonly<Record<string, unknown>>, source: Record<string, T>): Record<string, T> {
  const out = { ...template } as Record<string, T>;
  let missing = false;
  for (const k in template) {
    const v = source[k];
    if (v === undefined) missing = true;
    else out[k] = v;
  }
  if (missing) for (const k in template) if (source[k] === undefined) delete out[k];
  return out;
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
  const questionOrder = [...questions.keys()];
  const itemOrder = framework.items.map((i) => i.id);
  const plan: ScorePlan = {
    questions: [...questions.values()],
    itemIds: framework.items.map((i) => i.id),
    indicators: framework.indicators.map((ind) => {
      const key = String(ind.number);
      const basis = framework.instruments.find((i) => i.id === ind.instrument)?.basis ?? 'questions';
      const qs = questionsByIndicator.get(key) ?? [];
      return {
        key,
        basis,
        questions: qs,
        questionIndexes: qs.map((q) => questionOrder.indexOf(q.id)),
        subs: (subsByIndicator.get(key) ?? []).map((id) => {
          const items = itemsBySub.get(id) ?? [];
          return { id, items, itemIndexes: items.map((i) => itemOrder.indexOf(i)) };
        }),
      };
    }),
    instruments: framework.instruments.map((i) => ({
      id: i.id,
      weight: i.weight,
      indicatorKeys: indicatorsByInstrument.get(i.id) ?? [],
    })),
    questionTemplate: template<number>([...questions.keys()]),
    itemTemplate: template<number>(framework.items.map((i) => i.id)),
    scratch: { questions: new Float64Array(questionOrder.length), items: new Float64Array(itemOrder.length) },
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
