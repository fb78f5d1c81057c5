/**
 * Evidence: one capture of an agency's page, for one or more OIT items. Immutable once submitted; reviews
 * are appended and the latest decides its status. The server re-runs the OIT checks on the captured HTML
 * and stores its result beside the client's, flagging each item where they disagree.
 */
import { canonicalId, checkHtml, getFramework, type PageCheckReport } from '@openita/scoring';
import { and, arrayOverlaps, asc, desc, eq, gt, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import {
  agencies,
  assessments,
  captures,
  evidence,
  evidenceState,
  reviews,
  type StoredDisagreement,
  type StoredPageCheck,
} from '../db/tables.js';
import { bumpRevision, lockAssessment, refreshScore } from './assessments.js';
import { appendAudit, sha256Hex } from './audit.js';
import { ConflictError, ForbiddenError, type Issue, issueOf, NotFoundError, ValidationError } from './errors.js';
import type { AssessmentRow } from './score-cache.js';
import { agencyAllowed, type Viewer } from './viewer.js';

export const MAX_HTML_BYTES = 5 * 1024 * 1024;
export const MAX_SCREENSHOT_BYTES = 3 * 1024 * 1024;
export const VERDICTS = ['pass', 'fail', 'needs-review', 'not-applicable'] as const;
export const DECISIONS = ['accept', 'reject', 'request-changes'] as const;
export type Decision = (typeof DECISIONS)[number];
const STATUS_OF: Record<Decision, string> = { accept: 'accepted', reject: 'rejected', 'request-changes': 'changes-requested' };

export type EvidenceRow = typeof evidence.$inferSelect;
export type ReviewRow = typeof reviews.$inferSelect;

/**
 * The function that re-checks a capture: packages/scoring's checkHtml, in process by default; the server runs it in
 * a worker thread (a 5 MB page takes most of a second to check), and tests may inject their own.
 */
export type Checker = (
  html: string,
  url: string,
  options: { framework: string; items: string[]; siteOrigins: string[]; force: boolean },
) => PageCheckReport | Promise<PageCheckReport>;

export const defaultChecker: Checker = (html, url, o) =>
  checkHtml(html, url, { framework: o.framework, items: o.items, siteOrigins: o.siteOrigins, force: o.force });

/** A checkHtml() report as stored beside an evidence (plain JSON, item verdicts as packages/scoring names them). */
export function toStoredCheck(r: PageCheckReport): StoredPageCheck {
  return {
    url: r.url,
    framework: r.framework,
    fiscalYears: [...r.fiscalYears],
    items: r.items.map((i) => ({
      id: i.id,
      applies: i.applies,
      confidence: i.confidence,
      verdict: i.verdict,
      criteria: i.criteria.map((c) => ({ id: c.id, label: c.label, met: c.met, evidence: c.evidence, ...(c.note ? { note: c.note } : {}) })),
      missing: [...i.missing],
      reasons: [...i.reasons],
    })),
  };
}

export interface SubmitInput {
  agencyId: string;
  framework: string;
  items: string[];
  url: string;
  capturedAt: Date;
  html: string;
  htmlSha256: string;
  screenshot?: { bytes: Uint8Array; type: string } | null;
  verdict: string;
  note?: string | null;
  forced?: boolean | null;
  clientChecks?: StoredPageCheck | null;
  idempotencyKey: string;
}

const SCREENSHOT_TYPES: Record<string, (b: Uint8Array) => boolean> = {
  'image/png': (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) => b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45,
};

function validateSubmit(input: SubmitInput): { items: string[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const fw = getFramework(input.framework);
  const known = new Set(fw.items.map((i) => i.id));
  const items: string[] = [];
  if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]{7,199}$/.test(input.idempotencyKey))
    issues.push(issueOf('input.idempotencyKey', 'invalid', 'an idempotency key of 8–200 letters, digits, _ . : - (a UUID)', 'ต้องมีคีย์กันส่งซ้ำ 8–200 ตัวอักษร (เช่น UUID)'));
  if (!input.items.length) issues.push(issueOf('input.items', 'invalid', 'name at least one OIT item', 'ต้องระบุข้อ OIT อย่างน้อย 1 ข้อ'));
  input.items.forEach((raw, k) => {
    const id = canonicalId(raw);
    if (!known.has(id)) issues.push(issueOf(`input.items.${k}`, 'unknown-id', `unknown OIT item "${raw}" in ${fw.id}`, `ไม่มีข้อ "${raw}" ในแบบ OIT ของ ${fw.id}`));
    else if (!items.includes(id)) items.push(id);
  });
  try {
    const u = new URL(input.url);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || input.url.length > 2048) throw new Error();
  } catch {
    issues.push(issueOf('input.url', 'invalid', 'the page address must be an http(s) URL (≤ 2048 characters)', 'ที่อยู่หน้าเว็บต้องเป็น URL แบบ http(s)'));
  }
  if (Number.isNaN(input.capturedAt.getTime()) || input.capturedAt.getTime() > Date.now() + 10 * 60_000)
    issues.push(issueOf('input.capturedAt', 'invalid', 'the capture time is in the future', 'เวลาที่บันทึกหน้าเว็บอยู่ในอนาคต'));
  const bytes = Buffer.byteLength(input.html, 'utf8');
  if (bytes > MAX_HTML_BYTES)
    issues.push(issueOf('input.html', 'too-large', `the captured page is ${(bytes / 1048576).toFixed(1)} MB; at most 5 MB`, `หน้าเว็บที่บันทึกมีขนาด ${(bytes / 1048576).toFixed(1)} MB เกิน 5 MB`));
  else if (bytes === 0) issues.push(issueOf('input.html', 'invalid', 'the captured page is empty', 'หน้าเว็บที่บันทึกว่างเปล่า'));
  if (!/^[0-9a-f]{64}$/i.test(input.htmlSha256))
    issues.push(issueOf('input.htmlSha256', 'invalid', 'SHA-256 must be 64 hex digits', 'SHA-256 ต้องเป็นเลขฐานสิบหก 64 หลัก'));
  else if (bytes <= MAX_HTML_BYTES && sha256Hex(input.html) !== input.htmlSha256.toLowerCase())
    issues.push(issueOf('input.htmlSha256', 'hash-mismatch', 'the captured page does not match its SHA-256 (changed or truncated in transit)', 'หน้าเว็บที่บันทึกไม่ตรงกับค่า SHA-256 (ถูกแก้ไขหรือขาดหายระหว่างส่ง)'));
  if (!VERDICTS.includes(input.verdict as never)) issues.push(issueOf('input.verdict', 'invalid', `verdict must be one of ${VERDICTS.join(', ')}`, 'ผลการตรวจไม่ถูกต้อง'));
  if ((input.note ?? '').length > 5000) issues.push(issueOf('input.note', 'too-large', 'the note is longer than 5,000 characters', 'บันทึกยาวเกิน 5,000 ตัวอักษร'));
  const shot = input.screenshot;
  if (shot) {
    const check = SCREENSHOT_TYPES[shot.type];
    if (shot.bytes.byteLength > MAX_SCREENSHOT_BYTES)
      issues.push(issueOf('input.screenshot', 'too-large', `the screenshot is ${(shot.bytes.byteLength / 1048576).toFixed(1)} MB; at most 3 MB`, 'ภาพหน้าจอมีขนาดเกิน 3 MB'));
    else if (!check?.(shot.bytes))
      issues.push(issueOf('input.screenshot', 'invalid', 'the screenshot must be a PNG, JPEG or WebP image', 'ภาพหน้าจอต้องเป็น PNG, JPEG หรือ WebP'));
  }
  input.clientChecks?.items.forEach((c, k) => {
    if (!VERDICTS.includes(c.verdict as never)) issues.push(issueOf(`input.clientChecks.items.${k}.verdict`, 'invalid', `unknown verdict "${c.verdict}"`, 'ผลการตรวจไม่ถูกต้อง'));
  });
  return { items, issues };
}

