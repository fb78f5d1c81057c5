/**
 * One real API server (fresh PGlite, demo data, demo tokens) for the whole end-to-end run. To run the tests
 * against a server that is already up (a developer's `pnpm start`), set OPENITA_E2E_URL and OPENITA_E2E_TOKENS
 * (the demo-tokens.json that `openita seed` writes); it must serve this build and hold the demo data.
 */
import { readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { type ApiServer, type DemoTokens, startApi } from '../server';

declare module 'vitest' {
  export interface ProvidedContext {
    api: { url: string; tokens: DemoTokens };
  }
}

let server: ApiServer | null = null;

export async function setup(project: TestProject) {
  const url = process.env.OPENITA_E2E_URL;
  const tokens = process.env.OPENITA_E2E_TOKENS;
  if (url && tokens) {
    project.provide('api', {
      url: url.replace(/\/$/, ''),
      tokens: JSON.parse(readFileSync(tokens, 'utf8')) as DemoTokens,
    });
    return;
  }
  server = await startApi();
  project.provide('api', { url: server.url, tokens: server.tokens });
}

export async function teardown() {
  await server?.stop();
}
