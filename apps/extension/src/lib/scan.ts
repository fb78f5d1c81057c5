/**
 * Site scan from the auditor's browser: find the agency's OIT index from its home page, fetch every page and PDF it
 * links for each item, check each with the shared rules (a page with the documents it links), and give one row per
 * item (43 for FY2564). The best evidence wins: pass > needs-review > fail; an item with no link on the index fails.
 *
 * The same decisions as the `openita audit` command (apps/api/src/crawl/audit.ts), which runs in Node with its own
 * polite fetcher; the rules, the index parser and the HTML decoding are packages/scoring's. What differs is the
 * browser's part: host permissions (a host the auditor has not allowed is listed, not fetched), progress per link,
 * and stopping on request.
 */
import {
  buildPageModel,
  type CheckResult,
  decodeHtml,
  type Framework,
  type IndexEntry,
  type LinkedDocument,
  type OitIndex,
  type PageLink,
  type PageModel,
  pageFromText,
  parseOitIndex,
  runChecks,
  type Verdict,
} from '@openita/scoring';
import { type FetchedResource, type HostFetcher, isHtml, isPdf } from './fetcher';

export interface ScanLink {
  url: string;
  text: string;
  verdict: Verdict;
  kind: 'page' | 'pdf' | 'other';
  error?: string;
  errorKind?: FetchedResource['errorKind'] | 'scanned' | 'pdf' | 'by-hand';
  missing?: string[];
}

export interface ScanItem {
  id: string;
  name: Framework['items'][number]['name'];
  verdict: Verdict;
  links: ScanLink[];
  best: CheckResult | null;
  missing: string[];
  /** Why, in short. */
  note: 'no-links' | 'scanned' | 'unreadable' | 'no-access' | 'by-hand' | null;
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
  /** Links followed per item (default 4). */
  maxLinksPerItem?: number;
  /** Documents read per linked page (default 4). */
  maxDocumentsPerPage?: number;
  /** Other origins that are the agency's own (for "on the agency's own website" channels). */
  siteOrigins?: string[];
  onEvent?: (e: ScanEvent) => void;
  signal?: AbortSignal;
}

const INDEX_LINK = /\bita\b|\boit\b|การเปิดเผยข้อมูล|คุณธรรมและความโปร่งใส|ประเมินคุณธรรม|open\s*data|ความโปร่งใส/i;
const RANK: Record<Verdict, number> = { pass: 3, 'needs-review': 2, fail: 1, 'not-applicable': 0 };
const DOC_KINDS = new Set<PageLink['kind']>(['pdf', 'office', 'archive']);

/** Each URL is fetched once per scan (many items link the same page). */
class Cache {
  private readonly map = new Map<string, Promise<FetchedResource>>();
  constructor(private readonly fetcher: HostFetcher) {}
  get(url: string, maxBytes?: number): Promise<FetchedResource> {
    let p = this.map.get(url);
    if (!p) {
      p = this.fetcher.fetch(url, maxBytes ? { maxBytes } : {});
      this.map.set(url, p);
    }
    return p;
  }
}

const modelOf = (r: FetchedResource): PageModel => buildPageModel(decodeHtml(r.body, r.contentType).text, r.finalUrl);

