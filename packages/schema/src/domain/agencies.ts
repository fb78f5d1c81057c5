/** Agencies: create and edit (admins), find by slug or website origin, list with filters and sorting. */
import { DEFAULT_FRAMEWORK } from '@openita/scoring';
import { and, asc, desc, eq, ilike, inArray, isNotNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { agencies, assessments } from '../db/tables.js';
import { AGENCY_TYPE_IDS } from './agency-types.js';
import { appendAudit } from './audit.js';
import { type Issue, issueOf, NotFoundError, ValidationError } from './errors.js';
import type { AgencyRow } from './score-cache.js';
import type { Viewer } from './viewer.js';

export function normaliseSlug(raw: string): string | null {
  const s = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return /^[a-z0-9][a-z0-9-]{0,99}$/.test(s) ? s : null;
}

/** Website origins, normalised ("https://www.buengkan.go.th"); throws on anything that is not http(s). */
export function normaliseWebsites(raw: readonly string[], path = 'websites'): string[] {
  const out: string[] = [];
  const issues: Issue[] = [];
  raw.forEach((w, k) => {
    try {
      const u = new URL(w.trim());
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
      if (!out.includes(u.origin)) out.push(u.origin);
    } catch {
      issues.push(issueOf(`${path}.${k}`, 'invalid', `not an http(s) address: "${w}"`, `ไม่ใช่ที่อยู่เว็บไซต์ http(s): "${w}"`));
    }
  });
  if (issues.length) throw new ValidationError(issues);
  return out;
}

export interface AgencyInput {
  id?: string | null;
  slug: string;
  nameTh: string;
  nameEn?: string | null;
  type: string;
  province?: string | null;
  parentId?: string | null;
  websites?: string[] | null;
}

export async function upsertAgency(db: Db, viewer: Viewer, input: AgencyInput): Promise<{ agency: AgencyRow; created: boolean }> {
  const issues: Issue[] = [];
  const slug = normaliseSlug(input.slug);
  if (!slug)
    issues.push(issueOf('input.slug', 'invalid', 'slug: lower-case letters, digits and dashes (bueng-kan)', 'slug ใช้ a-z 0-9 และ - เท่านั้น'));
  const nameTh = input.nameTh.trim();
  if (!nameTh || nameTh.length > 300) issues.push(issueOf('input.nameTh', 'invalid', 'a Thai name is required (≤ 300 characters)', 'ต้องระบุชื่อภาษาไทย'));
  if ((input.nameEn ?? '').length > 300) issues.push(issueOf('input.nameEn', 'invalid', 'at most 300 characters', 'ไม่เกิน 300 ตัวอักษร'));
  if (!AGENCY_TYPE_IDS.includes(input.type as never))
    issues.push(issueOf('input.type', 'invalid', `unknown agency type "${input.type}"`, `ไม่รู้จักประเภทหน่วยงาน "${input.type}"`));
  let websites: string[] = [];
  try {
    websites = normaliseWebsites(input.websites ?? [], 'input.websites');
  } catch (e) {
    if (e instanceof ValidationError) issues.push(...e.issues);
    else throw e;
  }
  if (input.parentId && input.parentId === input.id) issues.push(issueOf('input.parent', 'invalid', 'an agency cannot be its own parent', 'หน่วยงานเป็นต้นสังกัดของตัวเองไม่ได้'));
  if (issues.length || !slug) throw new ValidationError(issues);

  return db.transaction(async (tx) => {
    if (input.parentId) {
      const [p] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.parentId));
      if (!p) throw new ValidationError([issueOf('input.parent', 'unknown-id', 'no such parent agency', 'ไม่พบหน่วยงานต้นสังกัด')]);
    }
    const [clash] = await tx
      .select({ id: agencies.id })
      .from(agencies)
      .where(input.id ? and(eq(agencies.slug, slug), ne(agencies.id, input.id)) : eq(agencies.slug, slug));
    if (clash && !input.id) {
      // Upsert by slug: an agency with this slug is updated.
    } else if (clash) {
      throw new ValidationError([issueOf('input.slug', 'duplicate', `slug "${slug}" is taken`, `slug "${slug}" ถูกใช้แล้ว`)]);
    }
    const values = {
      slug,
      nameTh,
      nameEn: input.nameEn?.trim() || null,
      type: input.type,
      province: input.province?.trim() || null,
      parentId: input.parentId ?? null,
      websites,
      updatedAt: new Date(),
    };
    const targetId = input.id ?? clash?.id;
    let agency: AgencyRow | undefined;
    let created = false;
    if (targetId) {
      [agency] = await tx.update(agencies).set(values).where(eq(agencies.id, targetId)).returning();
      if (!agency) throw new NotFoundError('input.id', `no agency ${targetId}`);
    } else {
      [agency] = await tx.insert(agencies).values(values).returning();
      created = true;
    }
    if (!agency) throw new Error('agency not stored');
    await appendAudit(tx, viewer, created ? 'agency.create' : 'agency.update', `agency ${agency.id}`, { ...values, updatedAt: undefined });
    return { agency, created };
  });
}

