/**
 * Site audit: from an agency's home page, find its OIT index, fetch every page and document the index links for each
 * item, check them with the shared rules (a page judged for the item the index gives it, with the documents it links),
 * and give one row per item (43 for FY2564). The best evidence wins: pass > needs-review > fail; an item with no link
 * on the index fails; a site that cannot be reached fails every item (METHOD.md: a site that is down scores 0).
 *
 * Pure: the fetching and the PDF reading are the caller's (`openita audit` in Node, the extension's site scan in the
 * browser), as are politeness (./polite.ts) and the wording of notes.
 */
import type { IndexEntry, OitIndex } from '../checks/oit-index.js';
import { parseOitIndex } from '../checks/oit-index.js';
import { runChecks } from '../checks/run.js';
import type { CheckResult, LinkedDocument, Verdict } from '../checks/types.js';
import { decodeHtml } from '../page/decode.js';
import { buildPageModel, type PageLink, type PageModel } from '../page/model.js';
import { pageFromText } from '../page/text.js';
import { fetchFailure, isHtml, isPdf } from './content.js';
import {
  type AuditItem,
  type AuditLimits,
  type AuditLink,
  type AuditNote,
  type AuditOptions,
  type AuditReport,
  DEFAULT_AUDIT_LIMITS,
  type FetchErrorKind,
  type FetchKind,
  type FetchResult,
} from './types.js';

const INDEX_LINK = /\bita\b|\boit\b|การเปิดเผยข้อมูล|คุณธรรมและความโปร่งใส|ประเมินคุณธรรม|open\s*data|ความโปร่งใส/i;
const RANK: Record<Verdict, number> = { pass: 3, 'needs-review': 2, fail: 1, 'not-applicable': 0 };
/** Documents a page's check reads (cloud links and pictures are a person's to open). */
const DOC_KINDS = new Set<PageLink['kind']>(['pdf', 'office', 'archive']);
/** The site was never looked at: a reason to review, not to fail. */
const NOT_CHECKED = new Set<FetchErrorKind | undefined>(['blocked', 'robots', 'no-access', 'aborted']);

interface Run {
  opts: AuditOptions;
  limits: AuditLimits;
  /** Each URL is fetched once per audit (many items link the same page). */
  get(url: string, kind: FetchKind, maxBytes?: number): Promise<FetchResult>;
}

function runOf(opts: AuditOptions): Run {
  const cache = new Map<string, Promise<FetchResult>>();
  return {
    opts,
    limits: { ...DEFAULT_AUDIT_LIMITS, ...opts.limits },
    get(url, kind, maxBytes) {
      let p = cache.get(url);
      if (!p) {
        if (opts.signal?.aborted) return Promise.resolve(fetchFailure(url, 'aborted', 'stopped'));
        p = opts.fetch(url, maxBytes ? { kind, maxBytes } : { kind });
        cache.set(url, p);
      }
      return p;
    },
  };
}

const modelOf = (r: FetchResult): PageModel => buildPageModel(decodeHtml(r.body, r.contentType).text, r.finalUrl);
const readable = (r: FetchResult) => !r.error && !isPdf(r) && isHtml(r);

/** The OIT index: the home page itself, or the best of the pages its ITA/OIT links lead to (two levels). */
async function findIndex(home: FetchResult, run: Run): Promise<{ url: string; index: OitIndex } | null> {
  const { opts, limits } = run;
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
    .slice(0, limits.indexCandidates);
  const landing: PageModel[] = [];
  for (const url of first) {
    if (opts.signal?.aborted) return best;
    opts.onProgress?.({ type: 'index-search', url });
    const r = await run.get(url, 'index', limits.indexMaxBytes);
    if (!readable(r)) continue;
    const page = modelOf(r);
    consider(r.finalUrl, page);
    landing.push(page);
  }
  if (!best) {
    // An ITA landing page that links the year's OIT page.
    const deeper = [...new Set(landing.flatMap(candidates))]
      .filter((u) => !first.includes(u))
      .slice(0, limits.deeperCandidates);
    for (const url of deeper) {
      if (opts.signal?.aborted) return best;
      opts.onProgress?.({ type: 'index-search', url });
      const r = await run.get(url, 'index', limits.indexMaxBytes);
      if (readable(r)) consider(r.finalUrl, modelOf(r));
    }
  }
  return best;
}

