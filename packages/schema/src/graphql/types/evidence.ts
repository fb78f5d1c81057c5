/**
 * Evidence: one capture of an agency's page for one or more OIT items, with the client's and the server's
 * check results. Immutable once submitted. The review queue is a keyset connection over submission order.
 */
import { DEFAULT_FRAMEWORK } from '@openita/scoring';
import { eq } from 'drizzle-orm';
import { assessments } from '../../db/tables.js';
import type { StoredCriterion, StoredDisagreement, StoredItemCheck, StoredPageCheck } from '../../db/tables.js';
import { checkFramework } from '../../domain/assessments.js';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.js';
import { captureOf, countEvidence, type EvidenceFilter, type EvidenceRow, listEvidence, submitEvidence } from '../../domain/evidence.js';
import { agencyAllowed } from '../../domain/viewer.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { badInput, cursorOf, idOf, pageSize, queryIdOf, seqOfCursor } from '../util.js';
import { AgencyRef } from './agency.js';
import { AssessmentRef } from './assessment.js';
import { OitItemRef } from './framework.js';
import { LocalTextInput, LocalTextRef } from './local-text.js';
import { UserRef } from './user.js';
import { getFramework } from '@openita/scoring';

export const VerdictEnum = builder.enumType('Verdict', {
  values: {
    PASS: { value: 'pass' },
    FAIL: { value: 'fail' },
    NEEDS_REVIEW: { value: 'needs-review', description: 'A person must judge (a scanned document, an image).' },
    NOT_APPLICABLE: { value: 'not-applicable', description: 'The page is not about the item.' },
  } as const,
});

export const EvidenceStatusEnum = builder.enumType('EvidenceStatus', {
  description: 'The latest review\'s decision.',
  values: {
    PENDING: { value: 'pending', description: 'Not reviewed yet.' },
    ACCEPTED: { value: 'accepted' },
    REJECTED: { value: 'rejected' },
    CHANGES_REQUESTED: { value: 'changes-requested' },
  } as const,
});

export const EvidenceOrderEnum = builder.enumType('EvidenceOrder', {
  values: { OLDEST_FIRST: { value: 'oldest' }, NEWEST_FIRST: { value: 'newest' } } as const,
});

const ProofRef = builder.objectRef<NonNullable<StoredCriterion['evidence']>>('Proof').implement({
  description: 'What proves a criterion: a quoted snippet, where it is on the page (CSS path), the link it came from.',
  fields: (t) => ({
    snippet: t.exposeString('snippet'),
    path: t.string({ nullable: true, resolve: (p) => p.path ?? null }),
    href: t.string({ nullable: true, resolve: (p) => p.href ?? null }),
  }),
});

const CriterionCheckRef = builder.objectRef<StoredCriterion>('CriterionCheck').implement({
  description: 'One required element of an item: met, not met, or cannot tell (null).',
  fields: (t) => ({
    id: t.exposeString('id'),
    label: t.field({ type: LocalTextRef, nullable: true, resolve: (c) => c.label ?? null }),
    met: t.boolean({ nullable: true, resolve: (c) => c.met }),
    evidence: t.field({ type: ProofRef, nullable: true, resolve: (c) => c.evidence ?? null }),
    note: t.field({ type: LocalTextRef, nullable: true, resolve: (c) => c.note ?? null }),
  }),
});

const ItemCheckRef = builder.objectRef<StoredItemCheck>('ItemCheck').implement({
  description: 'One item\'s check on a page (packages/scoring CheckResult).',
  fields: (t) => ({
    id: t.exposeString('id'),
    applies: t.exposeBoolean('applies'),
    confidence: t.float({ nullable: true, resolve: (c) => c.confidence ?? null }),
    verdict: t.field({ type: VerdictEnum, resolve: (c) => c.verdict as never }),
    criteria: t.field({ type: [CriterionCheckRef], resolve: (c) => c.criteria }),
    missing: t.exposeStringList('missing'),
    reasons: t.stringList({ resolve: (c) => c.reasons ?? [] }),
  }),
});

export const PageCheckRef = builder.objectRef<StoredPageCheck>('PageCheck').implement({
  description: 'The OIT checks of one captured page.',
  fields: (t) => ({
    url: t.string({ nullable: true, resolve: (c) => c.url }),
    framework: t.exposeString('framework'),
    fiscalYears: t.intList({ resolve: (c) => c.fiscalYears }),
    items: t.field({ type: [ItemCheckRef], resolve: (c) => c.items }),
    error: t.string({ nullable: true, description: 'The server could not run the checks (why).', resolve: (c) => c.error ?? null }),
  }),
});

