/**
 * Drives the built extension in real Chromium (/usr/bin/chromium, new headless mode) with playwright-core.
 *
 * The side panel cannot be opened by a test (only a click on the toolbar icon opens it), so the tests open the
 * panel's own page, chrome-extension://ID/sidepanel.html?tabId=N, in a popup window of its own: `?tabId=N` aims
 * the panel at the fixture page's tab (the panel is built to follow a given tab), and keeping it in another window
 * leaves the fixture page the visible tab of its window, as captureVisibleTab needs.
 *
 * The extension under test is built with OPENITA_E2E_HOSTS=<all_urls> (into .output/e2e-chrome-mv3): a headless
 * browser has nobody to click "Allow" on the run-time permission prompt, nor the toolbar icon that grants activeTab.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const EXT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const E2E_DIR = join(EXT_ROOT, '.output', 'e2e-chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function buildE2EExtension(): Promise<string> {
  const wxt = join(EXT_ROOT, 'node_modules', '.bin', 'wxt');
  await promisify(execFile)(wxt, ['build'], {
    cwd: EXT_ROOT,
    env: { ...process.env, OPENITA_E2E_HOSTS: '<all_urls>' },
    maxBuffer: 20_000_000,
  });
  return E2E_DIR;
}

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

export async function newProfile(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'openita-e2e-'));
}

/**
 * Launches Chromium with the extension. With `profile`, that profile is used and kept on close (a browser restart is
 * a close and a launch on the same profile); without, a fresh one is made and removed on close.
 */
export async function launchWithExtension(opts: { extDir?: string; profile?: string } = {}): Promise<Browser> {
  const extDir = opts.extDir ?? E2E_DIR;
  const profile = opts.profile ?? (await newProfile());
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      if (!opts.profile) await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The service worker again (it may have been stopped and restarted since). */
export async function currentWorker(b: Browser): Promise<Worker> {
  const [w] = b.context.serviceWorkers();
  return w ?? b.context.waitForEvent('serviceworker', { timeout: 15_000 });
}

/** Opens `url` in a tab and returns the page and its tab id. */
export async function openSite(b: Browser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(url);
  const worker = await currentWorker(b);
  const tabId = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, page.url());
  if (tabId < 0) throw new Error(`no tab for ${url}`);
  return { page, tabId };
}

/** Opens the side panel's page aimed at a tab, in its own popup window. */
export async function openPanel(b: Browser, tabId: number): Promise<Page> {
  const worker = await currentWorker(b);
  const pageEvent = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
  await worker.evaluate(async (id) => {
    await chrome.windows.create({
      url: chrome.runtime.getURL(`sidepanel.html?tabId=${id}`),
      type: 'popup',
      width: 460,
      height: 900,
    });
  }, tabId);
  const panel = await pageEvent;
  await panel.waitForLoadState('domcontentloaded');
  return panel;
}
