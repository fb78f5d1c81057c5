/**
 * Fetching an agency's pages from the extension: at most 2 requests at a time per host, a timeout and a size cap per
 * request, one retry with backoff for transient failures, and no request to a host the auditor has not allowed.
 * (Bytes become text with packages/scoring's decodeHtml: TIS-620 and windows-874 included.)
 */
import pLimit, { type LimitFunction } from 'p-limit';

export interface FetchedResource {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  body: Uint8Array;
  error?: string;
  errorKind?: 'no-access' | 'timeout' | 'too-large' | 'http' | 'network' | 'aborted';
}

export interface FetcherOptions {
  perHost?: number;
  timeoutMs?: number;
  maxBytes?: number;
  retries?: number;
  fetch?: typeof fetch;
  /** Is the extension allowed to read this URL's host? (checked before each request) */
  canAccess?: (url: string) => Promise<boolean>;
  signal?: AbortSignal;
  /** Sleep before a retry (injectable for tests). */
  sleep?: (ms: number) => Promise<void>;
}

export class HostFetcher {
  private readonly limits = new Map<string, LimitFunction>();
  private readonly opts: Required<Omit<FetcherOptions, 'signal' | 'canAccess'>> &
    Pick<FetcherOptions, 'signal' | 'canAccess'>;
  requests = 0;
  /** The most requests that were ever in flight to one host at once. */
  peakPerHost = 0;
  private readonly inFlight = new Map<string, number>();

  constructor(options: FetcherOptions = {}) {
    this.opts = {
      perHost: options.perHost ?? 2,
      timeoutMs: options.timeoutMs ?? 20_000,
      maxBytes: options.maxBytes ?? 15_000_000,
      retries: options.retries ?? 1,
      fetch: options.fetch ?? ((...a) => fetch(...a)),
      sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      signal: options.signal,
      canAccess: options.canAccess,
    };
  }

  private limitFor(host: string): LimitFunction {
    let l = this.limits.get(host);
    if (!l) {
      l = pLimit(this.opts.perHost);
      this.limits.set(host, l);
    }
    return l;
  }

  async fetch(url: string, opts: { maxBytes?: number } = {}): Promise<FetchedResource> {
    const fail = (errorKind: FetchedResource['errorKind'], error: string, status = 0): FetchedResource => ({
      url,
      finalUrl: url,
      status,
      contentType: '',
      body: new Uint8Array(0),
      error,
      errorKind,
    });
    let host: string;
    try {
      const u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return fail('network', `not an http(s) URL: ${url}`);
      host = u.host;
    } catch {
      return fail('network', `not a URL: ${url}`);
    }
    if (this.opts.canAccess && !(await this.opts.canAccess(url)))
      return fail('no-access', `no permission to read ${host}`);
    return this.limitFor(host)(async () => {
      for (let attempt = 0; ; attempt++) {
        if (this.opts.signal?.aborted) return fail('aborted', 'stopped');
        const n = (this.inFlight.get(host) ?? 0) + 1;
        this.inFlight.set(host, n);
        this.peakPerHost = Math.max(this.peakPerHost, n);
        let r: FetchedResource;
        try {
          r = await this.once(url, opts.maxBytes ?? this.opts.maxBytes);
        } finally {
          this.inFlight.set(host, (this.inFlight.get(host) ?? 1) - 1);
        }
        const transient =
          r.errorKind === 'network' ||
          r.errorKind === 'timeout' ||
          (r.errorKind === 'http' && (r.status >= 500 || r.status === 429));
        if (!transient || attempt >= this.opts.retries) return r;
        await this.opts.sleep(1_000 * 2 ** attempt);
      }
    });
  }

  private async once(url: string, maxBytes: number): Promise<FetchedResource> {
    this.requests++;
    const timeout = AbortSignal.timeout(this.opts.timeoutMs);
    const signal = this.opts.signal ? AbortSignal.any([this.opts.signal, timeout]) : timeout;
    let res: Response;
    try {
      res = await this.opts.fetch(url, {
        signal,
        credentials: 'omit',
        redirect: 'follow',
        headers: { accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8' },
      });
    } catch (e) {
      const name = e instanceof Error ? e.name : '';
      if (this.opts.signal?.aborted) return this.failed(url, 'aborted', 'stopped');
      if (name === 'TimeoutError' || name === 'AbortError')
        return this.failed(url, 'timeout', `no answer within ${this.opts.timeoutMs} ms`);
      return this.failed(url, 'network', e instanceof Error ? e.message : String(e));
    }
    const contentType = res.headers.get('content-type') ?? '';
    const finalUrl = res.url || url;
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return {
        url,
        finalUrl,
        status: res.status,
        contentType,
        body: new Uint8Array(0),
        error: `HTTP ${res.status}`,
        errorKind: 'http',
      };
    }
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      return {
        url,
        finalUrl,
        status: res.status,
        contentType,
        body: new Uint8Array(0),
        error: `larger than ${maxBytes} bytes`,
        errorKind: 'too-large',
      };
    }
    try {
      const body = await readCapped(res, maxBytes);
      if (!body)
        return {
          url,
          finalUrl,
          status: res.status,
          contentType,
          body: new Uint8Array(0),
          error: `larger than ${maxBytes} bytes`,
          errorKind: 'too-large',
        };
      return { url, finalUrl, status: res.status, contentType, body };
    } catch (e) {
      if (this.opts.signal?.aborted) return this.failed(url, 'aborted', 'stopped');
      return this.failed(url, 'timeout', e instanceof Error ? e.message : String(e));
    }
  }

  private failed(url: string, errorKind: FetchedResource['errorKind'], error: string): FetchedResource {
    return { url, finalUrl: url, status: 0, contentType: '', body: new Uint8Array(0), error, errorKind };
  }
}

/** The body, or null when it exceeds maxBytes (reading stops there). */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.byteLength;
  }
  return out;
}

export function isPdf(r: Pick<FetchedResource, 'contentType' | 'body'>): boolean {
  return /application\/pdf/i.test(r.contentType) || new TextDecoder('latin1').decode(r.body.subarray(0, 5)) === '%PDF-';
}

export function isHtml(r: Pick<FetchedResource, 'contentType' | 'body'>): boolean {
  if (/text\/html|xhtml/i.test(r.contentType)) return true;
  if (r.contentType && !/text\/plain|octet-stream/i.test(r.contentType)) return false;
  return /<(!doctype\s+html|html|head|body)\b/i.test(new TextDecoder('latin1').decode(r.body.subarray(0, 1024)));
}
