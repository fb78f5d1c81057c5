export { auditSite } from './site.js';
export { fetchFailure, isHtml, isPdf } from './content.js';
export {
  PolitePolicy,
  httpUrl,
  ROBOTS_AGENT,
  type PolitenessOptions,
  type RawFetch,
  type RawFetchResult,
} from './polite.js';
export {
  DEFAULT_AUDIT_LIMITS,
  type AuditEvent,
  type AuditFetch,
  type AuditItem,
  type AuditLimits,
  type AuditLink,
  type AuditNote,
  type AuditOptions,
  type AuditReadPdf,
  type AuditReport,
  type FetchErrorKind,
  type FetchKind,
  type FetchRequest,
  type FetchResult,
  type PdfRead,
  type StopSignal,
} from './types.js';
