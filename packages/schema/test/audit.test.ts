/** The hash chain: canonical JSON, and verifyIntegrity() on a real PGlite database with tampering. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/db/connect.js';
import { auditLog } from '../src/db/tables.js';
import { appendAudit, canonicalJson, entryHash, GENESIS_HASH, verifyIntegrity } from '../src/domain/audit.js';
import { system } from '../src/domain/viewer.js';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined, so jsonb round trips hash the same', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 2 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":2,"f":1}]},"b":1}');
  });
});

describe('audit chain', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ memory: true });
  });
  afterAll(async () => database?.close());

  it('chains entries and finds a changed, removed or reordered entry', async () => {
    const db = database.db;
    for (let k = 0; k < 5; k++) await db.transaction((tx) => appendAudit(tx, system('test'), 'test.event', `thing ${k}`, { k, text: 'ทดสอบ' }));
    const rows = await db.select().from(auditLog).orderBy(auditLog.seq);
    expect(rows[0]?.prevHash).toBe(GENESIS_HASH);
    for (let k = 1; k < rows.length; k++) expect(rows[k]?.prevHash).toBe(rows[k - 1]?.hash);
    expect(entryHash(rows[2]?.prevHash as string, rows[2] as never)).toBe(rows[2]?.hash);
    expect((await verifyIntegrity(db)).problems).toEqual([]);

    await db.execute(sql.raw('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only'));
    await db.execute(sql`UPDATE audit_log SET payload = '{"k": 99, "text": "ทดสอบ"}' WHERE seq = ${rows[2]?.seq}`);
    const changed = await verifyIntegrity(db);
    expect(changed.problems.map((p) => p.kind)).toEqual(['audit-hash']);
    expect(changed.problems[0]?.subject).toBe(`audit_log#${rows[2]?.seq}`);

    await db.execute(sql`DELETE FROM audit_log WHERE seq = ${rows[3]?.seq}`);
    const removed = await verifyIntegrity(db);
    expect(removed.problems.map((p) => p.kind)).toEqual(['audit-hash', 'audit-chain']);
  });
});
