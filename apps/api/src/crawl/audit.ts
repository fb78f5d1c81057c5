/**
 * Site audit: from an agency's home page, find its OIT index, fetch every page and document it links for each item,
 * check them with the shared rules, and give one verdict per item. The best evidence wins: pass > needs-review > fail.
 */
import {
  buildPageModel,
  type CheckResult,
  type Framework,
  type LinkedDocument,
  type OitIndex,
  pageFromText,
  parseOitIndex,
  runChecks,
  type Verdict,
} from '@openita/scoring';
import { extractPdfText } from '@openita/scoring/pdf';
import type { FetchResult, PoliteFetcher } from './fetcher.js';

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
  note: string;
}

export interface AuditReport {
  site: string;
  indexUrl: string | null;
  fiscalYear: number;
  items: AuditItem[];
  requests: number;
  errors: string[];
}

export interface AuditOptions {
  framework: Framework;
  fetcher: PoliteFetcher;
  maxLinksPerItem?: number;
  onProgress?: (done: number, total: number, label: string) => void;
}

const INDEX_LINK = /\bita\b|\boit\b|การเปิดเผยข้อมูลสาธารณะ|คุณธรรมและความโปร่งใส|ประเมินคุณธรรม|open\s*data/i;
const RANK: Record<Verdict, number> = { pass: 3, 'needs-review': 2, fail: 1, 'not-applicable': 0 };

function decode(r: FetchResult): string {
  const charset = /charset=([\w-]+)/i.exec(r.contentType)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(charset === 'tis-620' || charset === 'windows-874' ? 'windows-874' : (charset ?? 'utf-8')).decode(r.body);
  } catch {
    return new TextDecoder().decode(r.body);
  }
}

const isPdf = (r: FetchResult) => /application\/pdf/i.test(r.contentType) || new TextDecoder('latin1').decode(r.body.subarray(0, 5)) === '%PDF-';

/** Finds the OIT index: the home page itself, or the best of the pages its ITA/OIT links lead to. */
async function findIndex(home: string, html: string, opts: AuditOptions): Promise<{ url: string; index: OitIndex } | null> {
  const page = buildPageModel(html, home);
  let best: { url: string; index: OitIndex } | null = null;
  const consider = (url: string, index: OitIndex) => {
    if (index.isIndex && (!best || index.count > best.index.count)) best = { url, index };
  };
  consider(home, parseOitIndex(page, opts.framework));
  const candidates = [...new Set(page.links.filter((l) => l.href && l.kind === 'internal' && INDEX_LINK.test(`${l.text} ${l.href}`)).map((l) => l.href as string))].slice(0, 6);
  for (const url of candidates) {
    const r = await opts.fetcher.fetch(url, { maxBytes: 8_000_000 });
    if (r.error || isPdf(r)) continue;
    const p = buildPageModel(decode(r), r.finalUrl);
    consider(r.finalUrl, parseOitIndex(p, opts.framework));
    // One level deeper: an ITA landing page that links per-year OIT pages.
    if (!best) {
      const year = String(opts.framework.fiscalYear);
      const deeper = p.links.filter((l) => l.href && l.kind === 'internal' && INDEX_LINK.test(`${l.text} ${l.href}`) && `${l.text} ${l.href}`.includes(year));
      for (const l of deeper.slice(0, 3)) {
        const d = await opts.fetcher.fetch(l.href as string, { maxBytes: 8_000_000 });
        if (!d.error && !isPdf(d)) consider(d.finalUrl, parseOitIndex(buildPageModel(decode(d), d.finalUrl), opts.framework));
      }
    }
  }
  return best;
}

