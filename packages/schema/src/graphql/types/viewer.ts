import type { Viewer } from '../../domain/viewer.js';
import { CAN } from '../../domain/viewer.js';
import { builder } from '../builder.js';
import { AgencyRef } from './agency.js';
import { RoleEnum } from './api-token.js';
import { UserRef } from './user.js';

const ViewerRef = builder.objectRef<{ viewer: Viewer; publicRead: boolean }>('Viewer').implement({
  description: 'Who is asking: the token\'s role and agency limits, and what it may do.',
  fields: (t) => ({
    authenticated: t.boolean({ resolve: (v) => v.viewer.kind === 'token' }),
    role: t.field({ type: RoleEnum, nullable: true, resolve: (v) => (v.viewer.kind === 'token' ? (v.viewer.role as never) : null) }),
    user: t.field({
      type: UserRef,
      nullable: true,
      resolve: async (v, _a, ctx) => (v.viewer.kind === 'token' ? await ctx.loaders.user.load(v.viewer.userId) : null),
    }),
    tokenLabel: t.string({ nullable: true, resolve: (v) => (v.viewer.kind === 'token' ? v.viewer.label : null) }),
    agencies: t.field({
      type: [AgencyRef],
      nullable: true,
      description: 'The agencies the token is limited to; null: all (or anonymous).',
      resolve: async (v, _a, ctx) =>
        v.viewer.kind === 'token' && v.viewer.agencyIds
          ? ((await ctx.loaders.agency.loadMany(v.viewer.agencyIds)).filter((a) => a && !(a instanceof Error)) as never)
          : null,
    }),
    canRead: t.boolean({ description: 'Scores, evidence, reviews (any token).', resolve: (v) => CAN.read(v.viewer) }),
    canReadPublished: t.boolean({ description: 'Published scores (any token; anyone when public read is on).', resolve: (v) => v.publicRead || CAN.read(v.viewer) }),
    canSubmit: t.boolean({ resolve: (v) => CAN.submit(v.viewer) }),
    canReview: t.boolean({ resolve: (v) => CAN.review(v.viewer) }),
    canAdminister: t.boolean({ resolve: (v) => CAN.admin(v.viewer) }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({ type: ViewerRef, resolve: (_r, _a, ctx) => ({ viewer: ctx.viewer, publicRead: ctx.publicRead }) }),
}));
