/**
 * Site scan from the auditor's browser: find the agency's OIT index from its home page, fetch every page and PDF it
 * links for each item, check each with the shared rules, and give one row per item (43 for FY2564). The best
 * evidence wins: pass > needs-review > fail; an item with no link on the index fails. The same decisions as the
 * `openita audit` command (apps/api/src/crawl/audit.ts); the rules and the index parser are packages/scoring's.
 */
import {
  buildPageModel,
  type CheckResult,
  type Framework,
  type OitIndex,
  type PageModel,
  pageFromText,
  parseOitIndex,
  runChecks,
  type Verdict,
} from '@openita/scoring';
import { decodeHtml, type FetchedResource, type HostFetcher, isHtml, isPdf } from './fetcher';

export interface ScanLink {
  url: string;
  text: string;
  verdict: Verdict;
  kind: 'page' | 'pdf' | 'other';
  error?: string;
  errorKind?: FetchedResource['errorKind'] | 'scanned' | 'pdf';
  missing?: string[];
}

export interface ScanItem {
  id: string;
  name: Framework['items'][number]['name'];
  verdict: Verdict;
  links: ScanLink[];
  best: CheckResult | null;
  missing: string[];
  /** Why, in short: "no link on the index", the best link's error. */
  note: 'no-links' | 'scanned' | 'unreadable' | 'no-access' | null;
}

export interface ScanReport {
  site: string;
  indexUrl: string | null;
  /** The fiscal-year section of the index that was used (null: the index has no per-year sections). */
  indexYear: number | null;
  items: ScanItem[];
  requests: number;
  peakPerHost: number;
  /** Hosts linked from the index that the extension may not read (the auditor can allow them and scan again). */
  blockedHosts: string[];
  errors: string[];
  stopped: boolean;
}

export type ScanEvent =
  | { type: 'index-search'; url: string }
  | { type: 'index'; url: string | null; index: OitIndex | null; total: number }
  | { type: 'link'; done: number; total: number; item: string; link: ScanLink }
  | { type: 'item'; item: ScanItem };

export type PdfReader = (data: Uint8Array) => Promise<{ text: string; scanned: boolean; error?: string }>;

export interface ScanOptions {
  framework: Framework;
  fetcher: HostFetcher;
  readPdf: PdfReader;
  maxLinksPerItem?: number;
  /** Other origins that are the agency's own (for "on the agency's own website" channels). */
  siteOrigins?: string[];
  onEvent?: (e: ScanEvent) => void;
  signal?: AbortSignal;
}

const INDEX_LINK = /\bita\b|\boit\b|การเปิดเผยข้อมูลสาธารณะ|คุณธรรมและความโปร่งใส|ประเมินคุณธรรม|open\s*data/i;
const RANK: Record<Verdict, number> = { pass: 3, 'needs-review': 2, fail: 1, 'not-applicable': 0 };

/** The OIT index: the home page itself, or the best of the pages its ITA/OIT links lead to (one level deeper for an ITA landing page). */
export async function findOitIndex(
  homeUrl: string,
  home: PageModel,
  opts: Pick<ScanOptions, 'framework' | 'fetcher' | 'onEvent' | 'signal'>,
): Promise<{ url: string; index: OitIndex } | null> {
  let best: { url: string; index: OitIndex } | null = null;
  const consider = (url: string, index: OitIndex) => {
    if (index.isIndex && (!best || index.count > best.index.count)) best = { url, index };
  };
  consider(homeUrl, parseOitIndex(home, opts.framework));
  const candidates = [
    ...new Set(
      home.links
        .filter((l) => l.href && l.kind === 'internal' && INDEX_LINK.test(`${l.text} ${l.href}`))
        .map((l) => l.href as string),
    ),
  ].slice(0, 6);
  const year = String(opts.framework.fiscalYear);
  for (const url of candidates) {
    if (opts.signal?.aborted) break;
    opts.onEvent?.({ type: 'index-search', url });
    const r = await opts.fetcher.fetch(url, { maxBytes: 8_000_000 });
    if (r.error || !isHtml(r)) continue;
    const p = buildPageModel(decodeHtml(r), r.finalUrl);
    consider(r.finalUrl, parseOitIndex(p, opts.framework));
    if (!best) {
      const deeper = p.links.filter(
        (l) =>
          l.href &&
          l.kind === 'internal' &&
          INDEX_LINK.test(`${l.text} ${l.href}`) &&
          `${l.text} ${l.href}`.includes(year),
      );
      for (const l of deeper.slice(0, 3)) {
        const d = await opts.fetcher.fetch(l.href as string, { maxBytes: 8_000_000 });
        if (!d.error && isHtml(d))
          consider(d.finalUrl, parseOitIndex(buildPageModel(decodeHtml(d), d.finalUrl), opts.framework));
      }
    }
  }
  return best;
}

