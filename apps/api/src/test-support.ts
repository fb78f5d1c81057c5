/**
 * startTestServer(): a real OpenITA API on 127.0.0.1 (an ephemeral port), on a fresh database with the demo
 * data and one known token per role. For this package's tests and for the web UI's and the extension's
 * end-to-end tests:
 *
 *   import { startTestServer } from '@openita/api/test-support';
 *   const api = await startTestServer();            // PGlite in memory, demo data, tokens
 *   await page.goto(api.url); … api.tokens.reviewer …
 *   await api.close();
 *
 * With `databaseUrl` (e.g. process.env.TEST_DATABASE_URL) it creates its own PostgreSQL database on that
 * server and drops it on close, so parallel runs never collide.
 */
import { randomBytes } from 'node:crypto';
import { type Checker, type Database, openDatabase, resetDatabase } from '@openita/schema';
import pg from 'pg';
import { type Config, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { type DemoTokens, seed, type SeedOptions, type SeedResult } from './seed/seed.js';
import { type RunningServer, startServer } from './server.js';

export interface TestServerOptions {
  /** A PostgreSQL server URL to create a throw-away database on; default: PGlite in memory. */
  databaseUrl?: string | null;
  /** Seed the demo data (default true); or seed options (agencies, evidence). */
  seed?: boolean | SeedOptions;
  /** Config overrides (publicRead, rateLimit, webDist, corsOrigins …). Rate limits are off by default. */
  config?: Partial<Config>;
  checker?: Checker;
  /** pino level (default "silent"; LOG_LEVEL wins when set). */
  logLevel?: string;
}

export interface TestServer {
  /** http://127.0.0.1:PORT */
  url: string;
  graphqlUrl: string;
  /** Demo tokens (bearer secrets) by role: admin, reviewer, auditor, reader. Empty when not seeded. */
  tokens: DemoTokens;
  seeded: SeedResult | null;
  database: Database;
  server: RunningServer;
  /** POST a GraphQL operation (as the given role's token, or anonymous); returns the parsed JSON body. */
  request<T = unknown>(query: string, variables?: Record<string, unknown>, role?: keyof DemoTokens | null): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>;
  /** Empty the database and seed it again (new tokens). */
  reset(options?: SeedOptions | false): Promise<void>;
  /** Stop answering HTTP (the port refuses connections) but keep the database: "the API is down". */
  stop(): Promise<void>;
  /** Listen again on the same port, same data: "the API is back". */
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function createPgDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `openita_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  let drop: (() => Promise<void>) | null = null;
  let database: Database;
  if (options.databaseUrl) {
    const created = await createPgDatabase(options.databaseUrl);
    drop = created.drop;
    database = await openDatabase({ url: created.url, poolSize: 5 });
  } else {
    database = await openDatabase({ memory: true });
  }
  const seedOptions = options.seed === false ? null : options.seed === true || options.seed === undefined ? {} : options.seed;
  const withChecker = (o: SeedOptions): SeedOptions => (options.checker ? { ...o, checker: options.checker } : o);
  let seeded = seedOptions ? await seed(database.db, withChecker(seedOptions)) : null;
  const config = loadConfig({}, { port: 0, host: '127.0.0.1', rateLimit: 0, rateLimitAnonymous: 0, seedDemo: false, webDist: '/nonexistent', ...options.config });
  const logger = createLogger(process.env.LOG_LEVEL ?? options.logLevel ?? 'silent');
  let server = await startServer({ config, database, logger, ...(options.checker ? { checker: options.checker } : {}) });
  let running = true;
  const api: TestServer = {
    url: server.url,
    graphqlUrl: `${server.url}/graphql`,
    tokens: seeded?.tokens ?? ({} as DemoTokens),
    seeded,
    database,
    server,
    async request(query, variables, role) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (role) headers.authorization = `Bearer ${api.tokens[role]}`;
      const res = await fetch(api.graphqlUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return (await res.json()) as never;
    },
    async reset(o) {
      await resetDatabase(database.db);
      server.scores.clear();
      server.responses.clear();
      seeded = o === false ? null : await seed(database.db, withChecker(o ?? seedOptions ?? {}));
      api.seeded = seeded;
      api.tokens = seeded?.tokens ?? ({} as DemoTokens);
    },
    async stop() {
      if (running) await server.close();
      running = false;
    },
    async restart() {
      if (running) return;
      server = await startServer({ config: { ...config, port: server.port }, database, logger, ...(options.checker ? { checker: options.checker } : {}) });
      api.server = server;
      running = true;
    },
    async close() {
      if (running) await server.close();
      running = false;
      await database.close();
      if (drop) await drop();
    },
  };
  return api;
}
