/**
 * The extension's conversation with the OpenITA API: who am I (the token check), which agency is this site, what is
 * the status of each item, and submitEvidence. The documents are the API's own (packages/schema client entry).
 */
import { ApiError, dataUrlToBlob, gqlRequest, type ApiTarget } from './graphql';
import type { SendResult, Submission } from './queue';
import type { AgencyRef } from './settings';

export interface ViewerInfo {
  name: string;
  role: string;
}

const VIEWER = /* GraphQL */ `
  query ExtensionViewer {
    viewer {
      name
      role
    }
  }
`;

export async function testConnection(
  target: ApiTarget,
): Promise<{ ok: true; viewer: ViewerInfo } | { ok: false; error: ApiError }> {
  try {
    const data = await gqlRequest<{ viewer: ViewerInfo | null }, Record<string, never>>(
      target,
      VIEWER,
      {},
      { timeoutMs: 15_000 },
    );
    if (!data.viewer) return { ok: false, error: new ApiError('auth', 'the token is not valid', false) };
    return { ok: true, viewer: data.viewer };
  } catch (e) {
    return { ok: false, error: e instanceof ApiError ? e : new ApiError('protocol', String(e), false) };
  }
}

const AGENCIES = /* GraphQL */ `
  query ExtensionAgencies($search: String, $origin: String) {
    agencies(search: $search, origin: $origin, first: 10) {
      edges {
        node {
          id
          name {
            th
            en
          }
          origins
        }
      }
    }
  }
`;

type AgencyNode = { id: string; name: { th: string; en?: string | null }; origins: string[] };

export async function findAgencies(target: ApiTarget, by: { search?: string; origin?: string }): Promise<AgencyRef[]> {
  const data = await gqlRequest<{ agencies: { edges: { node: AgencyNode }[] } }, { search?: string; origin?: string }>(
    target,
    AGENCIES,
    by,
  );
  return data.agencies.edges.map(({ node }) => ({ id: node.id, name: node.name, origins: node.origins ?? [] }));
}

export type ItemStatus = 'accepted' | 'pending' | 'rejected' | 'changes-requested' | 'none';

const ITEM_STATUS = /* GraphQL */ `
  query ExtensionItemStatus($agencyId: ID!, $framework: String!) {
    assessment(agencyId: $agencyId, framework: $framework) {
      items {
        id
        status
      }
    }
  }
`;

export async function itemStatuses(
  target: ApiTarget,
  agencyId: string,
  framework: string,
): Promise<Record<string, ItemStatus>> {
  const data = await gqlRequest<
    { assessment: { items: { id: string; status: string }[] } | null },
    { agencyId: string; framework: string }
  >(target, ITEM_STATUS, { agencyId, framework });
  const out: Record<string, ItemStatus> = {};
  for (const i of data.assessment?.items ?? []) out[i.id] = normaliseStatus(i.status);
  return out;
}

function normaliseStatus(s: string): ItemStatus {
  const k = s.toLowerCase().replace(/_/g, '-');
  if (k === 'accepted' || k === 'pending' || k === 'rejected' || k === 'changes-requested') return k;
  return 'none';
}

const SUBMIT = /* GraphQL */ `
  mutation ExtensionSubmitEvidence($input: SubmitEvidenceInput!) {
    submitEvidence(input: $input) {
      __typename
      ... on SubmitEvidenceSuccess {
        data {
          id
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

/** Sends one queued submission; classifies the outcome for the queue (retry or not). */
export async function sendEvidence(target: ApiTarget, s: Submission, idempotencyKey: string): Promise<SendResult> {
  if (!target.apiUrl || !target.token)
    return { ok: false, kind: 'not-configured', message: 'the API URL or token is not set', retryable: true };
  const files = s.screenshot ? { 'input.screenshot': dataUrlToBlob(s.screenshot, 'screenshot') } : undefined;
  try {
    const data = await gqlRequest<
      { submitEvidence: { __typename: string; data?: { id: string }; message?: string } },
      { input: Record<string, unknown> }
    >(
      target,
      SUBMIT,
      {
        input: {
          idempotencyKey,
          agencyId: s.agencyId,
          framework: s.framework,
          items: s.items,
          url: s.url,
          title: s.title,
          capturedAt: s.capturedAt,
          html: s.html,
          sha256: s.sha256,
          screenshot: null,
          clientChecks: s.clientChecks,
          verdict: s.verdict,
          note: s.note,
        },
      },
      { ...(files ? { files } : {}), timeoutMs: 120_000 },
    );
    const r = data.submitEvidence;
    if (r.data?.id) return { ok: true, evidenceId: r.data.id };
    return {
      ok: false,
      kind: 'rejected',
      message: r.message ?? `the API refused the evidence (${r.__typename})`,
      retryable: false,
    };
  } catch (e) {
    if (e instanceof ApiError) {
      const kind = e.kind === 'protocol' ? 'rejected' : e.kind;
      return { ok: false, kind, message: e.path ? `${e.path}: ${e.message}` : e.message, retryable: e.retryable };
    }
    return { ok: false, kind: 'network', message: e instanceof Error ? e.message : String(e), retryable: true };
  }
}
