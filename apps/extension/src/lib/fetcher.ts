/**
 * Fetching an agency's pages from the extension: packages/scoring's polite policy (robots.txt first, at most 2
 * requests at a time per host, retries with backoff for transient failures) over the browser's fetch, with a timeout
 * and a size cap per request, and no request to a host the auditor has not allowed.
 * (Bytes become text with packages/scoring's decodeHtml: TIS-620 and windows-874 included.)
 */
import { type FetchResult, fetchFailure, httpUrl, PolitePolicy, type RawFetchResult } from '@openita/scoring';

export { isHtml, isPdf } from '@openita/scoring';
export type FetchedResource = FetchResult;

export interface FetcherOptions {
  perHost?: number;
  timeoutMs?: number;
  maxBytes?: number;
  retries?: number;
  /** Read robots.txt and keep to it (default true). */
  respectRobots?: boolean;
  fetch?: typeof fetch;
  /** Is the extension allowed to read this URL's host? (checked before each request) */
  canAccess?: (url: string) => Promise<boolean>;
  signal?: AbortSignal;
  /** Sleep before a retry (injectable for tests). */
  sleep?: (ms: number) => Promise<void>;
}

export class HostFetcher extends PolitePolicy {
  private readonly canAccess: FetcherOptions['canAccess'];

  constructor(options: FetcherOptions = {}) {
    const f = options.fetch ?? ((...a) => fetch(...a));
    const timeoutMs = options.timeoutMs ?? 20_000;
    const signal = options.signal;
    super((url, { maxBytes }) => request(f, url.href, { maxBytes, timeoutMs, signal }), {
      perHost: options.perHost ?? 2,
      retries: options.retries ?? 1,
      backoffMs: 1_000,
      maxBytes: options.maxBytes ?? 15_000_000,
      respectRobots: options.respectRobots ?? true,
      ...(signal ? { signal } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
    });
    this.canAccess = options.canAccess;
  }

  /** The most requests that were ever in flight to one host at once. */
  get peakPerHost(): number {
    return this.maxInFlight;
  }

  override async fetch(url: string, opts: { maxBytes?: number } = {}): Promise<FetchResult> {
    let host: string;
    try {
      host = httpUrl(url).host;
    } catch {
      return super.fetch(url, opts); // refused there, with the reason
    }
    if (this.canAccess && !(await this.canAccess(url)))
      return fetchFailure(url, 'no-access', `no permission to read ${host}`);
    return super.fetch(url, opts);
  }
}

/** One request with the browser's fetch (which follows redirects itself). Never throws. */
async function request(
  f: typeof fetch,
  url: string,
  opts: { maxBytes: number; timeoutMs: number; signal: AbortSignal | undefined },
): Promise<RawFetchResult> {
  const { maxBytes, signal: stop } = opts;
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = stop ? AbortSignal.any([stop, timeout]) : timeout;
  let res: Response;
  try {
    res = await f(url, {
      signal,
      credentials: 'omit',
      redirect: 'follow',
      headers: { accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8' },
    });
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (stop?.aborted) return fetchFailure(url, 'aborted', 'stopped');
    if (name === 'TimeoutError' || name === 'AbortError')
      return fetchFailure(url, 'timeout', `no answer within ${opts.timeoutMs} ms`);
    return fetchFailure(url, 'network', e instanceof Error ? e.message : String(e));
  }
  const answer = {
    url,
    finalUrl: res.url || url,
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
  };
  const retryAfter = Number(res.headers.get('retry-after'));
  const refused = async (error: string, errorKind: FetchResult['errorKind']): Promise<RawFetchResult> => {
    await res.body?.cancel().catch(() => undefined);
    return {
      ...answer,
      body: new Uint8Array(0),
      error,
      errorKind,
      ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: Math.min(30, retryAfter) * 1000 } : {}),
    };
  };
  if (!res.ok) return refused(`HTTP ${res.status}`, 'http');
  if (Number(res.headers.get('content-length') ?? '0') > maxBytes)
    return refused(`larger than ${maxBytes} bytes`, 'too-large');
  try {
    const body = await readCapped(res, maxBytes);
    if (!body)
      return { ...answer, body: new Uint8Array(0), error: `larger than ${maxBytes} bytes`, errorKind: 'too-large' };
    return { ...answer, body };
  } catch (e) {
    if (stop?.aborted) return fetchFailure(url, 'aborted', 'stopped');
    return fetchFailure(url, 'timeout', e instanceof Error ? e.message : String(e));
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
