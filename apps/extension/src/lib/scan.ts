/**
 * Site scan from the auditor's browser: packages/scoring's auditSite — the same decisions as `openita audit` (find the
 * OIT index from the home page, check each linked page with the PDFs it links, one row per item, the best evidence
 * winning) — run with the browser's I/O: the extension's HostFetcher (robots.txt, 2 requests at a time per host, and
 * no request to a host the auditor has not allowed: such hosts are listed) and pdf.js in the extension.
 */
import {
  type AuditEvent,
  type AuditItem,
  type AuditLink,
  type AuditReport,
  auditSite,
  type Framework,
} from '@openita/scoring';
import type { HostFetcher } from './fetcher';

export type ScanLink = AuditLink;
export type ScanItem = AuditItem;
export type ScanEvent = AuditEvent;

export interface ScanReport extends AuditReport {
  requests: number;
  peakPerHost: number;
}

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

export async function scanSite(start: string, opts: ScanOptions): Promise<ScanReport> {
  const { fetcher } = opts;
  const report = await auditSite(start, {
    framework: opts.framework,
    fetch: (url, { maxBytes }) => fetcher.fetch(url, maxBytes ? { maxBytes } : {}),
    readPdf: opts.readPdf,
    limits: {
      ...(opts.maxLinksPerItem ? { linksPerItem: opts.maxLinksPerItem } : {}),
      ...(opts.maxDocumentsPerPage ? { documentsPerPage: opts.maxDocumentsPerPage } : {}),
    },
    siteOrigins: opts.siteOrigins,
    onProgress: opts.onEvent,
    signal: opts.signal,
  });
  return { ...report, requests: fetcher.requests, peakPerHost: fetcher.peakPerHost };
}
