/**
 * Facts about a page, prepared once and shared by all 43 rules: match keys of the places where a page says what it is
 * about (title, breadcrumb, section headings, a document's first lines), its OIT labels and years, the documents its
 * content links to (with their text when the caller read them), whether it is a home page or an OIT index.
 * Costly parts (keys of the whole text) are computed on first use, so a page that is about one item pays for one.
 */
import type { Framework } from '../framework/model.js';
import { mainTextStart, type PageLink, type PageModel } from '../page/model.js';
import { findItemLabels } from '../thai/labels.js';
import { matchKey } from '../thai/normalize.js';
import { extractYears } from '../thai/years.js';
import type { LinkedDocument } from './types.js';

/** A place where a page names what it is about, with how much that place counts. */
export interface NameSource {
  kind: 'title' | 'breadcrumb' | 'heading' | 'document-title' | 'document-line';
  text: string;
  key: string;
  /** Confidence that a name found here means the page is about the item. */
  weight: number;
  path?: string;
}

/** Block texts keyed for matching, joined, with offsets, so a match can be traced back to its element. */
export interface BlockIndex {
  joined: string;
  starts: number[];
  /** Index into page.blocks of each keyed block. */
  blocks: number[];
}

export interface ReadDocument {
  url: string;
  text: string;
  key: string;
  link: PageLink | null;
}

export interface PageFacts {
  sources: NameSource[];
  /** OIT item numbers written as labels ("O5", "OIT 5") in the title, breadcrumb or section headings. */
  labels: number[];
  /** Fiscal years mentioned in the title, headings and content. */
  fiscalYears: number[];
  isHome: boolean;
  isDocument: boolean;
  /** Links in the page's content (not navigation, header, footer) to documents: PDFs, office files, images, cloud files. */
  documentLinks: PageLink[];
  /** Documents the caller read whose text is usable, linked from the content (or the document itself). */
  readDocuments: ReadDocument[];
  /** Content document links whose content the checks cannot see: not read, scanned, failed, or on a file-hosting service. */
  unreadDocuments: { link: PageLink; reason: 'not-loaded' | 'scanned' | 'error' | 'cloud' | 'image' }[];
  /** Keys of content blocks (outside navigation), joined: for finding words with their element. */
  readonly contentIndex: BlockIndex;
  /** Keys of every block, navigation included. */
  readonly allIndex: BlockIndex;
  /** Match key of the page's content text. */
  readonly mainKey: string;
  /**
   * Match key of the page's body: its content without the headings and without lines that are only a link to a
   * document (those name the content; they are not it). For a document: all its text.
   */
  readonly bodyKey: string;
  /** A document with no text layer (a scan): nothing in it can be read. */
  isScan: boolean;
  /** Match keys of link texts, parallel to page.links. */
  readonly linkKeys: string[];
  /** The match key of link k's text (keyed on first use). */
  linkKey(k: number): string;
  /** Per-framework results (the OIT index parse, name hits), cached here. */
  cache: Map<unknown, unknown>;
}

const DOCUMENT_KINDS = new Set<PageLink['kind']>(['pdf', 'office', 'image', 'archive', 'cloud']);
const HOME_PATH = /^\/(?:(?:index|default|home|main)(?:\.(?:php|html?|aspx?|jsp))?)?\/?$/i;

function isHomeUrl(url: string | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return HOME_PATH.test(u.pathname) && (!u.search || /^\?(lang=\w+)?$/.test(u.search));
  } catch {
    return false;
  }
}

function indexBlocks(page: PageModel, filter: (k: number) => boolean): BlockIndex {
  const starts: number[] = [];
  const keys: string[] = [];
  const blocks: number[] = [];
  let offset = 0;
  for (let k = 0; k < page.blocks.length; k++) {
    if (!filter(k)) continue;
    const key = matchKey((page.blocks[k] as { text: string }).text);
    starts.push(offset);
    keys.push(key);
    blocks.push(k);
    offset += key.length + 1;
  }
  return { joined: keys.join('\n'), starts, blocks };
}

/** The block (index into page.blocks) holding offset `at` of a BlockIndex. */
export function blockAt(index: BlockIndex, at: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return index.blocks[lo] ?? -1;
}

