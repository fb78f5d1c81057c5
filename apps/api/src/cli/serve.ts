/** `openita serve`: migrations, demo data into an empty database (unless SEED_DEMO=false), then the server. */
import { isDatabaseEmpty } from '@openita/schema';
import { loadConfig } from '../config.js';
import { openConfiguredDatabase } from '../database.js';
import { createLogger } from '../logger.js';
import { startServer } from '../server.js';
import { printTokens, writeTokens } from './seed.js';
import { seed } from '../seed/seed.js';
import { EXIT, out } from './io.js';

export async function serveCommand(opts: { port?: string }): Promise<number> {
  const config = loadConfig(process.env, opts.port !== undefined ? { port: Number(opts.port) } : {});
  const logger = createLogger(config.logLevel);
  const database = await openConfiguredDatabase(config);
  if (config.seedDemo && (await isDatabaseEmpty(database.db))) {
    logger.info('empty database: loading the demo data (SEED_DEMO=false to skip)');
    const result = await seed(database.db, { log: (l) => logger.info(l) });
    if (result.tokens) {
      const file = writeTokens(config.dataDir, result.tokens);
      out(printTokens(result.tokens, file));
    }
  }
  const server = await startServer({ config, database, logger });
  out(`OpenITA: http://localhost:${server.port} (GraphQL at /graphql)`);
  await new Promise<void>((resolve) => {
    const stop = async (signal: string) => {
      logger.info({ signal }, 'shutting down');
      await server.close();
      await database.close();
      resolve();
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });
  return EXIT.ok;
}
