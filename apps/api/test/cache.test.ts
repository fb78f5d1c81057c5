/** The response cache: per token, never stale after a write through the API, and a write elsewhere shows within 200 ms. */
import { readFileSync } from 'node:fs';
import { importAssessment, system } from '@openita/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFilePath } from '../src/seed/seed.js';
import type { TestServer } from '../src/test-support.js';
import { BACKENDS, post, start } from './helpers.js';

const SCORE = { query: '{ agency(slug: "bueng-kan") { assessment { revision score { totalDisplay } } } }' };

describe.each(BACKENDS)('response cache on $name', (backend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await start(backend, { seed: { agencies: 1, evidence: false } });
  });
  afterAll(async () => api?.close());

  it('serves repeated queries from the cache, separately for each token', async () => {
    const hits = api.server.responses.hits;
    const a = await post(api, { query: '{ viewer { role } }' }, api.tokens.reader);
    const b = await post(api, { query: '{ viewer { role } }' }, api.tokens.reader);
    const c = await post(api, { query: '{ viewer { role } }' }, api.tokens.auditor);
    expect(a.json.data.viewer.role).toBe('READER');
    expect(b.json.data.viewer.role).toBe('READER');
    expect(c.json.data.viewer.role).toBe('AUDITOR');
    expect(api.server.responses.hits).toBe(hits + 1);
    const gz = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${api.tokens.reader}`, 'accept-encoding': 'gzip' }, body: JSON.stringify(SCORE) });
    expect(((await gz.json()) as any).data.agency.assessment.score.totalDisplay).toBe('99.61');
  });

  it('a write through the API is seen by the very next query', async () => {
    const before = await post(api, SCORE, api.tokens.reader);
    expect(before.json.data.agency.assessment.score.totalDisplay).toBe('99.61');
    const file = JSON.parse(readFileSync(seedFilePath(), 'utf8'));
    file.oit.O1 = 0;
    const imp = await post(api, { query: 'mutation($input: ImportAssessmentInput!) { importAssessment(input: $input) { __typename } }', variables: { input: { file } } }, api.tokens.admin);
    expect(imp.json.data.importAssessment.__typename).toBe('ImportAssessmentPayload');
    const after = await post(api, SCORE, api.tokens.reader);
    expect(after.json.data.agency.assessment.score.totalDisplay).not.toBe('99.61');
    expect(after.json.data.agency.assessment.revision).toBeGreaterThan(before.json.data.agency.assessment.revision);
  });

  it('a write by another process (straight to the database) shows within 200 ms', async () => {
    const before = (await post(api, SCORE, api.tokens.reader)).json.data.agency.assessment.score.totalDisplay;
    const file = JSON.parse(readFileSync(seedFilePath(), 'utf8'));
    await importAssessment(api.database.db, system('another process'), { file });
    await new Promise((r) => setTimeout(r, 250));
    const after = (await post(api, SCORE, api.tokens.reader)).json.data.agency.assessment.score.totalDisplay;
    expect(after).toBe('99.61');
    expect(after).not.toBe(before);
  });
});