async function readDocument(url: string, run: Run): Promise<LinkedDocument> {
  const r = await run.get(url, 'document');
  if (r.error) return { url, text: '', scanned: false, error: r.error };
  if (!isPdf(r))
    return { url, text: '', scanned: false, error: `${r.contentType || 'unknown type'}: not read automatically` };
  const pdf = await run.opts.readPdf(r.body);
  return { url, text: pdf.text, scanned: pdf.scanned, ...(pdf.error ? { error: pdf.error } : {}) };
}

type Checked = { link: AuditLink; result: CheckResult | null };

function judged(base: Pick<AuditLink, 'url' | 'text'>, kind: AuditLink['kind'], result: CheckResult | null): Checked {
  return {
    link: {
      ...base,
      kind,
      verdict: result?.verdict ?? 'needs-review',
      ...(result?.missing.length ? { missing: result.missing } : {}),
    },
    result,
  };
}

async function checkLink(entry: IndexEntry, link: PageLink, run: Run, siteOrigins: string[]): Promise<Checked> {
  const { opts } = run;
  const url = link.href as string;
  const base = { url, text: link.text || entry.text };
  const unjudged = (kind: AuditLink['kind'], error: string, errorKind?: AuditLink['errorKind'], verdict?: Verdict) => ({
    link: { ...base, kind, verdict: verdict ?? 'needs-review', error, ...(errorKind ? { errorKind } : {}) },
    result: null,
  });
  if (link.kind === 'cloud' || link.kind === 'image')
    return unjudged(
      'other',
      link.kind === 'cloud' ? 'file-hosting service: check by hand' : 'a picture: check by hand',
      'by-hand',
    );
  const r = await run.get(url, 'page');
  // An address refused by the caller's rules is not evidence; a page that could not be loaded is for a person to judge.
  if (r.error) return unjudged('other', r.error, r.errorKind, r.errorKind === 'blocked' ? 'fail' : 'needs-review');
  const only = { items: [entry.item], force: true, siteOrigins };
  if (isPdf(r)) {
    const pdf = await opts.readPdf(r.body);
    if (pdf.error) return unjudged('pdf', pdf.error, 'pdf');
    // The document is titled by what the index says it is, then by its own link text.
    const page = pageFromText(pdf.scanned ? '' : pdf.text, r.finalUrl, `${entry.text} ${link.text}`.trim());
    const result = runChecks(page, opts.framework, only).items[0] ?? null;
    if (!pdf.scanned) return judged(base, 'pdf', result);
    // A scan is for a person to read, whatever its title says; the check of the title stays as a hint.
    const { link: scan } = unjudged('pdf', 'scanned PDF: no text layer', 'scanned');
    return { link: scan, result: result && { ...result, verdict: 'needs-review' } };
  }
  if (!isHtml(r)) return unjudged('other', `${r.contentType || 'unknown type'}: not read automatically`);
  const page = modelOf(r);
  const docLinks = [
    ...new Set(page.links.filter((l) => !l.inNav && l.href && DOC_KINDS.has(l.kind)).map((l) => l.href as string)),
  ].slice(0, run.limits.documentsPerPage);
  const documents = await Promise.all(docLinks.map((u) => readDocument(u, run)));
  return judged(base, 'page', runChecks(page, opts.framework, { ...only, documents }).items[0] ?? null);
}

/** One item's row from its links' checks: the best link decides. */
function itemOf(item: AuditOptions['framework']['items'][number], checked: Checked[]): AuditItem {
  const top = [...checked].sort((a, b) => RANK[b.link.verdict] - RANK[a.link.verdict])[0];
  const verdict: Verdict = !top || top.link.verdict === 'not-applicable' ? 'fail' : top.link.verdict;
  const kind = top?.link.errorKind;
  const note: AuditNote | null =
    verdict !== 'needs-review'
      ? null
      : kind === 'scanned' || kind === 'no-access' || kind === 'by-hand'
        ? kind
        : top?.link.error
          ? 'unreadable'
          : null;
  return {
    id: item.id,
    name: item.name,
    verdict,
    links: checked.map((c) => c.link),
    best: top?.result ?? null,
    missing: top?.result?.missing ?? [],
    note,
    error: top?.link.error ?? null,
  };
}