const DisagreementRef = builder.objectRef<StoredDisagreement>('Disagreement').implement({
  description: 'An item where the client\'s verdict and the server\'s re-check differ.',
  fields: (t) => ({
    item: t.exposeString('item'),
    client: t.field({ type: VerdictEnum, nullable: true, resolve: (d) => d.client as never }),
    server: t.field({ type: VerdictEnum, nullable: true, description: 'null: the server could not check.', resolve: (d) => d.server as never }),
  }),
});

export const EvidenceRef = builder.objectRef<EvidenceRow>('Evidence');

builder.node(EvidenceRef, {
  description: 'One capture of an agency\'s page submitted as evidence for OIT items. Immutable; reviews are appended.',
  authScopes: { read: true },
  id: { resolve: (e) => e.id },
  loadOne: async (id, ctx: Context) => {
    const e = await ctx.loaders.evidence.load(id);
    return e && agencyAllowed(ctx.viewer, e.agencyId) ? e : null;
  },
  fields: (t) => ({
    agency: t.field({ type: AgencyRef, resolve: async (e, _a, ctx) => (await ctx.loaders.agency.load(e.agencyId)) as never }),
    assessment: t.field({ type: AssessmentRef, resolve: async (e, _a, ctx) => (await ctx.loaders.assessment.load(e.assessmentId)) as never }),
    itemIds: t.stringList({ description: '"O5", …', resolve: (e) => e.items }),
    items: t.field({
      type: [OitItemRef],
      resolve: async (e, _a, ctx) => {
        const a = await ctx.loaders.assessment.load(e.assessmentId);
        const fw = getFramework(a?.framework ?? DEFAULT_FRAMEWORK);
        return e.items.map((id) => fw.items.find((i) => i.id === id)).filter((i) => i !== undefined);
      },
    }),
    url: t.exposeString('url'),
    capturedAt: t.field({ type: 'DateTime', resolve: (e) => e.capturedAt }),
    submittedAt: t.field({ type: 'DateTime', resolve: (e) => e.submittedAt }),
    auditor: t.field({ type: UserRef, resolve: async (e, _a, ctx) => (await ctx.loaders.user.load(e.submittedBy)) as never }),
    htmlSha256: t.exposeString('htmlSha256', { description: 'SHA-256 (hex) of the captured HTML (UTF-8), checked by the server on submission.' }),
    htmlSize: t.exposeInt('htmlSize', { description: 'Bytes.' }),
    html: t.string({
      description: 'The captured HTML. Show it only in a sandboxed frame with scripts blocked (<iframe sandbox srcdoc=…>), or use captureUrl.',
      resolve: async (e, _a, ctx) => (await captureOf(ctx.db, e.id))?.html ?? '',
    }),
    captureUrl: t.string({
      description: 'A signed, short-lived URL of the captured page, served with a CSP sandbox that blocks scripts: for an iframe src.',
      resolve: (e, _a, ctx) => ctx.files.capture(e.id),
    }),
    screenshotUrl: t.string({ nullable: true, description: 'A signed, short-lived URL of the screenshot (img src); null when none.', resolve: (e, _a, ctx) => (e.screenshotSha256 ? ctx.files.screenshot(e.id) : null) }),
    screenshotSha256: t.string({ nullable: true, resolve: (e) => e.screenshotSha256 }),
    screenshotType: t.string({ nullable: true, resolve: (e) => e.screenshotType }),
    verdict: t.field({ type: VerdictEnum, description: 'The auditor\'s verdict.', resolve: (e) => e.auditorVerdict as never }),
    note: t.string({ nullable: true, description: 'The auditor\'s note.', resolve: (e) => e.note }),
    forced: t.exposeBoolean('forced', { description: 'The checks were run even where the page did not look like the item (the auditor said it is).' }),
    clientChecks: t.field({ type: PageCheckRef, nullable: true, description: 'The checks as the auditor\'s extension ran them.', resolve: (e) => e.clientChecks }),
    serverChecks: t.field({ type: PageCheckRef, nullable: true, description: 'The server\'s re-check of the captured HTML (same packages/scoring code).', resolve: (e) => e.serverChecks }),
    disagreements: t.field({ type: [DisagreementRef], resolve: (e) => e.disagreements }),
    status: t.field({ type: EvidenceStatusEnum, resolve: async (e, _a, ctx) => ((await ctx.loaders.evidenceStatus.load(e.id)) ?? 'pending') as never }),
  }),
});

const EvidenceFilterInput = builder.inputType('EvidenceFilter', {
  fields: (t) => ({
    status: t.field({ type: [EvidenceStatusEnum] }),
    items: t.stringList({ description: 'Evidence for any of these items.' }),
    agencies: t.idList(),
    auditors: t.idList({ description: 'User ids.' }),
    assessment: t.id(),
    disagreement: t.boolean({ description: 'Only evidence where the client\'s and the server\'s checks disagree (true) or agree (false).' }),
  }),
});

