/**
 * The read side as the web UI and other systems use it, through real HTTP: the seed agency's official and
 * computed results, every level of the score, the dashboard's filters and distribution, rankings, and every
 * typed document of @openita/schema/client executed as shipped (within the server's query limits).
 */
import {
  AgenciesDocument,
  AgencyByOriginDocument,
  AgencyScorecardDocument,
  ApiTokensDocument,
  AssessmentAnalysisDocument,
  AssessmentItemsDocument,
  AuditorsDocument,
  EvidenceDetailDocument,
  FilterOptionsDocument,
  FrameworkDocument,
  RankingDocument,
  ReviewQueueDocument,
  SearchAgenciesDocument,
  ViewerDocument,
} from '@openita/schema/client';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../src/test-support.js';
import { BACKENDS, post, q, start } from './helpers.js';

describe.each(BACKENDS)('queries on $name', (backend) => {
  let api: TestServer;
  beforeAll(async () => {
    api = await start(backend);
  });
  afterAll(async () => api?.close());

  it('Bueng Kan: official 99.60 AA beside the computed 99.61 AA, with the discrepancies reconciled', async () => {
    const d = await q(api, print(AgencyScorecardDocument), { slug: 'bueng-kan' }, null);
    const a = d.agency.assessment;
    expect(d.agency.name).toEqual({ th: 'จังหวัดบึงกาฬ', en: 'Bueng Kan Province' });
    expect(a.official).toMatchObject({ totalDisplay: '99.60', level: 'AA', rank: 1, rankGroup: 'province' });
    expect(a.score).toMatchObject({ totalDisplay: '99.61', level: 'AA', pass: true, passMark: 85 });
    expect(a.score.discrepancies.map((x: any) => [x.path, x.computed, x.reported])).toEqual([
      ['total', '99.61', '99.60'],
      ['instruments.EIT', '98.96', '98.94'],
      ['indicators.6', '98.66', '98.61'],
    ]);
    const ind6 = a.score.indicators.find((i: any) => i.number === 6);
    expect(ind6.reported).toBe(98.61);
    expect(ind6.score).toBeCloseTo(98.661, 3);
    expect(ind6.indicator.name.th).toBe('คุณภาพการดำเนินงาน');
    const e1 = ind6.questions.find((x: any) => x.id === 'e1');
    expect(e1.answers[0].shares.map((s: any) => s.percent.toFixed(2))).toEqual(expect.arrayContaining(['96.93']));
    expect(a.score.instruments.map((i: any) => i.id)).toEqual(['IIT', 'EIT', 'OIT']);
    expect(a.score.subIndicators.map((s: any) => s.id)).toEqual(['9.1', '9.2', '9.3', '9.4', '9.5', '10.1', '10.2']);
    expect(a.score.subIndicators.flatMap((s: any) => s.items).length).toBe(43);
    expect(a.items.every((i: any) => i.status === 'PASS' && i.source === 'IMPORT')).toBe(true);
    expect(a.whatIf).toHaveLength(43);
    expect(a.whatIf.find((w: any) => w.id === 'O42').risk).toBeCloseTo(5, 9);
    expect(a.rank).toEqual({ rank: 1, of: expect.any(Number) });
    expect((a.scoringInput as any).framework).toBe('nacc-ita-2564');
    // e12: 98.515 prints 98.52 (half up) — the report keeps it unrounded.
    const e12 = a.score.indicators.flatMap((i: any) => i.questions).find((x: any) => x.id === 'e12');
    expect(e12.score).toBeCloseTo(98.515, 9);
  });

  it('the analysis report of Bueng Kan, from packages/scoring, as JSON (weakest: indicator 6)', async () => {
    const d = await q(api, print(AssessmentAnalysisDocument), { slug: 'bueng-kan' }, null);
    const a = d.agency.assessment.analysis as Record<string, unknown>;
    expect(a).toBeTruthy();
    const text = JSON.stringify(a);
    expect(text).toContain('คุณภาพการดำเนินงาน');
    expect(text).toContain('AA');
    expect(Object.keys(a)).toEqual(expect.arrayContaining(['overview', 'weaknesses', 'strengths', 'standing', 'recommendations']));
  });

  it('the dashboard: Thai and English search, type and level filters, score sort, the level distribution', async () => {
    const all = await q(api, print(AgenciesDocument), { first: 100 }, null);
    expect(all.agencies.totalCount).toBe(49);
    const totals = all.agencies.edges.map((e: any) => e.node.assessment.official?.total ?? e.node.assessment.score.total);
    expect(totals.every((t: number, k: number) => k === 0 || Math.round(totals[k - 1] * 100) >= Math.round(t * 100))).toBe(true);
    expect(all.agencies.levels.reduce((s: number, l: any) => s + l.count, 0)).toBe(49);
    expect(new Set(all.agencies.levels.map((l: any) => l.level)).size).toBeGreaterThanOrEqual(4);
    const th = await q(api, print(AgenciesDocument), { search: 'บึงกาฬ' }, null);
    expect(th.agencies.edges.map((e: any) => e.node.slug)).toEqual(['bueng-kan']);
    const en = await q(api, print(AgenciesDocument), { search: 'bueng' }, null);
    expect(en.agencies.totalCount).toBe(1);
    const provinces = await q(api, print(AgenciesDocument), { types: ['PROVINCE'], sort: 'NAME' }, null);
    expect(provinces.agencies.edges.every((e: any) => e.node.type === 'PROVINCE')).toBe(true);
    const aa = await q(api, print(AgenciesDocument), { levels: ['AA'] }, null);
    expect(aa.agencies.totalCount).toBe(all.agencies.levels.find((l: any) => l.level === 'AA').count);
    const page2 = await q(api, print(AgenciesDocument), { first: 10, after: all.agencies.edges[9].cursor }, null);
    expect(page2.agencies.edges[0].node.id).toBe(all.agencies.edges[10].node.id);
    const opts = await q(api, print(FilterOptionsDocument), {}, null);
    expect(opts.provinces).toContain('บึงกาฬ');
    expect(opts.framework.levels.map((l: any) => l.level)).toEqual(['AA', 'A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('ranking within a type, and the extension finds an agency by its origin', async () => {
    const r = await q(api, print(RankingDocument), { type: 'PROVINCE' }, null);
    const ranks = r.ranking.edges.map((e: any) => e.node.rank);
    expect(ranks[0]).toBe(1);
    expect(ranks.every((x: number, k: number) => k === 0 || x >= ranks[k - 1])).toBe(true);
    expect(r.ranking.edges[0].node.agency.slug).toBe('bueng-kan');
    for (const origin of ['https://www.buengkan.go.th', 'https://buengkan.go.th', 'http://www.buengkan.go.th/some/page']) {
      const o = await q(api, print(AgencyByOriginDocument), { origin }, null);
      expect(o.agencyByOrigin?.slug, origin).toBe('bueng-kan');
    }
    expect((await q(api, print(AgencyByOriginDocument), { origin: 'https://www.example.com' }, null)).agencyByOrigin).toBeNull();
  });

  it('every client document runs as shipped, for the role that uses it', async () => {
    const ids = await q(api, `{ agency(slug: "bueng-kan") { id } evidence(first: 1) { edges { node { id } } } }`, {}, 'reviewer');
    const runs: [unknown, Record<string, unknown>, 'reviewer' | 'admin' | 'auditor' | null][] = [
      [ViewerDocument, {}, 'reviewer'],
      [FilterOptionsDocument, {}, null],
      [FrameworkDocument, {}, null],
      [SearchAgenciesDocument, { search: 'จังหวัด' }, 'auditor'],
      [AssessmentItemsDocument, { agency: ids.agency.id }, 'auditor'],
      [ReviewQueueDocument, { filter: { status: ['PENDING'] } }, 'reviewer'],
      [EvidenceDetailDocument, { id: ids.evidence.edges[0].node.id, withHtml: true }, 'reviewer'],
      [AuditorsDocument, {}, 'reviewer'],
      [ApiTokensDocument, {}, 'admin'],
    ];
    for (const [doc, variables, role] of runs) {
      const r = await post(api, { query: print(doc as never), variables }, role ? api.tokens[role] : null);
      expect(r.json.errors, print(doc as never).slice(0, 60)).toBeUndefined();
    }
    const detail = await q(api, print(EvidenceDetailDocument), { id: ids.evidence.edges[0].node.id, withHtml: true }, 'reviewer');
    expect(detail.evidenceById.html.length).toBeGreaterThan(100);
    expect(detail.evidenceById.serverChecks.items.length).toBe(1);
  });

  it('node(id) resolves every kind of object, and hides what the viewer may not see', async () => {
    const ids = await q(api, `{ agency(slug: "bueng-kan") { id assessment { id } } evidence(first: 1) { edges { node { id reviews { id } } } } }`, {}, 'reviewer');
    const n = await q(api, `query($a: ID!, $b: ID!) { a: node(id: $a) { __typename id } b: node(id: $b) { __typename id } }`, { a: ids.agency.id, b: ids.agency.assessment.id }, null);
    expect(n).toEqual({ a: { __typename: 'Agency', id: ids.agency.id }, b: { __typename: 'Assessment', id: ids.agency.assessment.id } });
    const query = `query($id: ID!) { node(id: $id) { id ... on Evidence { url html } } }`;
    const variables = { id: ids.evidence.edges[0].node.id };
    const anon = await post(api, { query, variables });
    expect(anon.json.data.node).toBeNull();
    expect(anon.text).not.toContain('html');
    const reviewer = await post(api, { query, variables }, api.tokens.reviewer);
    expect(reviewer.json.data.node.url).toMatch(/^https:\/\//);
  });
});