/** The OIT index: the home page itself, or the best of the pages its ITA/OIT links lead to (two levels). */
async function findOitIndex(
  home: FetchedResource,
  cache: Cache,
  opts: Pick<ScanOptions, 'framework' | 'onEvent' | 'signal'>,
): Promise<{ url: string; index: OitIndex } | null> {
  let best: { url: string; index: OitIndex } | null = null;
  const consider = (url: string, page: PageModel) => {
    const index = parseOitIndex(page, opts.framework);
    if (index.isIndex && (!best || index.count > best.index.count)) best = { url, index };
  };
  const homePage = modelOf(home);
  consider(home.finalUrl, homePage);
  const candidates = (page: PageModel) => [
    ...new Set(
      page.links
        .filter((l) => l.href && l.kind === 'internal' && INDEX_LINK.test(`${l.text} ${l.href}`))
        .map((l) => l.href as string),
    ),
  ];
  const year = String(opts.framework.fiscalYear);
  const first = candidates(homePage)
    .sort((a, b) => Number(b.includes(year)) - Number(a.includes(year)))
    .slice(0, 8);
  const landing: PageModel[] = [];
  for (const url of first) {
    if (opts.signal?.aborted) return best;
    opts.onEvent?.({ type: 'index-search', url });
    const r = await cache.get(url, 8_000_000);
    if (r.error || isPdf(r) || !isHtml(r)) continue;
    const page = modelOf(r);
    consider(r.finalUrl, page);
    landing.push(page);
  }
  if (!best) {
    // An ITA landing page that links the year's OIT page.
    const deeper = [...new Set(landing.flatMap(candidates))].filter((u) => !first.includes(u)).slice(0, 6);
    for (const url of deeper) {
      if (opts.signal?.aborted) return best;
      opts.onEvent?.({ type: 'index-search', url });
      const r = await cache.get(url, 8_000_000);
      if (!r.error && !isPdf(r) && isHtml(r)) consider(r.finalUrl, modelOf(r));
    }
  }
  return best;
}

async function readDocument(url: string, cache: Cache, opts: ScanOptions): Promise<LinkedDocument> {
  const r = await cache.get(url);
  if (r.error) return { url, text: '', scanned: false, error: r.error };
  if (!isPdf(r))
    return { url, text: '', scanned: false, error: `${r.contentType || 'unknown type'}: not read automatically` };
  const pdf = await opts.readPdf(r.body);
  return { url, text: pdf.text, scanned: pdf.scanned, ...(pdf.error ? { error: pdf.error } : {}) };
}

async function checkLink(
  entry: IndexEntry,
  link: PageLink,
  cache: Cache,
  opts: ScanOptions,
  siteOrigins: string[],
): Promise<{ link: ScanLink; result: CheckResult | null }> {
  const url = link.href as string;
  const base = { url, text: link.text || entry.text };
  if (link.kind === 'cloud' || link.kind === 'image') {
    const error = link.kind === 'cloud' ? 'file-hosting service: check by hand' : 'a picture: check by hand';
    return { link: { ...base, kind: 'other', verdict: 'needs-review', error, errorKind: 'by-hand' }, result: null };
  }
  const r = await cache.get(url);
  if (r.error) {
    // A page that could not be loaded is for a person to judge.
    return {
      link: {
        ...base,
        kind: 'other',
        verdict: 'needs-review',
        error: r.error,
        ...(r.errorKind ? { errorKind: r.errorKind } : {}),
      },
      result: null,
    };
  }
  const only = { items: [entry.item], force: true, siteOrigins };
  if (isPdf(r)) {
    const pdf = await opts.readPdf(r.body);
    if (pdf.error)
      return {
        link: { ...base, kind: 'pdf', verdict: 'needs-review', error: pdf.error, errorKind: 'pdf' },
        result: null,
      };
    if (pdf.scanned)
      return {
        link: {
          ...base,
          kind: 'pdf',
          verdict: 'needs-review',
          error: 'scanned PDF: no text layer',
          errorKind: 'scanned',
        },
        result: null,
      };
    // The document is titled by what the index says it is, then by its own link text.
    const page = pageFromText(pdf.text, r.finalUrl, `${entry.text} ${link.text}`.trim());
    const result = runChecks(page, opts.framework, only).items[0] ?? null;
    return {
      link: {
        ...base,
        kind: 'pdf',
        verdict: result?.verdict ?? 'needs-review',
        ...(result?.missing.length ? { missing: result.missing } : {}),
      },
      result,
    };
  }
  if (!isHtml(r))
    return {
      link: {
        ...base,
        kind: 'other',
        verdict: 'needs-review',
        error: `${r.contentType || 'unknown type'}: not read automatically`,
      },
      result: null,
    };
  const page = modelOf(r);
  const docLinks = [
    ...new Set(page.links.filter((l) => !l.inNav && l.href && DOC_KINDS.has(l.kind)).map((l) => l.href as string)),
  ].slice(0, opts.maxDocumentsPerPage ?? 4);
  const documents = await Promise.all(docLinks.map((u) => readDocument(u, cache, opts)));
  const result = runChecks(page, opts.framework, { ...only, documents }).items[0] ?? null;
  return {
    link: {
      ...base,
      kind: 'page',
      verdict: result?.verdict ?? 'needs-review',
      ...(result?.missing.length ? { missing: result.missing } : {}),
    },
    result,
  };
}