type Prepared = { docs: readonly LinkedDocument[]; facts: PageFacts };
/**
 * A page's prepared facts are kept on the page itself, in a property that is not enumerable. (A WeakMap keyed by the
 * page kept every page alive through the young generation's collections, because its value refers to the page: V8's
 * scavenger treats an old WeakMap's values as roots. Most of what a check allocated was copied at least once,
 * measured.) A page that cannot take a property (frozen) is remembered in the WeakMap.
 */
const PREPARED = Symbol('openita.preparedFacts');
const preparedFrozen = new WeakMap<PageModel, Prepared>();
function preparedOf(page: PageModel): Prepared | undefined {
  return (page as { [PREPARED]?: Prepared })[PREPARED] ?? preparedFrozen.get(page);
}
function remember(page: PageModel, entry: Prepared) {
  if (Object.hasOwn(page, PREPARED)) (page as { [PREPARED]?: Prepared })[PREPARED] = entry;
  else if (Object.isExtensible(page))
    Object.defineProperty(page, PREPARED, { value: entry, writable: true, enumerable: false, configurable: true });
  else preparedFrozen.set(page, entry);
}
/** No documents read: one array, so a page checked again (one item at a time) finds its facts prepared. */
export const NO_DOCUMENTS: readonly LinkedDocument[] = Object.freeze([]);

export function preparePage(page: PageModel, documents: readonly LinkedDocument[] = NO_DOCUMENTS): PageFacts {
  const hit = preparedOf(page);
  if (hit && hit.docs === documents) return hit.facts;
  const isDocument = page.source === 'document';
  const sources: NameSource[] = [];
  const add = (kind: NameSource['kind'], text: string, weight: number, path?: string) => {
    const key = matchKey(text);
    if (key.length >= 2) sources.push({ kind, text, key, weight, ...(path ? { path } : {}) });
  };
  if (isDocument) {
    if (page.title) add('document-title', page.title, 0.8, 'document title');
    const lines = page.headings.filter((h) => h.level === 7);
    for (const h of lines) add('document-line', h.text, 0.75, h.path);
    // A title broken over its first two lines.
    if (lines.length >= 2) add('document-line', lines.map((h) => h.text).join(' '), 0.75, lines[0]?.path);
  } else {
    if (page.title) add('title', page.title, 0.8);
    const crumbs = page.breadcrumbs;
    if (crumbs.length > 1) add('breadcrumb', crumbs[crumbs.length - 1] as string, 0.85);
    for (const h of page.headings) {
      if (h.inNav || h.linkOnly) continue;
      const weight = h.level === 1 ? 0.8 : h.level <= 3 ? 0.75 : h.level <= 6 ? 0.65 : 0.6;
      add('heading', h.text, weight, h.path);
      if (sources.length > 400) break;
    }
  }
  const labels = new Set<number>();
  for (const s of sources) for (const l of findItemLabels(s.text)) labels.add(l.number);
  // The years a page mentions, for the report: its title, its section headings and the first 30,000 characters of
  // its content. (Headings that are only a link — news headlines, sitemap entries — title other pages: they count as
  // content, not as the page's sections. An item's fiscal-year criterion reads the whole page.)
  const yearText = [
    page.title,
    ...page.headings
      .filter((h) => !h.inNav && !h.linkOnly)
      .slice(0, 300)
      .map((h) => h.text),
    mainTextStart(page, 30_000),
  ].join('\n');
  const fiscalYears = extractYears(yearText).fiscalYears;

  const facts = new Facts(page, documents, sources, [...labels], fiscalYears, !isDocument && isHomeUrl(page.url), isDocument);
  remember(page, { docs: documents, facts });
  return facts;
}

/**
 * A page's facts. A class, not an object literal with getters: a literal's getters are new functions each time, so
 * each facts object got a hidden class of its own, made in the old generation, and that class, holding the getters
 * and through them the page, kept every page's model alive through the young generation's collections until the
 * next full one (measured: most of what a check allocated survived; the collector's pauses cost about a fifth of the
 * checks).
 */
class Facts implements PageFacts {
  private docs: Pick<PageFacts, 'documentLinks' | 'readDocuments' | 'unreadDocuments'> | null = null;
  private contentIndexValue: BlockIndex | null = null;
  private allIndexValue: BlockIndex | null = null;
  private mainKeyValue: string | null = null;
  private bodyKeyValue: string | null = null;
  private linkKeysValue: string[] | null = null;
  private readonly someKeys: (string | undefined)[] = [];
  readonly isScan: boolean;
  readonly cache = new Map<unknown, unknown>();