type FilterArg = typeof EvidenceFilterInput.$inferInput;

export function toEvidenceFilter(f: FilterArg | null | undefined): EvidenceFilter {
  if (!f) return {};
  const ids = (xs: readonly (string | number)[] | null | undefined, type: string) =>
    xs ? xs.map((x) => queryIdOf(String(x), type, type) ?? '00000000-0000-0000-0000-000000000000') : null;
  return {
    statuses: (f.status as string[] | null | undefined) ?? null,
    items: f.items ?? null,
    agencyIds: ids(f.agencies, 'Agency'),
    auditorIds: ids(f.auditors, 'User'),
    assessmentId: f.assessment ? (queryIdOf(String(f.assessment), 'Assessment', 'assessment') ?? '00000000-0000-0000-0000-000000000000') : null,
    disagreement: f.disagreement ?? null,
  };
}

interface EvidencePage {
  totalCount(): Promise<number>;
}

export const evidenceConnection = (t: any, fixed?: (parent: any) => Partial<EvidenceFilter>) =>
  t.connection(
    {
      type: EvidenceRef,
      description: 'Evidence in submission order (keyset cursors: any depth costs the same). Forward pages of at most 200.',
      authScopes: { read: true },
      args: { filter: t.arg({ type: EvidenceFilterInput }), order: t.arg({ type: EvidenceOrderEnum, defaultValue: 'oldest' }) },
      resolve: async (parent: unknown, args: any, ctx: Context) => {
        if (args.last != null || args.before) throw badInput('evidence pages forward only (first/after)');
        const limit = pageSize(args.first, 50, 200);
        const filter = { ...toEvidenceFilter(args.filter), ...(fixed ? fixed(parent) : {}) };
        const newestFirst = args.order === 'newest';
        const { rows, hasMore } = await listEvidence(ctx.db, ctx.viewer, filter, { after: seqOfCursor(args.after), limit, newestFirst });
        for (const r of rows) ctx.loaders.evidenceStatus.prime(r.evidence.id, r.status);
        const edges = rows.map((r) => ({ cursor: cursorOf(r.evidence.seq), node: r.evidence }));
        let count: Promise<number> | undefined;
        return {
          edges,
          pageInfo: {
            hasNextPage: hasMore,
            hasPreviousPage: args.after != null,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges[edges.length - 1]?.cursor ?? null,
          },
          totalCount: () => (count ??= countEvidence(ctx.db, ctx.viewer, filter)),
        };
      },
    },
    {
      name: fixed ? 'AssessmentEvidenceConnection' : 'EvidenceConnection',
      fields: (c: any) => ({
        totalCount: c.int({ description: 'Evidence matching the filter (all pages).', resolve: (conn: EvidencePage) => conn.totalCount() }),
      }),
    },
  );

builder.queryFields((t) => ({
  evidence: evidenceConnection(t),
  evidenceById: t.field({
    type: EvidenceRef,
    nullable: true,
    authScopes: { read: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, a, ctx) => {
      const id = queryIdOf(String(a.id), 'Evidence', 'id');
      if (!id) return null;
      const e = await ctx.loaders.evidence.load(id);
      return e && agencyAllowed(ctx.viewer, e.agencyId) ? e : null;
    },
  }),
}));

builder.objectFields(AssessmentRef, (t) => ({
  evidence: evidenceConnection(t, (a: { id: string }) => ({ assessmentId: a.id })),
}));

const ProofInput = builder.inputType('ProofInput', {
  fields: (t) => ({ snippet: t.string({ required: true }), path: t.string(), href: t.string() }),
});

const CriterionCheckInput = builder.inputType('CriterionCheckInput', {
  fields: (t) => ({
    id: t.string({ required: true }),
    label: t.field({ type: LocalTextInput }),
    met: t.boolean({ description: 'null: cannot tell.' }),
    evidence: t.field({ type: ProofInput }),
    note: t.field({ type: LocalTextInput }),
  }),
});

const ItemCheckInput = builder.inputType('ItemCheckInput', {
  fields: (t) => ({
    id: t.string({ required: true }),
    applies: t.boolean({ required: true }),
    confidence: t.float(),
    verdict: t.field({ type: VerdictEnum, required: true }),
    criteria: t.field({ type: [CriterionCheckInput], required: true }),
    missing: t.stringList(),
    reasons: t.stringList(),
  }),
});

const PageCheckInput = builder.inputType('PageCheckInput', {
  description: 'A packages/scoring PageCheckReport as the client ran it (toPageCheckInput() in @openita/schema/client converts one).',
  fields: (t) => ({
    url: t.string(),
    framework: t.string(),
    fiscalYears: t.intList(),
    items: t.field({ type: [ItemCheckInput], required: true }),
  }),
});

