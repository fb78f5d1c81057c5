/**
 * Politeness towards agency websites, over any one-request fetch (Node's http in the CLI, the browser's fetch in the
 * extension): robots.txt read first per origin (robots-parser, with its crawl delay), at most 2 requests at a time per
 * host (p-limit), retries of transient failures with exponential backoff (and Retry-After), a URL gate applied to
 * every URL and every redirect's target, and counters for reports and tests. It never throws: failures come back with
 * `error` and `errorKind`.
 *
 * The raw fetch does the one request: deadline, size cap, decompression, and whichever address rules its platform can
 * enforce (the CLI refuses private addresses at DNS time). If it returns a redirect (`location`), the policy follows it
 * here, checking the target against the gate and robots.txt; a raw fetch that follows redirects itself (the browser's)
 * reports the end of the chain as `finalUrl`, whose robots.txt is then not consulted.
 */
import pLimit, { type LimitFunction } from 'p-limit';
import robotsParserModule from 'robots-parser';
import { fetchFailure } from './content.js';
import type { FetchResult, StopSignal } from './types.js';

// robots-parser is CommonJS (module.exports = function); its types declare a default export.
type RobotsParser = typeof import('robots-parser').default;
const robotsParser = robotsParserModule as unknown as RobotsParser;
type Robots = ReturnType<RobotsParser>;

/** The name robots.txt rules address. */
export const ROBOTS_AGENT = 'OpenITA';

/** One request's answer: a redirect carries `location`; a 429 or 503 may say when to come back. */
export interface RawFetchResult extends FetchResult {
  location?: string;
  retryAfterMs?: number;
}

/** Sends one request (no retry). Should not throw; if it does, the failure counts as a network error. */
export type RawFetch = (url: URL, init: { maxBytes: number }) => Promise<RawFetchResult>;