/** The agency whose website is at this origin (www. or not), for the extension. */
export async function agencyByOrigin(db: Db, origin: string): Promise<AgencyRow | null> {
  let u: URL;
  try {
    u = new URL(origin);
  } catch {
    return null;
  }
  const host = u.hostname.replace(/^www\./, '');
  const candidates = [...new Set([`https://${host}`, `https://www.${host}`, `http://${host}`, `http://www.${host}`, u.origin])];
  const rows = await db
    .select()
    .from(agencies)
    .where(sql`${agencies.websites} && ${sql.param(candidates)}::text[]`)
    .orderBy(asc(agencies.nameTh))
    .limit(1);
  return rows[0] ?? null;
}

export type ScoreBasis = 'headline' | 'computed';
export type AgencySort = 'name' | 'score-desc' | 'score-asc';

export interface AgencyFilter {
  framework?: string | null;
  search?: string | null;
  types?: string[] | null;
  provinces?: string[] | null;
  levels?: string[] | null;
  basis?: ScoreBasis | null;
}

/** The score and level an agency is sorted, filtered and ranked by. Hidden from anonymous readers unless published. */
export function scoreExpressions(basis: ScoreBasis, viewer: Viewer) {
  const total = basis === 'headline' ? sql`coalesce(${assessments.officialTotal}, ${assessments.scoreRounded})` : sql`${assessments.scoreRounded}`;
  const level = basis === 'headline' ? sql`coalesce(${assessments.officialLevel}, ${assessments.scoreLevel})` : sql`${assessments.scoreLevel}`;
  if (viewer.kind === 'token') return { total, level };
  return {
    total: sql`case when ${assessments.published} then ${total} end`,
    level: sql`case when ${assessments.published} then ${level} end`,
  };
}

function agencyWhere(filter: AgencyFilter, level: SQL): SQL | undefined {
  const conds: SQL[] = [];
  const q = filter.search?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const c = or(ilike(agencies.nameTh, pattern), ilike(agencies.nameEn, pattern), ilike(agencies.slug, pattern), ilike(agencies.province, pattern));
    if (c) conds.push(c);
  }
  if (filter.types?.length) conds.push(inArray(agencies.type, filter.types));
  if (filter.provinces?.length) conds.push(inArray(agencies.province, filter.provinces));
  if (filter.levels?.length) conds.push(sql`${level} in (${sql.join(filter.levels.map((l) => sql`${l}`), sql`, `)})`);
  return conds.length ? and(...conds) : undefined;
}

export async function listAgencies(
  db: Db,
  viewer: Viewer,
  filter: AgencyFilter,
  sort: AgencySort,
  offset: number,
  limit: number,
): Promise<AgencyRow[]> {
  const framework = filter.framework ?? DEFAULT_FRAMEWORK;
  const { total, level } = scoreExpressions(filter.basis ?? 'headline', viewer);
  const order =
    sort === 'name'
      ? [asc(agencies.nameTh), asc(agencies.id)]
      : [sort === 'score-desc' ? sql`${total} desc nulls last` : sql`${total} asc nulls last`, asc(agencies.nameTh), asc(agencies.id)];
  const rows = await db
    .select({ agency: agencies })
    .from(agencies)
    .leftJoin(assessments, and(eq(assessments.agencyId, agencies.id), eq(assessments.framework, framework)))
    .where(agencyWhere(filter, level))
    .orderBy(...order)
    .offset(offset)
    .limit(limit);
  return rows.map((r) => r.agency);
}

