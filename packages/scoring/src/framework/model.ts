/**
 * The ITA framework model: one fiscal year of one variant (NACC, schools, MOPH …) as data.
 * A framework file is validated against this schema when it is loaded; nothing in the engine
 * knows a year's numbers, names or item lists.
 */
import { z } from 'zod';

/** Text users read: Thai first, English where we have it. */
export const LocalText = z.object({
  th: z.string().min(1),
  en: z.string().min(1).optional(),
});
export type LocalText = z.infer<typeof LocalText>;

export const InstrumentId = z.enum(['IIT', 'EIT', 'OIT']);
export type InstrumentId = z.infer<typeof InstrumentId>;

export const Instrument = z.object({
  id: InstrumentId,
  name: LocalText,
  /** Share of the total, 0–1. The three weights sum to 1. */
  weight: z.number().positive().max(1),
  /** How the instrument's score is made: survey questions or website items. */
  basis: z.enum(['questions', 'items']),
});
export type Instrument = z.infer<typeof Instrument>;

/** An answer scale: its options in the order the NACC prints them, each worth a number of points. */
export const Scale = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: LocalText,
  options: z
    .array(
      z.object({
        label: LocalText,
        /** Points for a positively worded question. */
        points: z.number().min(0).max(100),
        /** Points when the question is reversed (negatively worded). */
        reversedPoints: z.number().min(0).max(100),
      }),
    )
    .min(2),
});
export type Scale = z.infer<typeof Scale>;

