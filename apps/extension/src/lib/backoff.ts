/**
 * Exponential backoff with "equal jitter": the n-th retry waits between half and all of min(cap, base·2^(n−1)),
 * so a fleet of extensions coming back online does not hit the API in step.
 */
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
  /** 0 ≤ random() < 1; injectable for tests. */
  random?: () => number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 5_000, capMs: 30 * 60_000 };

export function backoffDelay(attempt: number, opts: BackoffOptions = DEFAULT_BACKOFF): number {
  const n = Math.max(1, Math.floor(attempt));
  const ceiling = Math.min(opts.capMs, opts.baseMs * 2 ** Math.min(n - 1, 30));
  const r = (opts.random ?? Math.random)();
  return Math.round(ceiling / 2 + (r * ceiling) / 2);
}
