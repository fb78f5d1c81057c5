/**
 * Computed scores, cached by (assessment, revision). Every change to what a score depends on (an import,
 * a submission, a review) bumps the assessment's revision in the same transaction, so a cached entry is
 * never stale: a new revision is a new key. Bounded; oldest entries go first.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { agencies, type assessments, evidence, evidenceState } from '../db/tables.js';
import { type EvidenceFact, type EvidenceStatus, type LiveScore, liveScore } from './live.js';

export type AssessmentRow = typeof assessments.$inferSelect;
export type AgencyRow = typeof agencies.$inferSelect;

export function agencyInfo(a: AgencyRow) {
  return {
    id: a.slug,
    name: a.nameEn ? { th: a.nameTh, en: a.nameEn } : { th: a.nameTh },
    type: a.type,
    ...(a.province ? { province: a.province } : {}),
    ...(a.websites[0] ? { website: a.websites[0] } : {}),
  };
}

export async function evidenceFacts(db: Db, assessmentId: string): Promise<EvidenceFact[]> {
  const rows = await db
    .select({ items: evidence.items, status: evidenceState.status })
    .from(evidence)
    .innerJoin(evidenceState, eq(evidenceState.evidenceId, evidence.id))
    .where(eq(evidence.assessmentId, assessmentId));
  return rows.map((r) => ({ items: r.items, status: r.status as EvidenceStatus }));
}

/** Scores an assessment as stored now (reads its agency and evidence). */
export async function computeLive(db: Db, row: AssessmentRow, agency?: AgencyRow): Promise<LiveScore> {
  const ag = agency ?? (await db.select().from(agencies).where(eq(agencies.id, row.agencyId)))[0];
  if (!ag) throw new Error(`assessment ${row.id}: agency ${row.agencyId} is missing`);
  return liveScore({
    framework: row.framework,
    agency: agencyInfo(ag),
    data: row.data ?? null,
    evidence: await evidenceFacts(db, row.id),
  });
}

export class ScoreCache {
  private readonly entries = new Map<string, Promise<LiveScore>>();
  hits = 0;
  misses = 0;
  constructor(private readonly max = 5000) {}

  get(db: Db, row: AssessmentRow): Promise<LiveScore> {
    const key = `${row.id}:${row.revision}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.hits++;
      return hit;
    }
    this.misses++;
    const p = computeLive(db, row);
    p.catch(() => this.entries.delete(key));
    this.entries.set(key, p);
    if (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return p;
  }

  clear(): void {
    this.entries.clear();
  }
}
