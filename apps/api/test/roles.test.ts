/** Every mutation for every role (and no token): each role does what it may, and nothing it may not. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFilePath } from '../src/seed/seed.js';
import type { TestServer } from '../src/test-support.js';
import { BACKENDS, REVIEW, SUBMIT, agencyIds, post, q, rows, start, submission } from './helpers.js';

type Who = 'anonymous' | 'reader' | 'auditor' | 'reviewer' | 'admin';
const WHO: Who[] = ['anonymous', 'reader', 'auditor', 'reviewer', 'admin'];

interface Case {
  mutation: string;
  allowed: Who[];
  /** The operation and its variables, made fresh for each attempt. */
  make(api: TestServer, ctx: Ctx): Promise<{ query: string; variables: Record<string, unknown> }>;
  success: string;
}

interface Ctx {
  agency: string;
  assessment: string;
}

const CASES: Case[] = [
  {
    mutation: 'submitEvidence',
    allowed: ['auditor', 'admin'],
    success: 'SubmitEvidencePayload',
    make: async (_api, c) => ({ query: SUBMIT, variables: { input: submission(c.agency) } }),
  },
  {
    mutation: 'reviewEvidence',
    allowed: ['reviewer', 'admin'],
    success: 'ReviewEvidencePayload',
    make: async (api, c) => {
      // Evidence by the second demo auditor, so that neither the reviewer nor the admin reviews their own.
      const ev = (await q(api, SUBMIT, { input: submission(c.agency) }, 'auditor')).submitEvidence.evidence;
      return { query: REVIEW, variables: { input: { evidence: ev.id, decision: 'ACCEPT' } } };
    },
  },
  {
    mutation: 'importAssessment',
    allowed: ['admin'],
    success: 'ImportAssessmentPayload',
    make: async () => ({
      query: `mutation($input: ImportAssessmentInput!) { importAssessment(input: $input) { __typename } }`,
      variables: { input: { text: readFileSync(seedFilePath(), 'utf8') } },
    }),
  },
  {
    mutation: 'publishAssessment',
    allowed: ['admin'],
    success: 'PublishAssessmentPayload',
    make: async (_api, c) => ({
      query: `mutation($id: ID!) { publishAssessment(id: $id, published: true) { __typename } }`,
      variables: { id: c.assessment },
    }),
  },
  {
    mutation: 'upsertAgency',
    allowed: ['admin'],
    success: 'UpsertAgencyPayload',
    make: async () => ({
      query: `mutation($input: AgencyInput!) { upsertAgency(input: $input) { __typename } }`,
      variables: { input: { slug: 'sao-test', nameTh: 'องค์การบริหารส่วนตำบลทดสอบ', type: 'SUBDISTRICT_ADMINISTRATION', province: 'ขอนแก่น', websites: ['https://www.test.go.th'] } },
    }),
  },
  {
    mutation: 'createApiToken',
    allowed: ['admin'],
    success: 'CreateApiTokenPayload',
    make: async () => ({
      query: `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename } }`,
      variables: { input: { user: 'ผู้ทดสอบ', role: 'READER' } },
    }),
  },
  {
    mutation: 'revokeApiToken',
    allowed: ['admin'],
    success: 'RevokeApiTokenPayload',
    make: async (api) => {
      const t = await q(api, `mutation { createApiToken(input: { user: "ผู้ถูกเพิกถอน", role: READER }) { ... on CreateApiTokenPayload { token { id } } } }`);
      return { query: `mutation($id: ID!) { revokeApiToken(id: $id) { __typename } }`, variables: { id: t.createApiToken.token.id } };
    },
  },
];

async function auditCount(api: TestServer): Promise<number> {
  return ((await rows<{ n: number }>(api, 'select count(*)::int as n from audit_log'))[0] as { n: number }).n;
}

