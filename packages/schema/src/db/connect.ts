/**
 * Opens the database: PGlite files under a directory (the default; or in memory), or a real PostgreSQL server
 * by URL. Both get the same drizzle schema and the same SQL migrations, applied on open.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as tables from './tables.js';

export type Tables = typeof tables;
/** The drizzle database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Tables>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where it is: the PGlite directory, "memory", or the PostgreSQL URL without its password. */
  location: string;
  /** Cheap liveness query for readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { url: string; poolSize?: number }
  | { dataDir: string }
  | { memory: true };

/** drizzle/ beside src/ and dist/: the SQL migrations. */
export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'drizzle');

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ('url' in options) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // A dropped idle connection must not take the process down.
    pool.on('error', () => {});
    const db = drizzleNodePg(pool, { schema: tables }) as unknown as Db;
    await migrateNodePg(db as never, { migrationsFolder: MIGRATIONS_DIR });
    return {
      db,
      kind: 'postgres',
      location: redactUrl(options.url),
      ping: async () => {
        await pool.query('select 1');
      },
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  let location: string;
  if ('dataDir' in options) {
    if (!existsSync(options.dataDir)) mkdirSync(options.dataDir, { recursive: true });
    client = await PGlite.create({ dataDir: options.dataDir });
    location = options.dataDir;
  } else {
    client = await PGlite.create();
    location = 'memory';
  }
  const db = drizzlePglite(client, { schema: tables }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
  // PGlite has no autovacuum: without fresh statistics the planner joins a whole queue before it sorts.
  await analyze(db);
  return {
    db,
    kind: 'pglite',
    location,
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
  };
}

/** Refreshes the planner's statistics (PostgreSQL's autovacuum does this by itself; PGlite has none). */
export async function analyze(db: Db): Promise<void> {
  await db.execute(sql.raw('ANALYZE'));
}

/** Empties every table (tests): TRUNCATE is not an UPDATE or DELETE, so the append-only triggers allow it. */
export async function resetDatabase(db: Db): Promise<void> {
  await db.execute(
    sql.raw(
      'TRUNCATE TABLE audit_log, evidence_state, reviews, captures, evidence, assessments, api_tokens, users, agencies, settings RESTART IDENTITY CASCADE',
    ),
  );
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}
