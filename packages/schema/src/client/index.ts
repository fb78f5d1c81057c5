/**
 * @openita/schema/client: what the web UI and the extension see of the API. Typed documents
 * (TypedDocumentNode, generated from schema.graphql and src/client/documents/*.graphql) and a few
 * helpers. No server code: nothing here touches a database or Node built-ins.
 */
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { PageCheckInput, Verdict } from './generated.js';

export * from './generated.js';

/** Limits the server enforces on submitEvidence. */
export const LIMITS = {
  /** The captured HTML, as UTF-8 bytes. */
  htmlBytes: 5 * 1024 * 1024,
  /** The screenshot file. */
  screenshotBytes: 3 * 1024 * 1024,
} as const;

const VERDICTS: Record<string, Verdict> = {
  pass: 'PASS',
  fail: 'FAIL',
  'needs-review': 'NEEDS_REVIEW',
  'not-applicable': 'NOT_APPLICABLE',
};

/** packages/scoring's verdict ("needs-review") → the GraphQL enum value ("NEEDS_REVIEW"). */
export function toVerdict(v: string): Verdict {
  const out = VERDICTS[v] ?? (Object.values(VERDICTS).includes(v as Verdict) ? (v as Verdict) : undefined);
  if (!out) throw new Error(`unknown verdict "${v}"`);
  return out;
}

type Text = { th: string; en?: string | null };

/** The shape of packages/scoring's PageCheckReport (checkHtml's result), structurally. */
export interface PageCheckReportLike {
  url: string | null;
  framework: string;
  fiscalYears: number[];
  items: {
    id: string;
    applies: boolean;
    confidence?: number;
    verdict: string;
    criteria: { id: string; label?: Text; met: boolean | null; evidence?: { snippet: string; path?: string; href?: string } | null; note?: Text }[];
    missing?: string[];
    reasons?: string[];
  }[];
}

const text = (t: Text | undefined) => (t ? { th: t.th, ...(t.en ? { en: t.en } : {}) } : null);

/** A checkHtml() report → SubmitEvidenceInput.clientChecks (only the items given, when `items` is set). */
export function toPageCheckInput(report: PageCheckReportLike, items?: readonly string[]): PageCheckInput {
  const wanted = items ? new Set(items) : null;
  return {
    url: report.url,
    framework: report.framework,
    fiscalYears: report.fiscalYears,
    items: report.items
      .filter((i) => !wanted || wanted.has(i.id))
      .map((i) => ({
        id: i.id,
        applies: i.applies,
        confidence: i.confidence ?? null,
        verdict: toVerdict(i.verdict),
        missing: i.missing ?? [],
        reasons: i.reasons ?? [],
        criteria: i.criteria.map((c) => ({
          id: c.id,
          label: text(c.label),
          met: c.met,
          evidence: c.evidence ? { snippet: c.evidence.snippet, path: c.evidence.path ?? null, href: c.evidence.href ?? null } : null,
          note: text(c.note),
        })),
      })),
  };
}

/** SHA-256 (hex) of a string as UTF-8, with WebCrypto: what submitEvidence's htmlSha256 must be. */
export async function sha256Hex(value: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A fresh idempotency key for one submission (keep it with the queued submission; reuse it on every retry). */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * A GraphQL multipart request body (https://github.com/jaydenseric/graphql-multipart-request-spec) for an
 * operation with files: `files` maps variable paths ("input.screenshot") to blobs. Send it with
 * fetch(url, { method: 'POST', body, headers: { authorization, 'graphql-require-preflight': '1' } }) and no
 * content-type header (the browser sets the boundary).
 */
export function multipartBody<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  files: Record<string, Blob>,
): FormData {
  const vars = structuredClone(variables) as Record<string, unknown>;
  const map: Record<string, string[]> = {};
  const form = new FormData();
  Object.keys(files).forEach((path, k) => {
    const keys = path.split('.');
    let target: Record<string, unknown> = vars;
    for (const key of keys.slice(0, -1)) {
      if (target[key] == null) target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    target[keys[keys.length - 1] as string] = null;
    map[String(k)] = [`variables.${path}`];
  });
  form.append('operations', JSON.stringify({ query: print(document), variables: vars }));
  form.append('map', JSON.stringify(map));
  Object.values(files).forEach((blob, k) => {
    form.append(String(k), blob);
  });
  return form;
}