export async function scanSite(start: string, opts: ScanOptions): Promise<ScanReport> {
  const errors: string[] = [];
  const cache = new Cache(opts.fetcher);
  const everyItem = (verdict: Verdict, note: ScanItem['note']): ScanItem[] =>
    opts.framework.items.map((i) => ({ id: i.id, name: i.name, verdict, links: [], best: null, missing: [], note }));
  const report = (fields: Pick<ScanReport, 'items'> & Partial<ScanReport>): ScanReport => ({
    site: start,
    indexUrl: null,
    indexYear: null,
    requests: opts.fetcher.requests,
    peakPerHost: opts.fetcher.peakPerHost,
    blockedHosts: [],
    errors,
    stopped: !!opts.signal?.aborted,
    ...fields,
  });
  const home = await cache.get(start, 8_000_000);
  if (home.error || !isHtml(home)) {
    errors.push(`${start}: ${home.error ?? `not an HTML page (${home.contentType})`}`);
    opts.onEvent?.({ type: 'index', url: null, index: null, total: 0 });
    // A site that is down scores 0 (METHOD.md), as `openita audit` says; one we may not read was never checked.
    const blocked = home.errorKind === 'no-access' || home.errorKind === 'aborted';
    return report({ items: everyItem(blocked ? 'needs-review' : 'fail', blocked ? 'no-access' : 'unreadable') });
  }
  const siteOrigins = [...new Set([new URL(home.finalUrl).origin, ...(opts.siteOrigins ?? [])])];
  const found = await findOitIndex(home, cache, opts);
  if (!found) {
    errors.push('OIT index not found from the home page');
    opts.onEvent?.({ type: 'index', url: null, index: null, total: 0 });
    return report({ items: everyItem('needs-review', null) });
  }
  siteOrigins.push(new URL(found.url).origin);
  const max = opts.maxLinksPerItem ?? 4;
  const jobs = opts.framework.items.map((item) => {
    const entry = found.index.items[item.id];
    return { item, entry, links: (entry?.links ?? []).filter((l) => l.href).slice(0, max) };
  });
  const total = jobs.reduce((s, j) => s + j.links.length, 0);
  opts.onEvent?.({ type: 'index', url: found.url, index: found.index, total });
  let done = 0;
  const blocked = new Set<string>();
  const items = await Promise.all(
    jobs.map(async ({ item, entry, links }): Promise<ScanItem> => {
      let out: ScanItem;
      if (!entry || !links.length) {
        out = { id: item.id, name: item.name, verdict: 'fail', links: [], best: null, missing: [], note: 'no-links' };
      } else {
        const checked = await Promise.all(
          links.map(async (l) => {
            const c = await checkLink(entry, l, cache, opts, siteOrigins);
            if (c.link.errorKind === 'no-access') blocked.add(new URL(c.link.url).host);
            opts.onEvent?.({ type: 'link', done: ++done, total, item: item.id, link: c.link });
            return c;
          }),
        );
        const top = [...checked].sort((a, b) => RANK[b.link.verdict] - RANK[a.link.verdict])[0];
        const verdict: Verdict = !top || top.link.verdict === 'not-applicable' ? 'fail' : top.link.verdict;
        const kind = top?.link.errorKind;
        const note: ScanItem['note'] =
          verdict !== 'needs-review'
            ? null
            : kind === 'scanned'
              ? 'scanned'
              : kind === 'no-access'
                ? 'no-access'
                : kind === 'by-hand'
                  ? 'by-hand'
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
  return report({ indexUrl: found.url, indexYear: found.index.fiscalYear, items, blockedHosts: [...blocked].sort() });
}
