/**
 * Host access, asked for at run time: the extension is installed with no host permission at all. The auditor grants
 * the audited agency's site (to read pages and scan the OIT index) and the OpenITA server (to submit), one host at a
 * time, from a button (browsers only show the prompt in response to a click).
 */
import { browser } from 'wxt/browser';

/** "https://www.example.go.th:8443/a?b" → "*://www.example.go.th/*" (both schemes; match patterns ignore ports). */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `*://${u.hostname}/*`;
  } catch {
    return null;
  }
}

export function patternsFor(urls: string[]): string[] {
  return [...new Set(urls.map(originPattern).filter((p): p is string => !!p))];
}

export async function hasHostAccess(urls: string[]): Promise<boolean> {
  const origins = patternsFor(urls);
  if (!origins.length) return false;
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return false;
  }
}

/**
 * Asks for access to the hosts of `urls`. Call it first thing in a click handler (before any await): browsers only
 * show the prompt for a user gesture.
 */
export function requestHostAccess(urls: string[]): Promise<boolean> {
  const origins = patternsFor(urls);
  if (!origins.length) return Promise.resolve(false);
  return browser.permissions.request({ origins }).catch(() => false);
}

/** The host patterns granted so far (for the settings page). */
export async function grantedHosts(): Promise<string[]> {
  try {
    const all = await browser.permissions.getAll();
    return all.origins ?? [];
  } catch {
    return [];
  }
}

export async function revokeHost(pattern: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
