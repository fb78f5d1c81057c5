/**
 * The tab being audited, seen from the side panel. The panel follows the active tab of its window, or a fixed tab
 * given as `sidepanel.html?tabId=N` (how the end-to-end tests, and anyone who wants the panel in its own window,
 * aim it at a page). All page access goes through the content script, injected on demand.
 */
import { browser } from 'wxt/browser';
import { contentMessenger, type HighlightResult, type PageSnapshot } from './messaging';

export interface TargetTab {
  tabId: number;
  windowId: number;
  url: string;
  title: string;
  active: boolean;
}

/** The fixed tab id from the panel's URL (?tabId=N), if any. */
export function pinnedTabId(search: string = globalThis.location?.search ?? ''): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (!raw || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

export async function describeTab(tabId: number): Promise<TargetTab | null> {
  try {
    const t = await browser.tabs.get(tabId);
    if (t.id == null) return null;
    return {
      tabId: t.id,
      windowId: t.windowId ?? -1,
      url: t.url ?? t.pendingUrl ?? '',
      title: t.title ?? '',
      active: !!t.active,
    };
  } catch {
    return null;
  }
}

export async function activeTab(): Promise<TargetTab | null> {
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  return t?.id != null ? describeTab(t.id) : null;
}

export function isWebPage(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

const CONTENT_FILE = '/content-scripts/content.js';

/** Makes sure the content script answers in the tab (injects it when it does not). */
export async function ensureContentScript(tabId: number): Promise<void> {
  const alive = await contentMessenger.sendMessage('page:ping', undefined, tabId).catch(() => null);
  if (alive) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_FILE] });
  await contentMessenger.sendMessage('page:ping', undefined, tabId);
}

export async function snapshotTab(tabId: number): Promise<PageSnapshot> {
  await ensureContentScript(tabId);
  return contentMessenger.sendMessage('page:snapshot', undefined, tabId);
}

export async function highlightInTab(tabId: number, path: string, label?: string): Promise<HighlightResult> {
  await ensureContentScript(tabId);
  return contentMessenger.sendMessage('page:highlight', { path, ...(label ? { label } : {}) }, tabId);
}

export async function clearHighlightInTab(tabId: number): Promise<void> {
  await contentMessenger.sendMessage('page:clear', undefined, tabId).catch(() => undefined);
}

/** Largest screenshot the API takes (3 MB), as the length of its base64 data URL. */
const MAX_SCREENSHOT_CHARS = Math.floor((3 * 1024 * 1024 * 4) / 3);

/**
 * A JPEG of what the auditor sees in the tab. The tab must be the visible one in its window (captureVisibleTab
 * captures whatever is shown). Browsers allow it only with activeTab (the OpenITA icon was clicked on this tab) or
 * access to every site: access to the audited site alone is not enough.
 */
export async function captureTab(tabId: number): Promise<string> {
  const tab = await describeTab(tabId);
  if (!tab) throw new Error('the tab is gone');
  if (!tab.active) throw new Error('the page is not the visible tab of its window');
  for (const quality of [80, 55, 30]) {
    const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality });
    if (dataUrl.length <= MAX_SCREENSHOT_CHARS) return dataUrl;
  }
  throw new Error('the screenshot is larger than 3 MB');
}
