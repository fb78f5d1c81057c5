/**
 * Site audit: from an agency's home page, find its OIT index, fetch every page and document the index links for each
 * item, check them with the shared rules (the page judged for the item the index gives it, with the documents it
 * links), and give one verdict per item: the best evidence wins (pass > needs-review > fail).
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
import type { FetchResult, PoliteFetcher } from './fetcher.js';
import type { PdfReader } from './pdf.js';

export interface AuditLink {
  url: string;
  text: string;
  verdict: Verdict;
  error?: string;
}

export interface AuditItem {
  id: string;
  name: Framework['items'][number]['name'];
  verdict: Verdict;
  links: AuditLink[];
  /** The check of the link that decided the verdict. */
  best: CheckResult | null;
  /** Why, in a line. */
  note: string;
}

export interface AuditReport {
  site: string;
  indexUrl: string | null;
  fiscalYear: number;
  /** The index page's per-year sections, and the one read. */
  sections: number[];
  items: AuditItem[];
  requests: number;
  errors: string[];
}

export interface AuditOptions {
  framework: Framework;
  fetcher: PoliteFetcher;
  pdf: PdfReader;
  /** Links followed per item (default 4). */
  maxLinksPerItem?: number;
  /** Documents read per linked page (default 4). */
  maxDocumentsPerPage?: number;
  onProgress?: (done: number, total: number, label: string) => void;
}

const INDEX_LINK = /\bita\b|\boit\b|การเปิดเผยข้อมูล|คุณธรรมและความโปร่งใส|ประเมินคุณธรรม|open\s*data|ความโปร่งใส/i;
const RANK: Record<Verdict, number> = { pass: 3, 'needs-review': 2, fail: 1, 'not-applicable': 0 };
const DOC_KINDS = new Set<PageLink['kind']>(['pdf', 'office', 'image', 'cloud', 'archive']);

const isPdf = (r: FetchResult) =>
  /application\/pdf/i.test(r.contentType) || new TextDecoder('latin1').decode(r.body.subarray(0, 5)) === '%PDF-';
const isHtml = (r: FetchResult) => !r.contentType || /text\/html|xhtml|text\/plain/i.test(r.contentType);

/** Fetches each URL once per audit (many items link the same page). */
class Cache {
  private readonly map = new Map<string, Promise<FetchResult>>();
  constructor(private readonly fetcher: PoliteFetcher) {}
  get(url: string, maxBytes?: number): Promise<FetchResult> {
    let p = this.map.get(url);
    if (!p) {
      p = this.fetcher.fetch(url, maxBytes ? { maxBytes } : {});
      this.map.set(url, p);
    }
    return p;
  }
}

/** Finds the OIT index: the home page itself, or the best of the pages its ITA/OIT links lead to (two levels). */
async function findIndex(
  home: FetchResult,
  cache: Cache,
  opts: AuditOptions,
): Promise<{ url: string; index: OitIndex } | null> {
  let best: { url: string; index: OitIndex } | null = null;
  const consider = (url: string, page: PageModel) => {
    const index = parseOitIndex(page, opts.framework);
    if (index.isIndex && (!best || index.count > best.index.count)) best = { url, index };
    return index;
  };
  const homePage = buildPageModel(decodeHtml(home.body, home.contentType).text, home.finalUrl);
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
    const r = await cache.get(url, 8_000_000);
    if (r.error || isPdf(r) || !isHtml(r)) continue;
    const page = buildPageModel(decodeHtml(r.body, r.contentType).text, r.finalUrl);
    consider(r.finalUrl, page);
    landing.push(page);
  }
  if (!best) {
    // An ITA landing page that links the year's OIT page.
    const deeper = [...new Set(landing.flatMap(candidates))].filter((u) => !first.includes(u)).slice(0, 6);
    for (const url of deeper) {
      const r = await cache.get(url, 8_000_000);
      if (!r.error && !isPdf(r) && isHtml(r))
        consider(r.finalUrl, buildPageModel(decodeHtml(r.body, r.contentType).text, r.finalUrl));
    }
  }
  return best;
}

async function readDocument(url: string, cache: Cache, opts: AuditOptions): Promise<LinkedDocument> {
  const r = await cache.get(url);
  if (r.error) return { url, text: '', scanned: false, error: r.error };
  if (!isPdf(r))
    return { url, text: '', scanned: false, error: `${r.contentType || 'unknown type'}: not read automatically` };
  const pdf = await opts.pdf.read(r.body);
  return { url, text: pdf.text, scanned: pdf.scanned, ...(pdf.error ? { error: pdf.error } : {}) };
}

