/**
 * The data model: one PostgreSQL schema for PGlite (embedded, the default) and real PostgreSQL.
 * Migrations are generated from this file into drizzle/ (`pnpm db:generate`) and applied at start.
 *
 * Evidence, captures, reviews and the audit log are append-only: database triggers (drizzle/0001_*.sql)
 * refuse UPDATE and DELETE on them. What changes — an evidence's current review status, an assessment's
 * cached score — lives in separate rows that are derived from the append-only ones.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable, URL-friendly key: "bueng-kan". */
    slug: text('slug').notNull(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en'),
    /** One of AGENCY_TYPES (province, department, subdistrict-administration …). */
    type: text('type').notNull(),
    /** Thai province name ("บึงกาฬ"); null for national agencies. */
    province: text('province'),
    parentId: uuid('parent_id').references((): AnyPgColumn => agencies.id),
    /** The agency's own website origins ("https://www.buengkan.go.th"). */
    websites: text('websites').array().notNull().default(sql`'{}'::text[]`),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('agencies_slug_key').on(t.slug),
    index('agencies_type_idx').on(t.type),
    index('agencies_province_idx').on(t.province),
    index('agencies_websites_idx').using('gin', t.websites),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_name_key').on(t.name)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** What the token is for ("extension on the audit laptop"). */
    label: text('label').notNull(),
    /** reader | auditor | reviewer | admin */
    role: text('role').notNull(),
    /** The agencies this token may act on; null: all. */
    agencyIds: uuid('agency_ids').array(),
    /** SHA-256 (hex) of the secret; the secret itself is shown once and never stored. */
    secretHash: text('secret_hash').notNull(),
    /** The first characters of the secret, to tell tokens apart in lists. */
    prefix: text('prefix').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at'),
    revokedAt: ts('revoked_at'),
    lastUsedAt: ts('last_used_at'),
  },
  (t) => [uniqueIndex('api_tokens_secret_hash_key').on(t.secretHash)],
);

export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    framework: text('framework').notNull(),
    /** The imported assessment file (survey answers, item results, official figures), as imported. */
    data: jsonb('data').$type<Record<string, unknown>>(),
    importedAt: ts('imported_at'),
    /** Published assessments are readable without a token when public read is on. */
    published: boolean('published').notNull().default(false),
    /** Bumped whenever anything the score depends on changes (an import, a review): the score cache's key. */
    revision: integer('revision').notNull().default(0),
    /** Cached from the live score (recomputed in the same transaction as every change), for sorting and filtering. */
    scoreTotal: doublePrecision('score_total'),
    /** The total as printed (two decimals, half up): ties and ranks are decided on this. */
    scoreRounded: doublePrecision('score_rounded'),
    scoreLevel: text('score_level'),
    scorePass: boolean('score_pass'),
    /** The official figures of the import (reported.total, level, rank), when it had them. */
    officialTotal: doublePrecision('official_total'),
    officialLevel: text('official_level'),
    officialRank: integer('official_rank'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('assessments_agency_framework_key').on(t.agencyId, t.framework),
    index('assessments_framework_score_idx').on(t.framework, t.scoreRounded),
  ],
);

export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Submission order: the review queue's stable cursor. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** OIT item ids this capture is evidence for ("O5"). */
    items: text('items').array().notNull(),
    url: text('url').notNull(),
    capturedAt: ts('captured_at').notNull(),
    submittedAt: ts('submitted_at').notNull().defaultNow(),
    submittedBy: uuid('submitted_by')
      .notNull()
      .references(() => users.id),
    tokenId: uuid('token_id').references(() => apiTokens.id),
    idempotencyKey: text('idempotency_key').notNull(),
    htmlSha256: text('html_sha256').notNull(),
    htmlSize: integer('html_size').notNull(),
    screenshotSha256: text('screenshot_sha256'),
    screenshotType: text('screenshot_type'),
    screenshotSize: integer('screenshot_size'),
    /** The auditor's own verdict: pass | fail | needs-review | not-applicable. */
    auditorVerdict: text('auditor_verdict').notNull(),
    note: text('note'),
    /** The checks were run on items the page did not look like (the auditor said it is about them). */
    forced: boolean('forced').notNull().default(false),
    clientChecks: jsonb('client_checks').$type<StoredPageCheck | null>(),
    serverChecks: jsonb('server_checks').$type<StoredPageCheck | null>(),
    /** Items where the client's and the server's verdicts differ. */
    disagreements: jsonb('disagreements').$type<StoredDisagreement[]>().notNull(),
  },
  (t) => [
    uniqueIndex('evidence_seq_key').on(t.seq),
    uniqueIndex('evidence_idempotency_key').on(t.submittedBy, t.idempotencyKey),
    index('evidence_assessment_idx').on(t.assessmentId),
    index('evidence_agency_idx').on(t.agencyId, t.seq),
    index('evidence_submitted_by_idx').on(t.submittedBy, t.seq),
    index('evidence_items_idx').using('gin', t.items),
  ],
);

/** The captured page and screenshot, apart from the evidence row so that lists never read them. */
export const captures = pgTable('captures', {
  evidenceId: uuid('evidence_id')
    .primaryKey()
    .references(() => evidence.id),
  html: text('html').notNull(),
  screenshot: bytea('screenshot'),
});

export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidence.id),
    /** accept | reject | request-changes */
    decision: text('decision').notNull(),
    reason: text('reason'),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => users.id),
    tokenId: uuid('token_id').references(() => apiTokens.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reviews_seq_key').on(t.seq), index('reviews_evidence_idx').on(t.evidenceId, t.seq)],
);

/** Derived, mutable: an evidence's status is its latest review's decision (pending when none). */
export const evidenceState = pgTable(
  'evidence_state',
  {
    evidenceId: uuid('evidence_id')
      .primaryKey()
      .references(() => evidence.id),
    /** pending | accepted | rejected | changes-requested */
    status: text('status').notNull(),
    latestReviewId: uuid('latest_review_id').references(() => reviews.id),
    /** Denormalised from evidence for the review queue's filters. */
    seq: bigint('seq', { mode: 'number' }).notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('evidence_state_status_idx').on(t.status, t.seq)],
);

/** Append-only, hash-chained: each entry's hash covers its content and the previous entry's hash. */
export const auditLog = pgTable('audit_log', {
  seq: bigserial('seq', { mode: 'number' }).primaryKey(),
  at: ts('at').notNull(),
  actorTokenId: uuid('actor_token_id'),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  subject: text('subject').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

/** Server settings that must survive restarts and be shared by instances (the URL-signing secret). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export interface StoredCriterion {
  id: string;
  label?: { th: string; en?: string };
  met: boolean | null;
  evidence?: { snippet: string; path?: string; href?: string } | null;
  note?: { th: string; en?: string };
}

export interface StoredItemCheck {
  id: string;
  applies: boolean;
  confidence?: number;
  verdict: string;
  criteria: StoredCriterion[];
  missing: string[];
  reasons?: string[];
}

export interface StoredPageCheck {
  url: string | null;
  framework: string;
  fiscalYears: number[];
  items: StoredItemCheck[];
  /** Set when the server could not run the checks (the error message). */
  error?: string;
}

export interface StoredDisagreement {
  item: string;
  client: string | null;
  server: string | null;
}
