/** importAssessment: a good file becomes an assessment; a bad one gets every problem by its path and changes nothing. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedFilePath } from '../src/seed/seed.js';
import type { TestServer } from '../src/test-support.js';
import { BACKENDS, q, start } from './helpers.js';

const IMPORT = `mutation($input: ImportAssessmentInput!) {
  importAssessment(input: $input) {
    __typename
    ... on ImportAssessmentPayload { agencyCreated agency { slug type province } assessment { published official { totalDisplay } score { totalDisplay level } } warnings { path code } }
    ... on ValidationError { issues { path code message messageTh severity } }
    ... on NotFoundError { path }
  }
}`;

const seedFile = () => JSON.parse(readFileSync(seedFilePath(), 'utf8'));

describe.each(BACKENDS)('importAssessment on $name', (backend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await start(backend, { seed: { agencies: 0, evidence: false } });
  });
  afterAll(async () => api?.close());
  beforeEach(async () => api.reset({ agencies: 0, evidence: false }));

  const count = async () => (await q(api, `{ agencies { totalCount } }`)).agencies.totalCount;

  it('creates a new agency from the file, with the official figures beside the computed score', async () => {
    const file = { ...seedFile(), agency: { id: 'trat-test', name: { th: 'จังหวัดตราด', en: 'Trat Province' }, type: 'จังหวัด', province: 'ตราด' }, reported: { total: 81.45, level: 'B' } };
    const r = await q(api, IMPORT, { input: { file, publish: false } });
    expect(r.importAssessment).toMatchObject({
      __typename: 'ImportAssessmentPayload',
      agencyCreated: true,
      agency: { slug: 'trat-test', type: 'PROVINCE', province: 'ตราด' },
      assessment: { published: false, official: { totalDisplay: '81.45' }, score: { totalDisplay: '99.61', level: 'AA' } },
    });
    // Unpublished: anonymous readers do not see it.
    const anon = await api.request(`{ agency(slug: "trat-test") { assessment { id } } }`);
    expect((anon.data as any).agency.assessment).toBeNull();
  });

  it('the seed as printed (i27 shares summing to 104.44 %) is refused naming file.iit.i27; nothing is stored', async () => {
    const file = seedFile();
    file.agency.id = 'bk-as-printed';
    file.iit.i27 = [0, 4.44, 0, 100];
    const before = await count();
    const r = await q(api, IMPORT, { input: { file } });
    expect(r.importAssessment.__typename).toBe('ValidationError');
    expect(r.importAssessment.issues).toContainEqual(expect.objectContaining({ path: 'file.iit.i27', code: 'shares-sum', severity: 'ERROR' }));
    expect(r.importAssessment.issues[0].messageTh).toMatch(/104\.44/);
    expect(await count()).toBe(before);
  });

  it('names every problem of a malformed file by its path', async () => {
    const file = seedFile();
    file.agency.id = 'bad';
    file.iit.i99 = [0, 0, 0, 100];
    file.eit.e2 = [0, 100];
    file.oit.O77 = 100;
    file.reported.total = 140;
    delete file.iit.i3;
    const r = await q(api, IMPORT, { input: { file } });
    const paths = r.importAssessment.issues.map((i: any) => `${i.path} ${i.code}`);
    expect(paths).toEqual(
      expect.arrayContaining(['file.iit.i99 unknown-id', 'file.eit.e2 option-count', 'file.oit.O77 unknown-id', 'file.reported.total out-of-range', 'file.iit.i3 missing-question']),
    );
  });

  it('text that is not JSON, a file that is not an object, an unknown framework, an unknown agency type', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ text: '{"framework": "nacc-ita-2564",' }, 'input.text', 'invalid-json'],
      [{ file: [1, 2, 3] }, 'file', 'invalid'],
      [{ file: { ...seedFile(), framework: 'nacc-ita-1999' } }, 'file.framework', 'unknown-framework'],
      [{ file: { ...seedFile(), agency: { id: 'x-new', name: 'หน่วยงานใหม่', type: 'spaceship' } } }, 'file.agency.type', 'invalid'],
      [{ file: { ...seedFile(), agency: { name: 'ไม่มีรหัส' } } }, 'file.agency.id', 'invalid'],
      [{ text: 'null', file: { a: 1 } }, 'input', 'invalid'],
      [{}, 'input.file', 'required'],
    ];
    for (const [input, path, code] of cases) {
      const r = await q(api, IMPORT, { input });
      expect(r.importAssessment.__typename, JSON.stringify(input).slice(0, 60)).toBe('ValidationError');
      expect(r.importAssessment.issues.map((i: any) => [i.path, i.code]), JSON.stringify(input).slice(0, 60)).toContainEqual([path, code]);
    }
    expect(await count()).toBe(1);
  });

  it('re-importing replaces the import and keeps the evidence; a partial item list counts the rest as 0 with warnings', async () => {
    const file = seedFile();
    const partial = { ...file, oit: { O1: 100, O2: 100 } };
    const r = await q(api, IMPORT, { input: { file: partial } });
    expect(r.importAssessment.__typename).toBe('ImportAssessmentPayload');
    expect(r.importAssessment.agencyCreated).toBe(false);
    expect(r.importAssessment.warnings.filter((w: any) => w.code === 'missing-item')).toHaveLength(41);
    expect(Number(r.importAssessment.assessment.score.totalDisplay)).toBeLessThan(70);
  });
});
