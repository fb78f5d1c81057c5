/**
 * The audit log: append-only (a database trigger refuses UPDATE and DELETE) and hash-chained. Each entry's
 * hash is SHA-256 over the previous entry's hash and the entry's canonical JSON, so changing, removing or
 * reordering any entry breaks every hash after it. verifyIntegrity() walks the chain and the evidence
 * hashes; `openita verify` prints what it finds.
 */
import { createHash } from 'node:crypto';
import { asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { auditLog, captures, evidence, reviews } from '../db/tables.js';
import type { Viewer } from './viewer.js';

export const GENESIS_HASH = '0'.repeat(64);
/** Any constant: serialises appends so that each sees the chain's true head. */
const AUDIT_LOCK = 7_264_823;

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with object keys sorted at every level: the same value always hashes the same (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export interface AuditEntry {
  at: Date;
  actorTokenId: string | null;
  actor: string;
  action: string;
  subject: string;
  payload: Record<string, unknown>;
}

export function entryHash(prevHash: string, e: AuditEntry): string {
  const body = canonicalJson({
    at: e.at.toISOString(),
    actorTokenId: e.actorTokenId,
    actor: e.actor,
    action: e.action,
    subject: e.subject,
    payload: e.payload,
  });
  return sha256Hex(`${prevHash}\n${body}`);
}

export function actorOf(viewer: Viewer | string): { actor: string; actorTokenId: string | null } {
  if (typeof viewer === 'string') return { actor: viewer, actorTokenId: null };
  if (viewer.kind === 'anonymous') return { actor: 'anonymous', actorTokenId: null };
  if (viewer.kind === 'system') return { actor: `system: ${viewer.name}`, actorTokenId: null };
  return { actor: `${viewer.userName} (${viewer.role})`, actorTokenId: viewer.tokenId };
}

/** Appends one entry. Call inside the transaction that makes the change it records. */
export async function appendAudit(
  tx: Db,
  viewer: Viewer | string,
  action: string,
  subject: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [head] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const prevHash = head?.hash ?? GENESIS_HASH;
  // Millisecond precision: what the database stores is exactly what was hashed.
  const entry: AuditEntry = { at: new Date(), ...actorOf(viewer), action, subject, payload };
  await tx.insert(auditLog).values({ ...entry, prevHash, hash: entryHash(prevHash, entry) });
}

export interface IntegrityProblem {
  kind: 'audit-chain' | 'audit-hash' | 'evidence-hash' | 'screenshot-hash' | 'evidence-unlogged' | 'review-unlogged';
  subject: string;
  message: string;
}

export interface IntegrityReport {
  auditEntries: number;
  evidenceChecked: number;
  reviewsChecked: number;
  problems: IntegrityProblem[];
}

/** Walks the audit chain and every evidence's stored capture; lists every inconsistency found. */
export async function verifyIntegrity(db: Db, options: { batch?: number } = {}): Promise<IntegrityReport> {
  const batch = options.batch ?? 1000;
  const problems: IntegrityProblem[] = [];
  const loggedEvidence = new Map<string, string>();
  const loggedReviews = new Set<string>();
  let prev = GENESIS_HASH;
  let after = 0;
  let count = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.seq, after)).orderBy(asc(auditLog.seq)).limit(batch);
    if (!rows.length) break;
    for (const r of rows) {
      count++;
      after = r.seq;
      if (r.prevHash !== prev)
        problems.push({
          kind: 'audit-chain',
          subject: `audit_log#${r.seq}`,
          message: `entry ${r.seq} points to a previous hash ${r.prevHash.slice(0, 12)}… but the entry before it hashes to ${prev.slice(0, 12)}… (an entry was removed, inserted or reordered)`,
        });
      const expected = entryHash(r.prevHash, r);
      if (expected !== r.hash)
        problems.push({
          kind: 'audit-hash',
          subject: `audit_log#${r.seq}`,
          message: `entry ${r.seq} (${r.action} ${r.subject}) does not match its hash: its content was changed`,
        });
      prev = r.hash;
      if (r.action === 'evidence.submit' && typeof r.payload.htmlSha256 === 'string')
        loggedEvidence.set(r.subject, r.payload.htmlSha256);
      if (r.action === 'evidence.review' && typeof r.payload.review === 'string') loggedReviews.add(r.payload.review);
    }
  }

  let evidenceChecked = 0;
  let lastSeq = 0;
  for (;;) {
    const rows = await db
      .select({
        id: evidence.id,
        seq: evidence.seq,
        htmlSha256: evidence.htmlSha256,
        screenshotSha256: evidence.screenshotSha256,
        html: captures.html,
        screenshot: captures.screenshot,
      })
      .from(evidence)
      .leftJoin(captures, eq(captures.evidenceId, evidence.id))
      .where(gt(evidence.seq, lastSeq))
      .orderBy(asc(evidence.seq))
      .limit(Math.max(50, Math.floor(batch / 10)));
    if (!rows.length) break;
    for (const r of rows) {
      evidenceChecked++;
      lastSeq = r.seq;
      const subject = `evidence ${r.id}`;
      if (r.html === null) problems.push({ kind: 'evidence-hash', subject, message: `${subject}: its captured page is missing` });
      else if (sha256Hex(r.html) !== r.htmlSha256)
        problems.push({ kind: 'evidence-hash', subject, message: `${subject}: the captured page does not match its SHA-256` });
      if (r.screenshotSha256 && (!r.screenshot || sha256Hex(r.screenshot) !== r.screenshotSha256))
        problems.push({ kind: 'screenshot-hash', subject, message: `${subject}: the screenshot does not match its SHA-256` });
      const logged = loggedEvidence.get(r.id);
      if (!logged)
        problems.push({ kind: 'evidence-unlogged', subject, message: `${subject} has no submission entry in the audit log` });
      else if (logged !== r.htmlSha256)
        problems.push({
          kind: 'evidence-hash',
          subject,
          message: `${subject}: its SHA-256 differs from the one the audit log recorded at submission`,
        });
    }
  }

  let reviewsChecked = 0;
  let lastReview = 0;
  for (;;) {
    const rows = await db
      .select({ id: reviews.id, seq: reviews.seq })
      .from(reviews)
      .where(gt(reviews.seq, lastReview))
      .orderBy(asc(reviews.seq))
      .limit(batch);
    if (!rows.length) break;
    for (const r of rows) {
      reviewsChecked++;
      lastReview = r.seq;
      if (!loggedReviews.has(r.id))
        problems.push({ kind: 'review-unlogged', subject: `review ${r.id}`, message: `review ${r.id} has no entry in the audit log` });
    }
  }
  return { auditEntries: count, evidenceChecked, reviewsChecked, problems };
}

/**
 * The audit log's head (its last sequence number): every write appends an entry in its own transaction, so
 * the head changes with every change to the data. Response caches key on it.
 */
export async function auditHead(db: Db): Promise<number> {
  const [row] = await db.select({ seq: auditLog.seq }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  return row?.seq ?? 0;
}
