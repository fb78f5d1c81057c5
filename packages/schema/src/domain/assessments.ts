/** Assessments: import an assessment file, keep the cached score summary in step, publish. */
import { DEFAULT_FRAMEWORK, hasFramework, listFrameworks, parseAssessment, roundHalfUp } from '@openita/scoring';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { agencies, assessments } from '../db/tables.js';
import { agencyTypeOf } from './agency-types.js';
import { normaliseSlug, normaliseWebsites } from './agencies.js';
import { appendAudit, canonicalJson, sha256Hex } from './audit.js';
import { fromInputIssue, type Issue, issueOf, NotFoundError, ValidationError } from './errors.js';
import { type AgencyRow, type AssessmentRow, computeLive } from './score-cache.js';
import { agencyAllowed, type Viewer } from './viewer.js';

/** Finds or creates the assessment of an agency in a framework, locked for this transaction. */
export async function lockAssessment(tx: Db, agencyId: string, framework: string): Promise<AssessmentRow> {
  await tx.insert(assessments).values({ agencyId, framework }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(assessments)
    .where(and(eq(assessments.agencyId, agencyId), eq(assessments.framework, framework)))
    .for('update');
  if (!row) throw new Error(`assessment of ${agencyId} in ${framework} not created`);
  return row;
}

/**
 * Recomputes an assessment's score (through liveScore, the one scoring path) and stores its summary for
 * sorting and ranking; bumps the revision, which is the score cache's key. Call inside the transaction
 * that changed the inputs, after lockAssessment().
 */
export async function refreshScore(tx: Db, row: AssessmentRow, agency?: AgencyRow): Promise<AssessmentRow> {
  const live = await computeLive(tx, row, agency);
  const r = live.report;
  const reported = (row.data?.reported ?? null) as { total?: number; level?: string; rank?: number } | null;
  const [updated] = await tx
    .update(assessments)
    .set({
      revision: sql`${assessments.revision} + 1`,
      scoreTotal: r?.total ?? null,
      scoreRounded: r ? roundHalfUp(r.total, 2) : null,
      scoreLevel: r?.level ?? null,
      scorePass: r?.pass ?? null,
      officialTotal: reported?.total ?? null,
      officialLevel: reported?.level ?? null,
      officialRank: reported?.rank ?? null,
      updatedAt: new Date(),
    })
    .where(eq(assessments.id, row.id))
    .returning();
  if (!updated) throw new Error(`assessment ${row.id} vanished`);
  return updated;
}

/** Bumps the revision only (a change that cannot move the score: a new pending evidence changes only the counts). */
export async function bumpRevision(tx: Db, row: AssessmentRow): Promise<AssessmentRow> {
  const [updated] = await tx
    .update(assessments)
    .set({ revision: sql`${assessments.revision} + 1`, updatedAt: new Date() })
    .where(eq(assessments.id, row.id))
    .returning();
  if (!updated) throw new Error(`assessment ${row.id} vanished`);
  return updated;
}

export interface ImportInput {
  /** The agency to import for; default: the file's agency.id as a slug (created when new). */
  agencyId?: string | null;
  file: unknown;
  publish?: boolean | null;
}

export interface ImportResult {
  assessment: AssessmentRow;
  agency: AgencyRow;
  created: boolean;
  warnings: Issue[];
}

/**
 * Validates an assessment file against its framework (every problem named by its path inside the file,
 * prefixed "file.") and stores it as the agency's assessment in that framework, replacing an earlier
 * import. Evidence and reviews are kept. Nothing is changed when there is any error.
 */
export async function importAssessment(db: Db, viewer: Viewer, input: ImportInput): Promise<ImportResult> {
  const parsed = parseAssessment(input.file, { missingItems: 'fail' });
  const issues = parsed.issues.map((i) => fromInputIssue(i, 'file'));
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length || !parsed.assessment) throw new ValidationError(errors.length ? errors : issues);
  const file = input.file as Record<string, unknown>;
  const fileAgency = parsed.assessment.agency;
  const framework = parsed.assessment.framework;

  return db.transaction(async (tx) => {
    let agency: AgencyRow | undefined;
    let created = false;
    if (input.agencyId) {
      [agency] = await tx.select().from(agencies).where(eq(agencies.id, input.agencyId));
      if (!agency) throw new NotFoundError('agency', `no agency ${input.agencyId}`);
    } else {
      const slug = fileAgency.id ? normaliseSlug(fileAgency.id) : null;
      if (!slug)
        throw new ValidationError([
          issueOf('file.agency.id', 'invalid', 'give agency.id (a slug such as "bueng-kan") or choose the agency', 'ระบุ agency.id (เช่น "bueng-kan") หรือเลือกหน่วยงาน'),
        ]);
      [agency] = await tx.select().from(agencies).where(eq(agencies.slug, slug));
      if (!agency) {
        const type = agencyTypeOf(fileAgency.type);
        if (!type)
          throw new ValidationError([
            issueOf(
              'file.agency.type',
              'invalid',
              `a new agency needs a known type (province, department, subdistrict-administration …), not "${fileAgency.type ?? ''}"`,
              `หน่วยงานใหม่ต้องระบุประเภทที่รู้จัก ไม่ใช่ "${fileAgency.type ?? ''}"`,
            ),
          ]);
        [agency] = await tx
          .insert(agencies)
          .values({
            slug,
            nameTh: fileAgency.name.th,
            nameEn: fileAgency.name.en ?? null,
            type,
            province: fileAgency.province ?? null,
            websites: fileAgency.website ? normaliseWebsites([fileAgency.website]) : [],
          })
          .returning();
        created = true;
        if (!agency) throw new Error('agency not created');
        await appendAudit(tx, viewer, 'agency.create', `agency ${agency.id}`, { slug, nameTh: agency.nameTh, type });
      }
    }
    if (!agencyAllowed(viewer, agency.id)) throw new ValidationError([issueOf('agency', 'forbidden', 'this token may not act on this agency', 'โทเค็นนี้ไม่มีสิทธิ์กับหน่วยงานนี้')]);
    const row = await lockAssessment(tx, agency.id, framework);
    const { $schema: _s, ...data } = file;
    const [stored] = await tx
      .update(assessments)
      .set({ data, importedAt: new Date(), ...(input.publish != null ? { published: input.publish } : {}) })
      .where(eq(assessments.id, row.id))
      .returning();
    if (!stored) throw new Error('assessment vanished');
    const assessment = await refreshScore(tx, stored, agency);
    await appendAudit(tx, viewer, 'assessment.import', `assessment ${assessment.id}`, {
      agency: agency.id,
      framework,
      fileSha256: sha256Hex(canonicalJson(data)),
      warnings: issues.length,
      published: assessment.published,
    });
    return { assessment, agency, created, warnings: issues.filter((i) => i.severity === 'warning') };
  });
}

export async function setPublished(db: Db, viewer: Viewer, assessmentId: string, published: boolean): Promise<AssessmentRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.update(assessments).set({ published, updatedAt: new Date() }).where(eq(assessments.id, assessmentId)).returning();
    if (!row) throw new NotFoundError('assessment', `no assessment ${assessmentId}`);
    await appendAudit(tx, viewer, published ? 'assessment.publish' : 'assessment.unpublish', `assessment ${row.id}`, {});
    return row;
  });
}

export function checkFramework(id: string | null | undefined, path: string): string {
  const fw = id ?? DEFAULT_FRAMEWORK;
  if (!hasFramework(fw))
    throw new ValidationError([
      issueOf(path, 'unknown-framework', `unknown framework "${fw}" (known: ${listFrameworks().join(', ')})`, `ไม่รู้จักกรอบการประเมิน "${fw}"`),
    ]);
  return fw;
}
