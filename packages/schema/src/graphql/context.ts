/** What every resolver gets: the database, who is asking, and the server's settings. */
import DataLoader from 'dataloader';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { agencies, assessments, evidence, evidenceState, reviews, users } from '../db/tables.js';
import type { Checker } from '../domain/evidence.js';
import type { AgencyRow, AssessmentRow, ScoreCache } from '../domain/score-cache.js';
import type { Viewer } from '../domain/viewer.js';

/** Signed, short-lived URLs for what a browser loads without a bearer header (img src, iframe src). */
export interface FileUrls {
  capture(evidenceId: string): string;
  screenshot(evidenceId: string): string;
}

export interface Context {
  db: Db;
  viewer: Viewer;
  /** Anonymous requests may read published scores. */
  publicRead: boolean;
  scores: ScoreCache;
  files: FileUrls;
  checker?: Checker;
  loaders: Loaders;
  /** Called after a token is revoked (the server drops it from its auth cache). */
  onTokenRevoked?: (tokenId: string) => void;
}

export type Loaders = ReturnType<typeof createLoaders>;

function byKey<T, K>(rows: T[], key: (r: T) => K, keys: readonly K[]): (T | null)[] {
  const m = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => m.get(k) ?? null);
}

/** Per-request batch loaders: a list of 50 agencies reads their assessments in one query, not 50. */
export function createLoaders(db: Db) {
  return {
    agency: new DataLoader<string, AgencyRow | null>(async (ids) =>
      byKey(await db.select().from(agencies).where(inArray(agencies.id, [...ids])), (r) => r.id, ids),
    ),
    assessment: new DataLoader<string, AssessmentRow | null>(async (ids) =>
      byKey(await db.select().from(assessments).where(inArray(assessments.id, [...ids])), (r) => r.id, ids),
    ),
    /** key: `${agencyId}|${framework}` */
    assessmentOf: new DataLoader<string, AssessmentRow | null>(async (keys) => {
      const byFramework = new Map<string, string[]>();
      for (const k of keys) {
        const [agencyId, framework] = k.split('|') as [string, string];
        byFramework.set(framework, [...(byFramework.get(framework) ?? []), agencyId]);
      }
      const rows: AssessmentRow[] = [];
      for (const [framework, ids] of byFramework)
        rows.push(...(await db.select().from(assessments).where(and(eq(assessments.framework, framework), inArray(assessments.agencyId, ids)))));
      return byKey(rows, (r) => `${r.agencyId}|${r.framework}`, keys);
    }),
    evidence: new DataLoader<string, typeof evidence.$inferSelect | null>(async (ids) =>
      byKey(await db.select().from(evidence).where(inArray(evidence.id, [...ids])), (r) => r.id, ids),
    ),
    user: new DataLoader<string, typeof users.$inferSelect | null>(async (ids) =>
      byKey(await db.select().from(users).where(inArray(users.id, [...ids])), (r) => r.id, ids),
    ),
    evidenceStatus: new DataLoader<string, string | null>(async (ids) => {
      const rows = await db.select().from(evidenceState).where(inArray(evidenceState.evidenceId, [...ids]));
      return byKey(rows, (r) => r.evidenceId, ids).map((r) => r?.status ?? null);
    }),
    reviewsOf: new DataLoader<string, (typeof reviews.$inferSelect)[]>(async (ids) => {
      const rows = await db.select().from(reviews).where(inArray(reviews.evidenceId, [...ids])).orderBy(reviews.seq);
      return ids.map((id) => rows.filter((r) => r.evidenceId === id));
    }),
  };
}
