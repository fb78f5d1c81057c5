/**
 * The CLI's fetcher for agency websites: the shared polite policy (packages/scoring's PolitePolicy: robots.txt with its
 * crawl delay, at most 2 requests at a time per host, retries with exponential backoff and Retry-After, redirects
 * followed one by one) over one Node request here: a deadline per request, size caps that hold for compressed bodies
 * too, a User-Agent that names OpenITA, and no private or loopback addresses — not as targets, not after a redirect,
 * not by DNS — unless allowed. It never throws: failures come back with `error` and `errorKind`.
 */
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import { type FetchErrorKind, PolitePolicy, type RawFetchResult } from '@openita/scoring';
import { type AddressPolicy, BlockedAddressError, checkUrl, guardedLookup, isPrivateAddress } from './guard.js';

export { ROBOTS_AGENT, type FetchErrorKind, type FetchResult } from '@openita/scoring';

export const USER_AGENT = 'OpenITA/0.1 (+https://github.com/openita/openita; OIT disclosure checker)';

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

class FetchFailure extends Error {
  constructor(
    message: string,
    readonly kind: FetchErrorKind,
  ) {
    super(message);
  }
}

export class PoliteFetcher extends PolitePolicy {
  constructor(options: FetchOptions = {}) {
    const allowPrivate = options.allowPrivate ?? false;
    const isBlocked = options.isBlocked ?? isPrivateAddress;
    const lookup = guardedLookup(allowPrivate, isBlocked, options.hosts ?? {});
    const timeoutMs = options.timeoutMs ?? 20_000;
    const userAgent = options.userAgent ?? USER_AGENT;
    super((url, { maxBytes }) => request(url, { maxBytes, timeoutMs, userAgent, lookup }), {
      perHost: options.perHost ?? 2,
      retries: options.retries ?? 2,
      backoffMs: options.backoffMs ?? 500,
      maxBytes: options.maxBytes ?? 15_000_000,
      respectRobots: options.respectRobots ?? true,
      maxCrawlDelayMs: options.maxCrawlDelayMs ?? 5_000,
      maxRedirects: options.maxRedirects ?? 5,
      checkUrl: (raw) => checkUrl(raw, { allowPrivate, isBlocked }),
    });
  }
}

interface RequestOptions {
  maxBytes: number;
  timeoutMs: number;
  userAgent: string;
  lookup: ReturnType<typeof guardedLookup>;
}

/** One GET, redirects not followed (the policy does, checking each target). Never throws. */
function request(url: URL, opts: RequestOptions): Promise<RawFetchResult> {
  const { maxBytes } = opts;
  const base = { url: url.href, finalUrl: url.href, status: 0, contentType: '', body: new Uint8Array() };
  return new Promise<RawFetchResult>((resolve) => {
    let settled = false;
    const finish = (r: RawFetchResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
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
        lookup: opts.lookup,
        headers: {
          'user-agent': opts.userAgent,
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
          const r: RawFetchResult = { ...base, status, contentType, body: new Uint8Array(Buffer.concat(chunks)) };
          if (status >= 400) Object.assign(r, { error: `HTTP ${status}`, errorKind: 'http' });
          if (Number.isFinite(retryAfter) && retryAfter > 0) r.retryAfterMs = Math.min(30, retryAfter) * 1000;
          finish(r);
        });
      },
    );
    const deadline = setTimeout(() => {
      req.destroy();
      failWith(new FetchFailure(`no complete answer within ${opts.timeoutMs} ms`, 'timeout'));
    }, opts.timeoutMs);
    req.on('error', (e) => failWith(e));
    req.end();
  });
}