/** Client vs server verdict for each of the evidence's items; a server that could not check disagrees with every item. */
export function disagreementsOf(items: string[], client: StoredPageCheck | null | undefined, server: StoredPageCheck | null): StoredDisagreement[] {
  if (!client) return [];
  const out: StoredDisagreement[] = [];
  for (const id of items) {
    const c = client.items.find((i) => canonicalId(i.id) === id)?.verdict ?? null;
    if (c === null) continue;
    const s = server?.error ? null : (server?.items.find((i) => i.id === id)?.verdict ?? null);
    if (c !== s) out.push({ item: id, client: c, server: s });
  }
  return out;
}

export interface SubmitResult {
  evidence: EvidenceRow;
  /** True when this was a replay of an earlier submission with the same idempotency key. */
  replayed: boolean;
  assessment: AssessmentRow | null;
}

async function replay(db: Db, userId: string, input: SubmitInput): Promise<SubmitResult | null> {
  const [prior] = await db
    .select()
    .from(evidence)
    .where(and(eq(evidence.submittedBy, userId), eq(evidence.idempotencyKey, input.idempotencyKey)));
  if (!prior) return null;
  if (prior.htmlSha256 !== input.htmlSha256.toLowerCase())
    throw new ConflictError('input.idempotencyKey', 'this idempotency key was used for a different capture');
  return { evidence: prior, replayed: true, assessment: null };
}

