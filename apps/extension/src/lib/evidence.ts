/**
 * The extension's conversation with the OpenITA API, with the API's own typed documents (@openita/schema/client):
 * who the token is (the settings check), which agency this site is, each item's status, and submitEvidence.
 */
import {
  AgencyByOriginDocument,
  AssessmentItemsDocument,
  LIMITS,
  SearchAgenciesDocument,
  SubmitEvidenceDocument,
  toPageCheckInput,
  toVerdict,
  ViewerDocument,
  type PageCheckReportLike,
} from '@openita/schema/client';
import { ApiError, type ApiTarget, dataUrlToBlob, gqlRequest } from './graphql';
import type { SendResult, Submission } from './queue';
import type { AgencyRef } from './settings';

export interface ViewerInfo {
  name: string;
  role: string;
  canSubmit: boolean;
}

export type ConnectionResult =
  | { ok: true; viewer: ViewerInfo }
  /** `viewer` is set when the token is valid but may not submit evidence (a reader's or a reviewer's). */
  | { ok: false; error: ApiError; viewer?: ViewerInfo };

/** The token check: who it is, and whether it may submit evidence. */
export async function testConnection(target: ApiTarget): Promise<ConnectionResult> {
  try {
    const { viewer } = await gqlRequest(target, ViewerDocument, {}, { timeoutMs: 15_000 });
    if (!viewer.authenticated)
      return { ok: false, error: new ApiError('auth', 'the server does not know this token', false) };
    const info = {
      name: viewer.user?.name ?? viewer.tokenLabel ?? '?',
      role: (viewer.role ?? '').toLowerCase(),
      canSubmit: viewer.canSubmit,
    };
    if (!viewer.canSubmit)
      return {
        ok: false,
        viewer: info,
        error: new ApiError(
          'auth',
          `this token (${info.name}, ${info.role}) may not submit evidence: an auditor token is needed`,
          false,
        ),
      };
    return { ok: true, viewer: info };
  } catch (e) {
    return { ok: false, error: e instanceof ApiError ? e : new ApiError('protocol', String(e), false) };
  }
}

type AgencyNode = { id: string; name: { th: string; en?: string | null }; websites: string[] };
const toRef = (a: AgencyNode): AgencyRef => ({
  id: a.id,
  name: { th: a.name.th, en: a.name.en ?? null },
  origins: a.websites ?? [],
});

export async function agencyByOrigin(target: ApiTarget, origin: string, framework?: string): Promise<AgencyRef | null> {
  const { agencyByOrigin } = await gqlRequest(target, AgencyByOriginDocument, {
    origin,
    ...(framework ? { framework } : {}),
  });
  return agencyByOrigin ? toRef(agencyByOrigin) : null;
}

export async function searchAgencies(target: ApiTarget, search: string): Promise<AgencyRef[]> {
  const { agencies } = await gqlRequest(target, SearchAgenciesDocument, { search, first: 20 });
  return agencies.edges.map((e) => toRef(e.node));
}

export async function findAgencies(target: ApiTarget, by: { search?: string; origin?: string }): Promise<AgencyRef[]> {
  if (by.origin) {
    const a = await agencyByOrigin(target, by.origin);
    return a ? [a] : [];
  }
  return by.search ? searchAgencies(target, by.search) : [];
}

/** What the panel shows per item: accepted evidence turns it green; else the state of its evidence under review. */
export type ItemStatus = 'accepted' | 'pending' | 'rejected' | 'changes-requested' | 'none';

export async function itemStatuses(
  target: ApiTarget,
  agencyId: string,
  framework: string,
): Promise<Record<string, ItemStatus>> {
  const { assessment } = await gqlRequest(target, AssessmentItemsDocument, { agency: agencyId, framework });
  const out: Record<string, ItemStatus> = {};
  for (const i of assessment?.items ?? []) {
    out[i.id] =
      i.acceptedCount > 0
        ? 'accepted'
        : i.pendingCount > 0
          ? 'pending'
          : i.changesRequestedCount > 0
            ? 'changes-requested'
            : i.rejectedCount > 0
              ? 'rejected'
              : 'none';
  }
  return out;
}

/** Sends one queued submission; classifies the outcome for the queue (retry or not). */
export async function sendEvidence(target: ApiTarget, s: Submission, idempotencyKey: string): Promise<SendResult> {
  if (!target.apiUrl || !target.token)
    return { ok: false, kind: 'not-configured', message: 'the API URL or token is not set', retryable: true };
  const htmlBytes = new TextEncoder().encode(s.html).byteLength;
  if (htmlBytes > LIMITS.htmlBytes)
    return {
      ok: false,
      kind: 'rejected',
      message: `the page is ${htmlBytes} bytes: the server takes at most ${LIMITS.htmlBytes}`,
      retryable: false,
    };
  const screenshot = s.screenshot ? dataUrlToBlob(s.screenshot, 'screenshot') : null;
  try {
    const { submitEvidence: r } = await gqlRequest(
      target,
      SubmitEvidenceDocument,
      {
        input: {
          agency: s.agencyId,
          framework: s.framework,
          items: s.items,
          url: s.url,
          capturedAt: s.capturedAt,
          html: s.html,
          htmlSha256: s.sha256,
          idempotencyKey,
          verdict: toVerdict(s.verdict),
          note: s.note || null,
          clientChecks: s.clientChecks ? toPageCheckInput(s.clientChecks as PageCheckReportLike, s.items) : null,
          ...(screenshot ? { screenshot: null } : {}),
        },
      },
      { ...(screenshot ? { files: { 'input.screenshot': screenshot } } : {}), timeoutMs: 120_000 },
    );
    if (r.__typename === 'SubmitEvidencePayload') return { ok: true, evidenceId: r.evidence.id };
    const issues = r.__typename === 'ValidationError' ? r.issues.map((i) => `${i.path}: ${i.message}`).join('; ') : '';
    const path = 'path' in r && r.path ? `${r.path}: ` : '';
    return { ok: false, kind: 'rejected', message: issues || `${path}${r.message}`, retryable: false };
  } catch (e) {
    if (e instanceof ApiError) {
      const kind = e.kind === 'protocol' ? 'rejected' : e.kind;
      return { ok: false, kind, message: e.path ? `${e.path}: ${e.message}` : e.message, retryable: e.retryable };
    }
    return { ok: false, kind: 'network', message: e instanceof Error ? e.message : String(e), retryable: true };
  }
}
