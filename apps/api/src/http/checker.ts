/** The server's re-check of captures, in a worker thread so that a 5 MB page does not stall other requests. */
import type { Checker } from '@openita/schema';
import { Piscina } from 'piscina';

export interface WorkerChecker {
  checker: Checker;
  close(): Promise<void>;
}

export function workerChecker(threads = 1): WorkerChecker {
  const pool = new Piscina({
    // The built worker, whether this module runs from dist/ or (in tests) from src/.
    filename: new URL('../../dist/http/check-worker.js', import.meta.url).href,
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  // A check that runs away (a hostile page) is abandoned after 30 s; the evidence then records that the server could not check.
  return {
    checker: (html, url, o) =>
      pool.run({ html, url, framework: o.framework, items: o.items, siteOrigins: o.siteOrigins, force: o.force }, { signal: AbortSignal.timeout(30_000) }),
    close: () => pool.destroy(),
  };
}