export async function submitEvidence(db: Db, viewer: Viewer, input: SubmitInput, checker: Checker = defaultChecker): Promise<SubmitResult> {
  if (viewer.kind !== 'token') throw new ForbiddenError('sign in to submit evidence');
  const { items, issues } = validateSubmit(input);
  if (issues.length) throw new ValidationError(issues);
  const [agency] = await db.select().from(agencies).where(eq(agencies.id, input.agencyId));
  if (!agency) throw new NotFoundError('input.agency', `no agency ${input.agencyId}`);
  if (!agencyAllowed(viewer, agency.id)) throw new ForbiddenError('this token may not submit evidence for this agency');
  const earlier = await replay(db, viewer.userId, input);
  if (earlier) return earlier;

  let server: StoredPageCheck;
  try {
    server = toStoredCheck(await checker(input.html, input.url, { framework: input.framework, items, siteOrigins: agency.websites, force: input.forced ?? false }));
  } catch (e) {
    server = { url: input.url, framework: input.framework, fiscalYears: [], items: [], error: (e as Error).message.slice(0, 500) };
  }
  const disagreements = disagreementsOf(items, input.clientChecks, server);
  const htmlSha256 = input.htmlSha256.toLowerCase();
  const screenshotSha256 = input.screenshot ? sha256Hex(input.screenshot.bytes) : null;

  return db.transaction(async (tx) => {
    const assessment = await lockAssessment(tx, agency.id, input.framework);
    const [row] = await tx
      .insert(evidence)
      .values({
        assessmentId: assessment.id,
        agencyId: agency.id,
        items,
        url: input.url,
        capturedAt: input.capturedAt,
        submittedBy: viewer.userId,
        tokenId: viewer.tokenId,
        idempotencyKey: input.idempotencyKey,
        htmlSha256,
        htmlSize: Buffer.byteLength(input.html, 'utf8'),
        screenshotSha256,
        screenshotType: input.screenshot?.type ?? null,
        screenshotSize: input.screenshot?.bytes.byteLength ?? null,
        auditorVerdict: input.verdict,
        note: input.note?.trim() || null,
        forced: input.forced ?? false,
        clientChecks: input.clientChecks ?? null,
        serverChecks: server,
        disagreements,
      })
      .onConflictDoNothing({ target: [evidence.submittedBy, evidence.idempotencyKey] })
      .returning();
    if (!row) {
      // A concurrent submission with the same key won the race.
      const again = await replay(tx, viewer.userId, input);
      if (again) return again;
      throw new Error('idempotent insert returned nothing');
    }
    await tx.insert(captures).values({ evidenceId: row.id, html: input.html, screenshot: input.screenshot?.bytes ?? null });
    await tx.insert(evidenceState).values({ evidenceId: row.id, status: 'pending', seq: row.seq });
    await appendAudit(tx, viewer, 'evidence.submit', row.id, {
      agency: agency.id,
      assessment: assessment.id,
      items,
      url: input.url,
      htmlSha256,
      screenshotSha256,
      verdict: input.verdict,
      disagreements: disagreements.map((d) => d.item),
    });
    // A pending evidence cannot move the score (only accepted evidence counts): the revision alone changes.
    const updated = await bumpRevision(tx, assessment);
    return { evidence: row, replayed: false, assessment: updated };
  });
}

export interface ReviewInput {
  evidenceId: string;
  decision: string;
  reason?: string | null;
}

export async function reviewEvidence(db: Db, viewer: Viewer, input: ReviewInput) {
  if (viewer.kind !== 'token') throw new ForbiddenError('sign in to review evidence');
  const issues: Issue[] = [];
  if (!DECISIONS.includes(input.decision as Decision)) issues.push(issueOf('input.decision', 'invalid', `decision must be one of ${DECISIONS.join(', ')}`, 'ผลการพิจารณาไม่ถูกต้อง'));
  const reason = input.reason?.trim() || null;
  if (input.decision !== 'accept' && !reason)
    issues.push(issueOf('input.reason', 'required', 'a reason is required to reject or to request changes', 'ต้องระบุเหตุผลเมื่อไม่รับหรือขอให้แก้ไข'));
  if ((reason ?? '').length > 2000) issues.push(issueOf('input.reason', 'too-large', 'the reason is longer than 2,000 characters', 'เหตุผลยาวเกิน 2,000 ตัวอักษร'));
  if (issues.length) throw new ValidationError(issues);
  const [ev] = await db.select().from(evidence).where(eq(evidence.id, input.evidenceId));
  if (!ev) throw new NotFoundError('input.evidence', `no evidence ${input.evidenceId}`);
  if (!agencyAllowed(viewer, ev.agencyId)) throw new ForbiddenError('this token may not review evidence of this agency');
  if (ev.submittedBy === viewer.userId)
    throw new ValidationError([issueOf('input.evidence', 'own-evidence', 'evidence is reviewed by someone other than its auditor', 'ผู้ส่งหลักฐานพิจารณาหลักฐานของตนเองไม่ได้')]);
  const [agency] = await db.select().from(agencies).where(eq(agencies.id, ev.agencyId));
  return db.transaction(async (tx) => {
    const [a] = await tx.select({ framework: assessments.framework }).from(assessments).where(eq(assessments.id, ev.assessmentId));
    if (!a) throw new Error(`evidence ${ev.id}: assessment missing`);
    const assessment = await lockAssessment(tx, ev.agencyId, a.framework);
    const [review] = await tx
      .insert(reviews)
      .values({ evidenceId: ev.id, decision: input.decision, reason, reviewerId: viewer.userId, tokenId: viewer.tokenId })
      .returning();
    if (!review) throw new Error('review not stored');
    const status = STATUS_OF[input.decision as Decision];
    await tx
      .update(evidenceState)
      .set({ status, latestReviewId: review.id, updatedAt: new Date() })
      .where(eq(evidenceState.evidenceId, ev.id));
    await appendAudit(tx, viewer, 'evidence.review', ev.id, { review: review.id, decision: input.decision, reason, items: ev.items });
    const updated = await refreshScore(tx, assessment, agency);
    return { review, evidence: ev, assessment: updated, status };
  });
}