export async function agencyStats(db: Db, viewer: Viewer, filter: AgencyFilter): Promise<{ total: number; levels: { level: string | null; count: number }[] }> {
  const framework = filter.framework ?? DEFAULT_FRAMEWORK;
  const { level } = scoreExpressions(filter.basis ?? 'headline', viewer);
  const rows = await db
    .select({ level: sql<string | null>`${level}`, count: sql<number>`count(*)::int` })
    .from(agencies)
    .leftJoin(assessments, and(eq(assessments.agencyId, agencies.id), eq(assessments.framework, framework)))
    .where(agencyWhere(filter, level))
    .groupBy(sql`1`);
  return { total: rows.reduce((s, r) => s + Number(r.count), 0), levels: rows.map((r) => ({ level: r.level, count: Number(r.count) })) };
}

/**
 * The rank of an assessment among the same framework's agencies of the same type (and province, when given),
 * by the total as printed: equal totals share a rank (1, 2, 2, 4).
 */
export async function rankOf(db: Db, viewer: Viewer, assessmentId: string, basis: ScoreBasis, scope: { province?: boolean } = {}): Promise<{ rank: number; of: number } | null> {
  const { total } = scoreExpressions(basis, viewer);
  // One statement: the assessment's own total, then how many of its peers are above it.
  const result = await db.execute(sql`
    with me as (
      select ${assessments.framework} as framework, ${agencies.type} as type, ${agencies.province} as province, ${total} as t
      from ${assessments} inner join ${agencies} on ${agencies.id} = ${assessments.agencyId}
      where ${assessments.id} = ${assessmentId}
    )
    select (count(*) filter (where ${total} > me.t))::int as above, count(*)::int as peers, me.t as t
    from ${assessments} inner join ${agencies} on ${agencies.id} = ${assessments.agencyId}, me
    where me.t is not null and ${assessments.framework} = me.framework and ${agencies.type} = me.type and ${total} is not null
      ${scope.province ? sql`and ${agencies.province} is not distinct from me.province` : sql``}
    group by me.t`);
  const row = (result as unknown as { rows: { above: number; peers: number }[] }).rows[0];
  if (!row) return null;
  return { rank: Number(row.above) + 1, of: Number(row.peers) };
}

export interface RankingFilter {
  framework?: string | null;
  type?: string | null;
  province?: string | null;
  basis?: ScoreBasis | null;
}

export async function ranking(db: Db, viewer: Viewer, filter: RankingFilter, offset: number, limit: number) {
  const framework = filter.framework ?? DEFAULT_FRAMEWORK;
  const { total, level } = scoreExpressions(filter.basis ?? 'headline', viewer);
  const conds = [eq(assessments.framework, framework), isNotNull(sql`${total}`)];
  if (filter.type) conds.push(eq(agencies.type, filter.type));
  if (filter.province) conds.push(eq(agencies.province, filter.province));
  const rows = await db
    .select({
      agency: agencies,
      assessmentId: assessments.id,
      total: sql<number>`${total}`,
      level: sql<string | null>`${level}`,
      rank: sql<number>`rank() over (order by ${total} desc)::int`,
    })
    .from(assessments)
    .innerJoin(agencies, eq(agencies.id, assessments.agencyId))
    .where(and(...conds))
    .orderBy(desc(sql`${total}`), asc(agencies.nameTh))
    .offset(offset)
    .limit(limit);
  return rows.map((r) => ({ ...r, total: Number(r.total), rank: Number(r.rank) }));
}

export async function provinces(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ province: agencies.province })
    .from(agencies)
    .where(isNotNull(agencies.province))
    .orderBy(asc(agencies.province));
  return rows.map((r) => r.province as string);
}

export async function agencyIdsBySlug(db: Db, slugs: string[]): Promise<Map<string, string>> {
  if (!slugs.length) return new Map();
  const rows = await db.select({ id: agencies.id, slug: agencies.slug }).from(agencies).where(inArray(agencies.slug, slugs));
  return new Map(rows.map((r) => [r.slug, r.id]));
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: agencies.id }).from(agencies).limit(1);
  return rows.length === 0;
}
