/**
 * A small GraphQL-over-HTTP client for the OpenITA API: JSON requests, and the GraphQL multipart request spec
 * (https://github.com/jaydenseric/graphql-multipart-request-spec) for file uploads such as the screenshot.
 * Failures are classified so that the submission queue knows what to retry: the network and 5xx/429 are worth
 * retrying; a refused token or an invalid input is not.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import { print } from 'graphql/language/printer';

export type ApiErrorKind = 'network' | 'server' | 'auth' | 'rejected' | 'protocol' | 'not-configured';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiTarget {
  apiUrl: string;
  token: string;
}

export interface RequestOptions {
  /** Files by their variable path ("input.screenshot"); the variable itself is sent as null. */
  files?: Record<string, Blob & { name?: string }>;
  timeoutMs?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

type AnyDocument<TData, TVars> = TypedDocumentNode<TData, TVars> | DocumentNode | string;

const printed = new WeakMap<object, string>();
function source(doc: AnyDocument<unknown, unknown>): string {
  if (typeof doc === 'string') return doc;
  let s = printed.get(doc);
  if (!s) {
    s = print(doc);
    printed.set(doc, s);
  }
  return s;
}

function operationName(doc: AnyDocument<unknown, unknown>): string | undefined {
  if (typeof doc === 'string') return /\b(?:query|mutation|subscription)\s+(\w+)/.exec(doc)?.[1];
  for (const d of doc.definitions) if (d.kind === 'OperationDefinition' && d.name) return d.name.value;
  return undefined;
}

export function endpointOf(apiUrl: string): string {
  return `${apiUrl
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/graphql$/i, '')}/graphql`;
}

interface GraphQLErrorJson {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; http?: { status?: number } };
}

const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'UNAUTHORIZED']);

export async function gqlRequest<TData, TVars extends Record<string, unknown>>(
  target: ApiTarget,
  doc: AnyDocument<TData, TVars>,
  variables: TVars,
  options: RequestOptions = {},
): Promise<TData> {
  if (!target.apiUrl) throw new ApiError('not-configured', 'the API URL is not set', false);
  const query = source(doc as AnyDocument<unknown, unknown>);
  const opName = operationName(doc as AnyDocument<unknown, unknown>);
  const headers: Record<string, string> = { accept: 'application/graphql-response+json, application/json' };
  if (target.token) headers.authorization = `Bearer ${target.token}`;
  let body: BodyInit;
  const files = Object.entries(options.files ?? {});
  if (files.length) {
    // Multipart: operations (with the file variables set to null), the map, then the files.
    const vars = structuredClone(variables) as Record<string, unknown>;
    const map: Record<string, string[]> = {};
    files.forEach(([path, _], i) => {
      setPath(vars, path, null);
      map[String(i)] = [`variables.${path}`];
    });
    const form = new FormData();
    form.append('operations', JSON.stringify({ query, variables: vars, ...(opName ? { operationName: opName } : {}) }));
    form.append('map', JSON.stringify(map));
    files.forEach(([_, blob], i) => {
      form.append(String(i), blob, blob.name ?? `file-${i}`);
    });
    body = form;
    // graphql-yoga's CSRF guard asks multipart requests to prove they are not a plain form post.
    headers['graphql-require-preflight'] = '1';
  } else {
    headers['content-type'] = 'application/json';
    body = JSON.stringify({ query, variables, ...(opName ? { operationName: opName } : {}) });
  }

  const timeout = AbortSignal.timeout(options.timeoutMs ?? 60_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await (options.fetch ?? fetch)(endpointOf(target.apiUrl), {
      method: 'POST',
      headers,
      body,
      signal,
      credentials: 'omit',
    });
  } catch (e) {
    const msg =
      e instanceof Error ? (e.name === 'TimeoutError' ? 'the API did not answer in time' : e.message) : String(e);
    throw new ApiError('network', `cannot reach the API (${endpointOf(target.apiUrl)}): ${msg}`, true);
  }
  let json: { data?: TData | null; errors?: GraphQLErrorJson[] } | null = null;
  const text = await res.text().catch(() => '');
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  const firstError = json?.errors?.[0];
  const detail = firstError ? firstError.message : text.slice(0, 200) || res.statusText;
  if (res.status === 401 || res.status === 403 || (firstError && AUTH_CODES.has(firstError.extensions?.code ?? ''))) {
    throw new ApiError('auth', `the API refused the token: ${detail}`, false, res.status);
  }
  if (res.status === 408 || res.status === 429 || res.status >= 500) {
    throw new ApiError('server', `the API answered ${res.status}: ${detail}`, true, res.status);
  }
  if (!json || typeof json !== 'object') {
    throw new ApiError(
      'protocol',
      `the API answered ${res.status} without GraphQL JSON (is ${endpointOf(target.apiUrl)} an OpenITA server?)`,
      false,
      res.status,
    );
  }
  if (json.errors?.length) {
    const e = json.errors[0] as GraphQLErrorJson;
    throw new ApiError('rejected', e.message, false, res.status, e.path?.join('.'));
  }
  if (!res.ok || json.data == null)
    throw new ApiError('protocol', `the API answered ${res.status} with no data`, false, res.status);
  return json.data;
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur: Record<string, unknown> = obj;
  for (const p of parts.slice(0, -1)) {
    const next = cur[p];
    if (!next || typeof next !== 'object') cur[p] = {};
    cur = cur[p] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1] as string] = value;
}

/** data:image/jpeg;base64,… → Blob. */
export function dataUrlToBlob(dataUrl: string, name = 'screenshot'): Blob & { name: string } {
  const m = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!m) throw new Error('not a data: URL');
  const type = m[1] as string;
  const raw = m[2] ? atob(m[3] as string) : decodeURIComponent(m[3] as string);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  const ext = type.split('/')[1] ?? 'bin';
  const file = new File([bytes], `${name}.${ext === 'jpeg' ? 'jpg' : ext}`, { type });
  return file;
}