export const Indicator = z.object({
  /** 1–10 in the NACC framework. */
  number: z.number().int().positive(),
  instrument: InstrumentId,
  name: LocalText,
  /** The recommendation an analysis gives when this indicator is weak. */
  advice: LocalText.optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const SubIndicator = z.object({
  /** "9.1" … "10.2". */
  id: z.string().regex(/^\d+\.\d+$/),
  indicator: z.number().int().positive(),
  name: LocalText,
});
export type SubIndicator = z.infer<typeof SubIndicator>;

export const QuestionPart = z.object({
  text: LocalText,
  /** Overrides the question's `reversed` for this part (i11 part 2 in FY2564). */
  reversed: z.boolean().optional(),
});
export type QuestionPart = z.infer<typeof QuestionPart>;

export const Question = z.object({
  /** i1…i30, e1…e15. */
  id: z.string().regex(/^[ie]\d+$/),
  instrument: z.enum(['IIT', 'EIT']),
  indicator: z.number().int().positive(),
  text: LocalText,
  scale: z.string(),
  /** Negatively worded: the scale's reversedPoints apply. */
  reversed: z.boolean().default(false),
  /** Sub-statements answered separately; the question scores the mean of its parts. Empty: one answer. */
  parts: z.array(QuestionPart).default([]),
  advice: LocalText.optional(),
});
export type Question = z.infer<typeof Question>;

export const ItemElement = z.object({
  /** Stable id used by the page checks: "address", "phone", "fax", "email", "map" … */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: LocalText,
});
export type ItemElement = z.infer<typeof ItemElement>;

export const FiscalYearRule = z.object({
  /** Buddhist-era fiscal year, e.g. 2564 (1 Oct 2020 – 30 Sep 2021). */
  year: z.number().int().min(2500).max(2700),
  /**
   * `exact`: the content must be of this fiscal year ("จะต้องเป็นข้อมูลของปี พ.ศ. 2564").
   * `at-least`: must include this year, later years welcome ("อย่างน้อยจะต้องมีข้อมูลของปี พ.ศ. 2563").
   * `covers`: a multi-year plan whose period must cover this year ("จะต้องครอบคลุมปี พ.ศ. 2563").
   */
  mode: z.enum(['exact', 'at-least', 'covers']),
});
export type FiscalYearRule = z.infer<typeof FiscalYearRule>;

export const Item = z.object({
  /** O1…O43. */
  id: z.string().regex(/^O\d+$/),
  subIndicator: z.string().regex(/^\d+\.\d+$/),
  /** The heading the NACC groups items under within a sub-indicator (ข้อมูลพื้นฐาน, การประชาสัมพันธ์ …). */
  group: LocalText,
  name: LocalText,
  /** Other names agencies use for the item on their sites; matched tolerantly by the checks. */
  aliases: z.array(z.string()).default([]),
  /** What the NACC says the item must show (รายละเอียดข้อมูลที่เผยแพร่). */
  requirement: LocalText,
  /** The elements an auditor must find. All must be present for the item to score 100. */
  elements: z.array(ItemElement).min(1),
  fiscalYear: FiscalYearRule.optional(),
  /** Must be a working channel on the agency's own website (Q&A, E-Service, complaints, opinions). */
  ownWebsiteChannel: z.boolean().default(false),
  /** What to tell an agency whose item failed. */
  advice: LocalText.optional(),
  /** Where this data departs from or interprets its source (a seed's misprint, a strict reading). */
  notes: z.string().optional(),
});
export type Item = z.infer<typeof Item>;

export const LevelBand = z.object({
  level: z.string().min(1),
  /** Lowest total (inclusive, on the total rounded to two decimals) for this level. */
  min: z.number().min(0).max(100),
  name: LocalText.optional(),
});
export type LevelBand = z.infer<typeof LevelBand>;

export const Framework = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    variant: z.string().min(1),
    /** Buddhist-era fiscal year. */
    fiscalYear: z.number().int().min(2500).max(2700),
    name: LocalText,
    source: z.string().optional(),
    instruments: z.array(Instrument).min(1),
    scales: z.array(Scale).min(1),
    indicators: z.array(Indicator).min(1),
    subIndicators: z.array(SubIndicator),
    questions: z.array(Question),
    items: z.array(Item),
    /** Highest band first. */
    levels: z.array(LevelBand).min(1),
    passMark: z.number().min(0).max(100),
  })
  .superRefine((f, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const weights = f.instruments.reduce((s, i) => s + i.weight, 0);
    if (Math.abs(weights - 1) > 1e-9) issue(['instruments'], `instrument weights sum to ${weights}, expected 1`);
    const instruments = new Set(f.instruments.map((i) => i.id));
    const indicators = new Map(f.indicators.map((i) => [i.number, i]));
    const scales = new Map(f.scales.map((s) => [s.id, s]));
    const subs = new Set(f.subIndicators.map((s) => s.id));
    f.indicators.forEach((ind, k) => {
      if (!instruments.has(ind.instrument)) issue(['indicators', k, 'instrument'], `unknown instrument ${ind.instrument}`);
    });
    for (const [kind, ids] of [
      ['indicators', f.indicators.map((i) => String(i.number))],
      ['subIndicators', f.subIndicators.map((s) => s.id)],
      ['questions', f.questions.map((q) => q.id)],
      ['items', f.items.map((i) => i.id)],
    ] as const) {
      const seen = new Set<string>();
      ids.forEach((id, k) => {
        if (seen.has(id)) issue([kind, k], `duplicate id ${id}`);
        seen.add(id);
      });
    }
    f.subIndicators.forEach((s, k) => {
      const ind = indicators.get(s.indicator);
      if (!ind) issue(['subIndicators', k, 'indicator'], `unknown indicator ${s.indicator}`);
      else if (ind.instrument !== 'OIT') issue(['subIndicators', k], `sub-indicator ${s.id} belongs to a non-OIT indicator`);
    });
    f.questions.forEach((q, k) => {
      const ind = indicators.get(q.indicator);
      if (!ind) issue(['questions', k, 'indicator'], `unknown indicator ${q.indicator}`);
      else if (ind.instrument !== q.instrument) issue(['questions', k], `${q.id} is ${q.instrument} but indicator ${q.indicator} is ${ind.instrument}`);
      if (!scales.has(q.scale)) issue(['questions', k, 'scale'], `unknown scale ${q.scale}`);
    });
    f.items.forEach((it, k) => {
      if (!subs.has(it.subIndicator)) issue(['items', k, 'subIndicator'], `unknown sub-indicator ${it.subIndicator}`);
    });
    for (const ind of f.indicators) {
      const inst = f.instruments.find((i) => i.id === ind.instrument);
      if (inst?.basis === 'questions' && !f.questions.some((q) => q.indicator === ind.number))
        issue(['indicators'], `indicator ${ind.number} has no questions`);
      if (inst?.basis === 'items' && !f.subIndicators.some((s) => s.indicator === ind.number))
        issue(['indicators'], `indicator ${ind.number} has no sub-indicators`);
    }
    for (const s of f.subIndicators)
      if (!f.items.some((i) => i.subIndicator === s.id)) issue(['subIndicators'], `sub-indicator ${s.id} has no items`);
    for (let k = 1; k < f.levels.length; k++)
      if ((f.levels[k]?.min ?? 0) >= (f.levels[k - 1]?.min ?? 0)) issue(['levels', k], 'levels must be listed highest first');
  });
export type Framework = z.infer<typeof Framework>;
export type FrameworkInput = z.input<typeof Framework>;