const SubmitEvidenceInput = builder.inputType('SubmitEvidenceInput', {
  fields: (t) => ({
    agency: t.id({ required: true }),
    framework: t.string({ description: 'Default: the latest NACC year.' }),
    items: t.stringList({ required: true, description: 'OIT item ids this capture is evidence for ("O5").' }),
    url: t.string({ required: true, description: 'The captured page\'s address (http or https).' }),
    capturedAt: t.field({ type: 'DateTime', required: true }),
    html: t.string({ required: true, description: 'The serialised DOM, at most 5 MB (UTF-8).' }),
    htmlSha256: t.string({ required: true, description: 'SHA-256 (hex) of html as UTF-8; the server recomputes it and refuses a mismatch.' }),
    screenshot: t.field({ type: 'Upload', description: 'PNG, JPEG or WebP, at most 3 MB (multipart request).' }),
    verdict: t.field({ type: VerdictEnum, required: true, description: 'The auditor\'s verdict.' }),
    note: t.string(),
    forced: t.boolean({ description: 'The auditor ran the checks as if the page were about the items.' }),
    clientChecks: t.field({ type: PageCheckInput }),
    idempotencyKey: t.string({ required: true, description: 'A key the client makes once per submission (a UUID): a retry with the same key returns the original evidence.' }),
  }),
});

const SubmitEvidencePayload = builder.objectRef<{ evidence: EvidenceRow; replayed: boolean }>('SubmitEvidencePayload').implement({
  fields: (t) => ({
    evidence: t.field({ type: EvidenceRef, resolve: (p) => p.evidence }),
    replayed: t.exposeBoolean('replayed', { description: 'This key was seen before: the original evidence is returned and nothing new was stored.' }),
  }),
});

builder.mutationFields((t) => ({
  submitEvidence: t.field({
    type: SubmitEvidencePayload,
    description:
      'Submit a captured page as evidence for OIT items (auditor, admin). The server checks the SHA-256, re-runs the OIT checks on the HTML and flags items where its verdict differs from the client\'s. Idempotent by idempotencyKey.',
    authScopes: { submit: true },
    errors: { types: [ValidationError, NotFoundError, ConflictError], directResult: true, union: { name: 'SubmitEvidenceResult' } },
    args: { input: t.arg({ type: SubmitEvidenceInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const agencyId = idOf(String(input.agency), 'Agency', 'input.agency');
      const framework = checkFramework(input.framework, 'input.framework');
      let screenshot: { bytes: Uint8Array; type: string } | null = null;
      if (input.screenshot) {
        const f = input.screenshot;
        if (f.size > 3 * 1024 * 1024 + 1)
          throw new ValidationError([{ path: 'input.screenshot', code: 'too-large', message: `the screenshot is ${(f.size / 1048576).toFixed(1)} MB; at most 3 MB`, messageTh: 'ภาพหน้าจอมีขนาดเกิน 3 MB', severity: 'error' }]);
        screenshot = { bytes: new Uint8Array(await f.arrayBuffer()), type: f.type.split(';')[0]?.trim().toLowerCase() ?? '' };
      }
      const client = input.clientChecks
        ? {
            url: input.clientChecks.url ?? null,
            framework: input.clientChecks.framework ?? framework,
            fiscalYears: input.clientChecks.fiscalYears ?? [],
            items: input.clientChecks.items.map((i) => ({
              id: i.id,
              applies: i.applies,
              ...(i.confidence != null ? { confidence: i.confidence } : {}),
              verdict: i.verdict as string,
              criteria: i.criteria.map((c) => ({
                id: c.id,
                ...(c.label ? { label: { th: c.label.th, ...(c.label.en ? { en: c.label.en } : {}) } } : {}),
                met: c.met ?? null,
                evidence: c.evidence ? { snippet: c.evidence.snippet, ...(c.evidence.path ? { path: c.evidence.path } : {}), ...(c.evidence.href ? { href: c.evidence.href } : {}) } : null,
                ...(c.note ? { note: { th: c.note.th, ...(c.note.en ? { en: c.note.en } : {}) } } : {}),
              })),
              missing: i.missing ?? [],
              reasons: i.reasons ?? [],
            })),
          }
        : null;
      const r = await submitEvidence(
        ctx.db,
        ctx.viewer,
        {
          agencyId,
          framework,
          items: input.items,
          url: input.url,
          capturedAt: input.capturedAt,
          html: input.html,
          htmlSha256: input.htmlSha256,
          screenshot,
          verdict: input.verdict as string,
          note: input.note ?? null,
          forced: input.forced ?? false,
          clientChecks: client,
          idempotencyKey: input.idempotencyKey,
        },
        ctx.checker,
      );
      return r;
    },
  }),
}));

export { assessments, eq };
