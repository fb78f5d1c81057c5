/** Assessment: one agency in one framework. Its official (reported) result beside the score OpenITA computes. */
import { DEFAULT_FRAMEWORK, formatScore, getFramework, hasFramework } from '@openita/scoring';
import { and, eq } from 'drizzle-orm';
import { assessments } from '../../db/tables.js';
import { rankOf, type ScoreBasis } from '../../domain/agencies.js';
import { importAssessment, setPublished } from '../../domain/assessments.js';
import { fromInputIssue, issueOf, NotFoundError, ValidationError } from '../../domain/errors.js';
import type { AgencyRow, AssessmentRow } from '../../domain/score-cache.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { idOf, queryIdOf } from '../util.js';
import { AgencyRef, ScoreBasisEnum } from './agency.js';
import { IssueRef } from './errors.js';
import { FrameworkRef } from './framework.js';
import { ItemResultRef, ItemStatusEnum } from './item-result.js';
import { itemResults, ScoreReportRef } from './score.js';
import { WhatIfEntryRef } from './what-if.js';

export const AssessmentRef = builder.objectRef<AssessmentRow>('Assessment');

/** An assessment the viewer may see: any with a token; published ones with public read. */
export function visible(ctx: Context, row: AssessmentRow | null): AssessmentRow | null {
  if (!row) return null;
  if (ctx.viewer.kind === 'token') return row;
  return ctx.publicRead && row.published ? row : null;
}

interface Official {
  total?: number;
  level?: string;
  rank?: number;
  rankGroup?: string;
  instruments?: Record<string, number>;
  indicators?: Record<string, number>;
  subIndicators?: Record<string, number>;
  questions?: Record<string, number>;
}

const ReportedValue = builder.objectRef<{ key: string; score: number }>('ReportedValue').implement({
  fields: (t) => ({ key: t.exposeString('key', { description: 'IIT, "6", "9.1", "e2" …' }), score: t.exposeFloat('score') }),
});

const entries = (r: Record<string, number> | undefined) => Object.entries(r ?? {}).map(([key, score]) => ({ key, score }));

export const OfficialResultRef = builder.objectRef<Official>('OfficialResult').implement({
  description: 'The official figures as published by the NACC and imported with the assessment file (its `reported` block), unchanged.',
  fields: (t) => ({
    total: t.float({ nullable: true, resolve: (o) => o.total ?? null }),
    totalDisplay: t.string({ nullable: true, description: 'As printed ("99.60").', resolve: (o) => (o.total === undefined ? null : formatScore(o.total)) }),
    level: t.string({ nullable: true, resolve: (o) => o.level ?? null }),
    rank: t.int({ nullable: true, resolve: (o) => o.rank ?? null }),
    rankGroup: t.string({ nullable: true, description: 'What the rank is among ("province").', resolve: (o) => o.rankGroup ?? null }),
    instruments: t.field({ type: [ReportedValue], resolve: (o) => entries(o.instruments) }),
    indicators: t.field({ type: [ReportedValue], resolve: (o) => entries(o.indicators) }),
    subIndicators: t.field({ type: [ReportedValue], resolve: (o) => entries(o.subIndicators) }),
    questions: t.field({ type: [ReportedValue], resolve: (o) => entries(o.questions) }),
  }),
});

const RankRef = builder.objectRef<{ rank: number; of: number }>('Rank').implement({
  fields: (t) => ({ rank: t.exposeInt('rank', { description: '1 = highest; equal totals (as printed) share a rank.' }), of: t.exposeInt('of') }),
});

export const RankScope = builder.enumType('RankScope', {
  values: { TYPE: { value: 'type', description: 'Among agencies of the same type.' }, PROVINCE: { value: 'province', description: 'Same type, same province.' } } as const,
});

async function live(ctx: Context, row: AssessmentRow) {
  return ctx.scores.get(ctx.db, row);
}