describe.each(BACKENDS)('roles on $name', (backend) => {
  let api: TestServer;
  let ctx: Ctx;
  beforeAll(async () => {
    api = await start(backend, { seed: { agencies: 3, evidence: false } });
    const ids = await agencyIds(api, 'bueng-kan');
    ctx = { agency: ids.agency, assessment: ids.assessment as string };
  });
  afterAll(async () => api?.close());

  for (const c of CASES)
    for (const who of WHO) {
      const ok = c.allowed.includes(who);
      it(`${c.mutation} as ${who}: ${ok ? 'allowed' : 'refused, nothing changes'}`, async () => {
        const op = await c.make(api, ctx);
        const before = await auditCount(api);
        const r = await post(api, op, who === 'anonymous' ? null : api.tokens[who]);
        expect(r.status).toBe(200);
        if (ok) {
          expect(r.json.errors).toBeUndefined();
          expect(r.json.data[c.mutation].__typename).toBe(c.success);
          expect(await auditCount(api)).toBeGreaterThan(before);
        } else {
          expect(r.json.data?.[c.mutation] ?? null).toBeNull();
          expect(r.json.errors[0].extensions.code).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          expect(r.json.errors[0].message).toMatch(new RegExp(`Mutation\\.${c.mutation}`));
          expect(await auditCount(api)).toBe(before);
        }
      });
    }

  it('reads: evidence and users need a token, tokens need admin; published scores are public', async () => {
    const anon = await post(api, { query: '{ evidence { totalCount } }' });
    expect(anon.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const reader = await post(api, { query: '{ apiTokens { id } }' }, api.tokens.reader);
    expect(reader.json.errors[0].extensions.code).toBe('FORBIDDEN');
    const admin = await post(api, { query: '{ apiTokens { id role } }' }, api.tokens.admin);
    expect(admin.json.data.apiTokens.length).toBeGreaterThanOrEqual(4);
    const pub = await post(api, { query: '{ agency(slug: "bueng-kan") { assessment { official { totalDisplay } } } }' });
    expect(pub.json.data.agency.assessment.official.totalDisplay).toBe('99.60');
    const viewer = await post(api, { query: '{ viewer { authenticated role canSubmit canReview canAdminister } }' }, api.tokens.auditor);
    expect(viewer.json.data.viewer).toEqual({ authenticated: true, role: 'AUDITOR', canSubmit: true, canReview: false, canAdminister: false });
  });

  it('a token limited to agencies acts on those agencies only, and sees only their evidence', async () => {
    const other = await agencyIds(api, (await q(api, `{ agencies(first: 1, sort: NAME, search: "กรม") { edges { node { slug } } } }`)).agencies.edges[0].node.slug);
    const made = await q(api, `mutation($a: [ID!]) { createApiToken(input: { user: "ผู้ตรวจเฉพาะบึงกาฬ", role: AUDITOR, agencies: $a }) { ... on CreateApiTokenPayload { secret } } }`, { a: [ctx.agency] });
    const secret = made.createApiToken.secret;
    const mine = await post(api, { query: SUBMIT, variables: { input: submission(ctx.agency) } }, secret);
    expect(mine.json.data.submitEvidence.__typename).toBe('SubmitEvidencePayload');
    const theirs = await post(api, { query: SUBMIT, variables: { input: submission(other.agency) } }, secret);
    expect(theirs.json.errors[0].extensions.code).toBe('FORBIDDEN');
    await q(api, SUBMIT, { input: submission(other.agency) }, 'auditor');
    const seen = await post(api, { query: '{ evidence(first: 200) { edges { node { agency { id } } } } viewer { agencies { id } } }' }, secret);
    const agencies = new Set(seen.json.data.evidence.edges.map((e: any) => e.node.agency.id));
    expect([...agencies]).toEqual([ctx.agency]);
    expect(seen.json.data.viewer.agencies.map((a: any) => a.id)).toEqual([ctx.agency]);
    const adminLimited = await q(api, `mutation($a: [ID!]) { createApiToken(input: { user: "x", role: ADMIN, agencies: $a }) { __typename ... on ValidationError { issues { path } } } }`, { a: [ctx.agency] });
    expect(adminLimited.createApiToken.issues[0].path).toBe('input.agencies');
  });

  it('a revoked, unknown or malformed token is refused with 401, at once', async () => {
    const made = await q(api, `mutation { createApiToken(input: { user: "ชั่วคราว", role: READER }) { ... on CreateApiTokenPayload { secret token { id } } } }`);
    const { secret, token } = made.createApiToken;
    expect((await post(api, { query: '{ viewer { role } }' }, secret)).json.data.viewer.role).toBe('READER');
    await q(api, `mutation($id: ID!) { revokeApiToken(id: $id) { __typename } }`, { id: token.id });
    const after = await post(api, { query: '{ viewer { role } }' }, secret);
    expect(after.status).toBe(401);
    expect(after.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await post(api, { query: '{ viewer { role } }' }, 'oita_nottherealthing')).status).toBe(401);
    expect((await post(api, { query: '{ viewer { role } }' }, null, { authorization: 'Basic Zm9vOmJhcg==' })).status).toBe(401);
  });
});

describe('public read off', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await start({ databaseUrl: null }, { seed: { agencies: 1, evidence: false }, config: { publicRead: false } });
  });
  afterAll(async () => api?.close());

  it('anonymous requests read nothing but the frameworks and their own viewer', async () => {
    const r = await post(api, { query: '{ agencies { totalCount } }' });
    expect(r.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const v = await post(api, { query: '{ viewer { authenticated canReadPublished } frameworks { id } }' });
    expect(v.json.data).toEqual({ viewer: { authenticated: false, canReadPublished: false }, frameworks: [{ id: 'nacc-ita-2564' }] });
    const reader = await post(api, { query: '{ agencies { totalCount } }' }, api.tokens.reader);
    expect(reader.json.data.agencies.totalCount).toBe(2);
  });
});
