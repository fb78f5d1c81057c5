/**
 * `openita audit`'s site audit: packages/scoring's auditSite (find the OIT index from the home page, check every page
 * and document it links, one verdict per item, the best evidence winning) run with this process's I/O — the polite
 * Node fetcher and the PDF worker — and its notes worded for the CLI's table and JSON, in Thai and English.
 */
import {
  type AuditItem as SharedItem,
  type AuditLink as SharedLink,
  type AuditReport as SharedReport,
  auditSite as audit,
  type Framework,
} from '@openita/scoring';
import type { PoliteFetcher } from './fetcher.js';
import type { PdfReader } from './pdf.js';

export type AuditLink = Pick<SharedLink, 'url' | 'text' | 'verdict' | 'error'>;

/** An item as the CLI reports it: its note worded, in a line. */
export type AuditItem = Pick<SharedItem, 'id' | 'name' | 'verdict' | 'best'> & { links: AuditLink[]; note: string };

export type AuditReport = Pick<SharedReport, 'site' | 'indexUrl' | 'fiscalYear' | 'sections' | 'errors'> & {
  items: AuditItem[];
  /** Requests sent, robots.txt included. */
  requests: number;
};

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

function noteOf(item: SharedItem, report: SharedReport): string {
  if (item.verdict === 'fail' && item.missing.length) return `ขาด / missing: ${item.missing.join(', ')}`;
  if (item.note === 'no-links') return 'ไม่มีลิงก์ในหน้ารวมข้อมูล OIT / no link on the OIT index';
  if (item.note === 'no-index') return 'ไม่พบหน้ารวมข้อมูล OIT / OIT index not found';
  if (report.failure?.reason === 'not-html') return `หน้าแรกไม่ใช่หน้าเว็บ / home page: ${report.failure.error}`;
  if (report.failure) return `เว็บไซต์เข้าไม่ได้ / site unreachable: ${report.failure.error}`;
  return item.error ?? '';
}

export async function auditSite(start: string, opts: AuditOptions): Promise<AuditReport> {
  const { fetcher, pdf } = opts;
  const r = await audit(start, {
    framework: opts.framework,
    fetch: (url, { maxBytes }) => fetcher.fetch(url, maxBytes ? { maxBytes } : {}),
    readPdf: (bytes) => pdf.read(bytes),
    limits: {
      ...(opts.maxLinksPerItem ? { linksPerItem: opts.maxLinksPerItem } : {}),
      ...(opts.maxDocumentsPerPage ? { documentsPerPage: opts.maxDocumentsPerPage } : {}),
    },
    onProgress: (e) => {
      if (e.type === 'index' && e.url) opts.onProgress?.(0, e.total, '');
      else if (e.type === 'link') opts.onProgress?.(e.done, e.total, `${e.item} ${e.link.url}`);
    },
  });
  return {
    site: r.site,
    indexUrl: r.indexUrl,
    fiscalYear: r.fiscalYear,
    sections: r.sections,
    items: r.items.map((i) => ({
      id: i.id,
      name: i.name,
      verdict: i.verdict,
      links: i.links.map(({ url, text, verdict, error }) => ({ url, text, verdict, ...(error ? { error } : {}) })),
      best: i.best,
      note: noteOf(i, r),
    })),
    requests: fetcher.requests,
    errors: r.errors,
  };
}
