/**
 * What every end-to-end test does: a fresh browser context per scenario (Thai locale, Bangkok time), an optional
 * API token put where the app keeps it, page errors collected, and on each page an axe-core run (no serious or
 * critical violations) and a kept screenshot.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { describeViolations, keepScreenshot, seriousViolations } from '../browser';

export const api = () => inject('api');

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page (each test asserts there are none). */
  errors: string[];
  close(): Promise<void>;
}

export async function session(
  browser: Browser,
  token?: string,
  options: { lang?: 'th' | 'en' } = {},
): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: 1360, height: 900 },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    baseURL: api().url,
  });
  await context.addInitScript(
    ([t, lang]) => {
      // Init scripts run in every frame, sandboxed captures included: only the app's own window has storage.
      if (window.top !== window) return;
      if (t && !localStorage.getItem('openita.token')) localStorage.setItem('openita.token', t);
      if (lang) localStorage.setItem('openita.lang', lang);
    },
    [token ?? '', options.lang ?? ''] as const,
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors, close: () => context.close() };
}

/** Waits until the page shows content: no loading placeholder left, fonts ready, network quiet. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .skeleton'), undefined, {
    timeout: 30_000,
  });
  await page.evaluate(() => document.fonts.ready);
}

/** axe-core on the page as it stands (no serious or critical violations), and its screenshot kept. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await settled(page);
  const violations = await seriousViolations(page);
  await keepScreenshot(page, name);
  expect(violations, `axe on ${name}:\n${describeViolations(violations)}`).toEqual([]);
}

/** A GraphQL request to the test API, outside the browser (to set up or to check what the UI did). */
export async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(`${api().url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}
