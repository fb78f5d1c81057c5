import { DEFAULT_FRAMEWORK, formatScore } from '@openita/scoring';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { ranking, type ScoreBasis } from '../../domain/agencies.js';
import type { AgencyRow } from '../../domain/score-cache.js';
import { builder } from '../builder.js';
import { badInput } from '../util.js';
import { AgencyRef, AgencyTypeEnum, ScoreBasisEnum } from './agency.js';
import { AssessmentRef } from './assessment.js';

interface RankRow {
  agency: AgencyRow;
  assessmentId: string;
  total: number;
  level: string | null;
  rank: number;
}

const RankEntryRef = builder.objectRef<RankRow>('RankEntry').implement({
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: '1 = highest; equal totals (as printed) share a rank.' }),
    agency: t.field({ type: AgencyRef, resolve: (r) => r.agency }),
    assessment: t.field({ type: AssessmentRef, resolve: async (r, _a, ctx) => (await ctx.loaders.assessment.load(r.assessmentId)) as never }),
    total: t.exposeFloat('total', { description: 'The total ranked by (as printed, two decimals).' }),
    totalDisplay: t.string({ resolve: (r) => formatScore(r.total) }),
    level: t.string({ nullable: true, resolve: (r) => r.level }),
  }),
});

builder.queryFields((t) => ({
  ranking: t.connection({
    type: RankEntryRef,
    description: 'Agencies ranked by total in a framework, optionally within one agency type and province. Offset cursors; at most 500 a page.',
    authScopes: { public: true },
    args: {
      framework: t.arg.string(),
      type: t.arg({ type: AgencyTypeEnum }),
      province: t.arg.string(),
      basis: t.arg({ type: ScoreBasisEnum, defaultValue: 'headline' }),
    },
    resolve: (_r, args, ctx) => {
      if (args.last != null || args.before) throw badInput('ranking pages forward only (first/after)');
      return resolveOffsetConnection({ args, defaultSize: 50, maxSize: 500 }, ({ offset, limit }) =>
        ranking(
          ctx.db,
          ctx.viewer,
          { framework: args.framework ?? DEFAULT_FRAMEWORK, type: (args.type as string) ?? null, province: args.province ?? null, basis: (args.basis ?? 'headline') as ScoreBasis },
          offset,
          limit,
        ),
      );
    },
  }, { name: 'RankingConnection' }),
}));