async function checkLink(
  itemId: string,
  url: string,
  text: string,
  opts: ScanOptions,
  siteOrigins: string[],
): Promise<{ link: ScanLink; result: CheckResult | null }> {
  const r = await opts.fetcher.fetch(url);
  if (r.error) {
    // A page that could not be loaded is for a person to judge.
    return {
      link: {
        url,
        text,
        kind: 'other',
        verdict: 'needs-review',
        error: r.error,
        ...(r.errorKind ? { errorKind: r.errorKind } : {}),
      },
      result: null,
    };
  }
  let page: PageModel;
  let kind: ScanLink['kind'];
  if (isPdf(r)) {
    kind = 'pdf';
    const pdf = await opts.readPdf(r.body);
    if (pdf.error)
      return { link: { url, text, kind, verdict: 'needs-review', error: pdf.error, errorKind: 'pdf' }, result: null };
    if (pdf.scanned)
      return {
        link: { url, text, kind, verdict: 'needs-review', error: 'scanned PDF: no text layer', errorKind: 'scanned' },
        result: null,
      };
    page = pageFromText(pdf.text, r.finalUrl, text);
  } else if (isHtml(r)) {
    kind = 'page';
    page = buildPageModel(decodeHtml(r), r.finalUrl);
  } else {
    return {
      link: {
        url,
        text,
        kind: 'other',
        verdict: 'needs-review',
        error: `${r.contentType || 'unknown type'}: not read automatically`,
      },
      result: null,
    };
  }
  const report = runChecks(page, opts.framework, { items: [itemId], force: true, siteOrigins });
  const result = report.items[0] ?? null;
  return {
    link: {
      url,
      text,
      kind,
      verdict: result?.verdict ?? 'needs-review',
      ...(result?.missing.length ? { missing: result.missing } : {}),
    },
    result,
  };
}

export async function scanSite(start: string, opts: ScanOptions): Promise<ScanReport> {
  const errors: string[] = [];
  const emptyItems = (): ScanItem[] =>
    opts.framework.items.map((i) => ({
      id: i.id,
      name: i.name,
      verdict: 'needs-review',
      links: [],
      best: null,
      missing: [],
      note: null,
    }));
  const base = (): Omit<ScanReport, 'items' | 'indexUrl' | 'indexYear'> => ({
    site: start,
    requests: opts.fetcher.requests,
    peakPerHost: opts.fetcher.peakPerHost,
    blockedHosts: [],
    errors,
    stopped: !!opts.signal?.aborted,
  });
  const home = await opts.fetcher.fetch(start, { maxBytes: 8_000_000 });
  if (home.error || !isHtml(home)) {
    errors.push(`${start}: ${home.error ?? `not an HTML page (${home.contentType})`}`);
    opts.onEvent?.({ type: 'index', url: null, index: null, total: 0 });
    return { ...base(), indexUrl: null, indexYear: null, items: emptyItems() };
  }
  const siteOrigins = [...new Set([new URL(home.finalUrl).origin, ...(opts.siteOrigins ?? [])])];
  const found = await findOitIndex(home.finalUrl, buildPageModel(decodeHtml(home), home.finalUrl), opts);
  if (!found) {
    errors.push('OIT index not found from the home page');
    opts.onEvent?.({ type: 'index', url: null, index: null, total: 0 });
    return { ...base(), indexUrl: null, indexYear: null, items: emptyItems() };
  }
  const max = opts.maxLinksPerItem ?? 4;
  const jobs = opts.framework.items.map((item) => ({
    item,
    links: (found.index.items[item.id]?.links ?? []).filter((l) => l.href).slice(0, max),
  }));
  const total = jobs.reduce((s, j) => s + j.links.length, 0);
  opts.onEvent?.({ type: 'index', url: found.url, index: found.index, total });
  let done = 0;
  const blocked = new Set<string>();
  const items = await Promise.all(
    jobs.map(async ({ item, links }): Promise<ScanItem> => {
      let out: ScanItem;
      if (!links.length) {
        out = { id: item.id, name: item.name, verdict: 'fail', links: [], best: null, missing: [], note: 'no-links' };
      } else {
        const checked = await Promise.all(
          links.map(async (l) => {
            const c = await checkLink(item.id, l.href as string, l.text, opts, siteOrigins);
            if (c.link.errorKind === 'no-access') blocked.add(new URL(c.link.url).host);
            opts.onEvent?.({ type: 'link', done: ++done, total, item: item.id, link: c.link });
            return c;
          }),
        );
        checked.sort((a, b) => RANK[b.link.verdict] - RANK[a.link.verdict]);
        const top = checked[0];
        const verdict: Verdict = !top || top.link.verdict === 'not-applicable' ? 'fail' : top.link.verdict;
        const note: ScanItem['note'] =
          verdict !== 'needs-review'
            ? null
            : top?.link.errorKind === 'scanned'
              ? 'scanned'
              : top?.link.errorKind === 'no-access'
                ? 'no-access'
                : top?.link.error
                  ? 'unreadable'
                  : null;
        out = {
          id: item.id,
          name: item.name,
          verdict,
          links: checked.map((c) => c.link),
          best: top?.result ?? null,
          missing: top?.result?.missing ?? [],
          note,
        };
      }
      opts.onEvent?.({ type: 'item', item: out });
      return out;
    }),
  );
  return {
    ...base(),
    indexUrl: found.url,
    indexYear: found.index.fiscalYear,
    items,
    blockedHosts: [...blocked].sort(),
  };
}
