/** Fetched resources: what a body is, from its Content-Type and, when the server does not say, its first bytes. */
import type { FetchErrorKind, FetchResult } from './types.js';

/** A fetch that got nothing: `url` with no answer, and why. */
export function fetchFailure(url: string, errorKind: FetchErrorKind, error: string): FetchResult {
  return { url, finalUrl: url, status: 0, contentType: '', body: new Uint8Array(0), error, errorKind };
}

type Sniffable = Pick<FetchResult, 'contentType' | 'body'>;

const head = (r: Sniffable, n: number) => new TextDecoder('latin1').decode(r.body.subarray(0, n));

export function isPdf(r: Sniffable): boolean {
  return /application\/pdf/i.test(r.contentType) || head(r, 5) === '%PDF-';
}

/** HTML (or plain text, read as a page); a body of no stated or a generic type counts when it starts like HTML. */
export function isHtml(r: Sniffable): boolean {
  if (/text\/html|xhtml|text\/plain/i.test(r.contentType)) return true;
  if (r.contentType && !/octet-stream/i.test(r.contentType)) return false;
  return /<(!doctype\s+html|html|head|body)\b/i.test(head(r, 1024));
}
