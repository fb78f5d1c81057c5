/**
 * The real API for the end-to-end tests and the bench: apps/api's startTestServer() — graphql-yoga on an ephemeral
 * port of 127.0.0.1, a fresh PGlite database in memory, the demo data (Bueng Kan FY2564 and the demo agencies and
 * evidence, one token per role) — serving this app's build (apps/web/dist) at /.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer, type TestServerOptions } from '@openita/api/test-support';

const here = dirname(fileURLToPath(import.meta.url));
export const WEB_ROOT = join(here, '..');
export const WEB_DIST = join(WEB_ROOT, 'dist');

export interface DemoTokens {
  admin: string;
  reviewer: string;
  auditor: string;
  reader: string;
}

export interface ApiServer {
  url: string;
  tokens: DemoTokens;
  /** The running test server (its database, for a bench that loads data in bulk). */
  raw: TestServer;
  /** POST a GraphQL operation with a token; returns { data, errors }. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ data: T; errors?: { message: string }[] }>;
  stop(): Promise<void>;
}

export async function startApi(
  options: { databaseUrl?: string | null; seed?: TestServerOptions['seed'] } = {},
): Promise<ApiServer> {
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error(`build the web UI first (pnpm build): ${WEB_DIST} has no index.html`);
  const raw = await startTestServer({
    databaseUrl: options.databaseUrl ?? null,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    config: { webDist: WEB_DIST, publicRead: true },
  });
  return {
    url: raw.url,
    tokens: raw.tokens as DemoTokens,
    raw,
    async graphql(query, variables = {}, token) {
      const post = () =>
        fetch(`${raw.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
      // A kept-alive connection the server has since closed (after a long pause) fails once: ask again.
      const res = await post().catch(() => post());
      const body = (await res.json()) as { data: never; errors?: { message: string }[] };
      if (!res.ok && !body.data) throw new Error(`GraphQL HTTP ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
      return body;
    },
    stop: () => raw.close(),
  };
}