async function checkLink(itemId: string, url: string, text: string, opts: AuditOptions, siteOrigins: string[]): Promise<{ link: AuditLink; result: CheckResult | null }> {
  const r = await opts.fetcher.fetch(url);
  if (r.error) {
    // A page that could not be loaded is for a person to judge; an address we refuse is not evidence at all.
    const verdict: Verdict = r.errorKind === 'blocked' ? 'fail' : 'needs-review';
    return { link: { url, text, verdict, error: r.error }, result: null };
  }
  let page;
  const documents: LinkedDocument[] = [];
  if (isPdf(r)) {
    const pdf = await extractPdfText(r.body);
    if (pdf.error || pdf.scanned)
      return { link: { url, text, verdict: 'needs-review', error: pdf.error ?? 'scanned PDF: no text layer' }, result: null };
    page = pageFromText(pdf.text, r.finalUrl, text);
  } else if (/text\/html|xhtml/i.test(r.contentType) || !r.contentType) {
    page = buildPageModel(decode(r), r.finalUrl);
  } else {
    // An image or an office file: a person must look at it.
    return { link: { url, text, verdict: 'needs-review', error: `${r.contentType || 'unknown type'}: not read automatically` }, result: null };
  }
  const report = runChecks(page, opts.framework, { items: [itemId], force: true, documents, siteOrigins });
  const result = report.items[0] ?? null;
  return { link: { url, text, verdict: result?.verdict ?? 'needs-review' }, result };
}

export async function auditSite(start: string, opts: AuditOptions): Promise<AuditReport> {
  const errors: string[] = [];
  const fy = opts.framework.fiscalYear;
  const home = await opts.fetcher.fetch(start, { maxBytes: 8_000_000 });
  const empty = (note: string): AuditItem[] =>
    opts.framework.items.map((i) => ({ id: i.id, name: i.name, verdict: 'needs-review', links: [], best: null, note }));
  if (home.error) {
    errors.push(`${start}: ${home.error}`);
    return { site: start, indexUrl: null, fiscalYear: fy, items: empty('เว็บไซต์เข้าไม่ได้ / site unreachable'), requests: opts.fetcher.requests, errors };
  }
  const siteOrigins = [new URL(home.finalUrl).origin];
  const found = await findIndex(home.finalUrl, decode(home), opts);
  if (!found) {
    errors.push('OIT index not found from the home page');
    return { site: start, indexUrl: null, fiscalYear: fy, items: empty('ไม่พบหน้ารวมข้อมูล OIT / OIT index not found'), requests: opts.fetcher.requests, errors };
  }
  const max = opts.maxLinksPerItem ?? 4;
  const jobs = opts.framework.items.map((item) => ({ item, links: (found.index.items[item.id]?.links ?? []).filter((l) => l.href).slice(0, max) }));
  const total = jobs.reduce((s, j) => s + j.links.length, 0);
  let done = 0;
  const items = await Promise.all(
    jobs.map(async ({ item, links }): Promise<AuditItem> => {
      if (!links.length) {
        return { id: item.id, name: item.name, verdict: 'fail', links: [], best: null, note: 'ไม่มีลิงก์ในหน้ารวมข้อมูล OIT / no link on the OIT index' };
      }
      const checked = await Promise.all(
        links.map(async (l) => {
          const c = await checkLink(item.id, l.href as string, l.text, opts, siteOrigins);
          opts.onProgress?.(++done, total, `${item.id} ${l.href}`);
          return c;
        }),
      );
      checked.sort((a, b) => RANK[b.link.verdict] - RANK[a.link.verdict]);
      const top = checked[0];
      const verdict = top?.link.verdict === 'not-applicable' ? 'fail' : (top?.link.verdict ?? 'fail');
      const missing = top?.result?.missing ?? [];
      return {
        id: item.id,
        name: item.name,
        verdict,
        links: checked.map((c) => c.link),
        best: top?.result ?? null,
        note: verdict === 'fail' && missing.length ? `ขาด: ${missing.join(', ')}` : (top?.link.error ?? ''),
      };
    }),
  );
  return { site: start, indexUrl: found.url, fiscalYear: fy, items, requests: opts.fetcher.requests, errors };
}
