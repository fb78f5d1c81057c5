/** A framework (variant × fiscal year) as packages/scoring defines it: instruments, indicators, questions, items, levels. */
import {
  DEFAULT_FRAMEWORK,
  type Framework,
  getFramework,
  hasFramework,
  type Indicator,
  type Instrument,
  type Item,
  type LevelBand,
  listFrameworks,
  type Question,
  type Scale,
  type SubIndicator,
} from '@openita/scoring';
import { builder } from '../builder.js';
import { LocalTextRef } from './local-text.js';

export type WithFw<T> = T & { fw: Framework };
export const withFw = <T extends object>(fw: Framework, x: T): WithFw<T> => ({ ...x, fw });

export const InstrumentId = builder.enumType('InstrumentId', {
  description: 'IIT (internal stakeholders), EIT (external stakeholders), OIT (open data, the website).',
  values: ['IIT', 'EIT', 'OIT'] as const,
});

export const InstrumentRef = builder.objectRef<Instrument>('Instrument').implement({
  fields: (t) => ({
    id: t.field({ type: InstrumentId, resolve: (i) => i.id }),
    name: t.field({ type: LocalTextRef, resolve: (i) => i.name }),
    weight: t.exposeFloat('weight', { description: 'Share of the total, 0–1 (FY2564: 0.3, 0.3, 0.4).' }),
    basis: t.exposeString('basis', { description: '"questions" (survey) or "items" (website).' }),
  }),
});

export const ScaleRef = builder.objectRef<Scale>('Scale').implement({
  description: 'An answer scale: options in the order the NACC prints them.',
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.field({ type: LocalTextRef, resolve: (s) => s.name }),
    options: t.field({
      type: [
        builder.objectRef<Scale['options'][number]>('ScaleOption').implement({
          fields: (u) => ({
            label: u.field({ type: LocalTextRef, resolve: (o) => o.label }),
            points: u.exposeFloat('points'),
            reversedPoints: u.exposeFloat('reversedPoints'),
          }),
        }),
      ],
      resolve: (s) => s.options,
    }),
  }),
});

export const FiscalYearRuleRef = builder.objectRef<NonNullable<Item['fiscalYear']>>('FiscalYearRule').implement({
  description: 'Which fiscal year (Buddhist era) an item\'s content must be of: exact, at-least, or covers (a multi-year plan).',
  fields: (t) => ({ year: t.exposeInt('year'), mode: t.exposeString('mode') }),
});

export const OitItemRef = builder.objectRef<Item>('OitItem').implement({
  description: 'One of the OIT items (O1–O43): what an agency\'s website must disclose.',
  fields: (t) => ({
    id: t.exposeString('id', { description: '"O1" … "O43".' }),
    subIndicator: t.exposeString('subIndicator', { description: '"9.1" … "10.2".' }),
    group: t.field({ type: LocalTextRef, resolve: (i) => i.group }),
    name: t.field({ type: LocalTextRef, resolve: (i) => i.name }),
    aliases: t.exposeStringList('aliases'),
    requirement: t.field({ type: LocalTextRef, resolve: (i) => i.requirement }),
    elements: t.field({
      type: [
        builder.objectRef<Item['elements'][number]>('ItemElement').implement({
          fields: (u) => ({ id: u.exposeString('id'), label: u.field({ type: LocalTextRef, resolve: (e) => e.label }) }),
        }),
      ],
      resolve: (i) => i.elements,
    }),
    fiscalYear: t.field({ type: FiscalYearRuleRef, nullable: true, resolve: (i) => i.fiscalYear ?? null }),
    ownWebsiteChannel: t.exposeBoolean('ownWebsiteChannel', { description: 'Must be a working channel on the agency\'s own website.' }),
    advice: t.field({ type: LocalTextRef, nullable: true, resolve: (i) => i.advice ?? null }),
  }),
});