export interface EvidenceFilter {
  statuses?: string[] | null;
  items?: string[] | null;
  agencyIds?: string[] | null;
  auditorIds?: string[] | null;
  assessmentId?: string | null;
  disagreement?: boolean | null;
}

function evidenceWhere(viewer: Viewer, f: EvidenceFilter): SQL[] {
  const conds: SQL[] = [];
  if (f.statuses?.length) conds.push(inArray(evidenceState.status, f.statuses));
  if (f.items?.length) conds.push(arrayOverlaps(evidence.items, f.items.map(canonicalId)));
  if (f.agencyIds) conds.push(inArray(evidence.agencyId, f.agencyIds.length ? f.agencyIds : ['00000000-0000-0000-0000-000000000000']));
  if (f.auditorIds?.length) conds.push(inArray(evidence.submittedBy, f.auditorIds));
  if (f.assessmentId) conds.push(eq(evidence.assessmentId, f.assessmentId));
  if (f.disagreement != null) conds.push(f.disagreement ? sql`jsonb_array_length(${evidence.disagreements}) > 0` : sql`jsonb_array_length(${evidence.disagreements}) = 0`);
  if (viewer.kind === 'token' && viewer.agencyIds) conds.push(inArray(evidence.agencyId, viewer.agencyIds.length ? viewer.agencyIds : ['00000000-0000-0000-0000-000000000000']));
  return conds;
}

/**
 * A page of the review queue, by submission order (keyset on seq: constant time at any depth). With a status filter
 * the walk goes down evidence_state's (status, seq) index and joins each row to its evidence by key.
 */
export async function listEvidence(db: Db, viewer: Viewer, f: EvidenceFilter, page: { after?: number | null; limit: number; newestFirst?: boolean }) {
  const conds = evidenceWhere(viewer, f);
  const seq = f.statuses?.length ? evidenceState.seq : evidence.seq;
  if (page.after != null) conds.push(page.newestFirst ? lt(seq, page.after) : gt(seq, page.after));
  const rows = await db
    .select({ evidence, status: evidenceState.status })
    .from(evidenceState)
    .innerJoin(evidence, eq(evidence.id, evidenceState.evidenceId))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(page.newestFirst ? desc(seq) : asc(seq))
    .limit(page.limit + 1);
  return { rows: rows.slice(0, page.limit), hasMore: rows.length > page.limit };
}

export async function countEvidence(db: Db, viewer: Viewer, f: EvidenceFilter): Promise<number> {
  const conds = evidenceWhere(viewer, f);
  // Only the status filter: count on evidence_state's index alone.
  const onlyStatus = !f.items?.length && !f.agencyIds && !f.auditorIds?.length && !f.assessmentId && f.disagreement == null && !(viewer.kind === 'token' && viewer.agencyIds);
  const [r] = onlyStatus
    ? await db.select({ n: sql<number>`count(*)::int` }).from(evidenceState).where(conds.length ? and(...conds) : undefined)
    : await db
        .select({ n: sql<number>`count(*)::int` })
        .from(evidence)
        .innerJoin(evidenceState, eq(evidenceState.evidenceId, evidence.id))
        .where(conds.length ? and(...conds) : undefined);
  return Number(r?.n ?? 0);
}

export async function captureOf(db: Db, evidenceId: string) {
  const [r] = await db
    .select({ html: captures.html, screenshot: captures.screenshot, screenshotType: evidence.screenshotType })
    .from(captures)
    .innerJoin(evidence, eq(evidence.id, captures.evidenceId))
    .where(eq(captures.evidenceId, evidenceId));
  return r ?? null;
}
