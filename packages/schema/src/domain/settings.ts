import { eq } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { settings } from '../db/tables.js';

/** A server setting, created with make() the first time (concurrent starts agree on one value). */
export async function getOrCreateSetting(db: Db, key: string, make: () => string): Promise<string> {
  await db.insert(settings).values({ key, value: make() }).onConflictDoNothing();
  const [row] = await db.select().from(settings).where(eq(settings.key, key));
  if (!row) throw new Error(`setting ${key} not stored`);
  return row.value;
}
