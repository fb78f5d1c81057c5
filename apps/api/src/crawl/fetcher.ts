/**
 * A polite fetcher for agency websites: robots.txt (robots-parser, with its crawl delay), at most 2 requests at a time
 * per host (p-limit), a deadline per request, retries with exponential backoff (and Retry-After), size caps that hold
 * for compressed bodies too, a User-Agent that names OpenITA, and no private or loopback addresses — not as targets,
 * not after a redirect, not by DNS — unless allowed. It never throws: failures come back with `error` and `errorKind`.
 */
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import pLimit, { type LimitFunction } from 'p-limit';
import robotsParserModule from 'robots-parser';
import { type AddressPolicy, BlockedAddressError, checkUrl, guardedLookup, isPrivateAddress } from './guard.js';

// robots-parser is CommonJS (module.exports = function); its types declare a default export.
type RobotsParser = typeof import('robots-parser').default;
const robotsParser = robotsParserModule as unknown as RobotsParser;
type Robots = ReturnType<RobotsParser>;

export const USER_AGENT = 'OpenITA/0.1 (+https://github.com/openita/openita; OIT disclosure checker)';
/** The name robots.txt rules address. */
export const ROBOTS_AGENT = 'OpenITA';

export interface FetchOptions {
  allowPrivate?: boolean;
  /** Deadline of one request, connection to last byte (default 20 s). */
  timeoutMs?: number;
  /** Largest body kept, after decompression (default 15 MB). */
  maxBytes?: number;
  /** Retries of a failed request (default 2). */
  retries?: number;
  /** First backoff; it doubles each retry (default 500 ms). */
  backoffMs?: number;
  /** Requests at a time per host (default 2). */
  perHost?: number;
  respectRobots?: boolean;
  /** Longest crawl delay honoured from robots.txt (default 5 s). */
  maxCrawlDelayMs?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Which resolved addresses are off limits (tests replace it). */
  isBlocked?: AddressPolicy;
  /** Names pinned to addresses, like curl --resolve (checked by the same rules). */
  hosts?: Record<string, string>;
}

export type FetchErrorKind = 'blocked' | 'robots' | 'timeout' | 'too-large' | 'http' | 'network';

export interface FetchResult {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  body: Uint8Array;
  error?: string;
  errorKind?: FetchErrorKind;
}

type Raw = FetchResult & { location?: string; retryAfterMs?: number };

