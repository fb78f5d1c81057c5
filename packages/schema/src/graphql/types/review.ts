import { eq } from 'drizzle-orm';
import { reviews } from '../../db/tables.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors.js';
import { type ReviewRow, reviewEvidence } from '../../domain/evidence.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { idOf } from '../util.js';
import { AssessmentRef } from './assessment.js';
import { EvidenceRef, EvidenceStatusEnum } from './evidence.js';
import { UserRef } from './user.js';

export const ReviewDecisionEnum = builder.enumType('ReviewDecision', {
  values: {
    ACCEPT: { value: 'accept', description: 'The capture proves its items: they pass.' },
    REJECT: { value: 'reject', description: 'It does not (a reason is required).' },
    REQUEST_CHANGES: { value: 'request-changes', description: 'The auditor should capture again (a reason is required).' },
  } as const,
});

export const ReviewRef = builder.objectRef<ReviewRow>('Review');

builder.node(ReviewRef, {
  description: 'A reviewer\'s decision on an evidence. Appended, never changed; the latest decides the evidence\'s status.',
  authScopes: { read: true },
  id: { resolve: (r) => r.id },
  loadOne: async (id, ctx: Context) => {
    const [r] = await ctx.db.select().from(reviews).where(eq(reviews.id, id));
    return r ?? null;
  },
  fields: (t) => ({
    decision: t.field({ type: ReviewDecisionEnum, resolve: (r) => r.decision as never }),
    reason: t.string({ nullable: true, resolve: (r) => r.reason }),
    reviewer: t.field({ type: UserRef, resolve: async (r, _a, ctx) => (await ctx.loaders.user.load(r.reviewerId)) as never }),
    createdAt: t.field({ type: 'DateTime', resolve: (r) => r.createdAt }),
    evidence: t.field({ type: EvidenceRef, resolve: async (r, _a, ctx) => (await ctx.loaders.evidence.load(r.evidenceId)) as never }),
  }),
});

const ReviewEvidenceInput = builder.inputType('ReviewEvidenceInput', {
  fields: (t) => ({
    evidence: t.id({ required: true }),
    decision: t.field({ type: ReviewDecisionEnum, required: true }),
    reason: t.string({ description: 'Required to reject or to request changes.' }),
  }),
});

const ReviewEvidencePayload = builder.objectRef<Awaited<ReturnType<typeof reviewEvidence>>>('ReviewEvidencePayload').implement({
  fields: (t) => ({
    review: t.field({ type: ReviewRef, resolve: (p) => p.review }),
    evidence: t.field({ type: EvidenceRef, resolve: (p) => p.evidence }),
    status: t.field({ type: EvidenceStatusEnum, description: 'The evidence\'s status now.', resolve: (p) => p.status as never }),
    assessment: t.field({ type: AssessmentRef, description: 'With its new score and item statuses.', resolve: (p) => p.assessment }),
  }),
});

builder.mutationFields((t) => ({
  reviewEvidence: t.field({
    type: ReviewEvidencePayload,
    description: 'Accept, reject (with a reason) or request changes on an evidence (reviewer, admin; not the evidence\'s own auditor). The item statuses and the score follow.',
    authScopes: { review: true },
    errors: { types: [ValidationError, NotFoundError], directResult: true, union: { name: 'ReviewEvidenceResult' } },
    args: { input: t.arg({ type: ReviewEvidenceInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const result = await reviewEvidence(ctx.db, ctx.viewer, {
        evidenceId: idOf(String(input.evidence), 'Evidence', 'input.evidence'),
        decision: input.decision as string,
        reason: input.reason ?? null,
      });
      ctx.loaders.evidenceStatus.clear(result.evidence.id);
      ctx.loaders.reviewsOf.clear(result.evidence.id);
      return result;
    },
  }),
}));

export { ForbiddenError };

builder.objectFields(EvidenceRef, (t) => ({
  reviews: t.field({
    type: [ReviewRef],
    description: 'The review history, oldest first; the last one decides the status.',
    resolve: (e, _a, ctx) => ctx.loaders.reviewsOf.load(e.id),
  }),
  latestReview: t.field({
    type: ReviewRef,
    nullable: true,
    resolve: async (e, _a, ctx) => (await ctx.loaders.reviewsOf.load(e.id)).at(-1) ?? null,
  }),
}));
