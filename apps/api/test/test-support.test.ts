/** startTestServer() as the web UI's and the extension's end-to-end tests use it: known tokens, down and back up. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../src/test-support.js';
import { SUBMIT, agencyIds, q, submission } from './helpers.js';

describe('startTestServer', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ seed: { agencies: 2 } });
  });
  afterAll(async () => api?.close());

  it('gives a real API on 127.0.0.1 with a token per role and the demo data', async () => {
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Object.keys(api.tokens).sort()).toEqual(['admin', 'auditor', 'reader', 'reviewer']);
    const r = await api.request<{ viewer: { role: string } }>('{ viewer { role } }', {}, 'reviewer');
    expect(r.data?.viewer.role).toBe('REVIEWER');
    expect(api.seeded?.buengKan).toEqual({ official: 99.6, computed: 99.61, level: 'AA' });
  });

  it('stop() takes the API down and restart() brings it back on the same port with the same data', async () => {
    const { agency } = await agencyIds(api, 'bueng-kan');
    const ev = (await q(api, SUBMIT, { input: submission(agency) }, 'auditor')).submitEvidence.evidence;
    const url = api.url;
    await api.stop();
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    await api.restart();
    expect(api.url).toBe(url);
    const again = await q(api, `query($id: ID!) { evidenceById(id: $id) { id status } }`, { id: ev.id }, 'reviewer');
    expect(again.evidenceById).toEqual({ id: ev.id, status: 'PENDING' });
  });
});
