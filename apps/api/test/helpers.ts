/** Shared by the API tests: the backends to run on, a real server per test file, and small request helpers. */
import { createHash } from 'node:crypto';
import { startTestServer, type TestServer, type TestServerOptions } from '../src/test-support.js';

/** PGlite always; real PostgreSQL too when TEST_DATABASE_URL is set (CI). */
export const BACKENDS: { name: string; databaseUrl: string | null }[] = [
  { name: 'pglite', databaseUrl: null },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'postgres', databaseUrl: process.env.TEST_DATABASE_URL }] : []),
];

export function start(backend: { databaseUrl: string | null }, options: TestServerOptions = {}): Promise<TestServer> {
  return startTestServer({ databaseUrl: backend.databaseUrl, ...options });
}

export const sha256 = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

export type Role = 'admin' | 'reviewer' | 'auditor' | 'reader';

/** POST with an explicit bearer secret (or none); returns status and body. */
export async function post(api: TestServer, body: unknown, secret?: string | null, headers: Record<string, string> = {}) {
  const res = await fetch(api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, json, text, headers: res.headers };
}

/** Runs a query as a role and fails loudly on GraphQL errors. */
export async function q<T = any>(api: TestServer, query: string, variables: Record<string, unknown> = {}, role: Role | null = 'admin'): Promise<T> {
  const r = await api.request<T>(query, variables, role);
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

export const AGENCY_ID = `query($slug: String!) { agency(slug: $slug) { id assessment { id } } }`;

export async function agencyIds(api: TestServer, slug: string): Promise<{ agency: string; assessment: string | null }> {
  const d = await q(api, AGENCY_ID, { slug });
  return { agency: d.agency.id, assessment: d.agency.assessment?.id ?? null };
}

export const SUBMIT = `mutation($input: SubmitEvidenceInput!) {
  submitEvidence(input: $input) {
    __typename
    ... on SubmitEvidencePayload { replayed evidence { id status itemIds htmlSha256 disagreements { item client server } serverChecks { items { id verdict } error } } }
    ... on ValidationError { message issues { path code message messageTh } }
    ... on NotFoundError { message path }
    ... on ConflictError { message path }
  }
}`;

export const REVIEW = `mutation($input: ReviewEvidenceInput!) {
  reviewEvidence(input: $input) {
    __typename
    ... on ReviewEvidencePayload { status review { id decision reason reviewer { name } } assessment { revision score { total level } items(status: PASS) { id source } } }
    ... on ValidationError { issues { path code message } }
    ... on NotFoundError { path }
  }
}`;

let counter = 0;
/** A valid submission for an item of an agency (an O5 contact page unless html is given). */
export function submission(agency: string, overrides: Record<string, unknown> = {}) {
  const html =
    (overrides.html as string | undefined) ??
    `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ติดต่อเรา</title></head><body><main><h1>ติดต่อเรา</h1>
<p>ที่อยู่ 123 ถนนศรีสุข ตำบลในเมือง อำเภอเมือง จังหวัดขอนแก่น 40000</p><p>โทรศัพท์ 0-4324-5678</p><p>โทรสาร 0-4324-5679</p>
<p>อีเมล <a href="mailto:saraban@example.go.th">saraban@example.go.th</a></p><iframe src="https://www.google.com/maps/embed?pb=x" title="แผนที่"></iframe></main></body></html>`;
  return {
    agency,
    items: ['O5'],
    url: 'https://www.example.go.th/contact',
    capturedAt: new Date(Date.now() - 60_000).toISOString(),
    html,
    htmlSha256: sha256(html),
    verdict: 'PASS',
    note: 'หน้าติดต่อเรา',
    idempotencyKey: `test-${process.pid}-${Date.now()}-${++counter}`,
    ...overrides,
  };
}

/** Rows of a raw SQL statement, whichever driver runs it. */
export async function rows<T>(api: TestServer, statement: string): Promise<T[]> {
  return ((await api.database.db.execute(statement)) as unknown as { rows: T[] }).rows;
}
