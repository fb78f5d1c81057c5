/**
 * The real API for the end-to-end tests and the bench: `openita serve` (apps/api's CLI) on an ephemeral port of
 * 127.0.0.1, with a fresh PGlite database in a temporary DATA_DIR, the demo data seeded on start (Bueng Kan FY2564
 * and the demo agencies, evidence and one token per role), and this app's build (apps/web/dist) served at /.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const WEB_ROOT = join(here, '..');
export const REPO_ROOT = join(WEB_ROOT, '..', '..');
export const WEB_DIST = join(WEB_ROOT, 'dist');
const CLI = join(REPO_ROOT, 'apps', 'api', 'bin', 'openita.js');

export interface DemoTokens {
  admin: string;
  reviewer: string;
  auditor: string;
  reader: string;
}

export interface ApiServer {
  url: string;
  tokens: DemoTokens;
  dataDir: string;
  /** POST a GraphQL operation with a token; throws on HTTP errors, returns { data, errors }. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ data: T; errors?: { message: string }[] }>;
  stop(): Promise<void>;
}

export interface ServeOptions {
  env?: Record<string, string>;
  /** Seconds to wait for "listening" (PGlite, migrations and the seed take a while on a busy machine). */
  timeout?: number;
}

export async function startApi(options: ServeOptions = {}): Promise<ApiServer> {
  if (!existsSync(CLI)) throw new Error(`the API's CLI is missing: ${CLI}`);
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error(`build the web UI first (pnpm build): ${WEB_DIST} has no index.html`);
  const dataDir = mkdtempSync(join(tmpdir(), 'openita-web-'));
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--port', '0'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      WEB_DIST,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      PUBLIC_READ: 'true',
      DATABASE_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`openita serve did not start in ${options.timeout ?? 120} s:\n${output.slice(-4000)}`)),
      (options.timeout ?? 120) * 1000,
    );
    const check = () => {
      const m = /OpenITA: http:\/\/[^:\s]+:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`openita serve exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
  const tokensFile = join(dataDir, 'demo-tokens.json');
  const tokens = JSON.parse(readFileSync(tokensFile, 'utf8')) as DemoTokens;
  const server: ApiServer = {
    url,
    tokens,
    dataDir,
    async graphql(query, variables = {}, token) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: never; errors?: { message: string }[] };
      if (!res.ok && !body.data) throw new Error(`GraphQL HTTP ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
      return body;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}