class FetchFailure extends Error {
  constructor(
    message: string,
    readonly kind: FetchErrorKind,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class PoliteFetcher {
  private readonly opts: Required<Omit<FetchOptions, 'isBlocked' | 'hosts'>> & { isBlocked: AddressPolicy };
  private readonly limits = new Map<string, LimitFunction>();
  private readonly robots = new Map<string, Promise<Robots | null>>();
  /** robots.txt once read (the crawl delay must not wait on the robots.txt request itself). */
  private readonly robotsRead = new Map<string, Robots | null>();
  private readonly lastStart = new Map<string, number>();
  private readonly lookup;
  /** Requests sent (robots.txt included), for reports and tests. */
  requests = 0;
  /** Requests in flight per host, and the most ever seen at once, for tests of politeness. */
  readonly inFlight = new Map<string, number>();
  maxInFlight = 0;

  constructor(options: FetchOptions = {}) {
    this.opts = {
      allowPrivate: options.allowPrivate ?? false,
      timeoutMs: options.timeoutMs ?? 20_000,
      maxBytes: options.maxBytes ?? 15_000_000,
      retries: options.retries ?? 2,
      backoffMs: options.backoffMs ?? 500,
      perHost: options.perHost ?? 2,
      respectRobots: options.respectRobots ?? true,
      maxCrawlDelayMs: options.maxCrawlDelayMs ?? 5_000,
      maxRedirects: options.maxRedirects ?? 5,
      userAgent: options.userAgent ?? USER_AGENT,
      isBlocked: options.isBlocked ?? isPrivateAddress,
    };
    this.lookup = guardedLookup(this.opts.allowPrivate, this.opts.isBlocked, options.hosts ?? {});
  }

  private check(raw: string): URL {
    return checkUrl(raw, { allowPrivate: this.opts.allowPrivate, isBlocked: this.opts.isBlocked });
  }

  private limit(host: string): LimitFunction {
    let l = this.limits.get(host);
    if (!l) {
      l = pLimit(this.opts.perHost);
      this.limits.set(host, l);
    }
    return l;
  }

  /** Fetches a URL politely, following redirects that stay within the rules. Never throws. */
  async fetch(raw: string, opts: { maxBytes?: number } = {}): Promise<FetchResult> {
    const base: FetchResult = { url: raw, finalUrl: raw, status: 0, contentType: '', body: new Uint8Array() };
    let url: URL;
    try {
      url = this.check(raw);
    } catch (e) {
      return { ...base, error: (e as Error).message, errorKind: 'blocked' };
    }
    for (let redirects = 0; ; redirects++) {
      if (this.opts.respectRobots && !(await this.allowedByRobots(url)))
        return {
          ...base,
          finalUrl: url.href,
          error: `robots.txt of ${url.host} disallows ${url.pathname}`,
          errorKind: 'robots',
        };
      const result = await this.withRetries(url, opts.maxBytes ?? this.opts.maxBytes);
      if (result.status >= 300 && result.status < 400 && result.location) {
        if (redirects >= this.opts.maxRedirects)
          return { ...base, status: result.status, error: 'too many redirects', errorKind: 'network' };
        try {
          url = this.check(new URL(result.location, url).href);
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
      return { ...rest, url: raw, finalUrl: url.href };
    }
  }

  private async allowedByRobots(url: URL): Promise<boolean> {
    let p = this.robots.get(url.origin);
    if (!p) {
      p = (async () => {
        const robotsUrl = new URL('/robots.txt', url.origin);
        const r = await this.withRetries(robotsUrl, 500_000, 1);
        const robots =
          r.status !== 200 || r.error ? null : robotsParser(robotsUrl.href, new TextDecoder().decode(r.body));
        this.robotsRead.set(url.origin, robots);
        return robots;
      })();
      this.robots.set(url.origin, p);
    }
    const robots = await p;
    return robots?.isAllowed(url.href, ROBOTS_AGENT) !== false;
  }

  private async crawlDelay(url: URL): Promise<void> {
    if (url.pathname === '/robots.txt') return;
    const robots = this.opts.respectRobots ? this.robotsRead.get(url.origin) : null;
    const delay = Math.min(this.opts.maxCrawlDelayMs, (robots?.getCrawlDelay(ROBOTS_AGENT) ?? 0) * 1000);
    if (!delay) return;
    const last = this.lastStart.get(url.host) ?? 0;
    const wait = last + delay - Date.now();
    this.lastStart.set(url.host, Math.max(Date.now(), last + delay));
    if (wait > 0) await sleep(wait);
  }

  private async withRetries(url: URL, maxBytes: number, retries = this.opts.retries): Promise<Raw> {
    for (let attempt = 0; ; attempt++) {
      const r = await this.limit(url.host)(async () => {
        await this.crawlDelay(url);
        return this.once(url, maxBytes);
      });
      const transient = r.errorKind === 'network' || r.errorKind === 'timeout' || r.status === 429 || r.status >= 500;
      if (!transient || attempt >= retries) return r;
      const backoff = this.opts.backoffMs * 2 ** attempt;
      await sleep(Math.min(30_000, Math.max(backoff, r.retryAfterMs ?? 0)));
    }
  }

  private once(url: URL, maxBytes: number): Promise<Raw> {
    this.requests++;
    const host = url.host;
    this.inFlight.set(host, (this.inFlight.get(host) ?? 0) + 1);
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight.get(host) ?? 0);
    const base = { url: url.href, finalUrl: url.href, status: 0, contentType: '', body: new Uint8Array() };
    return new Promise<Raw>((resolve) => {
      let settled = false;
      const finish = (r: Raw) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        this.inFlight.set(host, (this.inFlight.get(host) ?? 1) - 1);
        resolve(r);
      };
      const failWith = (e: unknown, status = 0, contentType = '') => {
        const kind: FetchErrorKind =
          e instanceof FetchFailure
            ? e.kind
            : e instanceof BlockedAddressError || (e as { code?: string })?.code === 'EBLOCKED'
              ? 'blocked'
              : 'network';
        finish({ ...base, status, contentType, error: (e as Error)?.message ?? String(e), errorKind: kind });
      };
      const mod = url.protocol === 'https:' ? https : http;
      const req = mod.request(
        url,
        {
          method: 'GET',
          lookup: this.lookup,
          headers: {
            'user-agent': this.opts.userAgent,
            accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5',
            'accept-encoding': 'gzip, deflate, br',
            'accept-language': 'th,en;q=0.8',
          },
        },
        (res) => {
          const status = res.statusCode ?? 0;
          const contentType = String(res.headers['content-type'] ?? '');
          const location = res.headers.location;
          const retryAfter = Number(res.headers['retry-after']);
          if (status >= 300 && status < 400 && location) {
            res.resume();
            return finish({ ...base, status, contentType, location });
          }
          const declared = Number(res.headers['content-length'] ?? 0);
          if (!res.headers['content-encoding'] && declared > maxBytes) {
            res.destroy();
            return failWith(new FetchFailure(`larger than ${maxBytes} bytes`, 'too-large'), status, contentType);
          }
          // Compressed bodies are inflated as they arrive and capped on their inflated size: no zip bomb.
          const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
          const stream =
            encoding === 'gzip' || encoding === 'x-gzip'
              ? res.pipe(zlib.createGunzip())
              : encoding === 'deflate'
                ? res.pipe(zlib.createInflate())
                : encoding === 'br'
                  ? res.pipe(zlib.createBrotliDecompress())
                  : res;
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (c: Buffer) => {
            size += c.length;
            if (size > maxBytes) {
              res.destroy();
              stream.destroy();
              failWith(new FetchFailure(`larger than ${maxBytes} bytes`, 'too-large'), status, contentType);
            } else chunks.push(c);
          });
          stream.on('error', (e) => failWith(e, status, contentType));
          stream.on('end', () => {
            const r: Raw = { ...base, status, contentType, body: new Uint8Array(Buffer.concat(chunks)) };
            if (status >= 400) Object.assign(r, { error: `HTTP ${status}`, errorKind: 'http' });
            if (Number.isFinite(retryAfter) && retryAfter > 0) r.retryAfterMs = Math.min(30, retryAfter) * 1000;
            finish(r);
          });
        },
      );
      const deadline = setTimeout(() => {
        req.destroy();
        failWith(new FetchFailure(`no complete answer within ${this.opts.timeoutMs} ms`, 'timeout'));
      }, this.opts.timeoutMs);
      req.on('error', (e) => failWith(e));
      req.end();
    });
  }
}
