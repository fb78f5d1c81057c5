/**
 * OIT checks, in the shape of a Lighthouse audit: each item's rule has `meta` (id, titles, description, what it reads)
 * and two functions over a prepared page — `applies` (is this page about the item?) and `criteria` (each required
 * element: met or not, with the snippet and CSS path that prove it). The verdict is derived the same way for every item.
 */
import type { FiscalYearRule, Framework, Item, LocalText } from '../framework/model.js';
import type { PageModel } from '../page/model.js';

export type Verdict = 'pass' | 'fail' | 'needs-review' | 'not-applicable';

/** What proves a criterion: a quoted snippet, where it is on the page, and the link it came from. */
export interface Proof {
  snippet: string;
  path?: string;
  href?: string;
}

export interface CriterionResult {
  id: string;
  label: LocalText;
  /** true: found; false: looked and not found; null: cannot tell here (in a scanned document, an image, a page not loaded). */
  met: boolean | null;
  evidence: Proof | null;
  note?: LocalText;
}

export interface Applicability {
  applies: boolean;
  /** 0–1: how sure the rule is that the page is about the item. */
  confidence: number;
  reasons: string[];
}

/** Text of a document linked from the page (a PDF read by the PDF reader), when the caller has it. */
export interface LinkedDocument {
  url: string;
  /** Extracted text; empty for a scanned document with no text layer. */
  text: string;
  /** The document had no text layer: its content can only be judged by a person. */
  scanned: boolean;
  /** Link text on the page that led here. */
  linkText?: string;
  error?: string;
}

/** The artefacts a rule reads, as Lighthouse lists them: the page itself, its links, linked documents. */
export type Artifact = 'page' | 'links' | 'forms' | 'frames' | 'images' | 'documents';

export interface RuleMeta {
  id: string;
  title: LocalText;
  failureTitle: LocalText;
  description: LocalText;
  requires: Artifact[];
}

export interface OitRule {
  meta: RuleMeta;
  applies(ctx: CheckContext): Applicability;
  criteria(ctx: CheckContext): CriterionResult[];
}

export interface CheckOptions {
  /** Only these items (default all). */
  items?: string[];
  /** Texts of linked documents (PDFs), by absolute URL. */
  documents?: LinkedDocument[];
  /** The agency's own website origins, for "on the agency's own website" channels. Default: the page's origin. */
  siteOrigins?: string[];
  /** Check the item even if the page does not look like it is about the item (the auditor says it is). */
  force?: boolean;
}

export interface CheckResult {
  id: string;
  name: LocalText;
  applies: boolean;
  confidence: number;
  verdict: Verdict;
  criteria: CriterionResult[];
  /** Ids of the criteria not met. */
  missing: string[];
  reasons: string[];
}

export interface PageCheckReport {
  url: string | null;
  framework: string;
  /** Fiscal years (BE) the page's content mentions. */
  fiscalYears: number[];
  items: CheckResult[];
}

/** Everything a rule may read, prepared once per page and shared by all 43 rules. */
export interface CheckContext {
  page: PageModel;
  framework: Framework;
  item: Item;
  fiscalYear: FiscalYearRule | undefined;
  text: PageText;
  documents: LinkedDocument[];
  siteOrigins: string[];
  force: boolean;
}

/** Normalised match keys of the page's parts (see thai/normalize.ts matchKey), computed once per page. */
export interface PageText {
  title: string;
  headings: string;
  breadcrumbs: string;
  /** Title + headings + breadcrumbs: where a page says what it is about. */
  heading: string;
  main: string;
  all: string;
  /** Link texts, keyed, in page order, parallel to page.links. */
  links: string[];
  /** Years found in title, headings and main text. */
  fiscalYears: number[];
  /** OIT item numbers written as labels in the title, headings and breadcrumbs ("O5", "OIT 5"). */
  labels: number[];
}
