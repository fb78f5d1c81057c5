/**
 * The assessment file: one agency's results in one framework, as JSON.
 * Its JSON Schema is generated from this zod schema at build time (dist/assessment.schema.json).
 */
import { z } from 'zod';

const Percent = z.number().meta({ description: 'share of respondents, in percent' });

/** Answer shares for one question or one part, in the scale's order. */
export const AnswerVector = z.union([
  z.array(Percent).min(1).meta({ description: 'shares in percent, in the scale order' }),
  z.object({ shares: z.array(Percent).min(1) }).strict(),
  z
    .object({ counts: z.array(z.number().int().min(0)).min(1) })
    .strict()
    .meta({ description: 'respondent counts per option, in the scale order' }),
]);
export type AnswerVector = z.infer<typeof AnswerVector>;

/** One vector for the whole question, or one per part. */
export const QuestionAnswers = z.union([AnswerVector, z.array(AnswerVector).min(1)]);
export type QuestionAnswers = z.infer<typeof QuestionAnswers>;

const Score = z.number().meta({ description: 'score, 0–100' });
const ItemResult = z.union([z.literal(0), z.literal(100), z.boolean()]);

/** A note on one OIT item: plain text (Thai), or Thai with English. */
export const ItemNote = z.union([
  z.string().min(1),
  z.object({ th: z.string().min(1), en: z.string().min(1).optional() }).strict(),
]);
export type ItemNote = z.infer<typeof ItemNote>;

export const AgencyRef = z
  .object({
    id: z.string().optional(),
    name: z.union([z.string().min(1), z.object({ th: z.string().min(1), en: z.string().optional() })]),
    type: z.string().optional(),
    province: z.string().optional(),
    website: z.string().optional(),
  })
  .passthrough();

export const Reported = z
  .object({
    total: Score.optional(),
    level: z.string().optional(),
    rank: z.number().int().positive().optional(),
    rankGroup: z.string().optional(),
    instruments: z.record(z.string(), Score).optional(),
    indicators: z.record(z.string(), Score).optional(),
    subIndicators: z.record(z.string(), Score).optional(),
    questions: z.record(z.string(), Score).optional(),
  })
  .strict();
export type Reported = z.infer<typeof Reported>;

export const AssessmentFile = z
  .object({
    $schema: z.string().optional(),
    framework: z.string().min(1).meta({ description: 'framework id, e.g. nacc-ita-2564' }),
    agency: AgencyRef,
    iit: z.record(z.string(), QuestionAnswers).optional(),
    eit: z.record(z.string(), QuestionAnswers).optional(),
    indicators: z
      .record(z.string(), Score)
      .optional()
      .meta({ description: 'indicator number → score, for indicators with no question or item data' }),
    instruments: z
      .record(z.string(), Score)
      .optional()
      .meta({ description: 'IIT/EIT/OIT → score, for instruments with no indicator data' }),
    oit: z.record(z.string(), ItemResult).optional().meta({ description: 'item id → 0 or 100 (true/false accepted)' }),
    reported: Reported.optional(),
    itemNotes: z
      .record(z.string(), ItemNote)
      .optional()
      .meta({
        description:
          "item id → a reviewer's or consultant's note on the item (why it failed, what to change); shown in the analysis with the item's advice",
      }),
    notes: z.string().optional().meta({ description: 'free notes about this file (its source, how it was transcribed)' }),
  })
  .strict()
  .meta({
    title: 'OpenITA assessment',
    description: "One agency's ITA results in one framework (survey answer shares, OIT items, official figures).",
  });
export type AssessmentFile = z.infer<typeof AssessmentFile>;
