/** One real API server (fresh PGlite, demo data, demo tokens) for the whole end-to-end run. */
import type { TestProject } from 'vitest/node';
import { type ApiServer, type DemoTokens, startApi } from '../server';

declare module 'vitest' {
  export interface ProvidedContext {
    api: { url: string; tokens: DemoTokens };
  }
}

let server: ApiServer | null = null;

export async function setup(project: TestProject) {
  server = await startApi();
  project.provide('api', { url: server.url, tokens: server.tokens });
}

export async function teardown() {
  await server?.stop();
}
