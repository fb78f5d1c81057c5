/**
 * OIT checks, in the shape of a Lighthouse audit: each item's rule has `meta` (id, titles, description, what it reads)
 * and two functions over a prepared page — `applies` (is this page about the item?) and `criteria` (each required
 * element: met or not, with the snippet and CSS path that prove it). The verdict is derived the same way for every
 * item (verdict.ts), like axe-core's passes / violations / incomplete.
 */
import type { FiscalYearRule, Framework, Item, LocalText } from '../framework/model.js';
import type { PageModel } from '../page/model.js';
import type { Vocabulary } from './applies.js';
import type { PageFacts } from './context.js';

export type Verdict = 'pass' | 'fail' | 'needs-review' | 'not-applicable';

/** What proves a criterion: a quoted snippet, where it is on the page, and the link or document it came from. */
export interface Proof {
  snippet: string;
  /** CSS path of the element on the page ("document line 3" for a document). */
  path?: string;
  /** The link, document or frame the proof comes from. */
  href?: string;
}

export interface CriterionResult {
  id: string;
  label: LocalText;
  /** true: found; false: looked and not found; null: cannot tell here (a scanned document, an image, a page not loaded). */
  met: boolean | null;
  evidence: Proof | null;
  /** Why, when not met or not known, in words for the auditor. */
  note?: LocalText;
}

export interface Applicability {
  applies: boolean;
  /** 0–1: how sure the rule is that the page is about the item. */
  confidence: number;
  /** What made the rule decide ("title: ข้อมูลการติดต่อ", "label O5", "home page"). */
  reasons: string[];
}

/** Text of a document linked from the page (a PDF read by the PDF reader), when the caller has it. */
export interface LinkedDocument {
  /** Absolute URL, as the page links it. */
  url: string;
  /** Extracted text; empty for a scanned document with no text layer. */
  text: string;
  /** The document has no text layer: its content can only be judged by a person. */
  scanned: boolean;
  /** The document could not be loaded or read (HTTP error, not a PDF, too large …). */
  error?: string;
}

/** The artefacts a rule reads, as Lighthouse lists them. */
export type Artifact = 'page' | 'links' | 'forms' | 'frames' | 'images' | 'documents';

export interface RuleMeta {
  id: string;
  /** Shown when the item passes. */
  title: LocalText;
  /** Shown when it does not. */
  failureTitle: LocalText;
  /** What the rule looks for, and the reading of the requirement it takes. */
  description: LocalText;
  requires: Artifact[];
}

export interface OitRule {
  meta: RuleMeta;
  applies(ctx: CheckContext): Applicability;
  criteria(ctx: CheckContext): CriterionResult[];
}

export interface CheckOptions {
  /** Only these items (default: all of the framework). */
  items?: string[];
  /** Texts of documents the page links to (PDFs), by absolute URL. Documents the page does not link are ignored. */
  documents?: LinkedDocument[];
  /** The agency's own website origins, for "on the agency's own website" channels. Default: the page's origin. */
  siteOrigins?: string[];
  /** Judge the items even if the page does not look like it is about them (the auditor says it is). */
  force?: boolean;
}

export interface CheckResult {
  id: string;
  name: LocalText;
  applies: boolean;
  confidence: number;
  verdict: Verdict;
  criteria: CriterionResult[];
  /** Ids of the criteria certainly not met. */
  missing: string[];
  reasons: string[];
  /** The rule's title for this verdict (meta.title on pass, meta.failureTitle otherwise). */
  title: LocalText;
}

export interface PageCheckReport {
  url: string | null;
  framework: string;
  /** Fiscal years (Buddhist era) the page's title, headings and content mention. */
  fiscalYears: number[];
  /**
   * The page lists many OIT items with links: an OIT index, about no item itself. Decided when an item seemed to apply;
   * call parseOitIndex() to read a page as an index.
   */
  isIndex: boolean;
  items: CheckResult[];
}

/** Everything a rule may read: the page, facts prepared once per page, the item and its fiscal-year rule. */
export interface CheckContext {
  page: PageModel;
  facts: PageFacts;
  framework: Framework;
  item: Item;
  fiscalYear: FiscalYearRule | undefined;
  /** The names of every item of the framework (for telling one item from another). */
  vocabulary: Vocabulary;
  siteOrigins: string[];
  force: boolean;
}