export async function auditSite(start: string, opts: AuditOptions): Promise<AuditReport> {
  const run = runOf(opts);
  const { framework } = opts;
  const errors: string[] = [];
  const everyItem = (verdict: Verdict, note: AuditNote | null, error: string | null): AuditItem[] =>
    framework.items.map((i) => ({ id: i.id, name: i.name, verdict, links: [], best: null, missing: [], note, error }));
  const report = (fields: Pick<AuditReport, 'items'> & Partial<AuditReport>): AuditReport => ({
    site: start,
    indexUrl: null,
    fiscalYear: framework.fiscalYear,
    indexYear: null,
    sections: [],
    failure: null,
    blockedHosts: [],
    errors,
    stopped: !!opts.signal?.aborted,
    ...fields,
  });
  const notFound = (failure: NonNullable<AuditReport['failure']>, items: AuditItem[]) => {
    errors.push(failure.reason === 'no-index' ? failure.error : `${start}: ${failure.error}`);
    opts.onProgress?.({ type: 'index', url: null, index: null, total: 0 });
    return report({ items, failure });
  };

  const home = await run.get(start, 'home', run.limits.indexMaxBytes);
  if (home.error) {
    // A site that is down scores 0 (METHOD.md); one the rules or robots.txt kept us from, or we may not read, was
    // never checked.
    const noAccess = home.errorKind === 'no-access' || home.errorKind === 'aborted';
    const down = !NOT_CHECKED.has(home.errorKind);
    return notFound(
      { reason: noAccess ? 'no-access' : down ? 'unreachable' : 'refused', error: home.error },
      everyItem(down ? 'fail' : 'needs-review', noAccess ? 'no-access' : 'unreadable', home.error),
    );
  }
  if (isPdf(home) || !isHtml(home)) {
    // The site answers, with something that is not a web page: it was not looked at.
    const error = `not an HTML page (${home.contentType || 'unknown type'})`;
    return notFound({ reason: 'not-html', error }, everyItem('needs-review', 'unreadable', error));
  }
  const siteOrigins = [...new Set([new URL(home.finalUrl).origin, ...(opts.siteOrigins ?? [])])];
  const found = await findIndex(home, run);
  if (!found) {
    const error = 'OIT index not found from the home page';
    return notFound({ reason: 'no-index', error }, everyItem('needs-review', 'no-index', null));
  }
  const { url: indexUrl, index } = found;
  siteOrigins.push(new URL(indexUrl).origin);
  const jobs = framework.items.map((item) => {
    const entry = index.items[item.id];
    return { item, entry, links: (entry?.links ?? []).filter((l) => l.href).slice(0, run.limits.linksPerItem) };
  });
  const total = jobs.reduce((s, j) => s + j.links.length, 0);
  opts.onProgress?.({ type: 'index', url: indexUrl, index, total });
  let done = 0;
  const blocked = new Set<string>();
  const items = await Promise.all(
    jobs.map(async ({ item, entry, links }): Promise<AuditItem> => {
      let out: AuditItem;
      if (!entry || !links.length) {
        out = { ...itemOf(item, []), note: 'no-links' };
      } else {
        const checked = await Promise.all(
          links.map(async (l) => {
            const c = await checkLink(entry, l, run, siteOrigins);
            if (c.link.errorKind === 'no-access') blocked.add(new URL(c.link.url).host);
            opts.onProgress?.({ type: 'link', done: ++done, total, item: item.id, link: c.link });
            return c;
          }),
        );
        out = itemOf(item, checked);
      }
      opts.onProgress?.({ type: 'item', item: out });
      return out;
    }),
  );
  return report({
    indexUrl,
    indexYear: index.fiscalYear,
    sections: index.sections,
    items,
    blockedHosts: [...blocked].sort(),
  });
}