builder.node(AssessmentRef, {
  description: 'One agency\'s assessment in one framework: imported survey results and item results, evidence, the official result and the computed score.',
  authScopes: { public: true },
  id: { resolve: (a) => a.id },
  loadOne: async (id, ctx: Context) => visible(ctx, await ctx.loaders.assessment.load(id)),
  fields: (t) => ({
    agency: t.field({ type: AgencyRef, resolve: async (a, _x, ctx) => (await ctx.loaders.agency.load(a.agencyId)) as AgencyRow }),
    framework: t.field({ type: FrameworkRef, resolve: (a) => getFramework(a.framework) }),
    published: t.exposeBoolean('published'),
    importedAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.importedAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (a) => a.updatedAt }),
    revision: t.exposeInt('revision', { description: 'Bumped by every change to what the score depends on.' }),
    official: t.field({
      type: OfficialResultRef,
      nullable: true,
      description: 'The official result as imported (null when the import had none). Headline this where it exists, with `score` beside it.',
      resolve: (a) => {
        const r = a.data?.reported as Official | undefined;
        return r && Object.keys(r).length ? r : null;
      },
    }),
    score: t.field({
      type: ScoreReportRef,
      nullable: true,
      description: 'The score OpenITA computes (packages/scoring) from the imported data and the evidence reviews; null when the data cannot be scored yet (`scoreIssues` says why).',
      resolve: async (a, _x, ctx) => {
        const l = await live(ctx, a);
        return l.report ? { live: l, report: l.report, row: a } : null;
      },
    }),
    scoreIssues: t.field({
      type: [IssueRef],
      description: 'Why there is no score (errors), or what the score assumed (warnings, e.g. items without a result counted as 0). Paths are inside the assessment file.',
      resolve: async (a, _x, ctx) => (await live(ctx, a)).issues,
    }),
    items: t.field({
      type: [ItemResultRef],
      description: 'O1–O43 with status and evidence counts, in framework order (also when there is no score yet).',
      args: { status: t.arg({ type: ItemStatusEnum }), subIndicator: t.arg.string() },
      resolve: async (a, args, ctx) => {
        const l = await live(ctx, a);
        const fw = l.framework;
        return itemResults({ live: l, row: a }, (id) => {
          const s = l.items.get(id);
          if (args.status && s?.status !== args.status) return false;
          if (args.subIndicator && fw.items.find((i) => i.id === id)?.subIndicator !== args.subIndicator) return false;
          return true;
        });
      },
    }),
    whatIf: t.field({
      type: [WhatIfEntryRef],
      description: 'For each OIT item, the total if it passes or fails; failing items first by what passing would gain.',
      resolve: async (a, _x, ctx) => {
        const l = await live(ctx, a);
        return (l.whatIf()?.entries ?? []).map((e) => ({ ...e, fw: l.framework }));
      },
    }),
    analysis: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'The agency\'s analysis of its result (NACC item O42), written from the data by packages/scoring analysis(): overview, weak points, what to keep, recommendations, standing. Plain JSON in the shape of packages/scoring\'s Analysis type (docs/analysis.md); render it with renderHtmlFragment / renderMarkdown from @openita/scoring. Null when there is no score.',
      resolve: async (a, _x, ctx) => (await live(ctx, a)).analysis(),
    }),
    scoringInput: t.field({
      type: 'JSON',
      description: 'The assessment file as scored now (the import, with each item\'s derived result in `oit`): give it to packages/scoring (scoreFile, whatIf) to explore changes in the browser.',
      resolve: async (a, _x, ctx) => (await live(ctx, a)).file,
    }),
    rank: t.field({
      type: RankRef,
      nullable: true,
      args: { basis: t.arg({ type: ScoreBasisEnum, defaultValue: 'headline' }), scope: t.arg({ type: RankScope, defaultValue: 'type' }) },
      resolve: (a, args, ctx) => rankOf(ctx.db, ctx.viewer, a.id, (args.basis ?? 'headline') as ScoreBasis, { province: args.scope === 'province' }),
    }),
  }),
});

builder.objectFields(AgencyRef, (t) => ({
  assessment: t.field({
    type: AssessmentRef,
    nullable: true,
    description: 'The agency\'s assessment in a framework (default: the latest NACC year); null when there is none (or it is not published and you have no token).',
    args: { framework: t.arg.string() },
    resolve: async (a, args, ctx) => visible(ctx, await ctx.loaders.assessmentOf.load(`${a.id}|${args.framework ?? DEFAULT_FRAMEWORK}`)),
  }),
  assessments: t.field({
    type: [AssessmentRef],
    resolve: async (a, _x, ctx) =>
      (await ctx.db.select().from(assessments).where(eq(assessments.agencyId, a.id))).map((r) => visible(ctx, r)).filter((r): r is AssessmentRow => r !== null),
  }),
}));

