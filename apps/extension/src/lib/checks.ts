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

/**
 * What the extension sends as its "client check results": the submitted items' results. An item the auditor submits
 * although the page does not look like it (the auditor knows better: a PDF's page, an odd title) is checked as if the
 * page were about it — its criteria are evaluated — and the submission says so (`forced`).
 */
export function clientChecksFor(
  check: PageCheck,
  items: string[],
  framework: string,
): { report: PageCheckReport; forced: boolean } {
  const wanted = new Set(items);
  const notAbout = check.report.items.filter((i) => wanted.has(i.id) && !i.applies).map((i) => i.id);
  let forcedResults = new Map<string, PageCheckReport['items'][number]>();
  if (notAbout.length) {
    const page = buildPageModel(check.snapshot.html, check.snapshot.url);
    const forced = runChecks(page, getFramework(framework), {
      items: notAbout,
      force: true,
      siteOrigins: originsOf(check),
    });
    forcedResults = new Map(forced.items.map((i) => [i.id, i]));
  }
  return {
    report: {
      ...check.report,
      items: check.report.items.filter((i) => wanted.has(i.id)).map((i) => forcedResults.get(i.id) ?? i),
    },
    forced: notAbout.length > 0,
  };
}

function originsOf(check: PageCheck): string[] {
  try {
    return [new URL(check.snapshot.url).origin];
  } catch {
    return [];
  }
}
