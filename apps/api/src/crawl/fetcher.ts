/**
 * A polite fetcher for agency websites: robots.txt, at most 2 requests at a time per host, timeouts, retries with
 * backoff, size caps, a User-Agent that names OpenITA, and no private addresses unless allowed.
 */
import http from 'node:http';
import https from 'node:https';
import pLimit, { type LimitFunction } from 'p-limit';
import robotsParserModule from 'robots-parser';
// robots-parser is CommonJS (module.exports = the function) but its types say `export default`: under NodeNext the
// default import is the function at run time and the module's namespace to the type checker.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
import { BlockedAddressError, checkUrl, guardedLookup } from './guard.js';

export const USER_AGENT = 'OpenITA/0.1 (ITA OIT disclosure checker; +https://github.com/openita/openita)';

export interface FetchOptions {
  allowPrivate?: boolean;
  /** Per request. */
  timeoutMs?: number;
  maxBytes?: number;
  retries?: number;
  perHost?: number;
  respectRobots?: boolean;
  maxRedirects?: number;
  userAgent?: string;
}

export interface FetchResult {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  body: Uint8Array;
  error?: string;
  /** The error kind, for callers that decide verdicts: blocked (address or robots), timeout, too-large, http, network. */
  errorKind?: 'blocked' | 'robots' | 'timeout' | 'too-large' | 'http' | 'network';
}

class TooLargeError extends Error {}
class TimeoutError extends Error {}

export class PoliteFetcher {
  private readonly opts: Required<FetchOptions>;
  private readonly limits = new Map<string, LimitFunction>();
  private readonly robots = new Map<string, Promise<ReturnType<typeof robotsParser> | null>>();
  private readonly lookup;
  /** Requests made, for tests and progress. */
  requests = 0;

  constructor(options: FetchOptions = {}) {
    this.opts = {
      allowPrivate: options.allowPrivate ?? false,
      timeoutMs: options.timeoutMs ?? 15_000,
      maxBytes: options.maxBytes ?? 15_000_000,
      retries: options.retries ?? 2,
      perHost: options.perHost ?? 2,
      respectRobots: options.respectRobots ?? true,
      maxRedirects: options.maxRedirects ?? 5,
      userAgent: options.userAgent ?? USER_AGENT,
    };
    this.lookup = guardedLookup(this.opts.allowPrivate);
  }

  private limit(host: string): LimitFunction {
    let l = this.limits.get(host);
    if (!l) {
      l = pLimit(this.opts.perHost);
      this.limits.set(host, l);
    }
    return l;
  }

  /** Fetches a URL politely. Never throws: failures come back with `error`. */
  async fetch(raw: string, opts: { maxBytes?: number } = {}): Promise<FetchResult> {
    const base: FetchResult = { url: raw, finalUrl: raw, status: 0, contentType: '', body: new Uint8Array() };
    let url: URL;
    try {
      url = checkUrl(raw);
    } catch (e) {
      return { ...base, error: (e as Error).message, errorKind: 'blocked' };
    }
    if (this.opts.respectRobots && !(await this.allowedByRobots(url)))
      return { ...base, error: `robots.txt of ${url.host} disallows ${url.pathname}`, errorKind: 'robots' };
    let redirects = 0;
    for (;;) {
      const result = await this.withRetries(url, opts.maxBytes ?? this.opts.maxBytes);
      if (result.status >= 300 && result.status < 400 && result.location) {
        if (++redirects > this.opts.maxRedirects) return { ...base, status: result.status, error: 'too many redirects', errorKind: 'network' };
        try {
          url = checkUrl(new URL(result.location, url).href);
        } catch (e) {
          return { ...base, error: (e as Error).message, errorKind: 'blocked' };
        }
        continue;
      }
      const { location: _ignored, ...rest } = result;
      return { ...rest, url: raw, finalUrl: url.href };
    }
  }

  private async allowedByRobots(url: URL): Promise<boolean> {
    let p = this.robots.get(url.origin);
    if (!p) {
      p = (async () => {
        const robotsUrl = new URL('/robots.txt', url.origin);
        const r = await this.withRetries(robotsUrl, 500_000, 0);
        if (r.status !== 200) return null;
        return robotsParser(robotsUrl.href, new TextDecoder().decode(r.body));
      })();
      this.robots.set(url.origin, p);
    }
    const robots = await p;
    return !robots || robots.isAllowed(url.href, this.opts.userAgent) !== false;
  }

  private async withRetries(url: URL, maxBytes: number, retries = this.opts.retries): Promise<FetchResult & { location?: string }> {
    let attempt = 0;
    for (;;) {
      const r = await this.limit(url.host)(() => this.once(url, maxBytes));
      const transient = r.errorKind === 'network' || r.errorKind === 'timeout' || r.status === 429 || r.status >= 500;
      if (!transient || attempt >= retries) return r;
      attempt++;
      await new Promise((res) => setTimeout(res, Math.min(4000, 300 * 2 ** attempt)));
    }
  }

  private once(url: URL, maxBytes: number): Promise<FetchResult & { location?: string }> {
    this.requests++;
    const base = { url: url.href, finalUrl: url.href, status: 0, contentType: '', body: new Uint8Array() };
    return new Promise((resolve) => {
      const mod = url.protocol === 'https:' ? https : http;
      const req = mod.request(
        url,
        {
          method: 'GET',
          lookup: this.lookup,
          headers: { 'user-agent': this.opts.userAgent, accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5' },
          timeout: this.opts.timeoutMs,
        },
        (res) => {
          const status = res.statusCode ?? 0;
          const contentType = String(res.headers['content-type'] ?? '');
          const location = res.headers.location;
          const declared = Number(res.headers['content-length'] ?? 0);
          if (declared > maxBytes) {
            res.destroy();
            return resolve({ ...base, status, contentType, error: `larger than ${maxBytes} bytes`, errorKind: 'too-large' });
          }
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size > maxBytes) res.destroy(new TooLargeError(`larger than ${maxBytes} bytes`));
            else chunks.push(c);
          });
          res.on('error', (e) => resolve({ ...base, status, contentType, error: e.message, errorKind: e instanceof TooLargeError ? 'too-large' : 'network' }));
          res.on('end', () => {
            const body = new Uint8Array(Buffer.concat(chunks));
            const r: FetchResult & { location?: string } = { ...base, status, contentType, body };
            if (location) r.location = location;
            if (status >= 400) Object.assign(r, { error: `HTTP ${status}`, errorKind: 'http' });
            resolve(r);
          });
        },
      );
      req.on('timeout', () => req.destroy(new TimeoutError(`no answer within ${this.opts.timeoutMs} ms`)));
      req.on('error', (e) =>
        resolve({
          ...base,
          error: e.message,
          errorKind: e instanceof BlockedAddressError ? 'blocked' : e instanceof TimeoutError ? 'timeout' : 'network',
        }),
      );
      req.end();
    });
  }
}