async function checkLink(
  entry: IndexEntry,
  link: PageLink,
  cache: Cache,
  opts: AuditOptions,
  siteOrigins: string[],
): Promise<{ link: AuditLink; result: CheckResult | null }> {
  const url = link.href as string;
  const text = link.text || entry.text;
  const base = { url, text };
  if (link.kind === 'cloud' || link.kind === 'image')
    return {
      link: {
        ...base,
        verdict: 'needs-review',
        error: link.kind === 'cloud' ? 'file-hosting service: check by hand' : 'a picture: check by hand',
      },
      result: null,
    };
  const r = await cache.get(url);
  if (r.error) {
    // An address refused by the rules is not evidence; a page that could not be loaded is for a person to judge.
    const verdict: Verdict = r.errorKind === 'blocked' ? 'fail' : 'needs-review';
    return { link: { ...base, verdict, error: r.error }, result: null };
  }
  const only = { items: [entry.item], force: true, siteOrigins };
  if (isPdf(r)) {
    const pdf = await opts.pdf.read(r.body);
    if (pdf.error) return { link: { ...base, verdict: 'needs-review', error: pdf.error }, result: null };
    // The document is titled by what the index says it is, then by its own link text.
    const page = pageFromText(pdf.scanned ? '' : pdf.text, r.finalUrl, `${entry.text} ${link.text}`.trim());
    const result = runChecks(page, opts.framework, only).items[0] ?? null;
    return { link: { ...base, verdict: result?.verdict ?? 'needs-review' }, result };
  }
  if (!isHtml(r))
    return {
      link: { ...base, verdict: 'needs-review', error: `${r.contentType}: not read automatically` },
      result: null,
    };
  const page = buildPageModel(decodeHtml(r.body, r.contentType).text, r.finalUrl);
  const docLinks = [
    ...new Set(
      page.links
        .filter((l) => !l.inNav && l.href && DOC_KINDS.has(l.kind) && l.kind !== 'cloud' && l.kind !== 'image')
        .map((l) => l.href as string),
    ),
  ].slice(0, opts.maxDocumentsPerPage ?? 4);
  const documents = await Promise.all(docLinks.map((u) => readDocument(u, cache, opts)));
  const result = runChecks(page, opts.framework, { ...only, documents }).items[0] ?? null;
  return { link: { ...base, verdict: result?.verdict ?? 'needs-review' }, result };
}

export async function auditSite(start: string, opts: AuditOptions): Promise<AuditReport> {
  const errors: string[] = [];
  const fy = opts.framework.fiscalYear;
  const cache = new Cache(opts.fetcher);
  const everyItem = (verdict: Verdict, note: string): AuditItem[] =>
    opts.framework.items.map((i) => ({ id: i.id, name: i.name, verdict, links: [], best: null, note }));
  const report = (fields: Partial<AuditReport>): AuditReport => ({
    site: start,
    indexUrl: null,
    fiscalYear: fy,
    sections: [],
    items: [],
    requests: opts.fetcher.requests,
    errors,
    ...fields,
  });
  const home = await cache.get(start, 8_000_000);
  if (home.error) {
    errors.push(`${start}: ${home.error}`);
    // A site that is down scores 0 (METHOD.md); one refused by the rules was never checked.
    const verdict: Verdict = home.errorKind === 'blocked' ? 'needs-review' : 'fail';
    return report({
      items: everyItem(verdict, `เว็บไซต์เข้าไม่ได้ / site unreachable: ${home.error}`),
      requests: opts.fetcher.requests,
    });
  }
  const siteOrigins = [new URL(home.finalUrl).origin];
  const found = await findIndex(home, cache, opts);
  if (!found) {
    errors.push('OIT index not found from the home page');
    return report({
      items: everyItem('needs-review', 'ไม่พบหน้ารวมข้อมูล OIT / OIT index not found'),
      requests: opts.fetcher.requests,
    });
  }
  const { url: indexUrl, index } = found as { url: string; index: OitIndex };
  siteOrigins.push(new URL(indexUrl).origin);
  const max = opts.maxLinksPerItem ?? 4;
  const jobs = opts.framework.items.map((item) => {
    const entry = index.items[item.id];
    return { item, entry, links: (entry?.links ?? []).filter((l) => l.href).slice(0, max) };
  });
  const total = jobs.reduce((s, j) => s + j.links.length, 0);
  let done = 0;
  opts.onProgress?.(0, total, '');
  const items = await Promise.all(
    jobs.map(async ({ item, entry, links }): Promise<AuditItem> => {
      if (!entry || !links.length)
        return {
          id: item.id,
          name: item.name,
          verdict: 'fail',
          links: [],
          best: null,
          note: 'ไม่มีลิงก์ในหน้ารวมข้อมูล OIT / no link on the OIT index',
        };
      const checked = await Promise.all(
        links.map(async (l) => {
          const c = await checkLink(entry, l, cache, opts, siteOrigins);
          opts.onProgress?.(++done, total, `${item.id} ${l.href}`);
          return c;
        }),
      );
      const ranked = [...checked].sort((a, b) => RANK[b.link.verdict] - RANK[a.link.verdict]);
      const top = ranked[0];
      const verdict: Verdict = !top || top.link.verdict === 'not-applicable' ? 'fail' : top.link.verdict;
      const missing = top?.result?.missing ?? [];
      return {
        id: item.id,
        name: item.name,
        verdict,
        links: checked.map((c) => c.link),
        best: top?.result ?? null,
        note: verdict === 'fail' && missing.length ? `ขาด / missing: ${missing.join(', ')}` : (top?.link.error ?? ''),
      };
    }),
  );
  return report({ indexUrl, sections: index.sections, items, requests: opts.fetcher.requests });
}
