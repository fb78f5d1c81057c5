/**
 * The evidence flow through real HTTP: an auditor submits a capture, a reviewer judges it, the item's status
 * and the score follow; replays, conflicts and bad inputs change nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../src/test-support.js';
import { BACKENDS, REVIEW, SUBMIT, agencyIds, post, q, rows, sha256, start, submission } from './helpers.js';

const SCORE = `query($slug: String!) { agency(slug: $slug) { assessment { revision score { total level } items { id status source evidenceCount pendingCount acceptedCount } } } }`;
const COUNTS = `{ evidence(first: 1) { totalCount } }`;

describe.each(BACKENDS)('evidence on $name', (backend) => {
  let api: TestServer;
  /** A demo agency with failing items, O5 among them after the reset below. */
  let slug: string;
  let agency: string;

  beforeAll(async () => {
    api = await start(backend, { seed: { agencies: 6, evidence: false } });
  });
  afterAll(async () => api?.close());
  beforeEach(async () => {
    await api.reset({ agencies: 6, evidence: false });
    // Make O5 fail in a known agency: re-import its file with O5 = 0.
    const d = await q(api, `{ agencies(first: 10, sort: NAME) { edges { node { slug assessment { scoringInput } } } } }`);
    const node = d.agencies.edges.find((e: any) => e.node.slug !== 'bueng-kan').node;
    slug = node.slug;
    const file = { ...node.assessment.scoringInput, oit: { ...node.assessment.scoringInput.oit, O5: 0 } };
    const imp = await q(api, `mutation($input: ImportAssessmentInput!) { importAssessment(input: $input) { __typename ... on ValidationError { issues { path message } } } }`, { input: { file } });
    expect(imp.importAssessment.__typename).toBe('ImportAssessmentPayload');
    agency = (await agencyIds(api, slug)).agency;
  });

  it('submit as auditor → pending; accept as reviewer → the item passes and the score rises; reject later → it fails again', async () => {
    const before = await q(api, SCORE, { slug });
    const o5 = before.agency.assessment.items.find((i: any) => i.id === 'O5');
    expect(o5).toMatchObject({ status: 'FAIL', source: 'IMPORT', evidenceCount: 0 });

    const sub = await q(api, SUBMIT, { input: submission(agency) }, 'auditor');
    expect(sub.submitEvidence.__typename).toBe('SubmitEvidencePayload');
    expect(sub.submitEvidence.replayed).toBe(false);
    const ev = sub.submitEvidence.evidence;
    expect(ev.status).toBe('PENDING');
    expect(ev.serverChecks.items.map((i: any) => i.id)).toEqual(['O5']);

    const pending = await q(api, SCORE, { slug });
    expect(pending.agency.assessment.items.find((i: any) => i.id === 'O5')).toMatchObject({ status: 'FAIL', evidenceCount: 1, pendingCount: 1 });
    expect(pending.agency.assessment.score.total).toBeCloseTo(before.agency.assessment.score.total, 9);

    const acc = await q(api, REVIEW, { input: { evidence: ev.id, decision: 'ACCEPT' } }, 'reviewer');
    expect(acc.reviewEvidence.__typename).toBe('ReviewEvidencePayload');
    expect(acc.reviewEvidence.status).toBe('ACCEPTED');
    expect(acc.reviewEvidence.review.reviewer.name).toBe('สุดา รักษ์ธรรม');
    const after = await q(api, SCORE, { slug });
    const o5After = after.agency.assessment.items.find((i: any) => i.id === 'O5');
    expect(o5After).toMatchObject({ status: 'PASS', source: 'EVIDENCE', acceptedCount: 1, pendingCount: 0 });
    // O5 is one of nine 9.1 items: 100/9 of a sub-indicator, 1/5 of indicator 9, half of OIT, 40 % of the total.
    expect(after.agency.assessment.score.total - before.agency.assessment.score.total).toBeCloseTo((100 / 9 / 5 / 2) * 0.4, 9);
    expect(after.agency.assessment.revision).toBeGreaterThan(before.agency.assessment.revision);

    // The latest review wins.
    const rej = await q(api, REVIEW, { input: { evidence: ev.id, decision: 'REJECT', reason: 'ไม่มีแผนที่' } }, 'reviewer');
    expect(rej.reviewEvidence.status).toBe('REJECTED');
    const again = await q(api, SCORE, { slug });
    expect(again.agency.assessment.items.find((i: any) => i.id === 'O5')).toMatchObject({ status: 'FAIL', source: 'IMPORT' });
    expect(again.agency.assessment.score.total).toBeCloseTo(before.agency.assessment.score.total, 9);

    const history = await q(api, `query($id: ID!) { evidenceById(id: $id) { status reviews { decision reason } latestReview { decision } } }`, { id: ev.id }, 'reader');
    expect(history.evidenceById.reviews.map((r: any) => r.decision)).toEqual(['ACCEPT', 'REJECT']);
    expect(history.evidenceById.latestReview.decision).toBe('REJECT');
  });

  it('the dashboard and ranking follow a review (the cached summary is updated in the same transaction)', async () => {
    const list = `query($slug: String!) { agencies(search: $slug, basis: COMPUTED) { edges { node { slug assessment { score { total } } } } } }`;
    const before = (await q(api, list, { slug })).agencies.edges[0].node.assessment.score.total;
    const ev = (await q(api, SUBMIT, { input: submission(agency) }, 'auditor')).submitEvidence.evidence;
    await q(api, REVIEW, { input: { evidence: ev.id, decision: 'ACCEPT' } }, 'reviewer');
    const ranking = await q(api, `{ ranking(basis: COMPUTED, first: 50) { edges { node { total agency { slug } } } } }`);
    const entry = ranking.ranking.edges.find((e: any) => e.node.agency.slug === slug);
    const after = (await q(api, list, { slug })).agencies.edges[0].node.assessment.score.total;
    expect(after).toBeGreaterThan(before);
    expect(entry.node.total).toBeCloseTo(Math.round(after * 100) / 100, 9);
  });

  it('a replay with the same idempotency key returns the original evidence, never a duplicate', async () => {
    const input = submission(agency);
    const [a, b] = await Promise.all([q(api, SUBMIT, { input }, 'auditor'), q(api, SUBMIT, { input }, 'auditor')]);
    const c = await q(api, SUBMIT, { input }, 'auditor');
    const ids = new Set([a, b, c].map((r) => r.submitEvidence.evidence.id));
    expect(ids.size).toBe(1);
    expect([a, b, c].filter((r) => r.submitEvidence.replayed).length).toBe(2);
    expect((await q(api, COUNTS)).evidence.totalCount).toBe(1);
  });

  it('the same key with a different capture is a conflict', async () => {
    const input = submission(agency);
    await q(api, SUBMIT, { input }, 'auditor');
    const html = `${input.html}<!-- changed -->`;
    const r = await q(api, SUBMIT, { input: { ...input, html, htmlSha256: sha256(html) } }, 'auditor');
    expect(r.submitEvidence).toMatchObject({ __typename: 'ConflictError', path: 'input.idempotencyKey' });
  });

  it('bad inputs get errors naming the field, and change nothing', async () => {
    const audit = async () => (await rows<{ n: number }>(api, 'select count(*)::int as n from audit_log'))[0] as { n: number };
    const before = await audit();
    const big = 'ก'.repeat(Math.ceil((5 * 1024 * 1024) / 3) + 10); // Thai letters are 3 bytes in UTF-8
    const cases: [Record<string, unknown>, string, string][] = [
      [{ htmlSha256: sha256('something else') }, 'input.htmlSha256', 'hash-mismatch'],
      [{ htmlSha256: 'xyz' }, 'input.htmlSha256', 'invalid'],
      [{ items: ['O5', 'O99'] }, 'input.items.1', 'unknown-id'],
      [{ items: [] }, 'input.items', 'invalid'],
      [{ url: 'javascript:alert(1)' }, 'input.url', 'invalid'],
      [{ url: 'file:///etc/passwd' }, 'input.url', 'invalid'],
      [{ capturedAt: new Date(Date.now() + 86_400_000).toISOString() }, 'input.capturedAt', 'invalid'],
      [{ idempotencyKey: 'short' }, 'input.idempotencyKey', 'invalid'],
      [{ html: big, htmlSha256: sha256(big) }, 'input.html', 'too-large'],
      [{ agency: 'QWdlbmN5Om5vcGU=' }, 'input.agency', 'invalid-id'],
      [{ framework: 'nacc-ita-1999' }, 'input.framework', 'unknown-framework'],
    ];
    for (const [override, path, code] of cases) {
      const r = await q(api, SUBMIT, { input: submission(agency, override) }, 'auditor');
      expect(r.submitEvidence.__typename, JSON.stringify(override).slice(0, 80)).toBe('ValidationError');
      expect(r.submitEvidence.issues.map((i: any) => [i.path, i.code])).toContainEqual([path, code]);
      for (const i of r.submitEvidence.issues) expect(i.messageTh.length).toBeGreaterThan(0);
    }
    const unknownAgency = await q(api, SUBMIT, { input: submission(Buffer.from('Agency:00000000-0000-4000-8000-000000000000').toString('base64')) }, 'auditor');
    expect(unknownAgency.submitEvidence).toMatchObject({ __typename: 'NotFoundError', path: 'input.agency' });
    expect((await q(api, COUNTS)).evidence.totalCount).toBe(0);
    expect((await audit()).n).toBe(before.n);
  });

  it('accepts a capture just under 5 MB and re-checks it (in the worker thread)', async () => {
    const row = '<tr><td>สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน มกราคม พ.ศ. 2564</td><td><a href="/d.pdf">ดาวน์โหลด</a></td></tr>';
    const head = '<html><head><meta charset="utf-8"><title>ติดต่อเรา</title></head><body><main><h1>ติดต่อเรา</h1><table>';
    const rows = Math.floor((5 * 1024 * 1024 - 2000) / Buffer.byteLength(row));
    const html = `${head}${row.repeat(rows)}</table></main></body></html>`;
    expect(Buffer.byteLength(html)).toBeGreaterThan(5 * 1024 * 1024 - 2200);
    const r = await q(api, SUBMIT, { input: submission(agency, { html, htmlSha256: sha256(html) }) }, 'auditor');
    expect(r.submitEvidence.__typename).toBe('SubmitEvidencePayload');
    expect(r.submitEvidence.evidence.serverChecks.error).toBeNull();
    expect(r.submitEvidence.evidence.serverChecks.items.map((i: any) => i.id)).toEqual(['O5']);
  });

  it('a reason is required to reject or request changes; auditors cannot review their own evidence', async () => {
    const ev = (await q(api, SUBMIT, { input: submission(agency) }, 'admin')).submitEvidence.evidence;
    const noReason = await q(api, REVIEW, { input: { evidence: ev.id, decision: 'REJECT' } }, 'reviewer');
    expect(noReason.reviewEvidence.issues).toContainEqual(expect.objectContaining({ path: 'input.reason', code: 'required' }));
    const own = await q(api, REVIEW, { input: { evidence: ev.id, decision: 'ACCEPT' } }, 'admin');
    expect(own.reviewEvidence.issues).toContainEqual(expect.objectContaining({ path: 'input.evidence', code: 'own-evidence' }));
    const changes = await q(api, REVIEW, { input: { evidence: ev.id, decision: 'REQUEST_CHANGES', reason: 'บันทึกใหม่ทั้งหน้า' } }, 'reviewer');
    expect(changes.reviewEvidence.status).toBe('CHANGES_REQUESTED');
  });

  it('the server re-checks the capture and flags items where the client disagrees', async () => {
    const html = '<html><head><meta charset="utf-8"><title>ข่าว</title></head><body><h1>ข่าวประชาสัมพันธ์</h1><p>ไม่มีข้อมูลติดต่อ</p></body></html>';
    const clientChecks = { url: 'https://www.example.go.th/contact', framework: 'nacc-ita-2564', fiscalYears: [], items: [{ id: 'O5', applies: true, verdict: 'PASS', criteria: [{ id: 'address', met: true }], missing: [] }] };
    const r = await q(api, SUBMIT, { input: submission(agency, { html, htmlSha256: sha256(html), clientChecks }) }, 'auditor');
    const ev = r.submitEvidence.evidence;
    expect(ev.serverChecks.items[0].verdict).not.toBe('PASS');
    expect(ev.disagreements).toEqual([{ item: 'O5', client: 'PASS', server: ev.serverChecks.items[0].verdict }]);
    const queue = await q(api, `{ evidence(filter: { disagreement: true }) { totalCount } }`, {}, 'reviewer');
    expect(queue.evidence.totalCount).toBe(1);
  });

  it('the captured page is served from a signed URL in a sandbox without scripts; the screenshot by multipart upload', async () => {
    const html = '<html><head><script>window.parent.postMessage("pwned", "*")</script></head><body><h1>ติดต่อเรา</h1></body></html>';
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);
    const input = submission(agency, { html, htmlSha256: sha256(html), screenshot: null });
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: SUBMIT, variables: { input } }));
    form.append('map', JSON.stringify({ 0: ['variables.input.screenshot'] }));
    form.append('0', new Blob([png], { type: 'image/png' }), 'shot.png');
    const res = await fetch(api.graphqlUrl, { method: 'POST', headers: { authorization: `Bearer ${api.tokens.auditor}`, 'graphql-require-preflight': '1' }, body: form });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    const id = body.data.submitEvidence.evidence.id;
    const detail = await q(api, `query($id: ID!) { evidenceById(id: $id) { html captureUrl screenshotUrl screenshotSha256 screenshotType } }`, { id }, 'reviewer');
    const e = detail.evidenceById;
    expect(e.html).toBe(html);
    expect(e.screenshotSha256).toBe(sha256(png));
    const page = await fetch(e.captureUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/^sandbox;/);
    expect(page.headers.get('content-security-policy')).not.toMatch(/allow-scripts/);
    expect(await page.text()).toBe(html);
    const shot = await fetch(e.screenshotUrl);
    expect(shot.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await shot.arrayBuffer()).equals(png)).toBe(true);
    const forged = new URL(e.captureUrl);
    forged.searchParams.set('exp', String(Number(forged.searchParams.get('exp')) + 60));
    expect((await fetch(forged)).status).toBe(403);

    // Not an image, and too large: refused with the field named.
    for (const [blob, code] of [
      [new Blob(['<svg onload=alert(1)>'], { type: 'image/png' }), 'invalid'],
      [new Blob([Buffer.concat([png, Buffer.alloc(3 * 1024 * 1024)])], { type: 'image/png' }), 'too-large'],
    ] as const) {
      const f = new FormData();
      f.append('operations', JSON.stringify({ query: SUBMIT, variables: { input: { ...input, idempotencyKey: `${input.idempotencyKey}-${code}`, screenshot: null } } }));
      f.append('map', JSON.stringify({ 0: ['variables.input.screenshot'] }));
      f.append('0', blob, 'x.png');
      const r = (await (await fetch(api.graphqlUrl, { method: 'POST', headers: { authorization: `Bearer ${api.tokens.auditor}`, 'graphql-require-preflight': '1' }, body: f })).json()) as any;
      expect(r.data.submitEvidence.__typename).toBe('ValidationError');
      expect(r.data.submitEvidence.issues[0]).toMatchObject({ path: 'input.screenshot', code });
    }
  });

  it('evidence rows are append-only in the database itself', async () => {
    const ev = (await q(api, SUBMIT, { input: submission(agency) }, 'auditor')).submitEvidence.evidence;
    const raw = Buffer.from(ev.id, 'base64').toString().split(':')[1];
    const refused = async (statement: string) => {
      try {
        await api.database.db.execute(statement);
        return 'allowed';
      } catch (e) {
        return String((e as { cause?: Error }).cause?.message ?? (e as Error).message);
      }
    };
    expect(await refused(`update evidence set url = 'https://evil.example' where id = '${raw}'`)).toMatch(/evidence is append-only \(UPDATE refused\)/);
    expect(await refused(`update audit_log set actor = 'x'`)).toMatch(/audit_log is append-only/);
    expect(await refused(`delete from captures`)).toMatch(/captures is append-only \(DELETE refused\)/);
    expect(await refused(`delete from evidence`)).toMatch(/append-only/);
  });

  it('the review queue pages by cursor with filters', async () => {
    for (let k = 0; k < 7; k++) await q(api, SUBMIT, { input: submission(agency, k % 2 ? { items: ['O1'] } : {}) }, k % 3 ? 'auditor' : 'admin');
    const users = await q(api, `{ users { id name } }`, {}, 'reader');
    const auditorId = users.users.find((u: any) => u.name === 'สมชาย ใจดี').id;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await q(api, `query($after: String) { evidence(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after }, 'reviewer');
      seen.push(...page.evidence.edges.map((e: any) => e.node.id));
      expect(page.evidence.totalCount).toBe(7);
      if (!page.evidence.pageInfo.hasNextPage) break;
      after = page.evidence.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(7);
    const o1 = await q(api, `{ evidence(filter: { items: ["O1"] }) { totalCount } }`, {}, 'reviewer');
    expect(o1.evidence.totalCount).toBe(3);
    const mine = await q(api, `query($a: [ID!]) { evidence(filter: { auditors: $a, status: [PENDING] }) { totalCount edges { node { auditor { name } } } } }`, { a: [auditorId] }, 'reviewer');
    expect(mine.evidence.totalCount).toBe(4);
    expect(new Set(mine.evidence.edges.map((e: any) => e.node.auditor.name))).toEqual(new Set(['สมชาย ใจดี']));
    const newest = await q(api, `{ evidence(first: 2, order: NEWEST_FIRST) { edges { node { id } } } }`, {}, 'reviewer');
    expect(newest.evidence.edges[0].node.id).toBe(seen[seen.length - 1]);
    const bad = await post(api, { query: '{ evidence(after: "bm9wZQ") { totalCount } }' }, api.tokens.reviewer);
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