export const QuestionRef = builder.objectRef<WithFw<Question>>('Question').implement({
  description: 'A survey question (i1–i30 IIT, e1–e15 EIT), perhaps in parts.',
  fields: (t) => ({
    id: t.exposeString('id'),
    instrument: t.field({ type: InstrumentId, resolve: (q) => q.instrument }),
    indicator: t.exposeInt('indicator'),
    text: t.field({ type: LocalTextRef, resolve: (q) => q.text }),
    scale: t.field({ type: ScaleRef, resolve: (q) => q.fw.scales.find((s) => s.id === q.scale) as Scale }),
    reversed: t.exposeBoolean('reversed', { description: 'Negatively worded: the scale\'s reversed points apply.' }),
    parts: t.field({
      type: [
        builder.objectRef<{ number: number; text: Question['parts'][number]['text']; reversed: boolean }>('QuestionPart').implement({
          fields: (u) => ({
            number: u.exposeInt('number', { description: '1-based.' }),
            text: u.field({ type: LocalTextRef, resolve: (p) => p.text }),
            reversed: u.exposeBoolean('reversed'),
          }),
        }),
      ],
      resolve: (q) => q.parts.map((p, k) => ({ number: k + 1, text: p.text, reversed: p.reversed ?? q.reversed })),
    }),
    advice: t.field({ type: LocalTextRef, nullable: true, resolve: (q) => q.advice ?? null }),
  }),
});

export const SubIndicatorRef = builder.objectRef<WithFw<SubIndicator>>('SubIndicator').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    indicator: t.exposeInt('indicator'),
    name: t.field({ type: LocalTextRef, resolve: (s) => s.name }),
    items: t.field({ type: [OitItemRef], resolve: (s) => s.fw.items.filter((i) => i.subIndicator === s.id) }),
  }),
});

export const IndicatorRef = builder.objectRef<WithFw<Indicator>>('Indicator').implement({
  description: 'One of the ten indicators (ตัวชี้วัด).',
  fields: (t) => ({
    number: t.exposeInt('number'),
    instrument: t.field({ type: InstrumentId, resolve: (i) => i.instrument }),
    name: t.field({ type: LocalTextRef, resolve: (i) => i.name }),
    advice: t.field({ type: LocalTextRef, nullable: true, resolve: (i) => i.advice ?? null }),
    questions: t.field({ type: [QuestionRef], resolve: (i) => i.fw.questions.filter((q) => q.indicator === i.number).map((q) => withFw(i.fw, q)) }),
    subIndicators: t.field({
      type: [SubIndicatorRef],
      resolve: (i) => i.fw.subIndicators.filter((s) => s.indicator === i.number).map((s) => withFw(i.fw, s)),
    }),
  }),
});

export const LevelBandRef = builder.objectRef<LevelBand>('LevelBand').implement({
  fields: (t) => ({
    level: t.exposeString('level'),
    min: t.exposeFloat('min', { description: 'Lowest total (as printed, two decimals) for this level.' }),
    name: t.field({ type: LocalTextRef, nullable: true, resolve: (l) => l.name ?? null }),
  }),
});

export const FrameworkRef = builder.objectRef<Framework>('Framework').implement({
  description: 'An assessment framework: one variant and fiscal year (nacc-ita-2564), as data in packages/scoring.',
  fields: (t) => ({
    id: t.exposeString('id'),
    variant: t.exposeString('variant'),
    fiscalYear: t.exposeInt('fiscalYear', { description: 'Buddhist era.' }),
    name: t.field({ type: LocalTextRef, resolve: (f) => f.name }),
    instruments: t.field({ type: [InstrumentRef], resolve: (f) => f.instruments }),
    indicators: t.field({ type: [IndicatorRef], resolve: (f) => f.indicators.map((i) => withFw(f, i)) }),
    subIndicators: t.field({ type: [SubIndicatorRef], resolve: (f) => f.subIndicators.map((s) => withFw(f, s)) }),
    questions: t.field({ type: [QuestionRef], resolve: (f) => f.questions.map((q) => withFw(f, q)) }),
    items: t.field({ type: [OitItemRef], resolve: (f) => f.items }),
    scales: t.field({ type: [ScaleRef], resolve: (f) => f.scales }),
    levels: t.field({ type: [LevelBandRef], description: 'Highest first.', resolve: (f) => f.levels }),
    passMark: t.exposeFloat('passMark'),
  }),
});

builder.queryFields((t) => ({
  frameworks: t.field({ type: [FrameworkRef], description: 'The frameworks this server knows.', resolve: () => listFrameworks().map(getFramework) }),
  framework: t.field({
    type: FrameworkRef,
    nullable: true,
    args: { id: t.arg.string({ description: 'Default: the latest NACC year.' }) },
    resolve: (_r, a) => {
      const id = a.id ?? DEFAULT_FRAMEWORK;
      return hasFramework(id) ? getFramework(id) : null;
    },
  }),
}));