builder.queryFields((t) => ({
  assessment: t.field({
    type: AssessmentRef,
    nullable: true,
    authScopes: { public: true },
    args: { id: t.arg.id({ description: 'Global id of an Assessment.' }), agency: t.arg.id(), framework: t.arg.string() },
    resolve: async (_r, a, ctx) => {
      if (a.id) {
        const id = queryIdOf(String(a.id), 'Assessment', 'id');
        return id ? visible(ctx, await ctx.loaders.assessment.load(id)) : null;
      }
      const agencyId = a.agency ? queryIdOf(String(a.agency), 'Agency', 'agency') : null;
      if (!agencyId) return null;
      const [row] = await ctx.db
        .select()
        .from(assessments)
        .where(and(eq(assessments.agencyId, agencyId), eq(assessments.framework, a.framework ?? DEFAULT_FRAMEWORK)));
      return visible(ctx, row ?? null);
    },
  }),
}));

const ImportInput = builder.inputType('ImportAssessmentInput', {
  fields: (t) => ({
    agency: t.id({ description: 'Import for this agency; without it, the file\'s agency.id is the slug (a new agency is created from the file).' }),
    file: t.field({ type: 'JSON', description: 'The assessment file as JSON (see packages/scoring\'s assessment.schema.json).' }),
    text: t.string({ description: 'Or the file\'s text, parsed here (syntax errors are reported with their position).' }),
    publish: t.boolean({ description: 'Publish (public read) or unpublish; unchanged when left out.' }),
  }),
});

const ImportPayload = builder.objectRef<Awaited<ReturnType<typeof importAssessment>>>('ImportAssessmentPayload').implement({
  fields: (t) => ({
    assessment: t.field({ type: AssessmentRef, resolve: (p) => p.assessment }),
    agency: t.field({ type: AgencyRef, resolve: (p) => p.agency }),
    agencyCreated: t.boolean({ resolve: (p) => p.created }),
    warnings: t.field({ type: [IssueRef], description: 'Accepted, but worth a look (paths inside the file, prefixed "file.").', resolve: (p) => p.warnings }),
  }),
});

const PublishPayload = builder.objectRef<{ assessment: AssessmentRow }>('PublishAssessmentPayload').implement({
  fields: (t) => ({ assessment: t.field({ type: AssessmentRef, resolve: (p) => p.assessment }) }),
});

builder.mutationFields((t) => ({
  importAssessment: t.field({
    type: ImportPayload,
    description:
      'Import an assessment file (admin): validated against its framework, every problem named by its path (file.iit.i27). Replaces the agency\'s earlier import in the same framework; evidence and reviews are kept. Nothing changes on error.',
    authScopes: { admin: true },
    errors: { types: [ValidationError, NotFoundError], directResult: true, union: { name: 'ImportAssessmentResult' } },
    args: { input: t.arg({ type: ImportInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      let file: unknown = input.file;
      if (input.text != null) {
        if (input.file != null) throw new ValidationError([issueOf('input', 'invalid', 'give file or text, not both', 'ส่ง file หรือ text อย่างใดอย่างหนึ่ง')]);
        if (input.text.length > 5 * 1024 * 1024) throw new ValidationError([issueOf('input.text', 'too-large', 'the file is larger than 5 MB', 'ไฟล์ใหญ่เกิน 5 MB')]);
        try {
          file = JSON.parse(input.text.replace(/^\uFEFF/, ''));
        } catch (e) {
          throw new ValidationError([issueOf('input.text', 'invalid-json', `not valid JSON: ${(e as Error).message}`, `ไม่ใช่ JSON ที่ถูกต้อง: ${(e as Error).message}`)]);
        }
      }
      if (file == null) throw new ValidationError([issueOf('input.file', 'required', 'give the assessment file (file or text)', 'ต้องส่งไฟล์ผลการประเมิน')]);
      const framework = (file as { framework?: unknown }).framework;
      if (typeof framework === 'string' && !hasFramework(framework)) {
        // parseAssessment reports it too; this keeps the message consistent for both paths
      }
      const agencyId = input.agency ? idOf(String(input.agency), 'Agency', 'input.agency') : null;
      return importAssessment(ctx.db, ctx.viewer, { agencyId, file, publish: input.publish ?? null });
    },
  }),
  publishAssessment: t.field({
    type: PublishPayload,
    description: 'Publish (readable without a token when public read is on) or unpublish an assessment (admin).',
    authScopes: { admin: true },
    errors: { types: [ValidationError, NotFoundError], directResult: true, union: { name: 'PublishAssessmentResult' } },
    args: { id: t.arg.id({ required: true }), published: t.arg.boolean({ required: true }) },
    resolve: async (_r, a, ctx) => ({ assessment: await setPublished(ctx.db, ctx.viewer, idOf(String(a.id), 'Assessment', 'id'), a.published) }),
  }),
}));

export { fromInputIssue };
