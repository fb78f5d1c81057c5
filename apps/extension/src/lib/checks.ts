/**
 * The shared OIT checks (packages/scoring) on the page in front of the auditor: the serialised live DOM goes through
 * the same page model and rules as the CLI and the API's re-check. Nothing is decided here.
 */
import { buildPageModel, getFramework, type PageCheckReport, runChecks } from '@openita/scoring';
import type { PageSnapshot } from './messaging';

export interface PageCheck {
  snapshot: PageSnapshot;
  report: PageCheckReport;
  /** Milliseconds: building the page model (cheerio parse + one walk) and running every rule. */
  timings: { model: number; rules: number; total: number };
  htmlBytes: number;
}

export function checkSnapshot(snapshot: PageSnapshot, opts: { framework: string; siteOrigins?: string[] }): PageCheck {
  const framework = getFramework(opts.framework);
  const t0 = performance.now();
  const page = buildPageModel(snapshot.html, snapshot.url);
  const t1 = performance.now();
  let pageOrigin: string[] = [];
  try {
    pageOrigin = [new URL(snapshot.url).origin];
  } catch {
    pageOrigin = [];
  }
  const siteOrigins = [...new Set([...pageOrigin, ...(opts.siteOrigins ?? [])])];
  const report = runChecks(page, framework, { siteOrigins });
  const t2 = performance.now();
  return {
    snapshot,
    report,
    timings: { model: t1 - t0, rules: t2 - t1, total: t2 - t0 },
    htmlBytes: new TextEncoder().encode(snapshot.html).byteLength,
  };
}

/** What the extension sends as its "client check results": the submitted items' results, as the rules gave them. */
export function clientChecksFor(check: PageCheck, items: string[]): PageCheckReport {
  const wanted = new Set(items);
  return { ...check.report, items: check.report.items.filter((i) => wanted.has(i.id)) };
}