  constructor(
    private readonly page: PageModel,
    private readonly documents: readonly LinkedDocument[],
    readonly sources: NameSource[],
    readonly labels: number[],
    readonly fiscalYears: number[],
    readonly isHome: boolean,
    readonly isDocument: boolean,
  ) {
    this.isScan = isDocument && !page.mainText.trim();
  }

  // The documents the content links to are worked out when a rule first asks (most items never apply).
  private documentsOf() {
    this.docs ??= linkedDocuments(this.page, this.documents);
    return this.docs;
  }
  get documentLinks() {
    return this.documentsOf().documentLinks;
  }
  get readDocuments() {
    return this.documentsOf().readDocuments;
  }
  get unreadDocuments() {
    return this.documentsOf().unreadDocuments;
  }
  get contentIndex() {
    const page = this.page;
    this.contentIndexValue ??= indexBlocks(page, (k) => !(page.blocks[k]?.inNav ?? true));
    return this.contentIndexValue;
  }
  get allIndex() {
    this.allIndexValue ??= indexBlocks(this.page, () => true);
    return this.allIndexValue;
  }
  get mainKey() {
    this.mainKeyValue ??= matchKey(this.page.mainText);
    return this.mainKeyValue;
  }
  get bodyKey() {
    this.bodyKeyValue ??= matchKey(bodyText(this.page, this.documentsOf().documentLinks));
    return this.bodyKeyValue;
  }
  get linkKeys() {
    this.linkKeysValue ??= this.page.links.map((_l, k) => this.linkKey(k));
    return this.linkKeysValue;
  }
  /** (A function of its own: callers pass it on.) */
  readonly linkKey = (k: number): string => {
    let key = this.someKeys[k];
    if (key === undefined) {
      key = matchKey(this.page.links[k]?.text ?? '');
      this.someKeys[k] = key;
    }
    return key;
  };
}

/** Links in the content to documents, and which of them the caller read (deduplicated by address). */
function linkedDocuments(
  page: PageModel,
  documents: readonly LinkedDocument[],
): Pick<PageFacts, 'documentLinks' | 'readDocuments' | 'unreadDocuments'> {
  const documentLinks = page.links.filter((l) => !l.inNav && DOCUMENT_KINDS.has(l.kind));
  const byUrl = new Map<string, LinkedDocument>();
  for (const d of documents) if (d && typeof d.url === 'string') byUrl.set(d.url, d);
  const readDocuments: ReadDocument[] = [];
  const unreadDocuments: PageFacts['unreadDocuments'] = [];
  const seen = new Set<string>();
  for (const link of documentLinks) {
    const key = link.href ?? link.rawHref;
    if (seen.has(key)) continue;
    seen.add(key);
    const doc = link.href ? byUrl.get(link.href) : undefined;
    if (doc && !doc.scanned && !doc.error && doc.text.trim()) {
      readDocuments.push({ url: doc.url, text: doc.text.slice(0, 1_000_000), key: '', link });
    } else {
      const reason = doc?.scanned
        ? 'scanned'
        : doc?.error
          ? 'error'
          : link.kind === 'cloud'
            ? 'cloud'
            : link.kind === 'image'
              ? 'image'
              : 'not-loaded';
      unreadDocuments.push({ link, reason });
    }
  }
  for (const r of readDocuments) r.key = matchKey(r.text);
  return { documentLinks, readDocuments, unreadDocuments };
}

const BULLET = /^[\s\-–•·*>»○●▪◦✓✔\d.)(]+/;
const squash = (s: string) => s.replace(BULLET, '').replace(/\s+/g, '');

/** The page's content text without its headings and without lines that only link a document. */
function bodyText(page: PageModel, documentLinks: PageLink[]): string {
  if (page.source === 'document') return page.mainText;
  const names = new Set<string>();
  for (const h of page.headings) names.add(squash(h.text));
  for (const l of documentLinks) names.add(squash(l.text));
  const out: string[] = [];
  for (const b of page.blocks) {
    if (b.inNav) continue;
    const s = squash(b.text);
    if (!s || names.has(s)) continue;
    out.push(b.text);
  }
  return out.join('\n');
}

/** Per-framework values cached on the page's facts. */
export function cached<T>(facts: PageFacts, key: unknown, make: () => T): T {
  if (facts.cache.has(key)) return facts.cache.get(key) as T;
  const v = make();
  facts.cache.set(key, v);
  return v;
}

export type { Framework };