export interface PolitenessOptions {
  /** Requests at a time per host (default 2). */
  perHost?: number;
  /** Retries of a failed request (default 2). */
  retries?: number;
  /** First backoff; it doubles each retry (default 500 ms). */
  backoffMs?: number;
  /** Longest wait before a retry, Retry-After included (default 30 s). */
  maxBackoffMs?: number;
  /** Largest body kept (default 15 MB); a request may ask for less. */
  maxBytes?: number;
  respectRobots?: boolean;
  /** The agent robots.txt rules are matched for (default "OpenITA"). */
  robotsAgent?: string;
  /** Longest crawl delay honoured from robots.txt (default 5 s). */
  maxCrawlDelayMs?: number;
  maxRedirects?: number;
  /** Parses and vets a URL before any request to it, redirects' targets included; throws to refuse it. */
  checkUrl?: (raw: string) => URL;
  /** Once aborted, nothing more is sent. */
  signal?: StopSignal;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** The default gate: http and https only. */
export function httpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`not a URL: ${String(raw).slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`not an http(s) URL: ${url.href}`);
  return url;
}

export class PolitePolicy {
  protected readonly policy: Required<Omit<PolitenessOptions, 'signal'>> & Pick<PolitenessOptions, 'signal'>;
  private readonly limits = new Map<string, LimitFunction>();
  private readonly robots = new Map<string, Promise<Robots | null>>();
  /** robots.txt once read (the crawl delay must not wait on the robots.txt request itself). */
  private readonly robotsRead = new Map<string, Robots | null>();
  private readonly lastStart = new Map<string, number>();
  /** Requests sent (robots.txt included), for reports and tests. */
  requests = 0;
  /** Requests in flight per host, and the most ever seen at once, for tests of politeness. */
  readonly inFlight = new Map<string, number>();
  maxInFlight = 0;

  constructor(
    private readonly raw: RawFetch,
    options: PolitenessOptions = {},
  ) {
    this.policy = {
      perHost: options.perHost ?? 2,
      retries: options.retries ?? 2,
      backoffMs: options.backoffMs ?? 500,
      maxBackoffMs: options.maxBackoffMs ?? 30_000,
      maxBytes: options.maxBytes ?? 15_000_000,
      respectRobots: options.respectRobots ?? true,
      robotsAgent: options.robotsAgent ?? ROBOTS_AGENT,
      maxCrawlDelayMs: options.maxCrawlDelayMs ?? 5_000,
      maxRedirects: options.maxRedirects ?? 5,
      checkUrl: options.checkUrl ?? httpUrl,
      signal: options.signal,
      sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      now: options.now ?? Date.now,
    };
  }

  private limit(host: string): LimitFunction {
    let l = this.limits.get(host);
    if (!l) {
      l = pLimit(this.policy.perHost);
      this.limits.set(host, l);
    }
    return l;
  }

  /** Fetches a URL politely, following redirects that stay within the rules. Never throws. */
  async fetch(raw: string, opts: { maxBytes?: number } = {}): Promise<FetchResult> {
    const base: FetchResult = { url: raw, finalUrl: raw, status: 0, contentType: '', body: new Uint8Array(0) };
    let url: URL;
    try {
      url = this.policy.checkUrl(raw);
    } catch (e) {
      return { ...base, error: (e as Error).message, errorKind: 'blocked' };
    }
    for (let redirects = 0; ; redirects++) {
      if (this.policy.respectRobots && !(await this.allowedByRobots(url)))
        return {
          ...base,
          finalUrl: url.href,
          error: `robots.txt of ${url.host} disallows ${url.pathname}`,
          errorKind: 'robots',
        };
      const result = await this.withRetries(url, opts.maxBytes ?? this.policy.maxBytes);
      if (result.status >= 300 && result.status < 400 && result.location) {
        if (redirects >= this.policy.maxRedirects)
          return { ...base, status: result.status, error: 'too many redirects', errorKind: 'network' };
        try {
          url = this.policy.checkUrl(new URL(result.location, url).href);
        } catch (e) {
          return {
            ...base,
            finalUrl: result.location,
            error: `redirect refused: ${(e as Error).message}`,
            errorKind: 'blocked',
          };
        }
        continue;
      }
      const { location: _l, retryAfterMs: _r, ...rest } = result;
      return { ...rest, url: raw, finalUrl: result.finalUrl || url.href };
    }
  }

  private async allowedByRobots(url: URL): Promise<boolean> {
    let p = this.robots.get(url.origin);
    if (!p) {
      p = (async () => {
        const robotsUrl = new URL('/robots.txt', url.origin);
        const r = await this.withRetries(robotsUrl, 500_000, Math.min(1, this.policy.retries));
        // No robots.txt, or none that could be read: everything is allowed. RFC 9309 asks a crawler to treat a 5xx as
        // "disallow all"; we deliberately do not: agency CMSs commonly answer any unknown path (robots.txt included)
        // with 500 while serving their pages, and an audit that then read nothing would help no one. A site that is
        // really down fails on its pages anyway.
        const robots =
          r.status !== 200 || r.error ? null : robotsParser(robotsUrl.href, new TextDecoder().decode(r.body));
        this.robotsRead.set(url.origin, robots);
        return robots;
      })();
      this.robots.set(url.origin, p);
    }
    const robots = await p;
    return robots?.isAllowed(url.href, this.policy.robotsAgent) !== false;
  }

  private async crawlDelay(url: URL): Promise<void> {
    if (url.pathname === '/robots.txt') return;
    const robots = this.policy.respectRobots ? this.robotsRead.get(url.origin) : null;
    const delay = Math.min(this.policy.maxCrawlDelayMs, (robots?.getCrawlDelay(this.policy.robotsAgent) ?? 0) * 1000);
    if (!delay) return;
    const now = this.policy.now();
    const last = this.lastStart.get(url.host) ?? 0;
    const wait = last + delay - now;
    this.lastStart.set(url.host, Math.max(now, last + delay));
    if (wait > 0) await this.policy.sleep(wait);
  }

  private async withRetries(url: URL, maxBytes: number, retries = this.policy.retries): Promise<RawFetchResult> {
    for (let attempt = 0; ; attempt++) {
      const r = await this.limit(url.host)(async () => {
        await this.crawlDelay(url);
        return this.once(url, maxBytes);
      });
      const transient = r.errorKind === 'network' || r.errorKind === 'timeout' || r.status === 429 || r.status >= 500;
      if (!transient || attempt >= retries) return r;
      const backoff = this.policy.backoffMs * 2 ** attempt;
      await this.policy.sleep(Math.min(this.policy.maxBackoffMs, Math.max(backoff, r.retryAfterMs ?? 0)));
    }
  }

  private async once(url: URL, maxBytes: number): Promise<RawFetchResult> {
    if (this.policy.signal?.aborted) return fetchFailure(url.href, 'aborted', 'stopped');
    this.requests++;
    const host = url.host;
    const n = (this.inFlight.get(host) ?? 0) + 1;
    this.inFlight.set(host, n);
    this.maxInFlight = Math.max(this.maxInFlight, n);
    try {
      return await this.raw(url, { maxBytes });
    } catch (e) {
      return fetchFailure(url.href, 'network', e instanceof Error ? e.message : String(e));
    } finally {
      this.inFlight.set(host, (this.inFlight.get(host) ?? 1) - 1);
    }
  }
}
