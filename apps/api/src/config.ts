/** Configuration from the environment, validated: a bad value stops the server with a message naming it. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const apiRoot = fileURLToPath(new URL('..', import.meta.url));

const bool = z
  .string()
  .trim()
  .toLowerCase()
  .refine((s) => ['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''].includes(s), 'expected true or false')
  .transform((s) => ['1', 'true', 'yes', 'on'].includes(s));

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  PUBLIC_READ: bool.default(true),
  PUBLIC_URL: z.string().url().optional(),
  CORS_ORIGINS: z.string().optional(),
  EXTENSION_IDS: z.string().optional(),
  RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_ANONYMOUS: z.coerce.number().int().min(0).default(300),
  BODY_LIMIT_MB: z.coerce.number().positive().max(100).default(16),
  SEED_DEMO: bool.default(true),
  RESPONSE_CACHE: bool.default(true),
});

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL URL; when unset, PGlite files in dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  /** The built web UI, served at / with a fallback to index.html. */
  webDist: string;
  /** Anonymous requests may read published scores. */
  publicRead: boolean;
  /** Base of absolute URLs the API hands out (signed file URLs); default: from each request. */
  publicUrl: string | null;
  /** Web origins allowed by CORS, besides the server's own. */
  corsOrigins: string[];
  /** Browser-extension ids allowed by CORS; empty: any chrome-extension:// or moz-extension:// origin. */
  extensionIds: string[];
  /** Requests per minute per token (0: no limit). */
  rateLimit: number;
  /** Requests per minute per address without a token. */
  rateLimitAnonymous: number;
  bodyLimitBytes: number;
  /** `serve` seeds the demo data into an empty database. */
  seedDemo: boolean;
  /** Cache whole query responses per token, keyed on the data generation (see http/response-cache.ts). */
  responseCache: boolean;
}

const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`invalid configuration:\n${lines}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST ? resolve(e.WEB_DIST) : resolve(apiRoot, '../web/dist'),
    publicRead: e.PUBLIC_READ,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, '') ?? null,
    corsOrigins: e.CORS_ORIGINS ? list(e.CORS_ORIGINS) : ['http://localhost:4000', 'http://127.0.0.1:4000', 'http://localhost:5173', 'http://127.0.0.1:5173'],
    extensionIds: list(e.EXTENSION_IDS),
    rateLimit: e.RATE_LIMIT,
    rateLimitAnonymous: e.RATE_LIMIT_ANONYMOUS,
    bodyLimitBytes: Math.round(e.BODY_LIMIT_MB * 1024 * 1024),
    seedDemo: e.SEED_DEMO,
    responseCache: e.RESPONSE_CACHE,
    ...overrides,
  };
}
