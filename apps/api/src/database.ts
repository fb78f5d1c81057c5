import { type Database, openDatabase } from '@openita/schema';
import type { Config } from './config.js';

/** PostgreSQL when DATABASE_URL is set, else PGlite files in DATA_DIR; migrations applied on open. */
export function openConfiguredDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  return config.databaseUrl ? openDatabase({ url: config.databaseUrl }) : openDatabase({ dataDir: config.dataDir });
}
