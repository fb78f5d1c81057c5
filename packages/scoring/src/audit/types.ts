/**
 * The site audit's contract with whoever runs it. The audit decides; the caller does the I/O: it passes a `fetch`
 * (the CLI's Node fetcher with its address guard, the extension's fetch with its host-permission checks, both behind
 * the shared polite policy of ./polite.ts) and a `readPdf` (pdf.js in a worker thread, or in the extension).
 */
import type { CheckResult, Verdict } from '../checks/types.js';
import type { OitIndex } from '../checks/oit-index.js';
import type { Framework } from '../framework/model.js';
import type { PdfText } from '../pdf/text.js';

/**
 * Why a fetch failed. `blocked`: the URL was refused by the caller's rules (scheme, private address); `robots`:
 * robots.txt disallows it; `no-access`: the caller may not read that host (an extension without the host permission);
 * `aborted`: the audit was stopped.
 */
export type FetchErrorKind =
  | 'blocked'
  | 'robots'
  | 'no-access'
  | 'timeout'
  | 'too-large'
  | 'http'
  | 'network'
  | 'aborted';

/** One fetched resource. Fetchers never throw: a failure comes back with `error` and `errorKind`. */
export interface FetchResult {
  url: string;
  /** Where the body came from, after redirects. */
  finalUrl: string;
  status: number;
  contentType: string;
  body: Uint8Array;
  error?: string;
  errorKind?: FetchErrorKind;
}

/** What the audit fetches a URL as: the start page, a page that may be the OIT index, a page the index links, a document. */
export type FetchKind = 'home' | 'index' | 'page' | 'document';

export interface FetchRequest {
  kind: FetchKind;
  /** A smaller size cap than the fetcher's default, for pages read whole as HTML. */
  maxBytes?: number;
}

export type AuditFetch = (url: string, request: FetchRequest) => Promise<FetchResult>;

/** A PDF's text (packages/scoring/pdf's `PdfText` fits). Readers never throw: a failure comes back with `error`. */
export type PdfRead = Pick<PdfText, 'text' | 'scanned' | 'error'>;
export type AuditReadPdf = (bytes: Uint8Array) => Promise<PdfRead>;

/** AbortSignal, or anything that says whether to stop. */
export interface StopSignal {
  readonly aborted: boolean;
}

export interface AuditLimits {
  /** Links followed per item (default 4). */
  linksPerItem: number;
  /** Documents read per linked page (default 4). */
  documentsPerPage: number;
  /** ITA/OIT links of the home page tried as the index (default 8). */
  indexCandidates: number;
  /** Links of those pages tried next when none of them is the index (default 6). */
  deeperCandidates: number;
  /** Size cap of the home page and of index candidates (default 8 MB). */
  indexMaxBytes: number;
}

export const DEFAULT_AUDIT_LIMITS: AuditLimits = {
  linksPerItem: 4,
  documentsPerPage: 4,
  indexCandidates: 8,
  deeperCandidates: 6,
  indexMaxBytes: 8_000_000,
};

export interface AuditLink {
  url: string;
  text: string;
  /** What the link turned out to be. */
  kind: 'page' | 'pdf' | 'other';
  verdict: Verdict;
  error?: string;
  /** Why it was not judged automatically: the fetch failure, a scanned or unreadable PDF, or a link for a person. */
  errorKind?: FetchErrorKind | 'scanned' | 'pdf' | 'by-hand';
  missing?: string[];
}

/** Why an item's verdict is what it is, when that is not the link's own check (codes: callers word them). */
export type AuditNote = 'no-links' | 'no-index' | 'scanned' | 'unreadable' | 'no-access' | 'by-hand';

export interface AuditItem {
  id: string;
  name: Framework['items'][number]['name'];
  verdict: Verdict;
  links: AuditLink[];
  /** The check of the link that decided the verdict. */
  best: CheckResult | null;
  /** The criteria that link's check found missing. */
  missing: string[];
  note: AuditNote | null;
  /** The deciding link's error, or the home page's when the site could not be read. */
  error: string | null;
}

export interface AuditReport {
  site: string;
  indexUrl: string | null;
  /** The framework's fiscal year. */
  fiscalYear: number;
  /** The fiscal-year section of the index that was read (null: the index has no per-year sections). */
  indexYear: number | null;
  /** The index page's per-year sections. */
  sections: number[];
  items: AuditItem[];
  /**
   * Why no item was checked (null: the index was found and read): the home page did not load (`unreachable`, every
   * item fails), was refused by the fetcher's rules or robots.txt (`refused`), may not be read (`no-access`), is not
   * a web page (`not-html`), or links no OIT index (`no-index`); all but the first leave items for review.
   */
  failure: { reason: 'unreachable' | 'refused' | 'no-access' | 'not-html' | 'no-index'; error: string } | null;
  /** Hosts linked from the index that the fetcher may not read (`no-access`), sorted. */
  blockedHosts: string[];
  errors: string[];
  /** The signal stopped the audit before its end. */
  stopped: boolean;
}

export type AuditEvent =
  | { type: 'index-search'; url: string }
  | { type: 'index'; url: string | null; index: OitIndex | null; total: number }
  | { type: 'link'; done: number; total: number; item: string; link: AuditLink }
  | { type: 'item'; item: AuditItem };

export interface AuditOptions {
  framework: Framework;
  fetch: AuditFetch;
  readPdf: AuditReadPdf;
  limits?: Partial<AuditLimits>;
  /** Other origins that are the agency's own (for "on the agency's own website" channels). */
  siteOrigins?: string[];
  onProgress?: (event: AuditEvent) => void;
  signal?: StopSignal;
}
