/** Agency: a public body the NACC assesses. Lists with search, filters, sorting and the level distribution. */
import { DEFAULT_FRAMEWORK } from '@openita/scoring';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { eq } from 'drizzle-orm';
import { agencies } from '../../db/tables.js';
import { AGENCY_TYPES } from '../../domain/agency-types.js';
import {
  type AgencyFilter,
  type AgencySort,
  agencyByOrigin,
  agencyStats,
  listAgencies,
  provinces,
  type ScoreBasis,
  upsertAgency,
} from '../../domain/agencies.js';
import { NotFoundError, ValidationError } from '../../domain/errors.js';
import type { AgencyRow } from '../../domain/score-cache.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { badInput, idOf, queryIdOf } from '../util.js';
import { LocalTextRef } from './local-text.js';

export const AgencyRef = builder.objectRef<AgencyRow>('Agency');

export const AgencyTypeEnum = builder.enumType('AgencyType', {
  values: Object.fromEntries(
    AGENCY_TYPES.map((t) => [t.id.toUpperCase().replace(/-/g, '_'), { value: t.id, description: `${t.th} (${t.en})` }]),
  ) as Record<string, { value: string; description: string }>,
});

export const ScoreBasisEnum = builder.enumType('ScoreBasis', {
  description: 'Which total to sort, filter and rank by.',
  values: {
    HEADLINE: { value: 'headline', description: 'The official total where the import had one, else the computed total (what the web UI headlines).' },
    COMPUTED: { value: 'computed', description: 'The total OpenITA computes from the stored data.' },
  } as const,
});

export const AgencySortEnum = builder.enumType('AgencySort', {
  values: {
    NAME: { value: 'name', description: 'Thai name, ก–ฮ.' },
    SCORE_DESC: { value: 'score-desc', description: 'Highest total first; agencies without a score last.' },
    SCORE_ASC: { value: 'score-asc', description: 'Lowest total first; agencies without a score last.' },
  } as const,
});

const AgencyTypeInfo = builder.objectRef<(typeof AGENCY_TYPES)[number]>('AgencyTypeInfo').implement({
  fields: (t) => ({
    type: t.field({ type: AgencyTypeEnum, resolve: (x) => x.id }),
    name: t.field({ type: LocalTextRef, resolve: (x) => ({ th: x.th, en: x.en }) }),
  }),
});

const LevelCount = builder.objectRef<{ level: string | null; count: number }>('LevelCount').implement({
  fields: (t) => ({
    level: t.string({ nullable: true, description: 'null: agencies without a (visible) score.', resolve: (x) => x.level }),
    count: t.exposeInt('count'),
  }),
});

builder.node(AgencyRef, {
  description: 'A public agency (หน่วยงาน): a province, a department, a municipality, an อบต. …',
  authScopes: { public: true },
  id: { resolve: (a) => a.id },
  loadOne: (id, ctx: Context) => ctx.loaders.agency.load(id),
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable key: "bueng-kan".' }),
    name: t.field({ type: LocalTextRef, resolve: (a) => (a.nameEn ? { th: a.nameTh, en: a.nameEn } : { th: a.nameTh }) }),
    type: t.field({ type: AgencyTypeEnum, resolve: (a) => a.type }),
    typeName: t.field({ type: LocalTextRef, resolve: (a) => {
      const x = AGENCY_TYPES.find((y) => y.id === a.type);
      return x ? { th: x.th, en: x.en } : { th: a.type };
    } }),
    province: t.string({ nullable: true, resolve: (a) => a.province }),
    parent: t.field({ type: AgencyRef, nullable: true, resolve: (a, _x, ctx) => (a.parentId ? ctx.loaders.agency.load(a.parentId) : null) }),
    websites: t.exposeStringList('websites', { description: 'The agency\'s own website origins.' }),
    createdAt: t.field({ type: 'DateTime', resolve: (a) => a.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (a) => a.updatedAt }),
  }),
});

builder.queryFields((t) => ({
  agencies: t.connection(
    {
      type: AgencyRef,
      description: 'Agencies, with their score in a framework (Agency.assessment). Offset cursors; at most 500 a page.',
      authScopes: { public: true },
      args: {
        framework: t.arg.string({ description: 'Default: the latest NACC year.' }),
        search: t.arg.string({ description: 'Part of the Thai or English name, the slug or the province.' }),
        types: t.arg({ type: [AgencyTypeEnum] }),
        provinces: t.arg.stringList(),
        levels: t.arg.stringList({ description: 'Levels (AA, A, B …) by the chosen basis.' }),
        basis: t.arg({ type: ScoreBasisEnum, defaultValue: 'headline' }),
        sort: t.arg({ type: AgencySortEnum, defaultValue: 'name' }),
      },
      resolve: async (_root, args, ctx) => {
        if (args.last != null || args.before) throw badInput('agencies pages forward only (first/after)');
        const filter: AgencyFilter = {
          framework: args.framework ?? DEFAULT_FRAMEWORK,
          search: args.search ?? null,
          types: (args.types as string[] | null) ?? null,
          provinces: args.provinces ?? null,
          levels: args.levels ?? null,
          basis: (args.basis ?? 'headline') as ScoreBasis,
        };
        const conn = await resolveOffsetConnection({ args: { ...args, first: args.first ?? 50 }, defaultSize: 50, maxSize: 500 }, ({ offset, limit }) =>
          listAgencies(ctx.db, ctx.viewer, filter, (args.sort ?? 'name') as AgencySort, offset, limit),
        );
        let stats: ReturnType<typeof agencyStats> | undefined;
        return Object.assign(conn, { stats: () => (stats ??= agencyStats(ctx.db, ctx.viewer, filter)) });
      },
    },
    {
      name: 'AgencyConnection',
      fields: (c) => ({
        totalCount: c.int({ description: 'Agencies matching the filters (all pages).', resolve: async (conn) => (await (conn as unknown as Stats).stats()).total }),
        levels: c.field({
          type: [LevelCount],
          description: 'How many matching agencies are at each level (the distribution).',
          resolve: async (conn) => (await (conn as unknown as Stats).stats()).levels,
        }),
      }),
    },
  ),
  agency: t.field({
    type: AgencyRef,
    nullable: true,
    authScopes: { public: true },
    args: { id: t.arg.id(), slug: t.arg.string() },
    resolve: async (_r, a, ctx) => {
      if (a.id) {
        const id = queryIdOf(String(a.id), 'Agency', 'id');
        return id ? ctx.loaders.agency.load(id) : null;
      }
      if (a.slug) {
        const [row] = await ctx.db.select().from(agencies).where(eq(agencies.slug, a.slug.trim().toLowerCase()));
        return row ?? null;
      }
      throw badInput('give id or slug');
    },
  }),
  agencyByOrigin: t.field({
    type: AgencyRef,
    nullable: true,
    description: 'The agency whose website is at this origin ("https://www.buengkan.go.th"; www. or not): how the extension knows where it is.',
    authScopes: { public: true },
    args: { origin: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) => agencyByOrigin(ctx.db, a.origin),
  }),
  agencyTypes: t.field({ type: [AgencyTypeInfo], resolve: () => [...AGENCY_TYPES] }),
  provinces: t.stringList({ description: 'Provinces that have agencies, ก–ฮ.', authScopes: { public: true }, resolve: (_r, _a, ctx) => provinces(ctx.db) }),
}));

interface Stats {
  stats(): ReturnType<typeof agencyStats>;
}

const AgencyInput = builder.inputType('AgencyInput', {
  fields: (t) => ({
    id: t.id({ description: 'The agency to edit; without it, the agency with this slug is updated or a new one created.' }),
    slug: t.string({ required: true }),
    nameTh: t.string({ required: true }),
    nameEn: t.string(),
    type: t.field({ type: AgencyTypeEnum, required: true }),
    province: t.string(),
    parent: t.id(),
    websites: t.stringList({ description: 'Website origins (https://www.example.go.th).' }),
  }),
});

const UpsertAgencyPayload = builder.objectRef<{ agency: AgencyRow; created: boolean }>('UpsertAgencyPayload').implement({
  fields: (t) => ({ agency: t.field({ type: AgencyRef, resolve: (p) => p.agency }), created: t.exposeBoolean('created') }),
});

builder.mutationFields((t) => ({
  upsertAgency: t.field({
    type: UpsertAgencyPayload,
    description: 'Create or edit an agency (admin).',
    authScopes: { admin: true },
    errors: { types: [ValidationError, NotFoundError], directResult: true, union: { name: 'UpsertAgencyResult' } },
    args: { input: t.arg({ type: AgencyInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      upsertAgency(ctx.db, ctx.viewer, {
        id: input.id ? idOf(String(input.id), 'Agency', 'input.id') : null,
        slug: input.slug,
        nameTh: input.nameTh,
        nameEn: input.nameEn ?? null,
        type: input.type as string,
        province: input.province ?? null,
        parentId: input.parent ? idOf(String(input.parent), 'Agency', 'input.parent') : null,
        websites: input.websites ?? [],
      }),
  }),
}));
