/**
 * The page model: everything the OIT checks read from one HTML page, built in one pass over a parsed document.
 *
 * Pure: cheerio's htmlparser2 build, no DOM globals, so the same code runs in Node, the web UI and the extension
 * (which passes `document.documentElement.outerHTML`). The walk is iterative, so 10,000-deep nesting cannot overflow
 * the stack; input beyond `maxChars` is cut and flagged `truncated`, inline data: URIs are dropped before parsing,
 * and every list is capped, so memory stays bounded whatever the input.
 *
 * Speed: the model costs about as much as the parse, so the build allocates little — one Frame per element, reused
 * once nothing refers to it; close-time work as bit flags, not closures; one shared list of text pieces; CSS path
 * steps and tag names kept once — and the page's whole text (`text`, `mainText`) is joined from its blocks only when
 * first read. Each text is checked for whitespace once, when read, so blocks and links joined from clean texts are
 * not scanned again. Links on the page's own site whose address the URL parser would only append to the base are
 * resolved without it, in one pass over their characters (the URL parser does the rest). The records (links, blocks,
 * headings, images) are plain objects made by constructors, and the state module functions share is made anew each
 * build, so V8 keeps them in the young generation (see plainRecord).
 */
import { type CheerioAPI, load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { isSpace } from '../thai/normalize.js';

export type LinkKind =
  | 'pdf'
  | 'office'
  | 'image'
  | 'archive'
  /** A document on a file-hosting service (Google Drive, OneDrive, Dropbox …). */
  | 'cloud'
  | 'social'
  | 'mail'
  | 'tel'
  | 'anchor'
  | 'script'
  | 'internal'
  | 'external'
  | 'invalid';

export interface PageLink {
  /** Visible text, else title or aria-label, else the alt of an image inside, else the icon's name ("facebook"). */
  text: string;
  /** The href as written (or the URL found in an onclick handler when the href is a placeholder). */
  rawHref: string;
  /** Absolute URL, or null when the target is not a navigable URL. */
  href: string | null;
  kind: LinkKind;
  /** For social links: facebook, line, youtube, twitter, instagram, tiktok. */
  network?: string;
  /** Icon classes inside the link (fa-facebook, fa-file-pdf …). */
  icons: readonly string[];
  /** In navigation, header, footer or a sidebar. */
  inNav: boolean;
  /** A document embedded in the page (iframe, embed, object), not a link a person clicks. */
  embedded?: boolean;
  /** Ids of the enclosing elements, outermost first (at most 8): tab panes and accordions that scope the link. */
  scope: readonly string[];
  path: string;
  /** Document order of the element (one sequence shared by links, headings, blocks and tables). */
  order: number;
}

export interface FormField {
  tag: 'input' | 'textarea' | 'select' | 'button';
  type: string;
  name: string;
  label: string;
  required: boolean;
}

export interface PageForm {
  action: string | null;
  method: string;
  fields: FormField[];
  /** Text inside the form (labels, headings, buttons, placeholders). */
  text: string;
  inNav: boolean;
  path: string;
  order: number;
}

export interface PageFrame {
  src: string;
  kind: 'map' | 'video' | 'social' | 'document' | 'other';
  title: string;
  inNav: boolean;
  path: string;
}

export interface PageImage {
  src: string;
  alt: string;
  title: string;
  inNav: boolean;
  /** Inside a link (a banner, an icon button). */
  inLink: boolean;
  width: number | null;
  height: number | null;
  path: string;
  order: number;
}

export interface PageHeading {
  /** 1–6 for h1–h6; 7 for a title-like element that is not a heading tag ("<div class="page-title">", a bold line). */
  level: number;
  text: string;
  inNav: boolean;
  /** The heading is nothing but a link: an entry in a list (a news headline), not a section title. */
  linkOnly: boolean;
  scope: readonly string[];
  path: string;
  order: number;
}

export interface PageTable {
  path: string;
  order: number;
  inNav: boolean;
  scope: readonly string[];
  rows: string[][];
  /** Links per row, parallel to rows. */
  rowLinks: PageLink[][];
}

/** A run of text and the element it sits in, for quoting proof with its CSS path. */
export interface TextBlock {
  text: string;
  path: string;
  inNav: boolean;
  scope: readonly string[];
  order: number;
}

export interface PageModel {
  url: string | null;
  title: string;
  lang: string;
  description: string;
  headings: PageHeading[];
  breadcrumbs: string[];
  /** All visible text, blocks separated by newlines (from an HTML page: joined from `blocks` when first read). */
  text: string;
  /** Visible text outside navigation, header, footer and sidebars (from HTML: joined when first read). */
  mainText: string;
  blocks: TextBlock[];
  links: PageLink[];
  forms: PageForm[];
  frames: PageFrame[];
  images: PageImage[];
  tables: PageTable[];
  /** src of external scripts (chat, webboard and complaint widgets are recognised by them). */
  scripts: string[];
  /** Characters of HTML read. */
  size: number;
  truncated: boolean;
  /** What the page was built from: HTML, or the text of a document (a PDF). */
  source: 'html' | 'document';
}

export interface PageModelOptions {
  /** Stop reading HTML past this many characters (default 5,000,000); the model is flagged `truncated`. */
  maxChars?: number;
  /** Keep at most this many text blocks, links, images … each (default 20,000). */
  maxEntries?: number;
}

export const DEFAULT_MAX_CHARS = 5_000_000;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head']);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'option',
  'caption',
  'label',
  'button',
  'summary',
  'details',
  'center',
]);
const NAV_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
const NAV_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menubar', 'menu']);
const NAV_TOKEN =
  /^(?:(?:main|top|site|primary|mega|sub|side|left|right|global|header|footer|mobile|navbar)[-_]?)?(?:nav|navbar|navigation|menu|menubar|menus|megamenu|sidenav|sidebar)$|^(?:site[-_]?|page[-_]?|main[-_]?)?(?:footer|header|topbar|top[-_]bar|side[-_]bar|breadcrumbs?)$|^(?:footer|header)[-_](?:wrap|wrapper|area|inner|top|bottom|menu|links|widget)$/i;
const MAIN_TAGS = new Set(['main', 'article']);
const TITLE_TOKEN =
  /^(?:page|entry|post|article|content|main|section|h|head|box|topic|header)?[-_]?(?:title|heading|topic|head[-_]?title)(?:[-_](?:main|page|text|lg|xl|1|2))?$/i;
const BREADCRUMB_HINT = /breadcrumb/i;

export const SOCIAL_HOSTS: Record<string, string> = {
  'facebook.com': 'facebook',
  'fb.com': 'facebook',
  'fb.me': 'facebook',
  'twitter.com': 'twitter',
  'x.com': 'twitter',
  'instagram.com': 'instagram',
  'line.me': 'line',
  'lin.ee': 'line',
  'youtube.com': 'youtube',
  'youtu.be': 'youtube',
  'tiktok.com': 'tiktok',
};
const CLOUD_HOSTS =
  /(^|\.)(drive\.google\.com|docs\.google\.com|onedrive\.live\.com|1drv\.ms|dropbox\.com|sharepoint\.com|anyflip\.com|fliphtml5\.com|heyzine\.com|issuu\.com|scribd\.com)$/i;

const SOCIAL_HINT = /facebook|fb\.|twitter|x\.com|instagram|line\.me|lin\.ee|youtu|tiktok/i;

function hostNetwork(host: string): string | undefined {
  if (!SOCIAL_HINT.test(host)) return undefined;
  const h = host.toLowerCase().replace(/^(www|m|mobile|web)\./, '');
  const direct = SOCIAL_HOSTS[h];
  if (direct) return direct;
  for (const [suffix, net] of Object.entries(SOCIAL_HOSTS)) if (h.endsWith(`.${suffix}`)) return net;
  return undefined;
}

/** The kind of a file by its extension. */
const EXT_KIND = new Map<string, LinkKind>();
for (const [kind, exts] of [
  ['pdf', 'pdf'],
  ['office', 'doc docx xls xlsx ppt pptx odt ods odp rtf csv'],
  ['image', 'png jpg jpeg gif webp bmp svg tif tiff'],
  ['archive', 'zip rar 7z gz'],
] as const)
  for (const ext of exts.split(' ')) EXT_KIND.set(ext, kind);
/** EXT_KIND by extCode (a number: no string is cut or lower-cased to look an extension up). */
const EXT_CODE_KIND = new Map<number, LinkKind>();
for (const [ext, kind] of EXT_KIND) EXT_CODE_KIND.set(extCode(ext, -1) as number, kind);

/**
 * The characters of `s` after `dot` (at most four), lower-cased, as one number (each character + 1 in base 129:
 * distinct texts, distinct numbers); null when one is not ASCII (lower-casing it is left to the string's method).
 */
function extCode(s: string, dot: number): number | null {
  let code = 0;
  for (let k = dot + 1; k < s.length; k++) {
    let c = s.charCodeAt(k);
    if (c >= 128) return null;
    if (c >= 65 && c <= 90) c += 32;
    code = code * 129 + c + 1;
  }
  return code;
}
const PDF_PARAM = /[?&](file|f|filename|doc)=[^&]*\.pdf/i;

/** A link's kind by its path's extension (or a PDF named in its query). */
function kindOfPath(path: string, search: string): LinkKind | null {
  // The extension after the last dot (at most four letters), lower-cased: what /\.ext$/i tests. The dot is looked
  // for among the last five characters only (not with lastIndexOf, a slow built-in in V8).
  let dot = -1;
  for (let k = path.length - 1; k >= 0 && k >= path.length - 5; k--)
    if (path.charCodeAt(k) === 46) {
      dot = k;
      break;
    }
  let byExt: LinkKind | undefined;
  if (dot >= 0) {
    const code = extCode(path, dot);
    byExt = code === null ? EXT_KIND.get(path.slice(dot + 1).toLowerCase()) : EXT_CODE_KIND.get(code);
  }
  if (byExt === 'pdf' || (search !== '' && PDF_PARAM.test(search))) return 'pdf';
  return byExt ?? null;
}

const sameHost = (a: string, b: string) => a.replace(/^www\./, '') === b.replace(/^www\./, '');

/**
 * What every link to the base URL's own host shares, worked out once per base: the prefix a path-absolute link is
 * resolved onto, the directory a relative one is, and the host's kind. Null when the base is not a plain http(s) URL
 * (then every link goes through the URL parser).
 */
interface BaseInfo {
  host: string;
  /** "https://host[:port]": a path-absolute link's href is this and the link. */
  prefix: string;
  /** The base's directory ("https://host/a/"), or null when it holds a "%" (decoding it could fail) or a dot segment. */
  dir: string | null;
  network: string | undefined;
  cloud: boolean;
}
let lastBase: string | null = null;
let lastBaseHost: string | null = null;
let lastBaseInfo: BaseInfo | null = null;

function baseInfo(base: string): BaseInfo | null {
  if (base === lastBase) return lastBaseInfo;
  lastBase = base;
  lastBaseHost = null;
  lastBaseInfo = null;
  let u: URL;
  try {
    u = new URL(base);
  } catch {
    return null;
  }
  lastBaseHost = u.hostname;
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password) return null;
  const prefix = `${u.protocol}//${u.host}`;
  if (DOT_SEGMENT.test(prefix)) return null;
  const path = u.pathname;
  lastBaseInfo = {
    host: u.hostname,
    prefix,
    dir: path.includes('%') || DOT_SEGMENT.test(path) ? null : prefix + path.slice(0, path.lastIndexOf('/') + 1),
    network: hostNetwork(u.hostname),
    cloud: CLOUD_HOSTS.test(u.hostname),
  };
  return lastBaseInfo;
}

/** The base's host name, or null when it is not a URL. */
function baseHostOf(base: string): string | null {
  baseInfo(base);
  return lastBaseHost;
}

/**
 * Links the URL parser would only append to the base: a path (and query) of characters it leaves as they are — no
 * spaces, quotes, backslashes, non-ASCII, fragments, dot segments ("/./", "/../", "%2e") — so the href is known
 * without parsing. Anything else goes through the URL parser.
 */
const DOT_SEGMENT = /\/\.|%2e/i;

/**
 * The characters of a plain link (bit flags by char code): in the path of a path-absolute link, in a relative one's
 * (no ":"), first in a relative one (no "." or "/" either), in the query (and "?").
 */
const U_PATH = 1;
const U_RELATIVE = 2;
const U_FIRST = 4;
const U_QUERY = 8;
const URL_CHARS = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&()*+,;=:@%/')
  URL_CHARS[c.charCodeAt(0)] =
    U_PATH | U_QUERY | (c === ':' ? 0 : U_RELATIVE) | (c === ':' || c === '.' || c === '/' ? 0 : U_FIRST);
URL_CHARS[63] = U_QUERY; // "?"
/** Set by plainEnd: the link holds a "%" (anywhere; before its query). */
let plainPercent = false;
let plainPathPercent = false;

/**
 * Where the path of a plain link ends (its "?", else its length), reading `href` from `from` (its first "/" for a
 * path-absolute link, 0 for a relative one) in one pass: -1 when it is not plain — a character the URL parser would
 * change, "//" at the start, or a dot segment written "/.".
 */
function plainEnd(href: string, from: number, relative: boolean): number {
  let end = -1;
  let prev = 0;
  let percent = false;
  const path = relative ? U_RELATIVE : U_PATH;
  if (relative) {
    const c = href.charCodeAt(0);
    if (c >= 128 || !((URL_CHARS[c] as number) & U_FIRST)) return -1;
  } else if (href.charCodeAt(from + 1) === 47) return -1;
  for (let k = from; k < href.length; k++) {
    const c = href.charCodeAt(k);
    if (c >= 128) return -1;
    const bits = URL_CHARS[c] as number;
    if (end < 0) {
      if (c === 63) {
        end = k;
        plainPathPercent = percent;
      } else if (!(bits & path)) return -1;
    } else if (!(bits & U_QUERY)) return -1;
    if (c === 46 && prev === 47) return -1;
    if (c === 37) percent = true;
    prev = c;
  }
  if (end < 0) {
    end = href.length;
    plainPathPercent = percent;
  }
  plainPercent = percent;
  return end;
}

/** A plain link's resolved href (kind and network in targetKind, targetNetwork), or null when it is not plain. */
function plainLink(href: string, info: BaseInfo): string | null {
  let resolved: string;
  let end: number;
  const c0 = href.charCodeAt(0);
  if (c0 === 47) {
    end = plainEnd(href, 0, false);
    if (end < 0) return null;
    resolved = info.prefix + href;
  } else if (c0 === 104 && href.startsWith(info.prefix) && href.charCodeAt(info.prefix.length) === 47) {
    // The page's own origin written out in full: "https://www.agency.go.th/x".
    end = plainEnd(href, info.prefix.length, false);
    if (end < 0) return null;
    resolved = href;
  } else {
    if (info.dir === null) return null;
    end = plainEnd(href, 0, true);
    if (end < 0) return null;
    resolved = info.dir + href;
  }
  // (The prefix is a canonical origin and the directory has none: a dot segment can only be in the link; "/." is
  // ruled out above.)
  if (plainPercent && DOT_SEGMENT.test(href)) return null;
  if (info.network) return target(resolved, 'social', info.network);
  const path = end === href.length ? href : href.slice(0, end);
  const search = end >= href.length - 1 ? '' : href.slice(end);
  const byPath = kindOfPath(plainPathPercent ? decodeSafe(path) : path, search);
  return target(resolved, byPath ?? (info.cloud ? 'cloud' : 'internal'));
}

/** The first 16 characters of a link, lower-cased, spaces and control characters dropped: enough to read a scheme. */
function schemeHead(href: string): string {
  const n = Math.min(href.length, 16);
  let k = 0;
  while (k < n && href.charCodeAt(k) > 32) k++;
  if (k === n) return href.slice(0, 16).toLowerCase();
  let lower = '';
  for (let j = 0; j < href.length && lower.length < 16; j++)
    if (href.charCodeAt(j) > 32) lower += href[j]?.toLowerCase();
  return lower;
}

type Classified = { href: string | null; kind: LinkKind; network?: string };

/** Classifies a link target. `base` is the page's URL (or its <base href>). Never throws. */
export function classifyHref(raw: string, base: string | null): Classified {
  return classify(raw, base, null);
}

/** classifyHref without the shortcut for plain links: every link through the URL parser (for tests). */
export function classifyHrefByParser(raw: string, base: string | null): Classified {
  return classify(raw, base, null, false);
}

/**
 * classifyHref, with the URL parser's answers kept in `memo` (a page repeats its menus and footers). `plain`: links
 * the URL parser would only append to the base are read without it.
 */
function classify(raw: string, base: string | null, memo: Map<string, Classified> | null, plain = true): Classified {
  const href = linkTarget(raw, base, memo, plain);
  const network = targetNetwork;
  return network ? { href, kind: targetKind, network } : { href, kind: targetKind };
}

/** What linkTarget read besides the href: the link's kind, and its network for a social link. */
let targetKind: LinkKind = 'internal';
let targetNetwork: string | undefined;

/** Sets targetKind and targetNetwork; returns `href`. */
function target(href: string | null, kind: LinkKind, network?: string): string | null {
  targetKind = kind;
  targetNetwork = network;
  return href;
}

/**
 * classify's answer with no object made for it: the href returned, the kind and network left in targetKind and
 * targetNetwork (the page model reads thousands of links, most of them plain).
 */
function linkTarget(raw: string, base: string | null, memo: Map<string, Classified> | null, plain: boolean): string | null {
  // (Most links have nothing to trim: a letter or "/" at both ends.)
  const href =
    typeof raw === 'string' && raw.length > 0 && raw.charCodeAt(0) > 32 && raw.charCodeAt(0) < 127 &&
    raw.charCodeAt(raw.length - 1) > 32 && raw.charCodeAt(raw.length - 1) < 127
      ? raw
      : String(raw ?? '').trim();
  if (!href || href.charCodeAt(0) === 35) return target(null, 'anchor');
  // Browsers ignore spaces and control characters inside a scheme ("java\tscript:"): so does the check.
  // (A link that starts with "/" or "http" has none of these schemes.)
  const c0 = href.charCodeAt(0);
  if (c0 !== 47 && !(c0 === 104 && href.startsWith('http'))) {
    const lower = schemeHead(href);
    if (lower.startsWith('javascript:') || lower.startsWith('vbscript:')) return target(null, 'script');
    if (lower.startsWith('mailto:')) return target(href, 'mail');
    if (lower.startsWith('tel:')) return target(href, 'tel');
  }
  if (base && plain) {
    const info = baseInfo(base);
    const read = info ? plainLink(href, info) : null;
    if (read !== null) return read;
  }
  let c: Classified | undefined;
  if (memo) {
    c = memo.get(href);
    if (!c) {
      c = parsedLink(href, base);
      if (memo.size < 50_000) memo.set(href, c);
    }
  } else c = parsedLink(href, base);
  return target(c.href, c.kind, c.network);
}

/** A link classified by the URL parser. */
function parsedLink(href: string, base: string | null): Classified {
  let url: URL;
  try {
    url = base ? new URL(href, base) : new URL(href);
  } catch {
    // A relative link on a page with no known URL: classify by its path alone.
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return { href: null, kind: 'invalid' };
    const [path = '', search = ''] = href.split(/[?#]/);
    return { href: null, kind: kindOfPath(decodeSafe(path), search ? `?${search}` : '') ?? 'internal' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { href: null, kind: 'invalid' };
  const network = hostNetwork(url.hostname);
  if (network) return { href: url.href, kind: 'social', network };
  const byPath = kindOfPath(decodeSafe(url.pathname), url.search);
  if (byPath) return { href: url.href, kind: byPath };
  if (CLOUD_HOSTS.test(url.hostname)) return { href: url.href, kind: 'cloud' };
  if (base) {
    const baseHost = baseHostOf(base);
    if (baseHost && !sameHost(baseHost, url.hostname)) return { href: url.href, kind: 'external' };
    return { href: url.href, kind: 'internal' };
  }
  return { href: url.href, kind: 'external' };
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function frameKind(src: string): PageFrame['kind'] {
  const s = src.toLowerCase();
  if (
    /google\.[a-z.]+\/maps|maps\.google\.|goo\.gl\/maps|maps\.app\.goo\.gl|openstreetmap\.org|longdo\.com|bing\.com\/maps|mapbox|here\.com\/|map\.nostramap/.test(
      s,
    )
  )
    return 'map';
  if (
    /\.pdf($|[?#])|docs\.google\.com\/(viewer|gview|document|spreadsheets|presentation)|drive\.google\.com\/file|\/viewer\.html\?file=|pdfjs|view\.officeapps\.live\.com/.test(
      s,
    )
  )
    return 'document';
  if (/youtube\.com|youtu\.be|vimeo\.com|facebook\.com\/plugins\/video/.test(s)) return 'video';
  if (/facebook\.com\/plugins|twitter\.com|line\.me|instagram\.com|tiktok\.com/.test(s)) return 'social';
  return 'other';
}


/** Whitespace that collapse() would change: a character other than a space, two spaces, a space at either end. */
const UNCOLLAPSED = /[^\S ]| {2}|^ | $/;

/**
 * The last text collapsed and its collapse. A new object each build (see newBuildState): new strings stored in an
 * object that lives long, as module variables do, pass a write barrier each time.
 */
let lastCollapse = { text: '', out: '' };

/**
 * Runs of whitespace → one space, trimmed. Most texts already are: they are returned as they are, unallocated. The
 * last answer is kept: a headline's text is the text of its link, of its heading and of its block.
 */
function collapse(s: string): string {
  const last = lastCollapse;
  if (s === last.text) return last.out;
  let out = s;
  if (UNCOLLAPSED.test(s)) {
    // Trimmed first: most such texts are indentation ("\n    ", nothing once trimmed) or a line with a space or
    // newline at an end, which need no regular-expression replace.
    out = s.trim();
    if (UNCOLLAPSED.test(out)) out = out.replace(/\s+/g, ' ');
  }
  last.text = s;
  last.out = out;
  return out;
}

/**
 * What a piece of text is to collapse() (bit flags), worked out once when it is read: whitespace inside is only
 * single spaces; it starts with a space; it ends with one. Pieces joined are collapsed already when each is clean and
 * no two spaces meet where they join — the usual case — so a block or a link is not scanned again.
 */
const P_CLEAN = 1;
const P_LEAD = 2;
const P_TRAIL = 4;
/** " x " with x collapsed and not empty: a space, an image's alt between spaces. */
const P_SPACED = P_CLEAN | P_LEAD | P_TRAIL;
/** Whitespace collapse() would change inside a text: a character other than a space, or two spaces. */
const UNCLEAN = /[^\S ]| {2}/;

/** \t, \n, \v, \f or \r. */
const isLineBreak = (c: number) => c >= 9 && c <= 13;

function pieceFlags(t: string): number {
  // (Not a string, or empty: left to collapse().)
  if (typeof t !== 'string' || t.length === 0) return 0;
  // Indentation ("\n    ") and a lone space are common enough to be told without a regular expression.
  const first = t.charCodeAt(0);
  if (isLineBreak(first) || (t.length > 1 && isLineBreak(t.charCodeAt(t.length - 1)))) return 0;
  if (t.length === 1) return first === 32 ? P_SPACED : isSpace(first) ? 0 : P_CLEAN;
  let f = UNCLEAN.test(t) ? 0 : P_CLEAN;
  if (t.charCodeAt(0) === 32) f |= P_LEAD;
  if (t.charCodeAt(t.length - 1) === 32) f |= P_TRAIL;
  return f;
}

/** `parts[from … to)` joined and collapsed: as they are when their flags say so, else by collapse(). */
function collapseParts(parts: readonly string[], flags: readonly number[], from: number, to: number): string {
  // (A space first counts as meeting a space before it.)
  let trail = true;
  for (let k = from; k < to; k++) {
    const f = flags[k] as number;
    if (!(f & P_CLEAN) || (trail && f & P_LEAD)) return collapse(concat(parts, from, to));
    trail = (f & P_TRAIL) !== 0;
  }
  return trail ? collapse(concat(parts, from, to)) : concat(parts, from, to);
}

const NO_SCOPE: readonly string[] = [];
/** The icons of a link with none: one list for all of them. */
const NO_ICONS: readonly string[] = Object.freeze([]);
const ID_OK = /^[A-Za-z][\w-]*$/;
/** A URL inside an onclick handler: window.open('x.pdf'), location.href="…". */
const ONCLICK_URL = /(?:window\.open|location(?:\.href)?\s*=|location\.assign)\s*\(?\s*['"]([^'"]{1,2000})['"]/i;
/** Inline data: URIs (base64 images) are dropped before parsing: they are large and never evidence. */
const DATA_URI = /(["'(])data:[^"')]{200,}(["')])/g;

type Attribs = Record<string, string>;

/** What an element does when it closes (bit flags), in this order: breadcrumb, its own record, heading. */
const JOB_CRUMB = 1;
const JOB_LINK = 2;
const JOB_FORM = 4;
const JOB_TABLE = 8;
const JOB_ROW = 16;
const JOB_CELL = 32;
const JOB_HEADING = 64;
const JOB_BOLD = 128;
/** Jobs that read the text of the element's subtree. */
const OWN_TEXT = JOB_LINK | JOB_FORM | JOB_CELL;

/** Most texts an element gathers (pieces of text, not characters): the rest is dropped. */
const MAX_PIECES = 5000;

/** A table being read, and the row being filled. */
interface OpenTable {
  table: PageTable;
  row: string[] | null;
  rowLinks: PageLink[] | null;
}
/** A row: its table, the cells and links gathered, and the row it interrupted (a table nested in a cell). */
interface OpenRow {
  table: OpenTable;
  row: string[];
  rowLinks: PageLink[];
  prevRow: string[] | null;
  prevRowLinks: PageLink[] | null;
}

/**
 * The records a page has thousands of — links, text blocks, headings, images — are made by constructors whose
 * prototype is Object.prototype: plain objects, with their keys in the same order, as object literals would make.
 * V8 follows each object literal by its allocation site, and a page model outlives the young generation (the checks
 * read it while they allocate), so it came to allocate such literals straight in the old generation, where every new
 * string stored in them passes a write barrier: about a tenth of the build, measured. Objects made by `new` have no
 * allocation site.
 */
type RecordConstructor<A extends unknown[], T> = new (...args: A) => T;

function plainRecord<A extends unknown[], T>(init: (this: T, ...args: A) => void): RecordConstructor<A, T> {
  (init as unknown as { prototype: object }).prototype = Object.prototype;
  return init as unknown as RecordConstructor<A, T>;
}

const LinkRecord = plainRecord(function (
  this: PageLink,
  text: string,
  rawHref: string,
  href: string | null,
  kind: LinkKind,
  icons: readonly string[],
  inNav: boolean,
  scope: readonly string[],
  path: string,
  order: number,
) {
  this.text = text;
  this.rawHref = rawHref;
  this.href = href;
  this.kind = kind;
  this.icons = icons;
  this.inNav = inNav;
  this.scope = scope;
  this.path = path;
  this.order = order;
});

const BlockRecord = plainRecord(function (
  this: TextBlock,
  text: string,
  path: string,
  inNav: boolean,
  scope: readonly string[],
  order: number,
) {
  this.text = text;
  this.path = path;
  this.inNav = inNav;
  this.scope = scope;
  this.order = order;
});

const HeadingRecord = plainRecord(function (
  this: PageHeading,
  level: number,
  text: string,
  inNav: boolean,
  linkOnly: boolean,
  scope: readonly string[],
  path: string,
  order: number,
) {
  this.level = level;
  this.text = text;
  this.inNav = inNav;
  this.linkOnly = linkOnly;
  this.scope = scope;
  this.path = path;
  this.order = order;
});

const ImageRecord = plainRecord(function (
  this: PageImage,
  src: string,
  alt: string,
  title: string,
  inNav: boolean,
  inLink: boolean,
  width: number | null,
  height: number | null,
  path: string,
  order: number,
) {
  this.src = src;
  this.alt = alt;
  this.title = title;
  this.inNav = inNav;
  this.inLink = inLink;
  this.width = width;
  this.height = height;
  this.path = path;
  this.order = order;
});

/** An open element: its place (for its CSS path), whether it sits in navigation, what it does when it closes. */
class Frame {
  /** CSS path, computed on first use (most elements are never quoted). */
  path: string | null = null;
  /** Its step in the path is "#id" when set, else tag:nth-of-type(n). */
  id: string | null = null;
  n = 0;
  inNav = false;
  inMain = false;
  inLink = false;
  isBlock = false;
  /** Ids of the enclosing elements, outermost first. */
  scope: readonly string[] = NO_SCOPE;
  order = 0;
  /** The path steps of its tag (" > div:nth-of-type(n)" at n), or null: see TagInfo. */
  steps: string[] | null = null;
  /** Close-time work (JOB_ flags); its state is on the builder's stacks. */
  jobs = 0;
  closed = false;
  constructor(
    public tag: string,
    public parent: Frame | null,
    public attribs: Attribs,
  ) {}
}

/**
 * Builds a PageModel from open / text / close events — what htmlparser2's parser emits while it reads HTML, and what
 * a walk over an already parsed document produces — so both inputs share one implementation and no DOM is needed.
 *
 * Allocation is kept low (a 300 KB page has thousands of elements): an element is one Frame, its close-time work is
 * bit flags rather than closures, and the texts every open element gathers are one shared list of pieces — each
 * gathering element remembers where its own pieces start.
 */
class ModelBuilder {
  readonly model: PageModel;
  private readonly maxEntries: number;
  private base: string | null;
  private readonly stack: Frame[] = [];
  /** Depth of a subtree being skipped (script, style, head's contents …), 0 when reading. */
  private skipDepth = 0;
  private titleParts: string[] | null = null;
  /** Texts of the elements being gathered (see `gathering`), in document order: the first `pieceCount`. */
  private readonly pieces: string[] = [];
  /** The pieces' P_ flags. */
  private readonly pieceFlags: number[] = [];
  private pieceCount = 0;
  /** How many gatherings are open: the pieces are kept while any is. */
  private gathering = 0;
  /** Where the open gatherings start in `pieces`, innermost last (each element's: heading, own record, breadcrumb). */
  private readonly starts: number[] = [];
  /** The texts of the current block: the first `blockCount`. */
  private readonly blockText: string[] = [];
  private readonly blockFlags: number[] = [];
  private blockCount = 0;
  private blockFrame: Frame | null = null;
  private blockNav = false;
  private blockOrder = 0;
  private blockScope: readonly string[] = NO_SCOPE;
  private pendingBold: { text: string; frame: Frame; order: number } | null = null;
  private seq = 0;
  private readonly forms: PageForm[] = [];
  private readonly tables: OpenTable[] = [];
  private readonly rows: OpenRow[] = [];
  /** The rows open cells fill. */
  private readonly cells: string[][] = [];
  /** Icon classes inside the open links, innermost last (null: none yet): icons inside are theirs. */
  private readonly linkIcons: (string[] | null)[] = [];
  /** Texts of the links inside the open headings, joined, innermost last (null: no link yet). */
  private readonly headingLinks: (string | null)[] = [];
  private baseSeen = false;
  /** Frames of closed elements nothing refers to any more: an element is a Frame, but not a new one each time. */
  private readonly spare: Frame[] = [];

  private frame(info: TagInfo, parent: Frame | null, a: Attribs): Frame {
    const tag = info.name;
    const f = this.spare.pop() ?? new Frame(tag, parent, a);
    f.steps = info.steps;
    f.tag = tag;
    f.parent = parent;
    f.attribs = a;
    f.path = null;
    f.id = null;
    f.jobs = 0;
    f.closed = false;
    return f;
  }

  /** What each class attribute says (H_ flags): pages repeat their classes. */
  private readonly classes = new Map<string, number>();

  private classHints(cls: string): number {
    let h = this.classes.get(cls);
    if (h === undefined) {
      h = hintsOf(cls);
      if (this.classes.size < 10_000) this.classes.set(cls, h);
    }
    return h;
  }

  /** :nth-of-type counters of the children of the open element at each depth: tag names and counts. */
  private readonly countTags: string[][] = [];
  private readonly countNums: number[][] = [];
  private readonly countLen: number[] = [];
  /** A depth whose element has many kinds of children counts them in a map. */
  private readonly countMaps: (Map<string, number> | null)[] = [];

  constructor(url: string | null, size: number, truncated: boolean, maxEntries: number) {
    newBuildState();
    let pageUrl: string | null = null;
    if (url) {
      try {
        pageUrl = new URL(url).href;
      } catch {
        pageUrl = null;
      }
    }
    this.base = pageUrl;
    this.maxEntries = maxEntries;
    this.model = {
      url: pageUrl ?? (url || null),
      title: '',
      lang: '',
      description: '',
      headings: [],
      breadcrumbs: [],
      text: '',
      mainText: '',
      blocks: [],
      links: [],
      forms: [],
      frames: [],
      images: [],
      tables: [],
      scripts: [],
      size,
      truncated,
      source: 'html',
    };
  }

  /** The n-th child of this tag of the element open at `depth` - 1 (1-based). */
  private nth(depth: number, tag: string): number {
    let len = this.countLen[depth];
    if (len === undefined) {
      this.countTags[depth] = [];
      this.countNums[depth] = [];
      this.countMaps[depth] = null;
      len = 0;
    }
    const map = this.countMaps[depth];
    if (map) {
      const n = (map.get(tag) ?? 0) + 1;
      map.set(tag, n);
      return n;
    }
    const tags = this.countTags[depth] as string[];
    const nums = this.countNums[depth] as number[];
    for (let k = 0; k < len; k++)
      if (tags[k] === tag) {
        const n = (nums[k] as number) + 1;
        nums[k] = n;
        return n;
      }
    if (len >= 16) {
      // Many kinds of children (custom elements): a map, so counting stays linear.
      const m = new Map<string, number>();
      for (let k = 0; k < len; k++) m.set(tags[k] as string, nums[k] as number);
      m.set(tag, 1);
      this.countMaps[depth] = m;
      this.countLen[depth] = 0;
      return 1;
    }
    tags[len] = tag;
    nums[len] = 1;
    this.countLen[depth] = len + 1;
    return 1;
  }

  /** A new element at `depth` - 1 opened: its children are counted from zero. */
  private resetCounts(depth: number) {
    if (this.countLen[depth]) this.countLen[depth] = 0;
    if (this.countMaps[depth]) this.countMaps[depth] = null;
  }

  /** Starts gathering the text of an element's subtree. */
  private gather() {
    this.gathering++;
    this.starts.push(this.pieceCount);
  }

  /** Ends the innermost gathering: where its pieces start. */
  private endGathering(): number {
    const start = this.starts.pop() ?? 0;
    if (--this.gathering === 0) this.pieceCount = 0;
    return start;
  }

  /** The text gathered by the innermost gathering (at most MAX_PIECES pieces), collapsed; ends it. */
  private gathered(): string {
    const start = this.starts[this.starts.length - 1] ?? 0;
    const t = collapseParts(this.pieces, this.pieceFlags, start, Math.min(this.pieceCount, start + MAX_PIECES));
    this.endGathering();
    return t;
  }

  /** Text for every element being gathered, with its P_ flags. */
  private addText(t: string, flags: number) {
    if (this.gathering) {
      this.pieces[this.pieceCount] = t;
      this.pieceFlags[this.pieceCount++] = flags;
    }
  }

  private flushBlock() {
    if (!this.blockCount) {
      this.pendingBold = null;
      return;
    }
    const t = collapseParts(this.blockText, this.blockFlags, 0, this.blockCount);
    if (t && this.model.blocks.length < this.maxEntries)
      this.model.blocks.push(
        new BlockRecord(
          t.length > 20_000 ? t.slice(0, 20_000) : t,
          this.blockFrame ? pathOf(this.blockFrame) : 'html',
          this.blockNav,
          this.blockScope,
          this.blockOrder,
        ),
      );
    if (this.pendingBold && this.pendingBold.text === t)
      this.heading(7, t, this.pendingBold.frame, this.pendingBold.order);
    this.pendingBold = null;
    this.blockCount = 0;
  }

  private breakLine() {
    this.flushBlock();
    // A block boundary inside a link or heading separates words; inline tags (<b>ติดต่อ</b>) do not.
    this.addText(' ', P_SPACED);
  }

  private heading(level: number, text: string, f: Frame, order: number, linkOnly = false) {
    if (text && text.length <= 300 && this.model.headings.length < this.maxEntries)
      this.model.headings.push(new HeadingRecord(level, text, f.inNav, linkOnly, f.scope, pathOf(f), order));
  }

  /** Link targets the URL parser classified: pages repeat the same links (menus, footers, share buttons). */
  private readonly hrefs = new Map<string, Classified>();
  /**
   * Links are classified when the walk ends (readLinks): one loop over them all, not a classification between each of
   * the walk's steps (measured: the page model builds about a fifth faster). Still to read: model.links from
   * `unreadFrom` on, and `unreadExtra` (links past maxEntries that a table keeps). An embedded document's link is read
   * at once (few; its keys stay in their order: network, then embedded).
   */
  private unreadFrom = 0;
  private readonly unreadExtra: PageLink[] = [];
  /** Hrefs longer than a record keeps (rawHref is cut at 2,000 characters), whole: few. */
  private readonly longHrefs = new Map<PageLink, string>();

  private addLink(frame: Frame, raw: string, text: string, icons: readonly string[], order: number, embedded = false) {
    const cut = text.length > 500 ? text.slice(0, 500) : text;
    const rawHref = raw.length > 2000 ? raw.slice(0, 2000) : raw;
    const path = pathOf(frame);
    // (Its href and kind are read in readLinks.)
    const link = new LinkRecord(cut, rawHref, null, 'internal', icons, frame.inNav, frame.scope, path, order);
    if (embedded) {
      this.readLink(link, raw, this.base);
      link.embedded = true;
    } else if (raw !== rawHref) this.longHrefs.set(link, raw);
    if (this.model.links.length < this.maxEntries) this.model.links.push(link);
    else if (!embedded) this.unreadExtra.push(link);
    const tbl = last(this.tables);
    if (tbl?.rowLinks && tbl.rowLinks.length < 200) tbl.rowLinks.push(link);
  }

  private readLink(link: PageLink, raw: string, base: string | null) {
    link.href = linkTarget(raw, base, this.hrefs, true);
    link.kind = targetKind;
    // (Keys in the order they always had: network, then embedded, each only when it says something.)
    if (targetNetwork) link.network = targetNetwork;
  }

  /** Reads the href and kind of every link not read yet, against `base` (the one in force where they stand). */
  private readLinks(base: string | null) {
    const links = this.model.links;
    const long = this.longHrefs.size > 0 ? this.longHrefs : null;
    for (let k = this.unreadFrom; k < links.length; k++) {
      const link = links[k] as PageLink;
      if (link.embedded) continue;
      this.readLink(link, long?.get(link) ?? link.rawHref, base);
    }
    this.unreadFrom = links.length;
    for (const link of this.unreadExtra) this.readLink(link, long?.get(link) ?? link.rawHref, base);
    this.unreadExtra.length = 0;
  }

  /** Elements read in <head> (and anywhere): title, language, description, base, external scripts. */
  private headElement(tag: string, a: Attribs) {
    if (tag === 'html' && a.lang && !this.model.lang) this.model.lang = a.lang.slice(0, 20);
    else if (tag === 'title' && !this.model.title && !this.stack.some((f) => f.tag === 'svg')) this.titleParts = [];
    else if (tag === 'meta' && a.name?.toLowerCase() === 'description' && !this.model.description)
      this.model.description = collapse(a.content ?? '').slice(0, 1000);
    else if (tag === 'base' && a.href && !this.baseSeen) {
      this.baseSeen = true;
      try {
        const base = new URL(a.href, this.model.url ?? undefined).href;
        // The links before it were read against the page's URL; those after it, against it.
        this.readLinks(this.base);
        this.base = base;
        this.hrefs.clear();
      } catch {
        /* keep the page URL */
      }
    } else if (tag === 'script' && a.src && this.model.scripts.length < 200)
      this.model.scripts.push(a.src.slice(0, 500));
  }

  open(name: string, a: Attribs) {
    // (A name found as it is is a key: lower case already.)
    const info = TAGS.get(name) ?? tagInfo(lowerTag(name));
    // One string per tag name: later comparisons and lookups of it are by identity.
    const tag = info.name;
    const kind = info.kind;
    if (this.skipDepth) {
      this.skipDepth++;
      if (kind & T_HEAD && tag !== 'html') this.headElement(tag, a);
      this.stack.push(SKIPPED);
      return;
    }
    const depth = this.stack.length;
    const parent = depth ? (this.stack[depth - 1] as Frame) : null;
    if (kind & T_HEAD) this.headElement(tag, a);
    const n = this.nth(depth, tag);
    if (kind & T_SKIP) {
      this.skipDepth = 1;
      this.stack.push(SKIPPED);
      return;
    }
    this.resetCounts(depth + 1);
    const frame = this.frame(info, parent, a);
    // The attributes every element is asked for, read in one pass over those it has: attribute sets vary from
    // element to element, and looking each name up (mostly names an element lacks) costs about three times the pass.
    let id: string | undefined;
    let cls = '';
    let role: string | undefined;
    let ariaLabel: string | undefined;
    for (const attribute in a) {
      if (attribute === 'class') cls = a[attribute] ?? '';
      else if (attribute === 'id') id = a[attribute];
      else if (attribute === 'role') role = a[attribute];
      else if (attribute === 'aria-label') ariaLabel = a[attribute];
    }
    if (id && id.length < 80 && ID_OK.test(id)) frame.id = id;
    frame.n = n;
    // Class and id name navigation, titles and breadcrumbs (a page repeats its classes: each is read once).
    const hints = (cls === '' ? 0 : this.classHints(cls)) | (id === undefined || id === '' ? 0 : hintsOf(id));
    const order = ++this.seq;
    frame.order = order;
    const inMain = (parent?.inMain ?? false) || (kind & T_MAIN) !== 0 || role === 'main';
    frame.inMain = inMain;
    const navByTag = (kind & T_NAV) !== 0 && !(inMain && (tag === 'header' || tag === 'footer'));
    frame.inNav =
      (parent?.inNav ?? false) ||
      navByTag ||
      (role !== undefined && NAV_ROLES.has(role)) ||
      (hints & H_NAV) !== 0;
    frame.inLink = (parent?.inLink ?? false) || tag === 'a';
    const isBlock = (kind & T_BLOCK) !== 0;
    frame.isBlock = isBlock;
    const scope = parent ? parent.scope : NO_SCOPE;
    frame.scope = id && id.length < 80 && scope.length < 8 ? [...scope, id] : scope;
    this.stack.push(frame);
    if (isBlock) {
      this.breakLine();
      // The previous block, closed, is no longer referred to (flushed, and never the bold line: it was flushed too).
      const previous = this.blockFrame;
      if (previous?.closed) this.spare.push(previous);
      this.blockFrame = frame;
      this.blockNav = frame.inNav;
      this.blockOrder = order;
      this.blockScope = frame.scope;
    }
    const model = this.model;

    if (kind & T_SPECIAL && tag === 'svg') {
      // Icons drawn in SVG: their class or label names the network; the drawing itself is not read.
      const top = this.linkIcons.length - 1;
      if (top >= 0)
        for (const c of `${cls} ${ariaLabel ?? ''}`.split(/\s+/))
          if (ICON_CLASS.test(c)) {
            const icons = this.linkIcons[top] ?? [];
            icons.push(c);
            this.linkIcons[top] = icons;
          }
      this.skipDepth = 1;
      return;
    }

    const hTag = (kind & T_HEADING) !== 0;
    if (hTag || ((hints & H_TITLE) !== 0 && !frame.inLink)) {
      frame.jobs |= JOB_HEADING;
      this.gather();
      this.headingLinks.push(null);
    } else if (kind & T_BOLD && (tag !== 'font' || Number(a.size ?? 0) >= 4) && !frame.inLink) {
      // Old table layouts title a page with a bold line: a heading when it is the whole of its block.
      frame.jobs |= JOB_BOLD;
      this.gather();
    }

    if (!(kind & T_SPECIAL)) {
      // An element with no record of its own.
    } else if (tag === 'a' || tag === 'area') {
      this.linkIcons.push(null);
      frame.jobs |= JOB_LINK;
      this.gather();
    } else if (tag === 'form') {
      const form: PageForm = {
        action: a.action ?? null,
        method: (a.method ?? 'get').toLowerCase(),
        fields: [],
        text: '',
        inNav: frame.inNav,
        path: pathOf(frame),
        order,
      };
      this.forms.push(form);
      frame.jobs |= JOB_FORM;
      this.gather();
    } else if (tag === 'table') {
      const table: PageTable = {
        path: pathOf(frame),
        order,
        inNav: frame.inNav,
        scope: frame.scope,
        rows: [],
        rowLinks: [],
      };
      this.tables.push({ table, row: null, rowLinks: null });
      frame.jobs |= JOB_TABLE;
    } else if (tag === 'tr') {
      const t = last(this.tables);
      if (t) {
        const row: OpenRow = { table: t, row: [], rowLinks: [], prevRow: t.row, prevRowLinks: t.rowLinks };
        t.row = row.row;
        t.rowLinks = row.rowLinks;
        this.rows.push(row);
        frame.jobs |= JOB_ROW;
      }
    } else if (tag === 'td' || tag === 'th') {
      const row = last(this.tables)?.row;
      if (row && row.length < 50) {
        this.cells.push(row);
        frame.jobs |= JOB_CELL;
        this.gather();
      }
    } else if (tag === 'iframe' || tag === 'embed' || tag === 'object' || tag === 'frame') {
      const src = (a.src ?? a['data-src'] ?? a.data ?? '').trim();
      if (src && model.frames.length < 500) {
        const kind = frameKind(src);
        const title = collapse(a.title ?? a.name ?? '');
        model.frames.push({ src: src.slice(0, 2000), kind, title, inNav: frame.inNav, path: pathOf(frame) });
        // An embedded document is evidence like a linked one.
        if (kind === 'document') {
          const inner = /[?&](?:url|file)=([^&]+)/i.exec(src)?.[1];
          this.addLink(frame, inner ? decodeSafe(inner) : src, title, NO_ICONS, order, true);
        }
      }
    } else if (tag === 'img') {
      const rawAlt = a.alt;
      const alt = rawAlt ? collapse(rawAlt) : '';
      const title = a.title;
      if (model.images.length < this.maxEntries)
        model.images.push(
          new ImageRecord(
            cut(a.src ?? a['data-src'] ?? a['data-lazy-src'] ?? '', 2000),
            cut(alt, 500),
            title ? cut(collapse(title), 500) : '',
            frame.inNav,
            frame.inLink,
            dimension(a.width),
            dimension(a.height),
            pathOf(frame),
            order,
          ),
        );
      if (alt && this.gathering) this.addText(` ${alt} `, P_SPACED);
    } else if (tag === 'input' || tag === 'textarea' || tag === 'button' || tag === 'select') {
      const type = (a.type ?? (tag === 'input' ? 'text' : tag)).toLowerCase();
      const placeholder = collapse(a.placeholder ?? '');
      if (placeholder) this.addText(` ${placeholder} `, P_SPACED);
      if (a.value && (type === 'submit' || type === 'button')) {
        const value = ` ${collapse(a.value)} `;
        this.addText(value, pieceFlags(value));
      }
      const form = last(this.forms);
      if (form && form.fields.length < 200 && type !== 'hidden')
        form.fields.push({
          tag: tag as FormField['tag'],
          type,
          name: (a.name ?? a.id ?? '').slice(0, 100),
          label: collapse(a['aria-label'] ?? a.placeholder ?? a.title ?? '').slice(0, 200),
          required: 'required' in a,
        });
      // A select's options are its field's choices, not page text.
      if (tag === 'select') this.skipDepth = 1;
    }
    if (kind & T_ICON && cls) {
      const top = this.linkIcons.length - 1;
      if (top >= 0 && (this.linkIcons[top]?.length ?? 0) < 20)
        for (const c of cls.split(/\s+/))
          if (ICON_CLASS.test(c)) {
            const icons = this.linkIcons[top] ?? [];
            icons.push(c);
            this.linkIcons[top] = icons;
          }
    }
    if (
      !model.breadcrumbs.length &&
      ((hints & H_CRUMB) !== 0 || BREADCRUMB_HINT.test(ariaLabel ?? ''))
    ) {
      frame.jobs |= JOB_CRUMB;
      this.gather();
    }
  }

  text(data: string) {
    if (!data) return;
    if (this.titleParts && this.titleParts.length < 100) this.titleParts.push(data);
    if (this.skipDepth) return;
    const flags = pieceFlags(data);
    this.blockText[this.blockCount] = data;
    this.blockFlags[this.blockCount++] = flags;
    if (this.gathering) {
      this.pieces[this.pieceCount] = data;
      this.pieceFlags[this.pieceCount++] = flags;
    }
  }

  /** An element's close-time work, the reverse of the order it was registered in: breadcrumb, own record, heading. */
  private runJobs(frame: Frame) {
    const jobs = frame.jobs;
    const model = this.model;
    if (jobs & JOB_CRUMB) {
      const count = this.pieceCount;
      const start = this.endGathering();
      if (!model.breadcrumbs.length) {
        const p = this.pieces;
        const end = Math.min(count, start + MAX_PIECES);
        const parts: string[] = [];
        for (let k = start; k < end; k++) {
          const x = collapse(p[k] as string);
          if (x && !/^[>»/|›•\-:\s]+$/.test(x)) parts.push(x);
        }
        model.breadcrumbs = parts
          .slice(0, 20)
          .map((p) => p.replace(/^[>»/|›•\-\s]+|[>»/|›•\-\s]+$/g, '').slice(0, 200))
          .filter(Boolean);
      }
    }
    if (jobs & OWN_TEXT) {
      const t = this.gathered();
      if (jobs & JOB_LINK) {
        const icons = this.linkIcons.pop() ?? NO_ICONS;
        const a = frame.attribs;
        let raw = a.href ?? '';
        if (a.onclick && (!raw || raw.startsWith('#') || /^javascript:/i.test(raw)))
          raw = ONCLICK_URL.exec(a.onclick)?.[1] ?? raw;
        const text =
          t || collapse(a.title ?? '') || collapse(a['aria-label'] ?? '') || collapse(a.alt ?? '') || iconName(icons);
        this.addLink(frame, raw, text, icons, frame.order);
        const top = this.headingLinks.length - 1;
        if (top >= 0) {
          const inner = this.headingLinks[top];
          this.headingLinks[top] = inner == null ? t : inner + t;
        }
      } else if (jobs & JOB_FORM) {
        const form = this.forms.pop() as PageForm;
        form.text = t.length > 2000 ? t.slice(0, 2000) : t;
        if (model.forms.length < 500) model.forms.push(form);
      } else (this.cells.pop() as string[]).push(t.length > 2000 ? t.slice(0, 2000) : t);
    } else if (jobs & JOB_TABLE) {
      const open = this.tables.pop() as OpenTable;
      if (model.tables.length < 2000) model.tables.push(open.table);
    } else if (jobs & JOB_ROW) {
      const r = this.rows.pop() as OpenRow;
      const table = r.table.table;
      if (r.row.length && table.rows.length < 5000) {
        table.rows.push(r.row);
        table.rowLinks.push(r.rowLinks);
      }
      r.table.row = r.prevRow;
      r.table.rowLinks = r.prevRowLinks;
    }
    if (jobs & JOB_HEADING) {
      const t = this.gathered();
      const inner = this.headingLinks.pop() ?? null;
      const tag = frame.tag;
      const digit = tag.length === 2 && tag.charCodeAt(0) === 104 ? tag.charCodeAt(1) - 48 : 0;
      const level = digit >= 1 && digit <= 6 ? digit : 7;
      this.heading(level, t, frame, frame.order, inner !== null && sameWithoutSpaces(inner, t));
    } else if (jobs & JOB_BOLD) {
      const t = this.gathered();
      if (t.length >= 4 && t.length <= 120) this.pendingBold = { text: t, frame, order: frame.order };
    }
  }

  close() {
    const frame = this.stack.pop();
    if (!frame) return;
    if (this.titleParts && (frame === SKIPPED || frame.tag === 'title')) {
      // </title> (or the element around it) closes the title.
      if (this.titleParts.length && !this.model.title) {
        this.model.title = collapse(this.titleParts.join('')).slice(0, 500);
        this.titleParts = null;
      }
    }
    if (frame === SKIPPED) {
      if (this.skipDepth) this.skipDepth--;
      return;
    }
    if (this.skipDepth) this.skipDepth = 0; // an svg or select closing
    if (frame.jobs) this.runJobs(frame);
    if (frame.isBlock) this.breakLine();
    frame.closed = true;
    // Reused for a later element, unless it is the current block or bold line, or holds one whose path is not known
    // yet (a text after it may still need it).
    const order = frame.order;
    const block = this.blockFrame;
    const bold = this.pendingBold?.frame;
    if (
      frame !== block &&
      frame !== bold &&
      !(block && block.order >= order && block.path === null) &&
      !(bold && bold.order >= order && bold.path === null)
    )
      this.spare.push(frame);
  }

  finish(): PageModel {
    while (this.stack.length) this.close();
    this.flushBlock();
    this.readLinks(this.base);
    const m = this.model;
    m.headings.sort((x, y) => x.order - y.order);
    // (The last text collapsed may be a slice of the whole page: not kept past the build.)
    newBuildState();
    // The page's text is its blocks, one per line (each already collapsed and capped): joined when first read (the
    // checks read only the content's text, and only some of them). The keys keep their order: text and mainText
    // come after the breadcrumbs.
    const model = {
      url: m.url,
      title: m.title,
      lang: m.lang,
      description: m.description,
      headings: m.headings,
      breadcrumbs: m.breadcrumbs,
    } as PageModel;
    Object.defineProperty(model, 'text', TEXT_ACCESSOR);
    Object.defineProperty(model, 'mainText', MAIN_TEXT_ACCESSOR);
    model.blocks = m.blocks;
    model.links = m.links;
    model.forms = m.forms;
    model.frames = m.frames;
    model.images = m.images;
    model.tables = m.tables;
    model.scripts = m.scripts;
    model.size = m.size;
    model.truncated = m.truncated;
    model.source = m.source;
    const lazy: LazyText = { blocks: m.blocks, text: null, mainText: null, set: false };
    Object.defineProperty(model, LAZY, { value: lazy, writable: false, enumerable: false, configurable: false });
    return model;
  }
}

const SKIPPED = new Frame('#skip', null, {});
SKIPPED.path = '';
SKIPPED.inNav = true;

/** The CSS path of an element: its parent's path and its own step, worked out once, on demand, without recursion. */
function pathOf(frame: Frame): string {
  if (frame.path !== null) return frame.path;
  const parent = frame.parent;
  if (frame.id !== null || parent === null || parent.path !== null) return pathStep(frame);
  // Ancestors whose paths are not known yet, outermost last, in a list shared by the build: no array per call. (Its
  // length is never cut — setting it to 0 frees the list's storage, and the next call would allocate it again — and
  // its entries are cleared as they are used: no frame is kept past the build.)
  const chain = chainList;
  let top = 0;
  let f: Frame | null = frame;
  while (f && f.path === null) {
    chain[top++] = f;
    f = f.parent;
  }
  while (top > 0) {
    const c = chain[--top] as Frame;
    chain[top] = null;
    pathStep(c);
  }
  return frame.path ?? '';
}
let chainList: (Frame | null)[] = [];

/** The state module functions share during a build, made anew for each (young objects: see lastCollapse). */
function newBuildState() {
  lastCollapse = { text: '', out: '' };
  chainList = [];
}

/** Sets the path of an element whose parent's path is known (or that needs none: an id, a root). */
function pathStep(c: Frame): string {
  const parent = c.parent;
  let path: string;
  if (c.id !== null) path = `#${c.id}`;
  else if (!parent) path = step(c.tag, c.n, '');
  // A row directly in a table: browsers put it in an implied <tbody>, so the path steps over it (" " not " > ").
  else if (c.tag === 'tr' && parent.tag === 'table') path = (parent.path as string) + step(c.tag, c.n, ' ');
  else {
    // The usual step (" > div:nth-of-type(2)"), from the tag's own list: no lookup by name.
    const list = c.steps;
    const n = c.n;
    let known = list !== null && n <= 500 ? list[n] : undefined;
    if (known === undefined) {
      known = ` > ${c.tag}:nth-of-type(${n})`;
      if (list !== null && n <= 500) list[n] = known;
    }
    path = (parent.path as string) + known;
  }
  c.path = path;
  return path;
}

/** Steps of CSS paths with another separator (a root's, a row's in a table), kept once. */
const STEPS = new Map<string, string[]>();

function step(tag: string, n: number, sep: string): string {
  if (n > 500) return `${sep}${tag}:nth-of-type(${n})`;
  const key = `${sep}|${tag}`;
  let list = STEPS.get(key);
  if (!list) {
    if (STEPS.size >= 1000 || tag.length > 40) return `${sep}${tag}:nth-of-type(${n})`;
    list = [];
    STEPS.set(key, list);
  }
  let known = list[n];
  if (known === undefined) {
    known = `${sep}${tag}:nth-of-type(${n})`;
    list[n] = known;
  }
  return known;
}
const HINT_WORDS = /nav|menu|foot|head|side|top|bread|bar|title|topic/i;
/** A class or id names navigation (a token), a title (a token), a breadcrumb (anywhere). */
const H_NAV = 1;
const H_TITLE = 2;
const H_CRUMB = 4;

/** What the tokens of a class or id attribute say (every NAV_TOKEN and TITLE_TOKEN holds a HINT_WORDS word). */
function hintsOf(value: string): number {
  let h = BREADCRUMB_HINT.test(value) ? H_CRUMB : 0;
  if (!HINT_WORDS.test(value)) return h;
  for (const t of value.split(/\s+/)) {
    if (!t) continue;
    if (NAV_TOKEN.test(t)) h |= H_NAV;
    if (TITLE_TOKEN.test(t)) h |= H_TITLE;
  }
  return h;
}

/** What a tag is to the model (bit flags), looked up once per element. */
const T_SKIP = 1;
const T_BLOCK = 2;
const T_NAV = 4;
const T_MAIN = 8;
/** Read in <head> (and anywhere): html, title, meta, base, script. */
const T_HEAD = 16;
/** Has a record of its own (link, form, table, row, cell, frame, image, field) or is an svg. */
const T_SPECIAL = 32;
const T_HEADING = 64;
const T_BOLD = 128;
/** May hold a link's icon (<i class="fa fa-facebook">). */
const T_ICON = 256;
/**
 * A tag name, once: its kind and the steps of CSS paths through it (" > div:nth-of-type(n)" at n ≤ 500, made as they
 * are met; lists for at most 1,000 names of at most 40 characters, null for the others).
 */
interface TagInfo {
  name: string;
  kind: number;
  steps: string[] | null;
}
/** Each tag name once: known tags from the start, others as they are met (at most 5,000). */
const TAGS = new Map<string, TagInfo>();
let stepLists = 0;

function newTagInfo(tag: string): TagInfo {
  const listed = stepLists < 1000 && tag.length <= 40;
  if (listed) stepLists++;
  return { name: tag, kind: 0, steps: listed ? [] : null };
}

const flag = (tags: Iterable<string>, bit: number) => {
  for (const t of tags) {
    const info = TAGS.get(t) ?? newTagInfo(t);
    info.kind |= bit;
    TAGS.set(t, info);
  }
};

function tagInfo(tag: string): TagInfo {
  let info = TAGS.get(tag);
  if (!info) {
    if (TAGS.size >= 5000) return { name: tag, kind: 0, steps: null };
    info = newTagInfo(tag);
    TAGS.set(tag, info);
  }
  return info;
}
flag(SKIP, T_SKIP);
flag(BLOCK, T_BLOCK);
flag(NAV_TAGS, T_NAV);
flag(MAIN_TAGS, T_MAIN);
flag(['html', 'title', 'meta', 'base', 'script'], T_HEAD);
flag(
  ['svg', 'a', 'area', 'form', 'table', 'tr', 'td', 'th', 'iframe', 'embed', 'object', 'frame', 'img', 'input', 'textarea', 'button', 'select'],
  T_SPECIAL,
);
flag(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], T_HEADING);
flag(['b', 'strong', 'font'], T_BOLD);
flag(['i', 'span', 'em'], T_ICON);

/** A tag name in lower case (htmlparser2 gives them so: then no new string). */
function lowerTag(name: string): string {
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return name.toLowerCase();
  }
  return name;
}
const ICON_CLASS = /^(fa|icon|bi|ico)-[a-z0-9-]+$/;

/** The texts of a model built from HTML: joined from its blocks when first read (unless set). */
interface LazyText {
  blocks: readonly TextBlock[];
  text: string | null;
  mainText: string | null;
  /** A caller set mainText: it is no longer the blocks joined. */
  set: boolean;
}
/**
 * Where a built model keeps its LazyText: a property of its own, not enumerable. (Not a WeakMap, and not getters
 * written in an object literal: a literal's getters are new functions each time, so each model got a hidden class of
 * its own, made in the old generation, and that class, like the WeakMap's entry, kept the model and everything in it
 * alive through the young generation's collections until the next full one — most of what a build allocated was
 * copied at least once, measured. The accessors below are the same functions for every model: models share one
 * hidden class.)
 */
const LAZY = Symbol('openita.lazyText');
type Built = PageModel & { [LAZY]?: LazyText };
const lazyOf = (page: PageModel): LazyText | undefined => (page as Built)[LAZY];

/**
 * The accessor of a built model's `text` (main: false, all blocks) or `mainText` (main: true, outside navigation):
 * joined when first read, kept once set. Made once for each: every model shares these two.
 */
function joinedText(main: boolean): PropertyDescriptor & ThisType<Built> {
  const field = main ? 'mainText' : 'text';
  return {
    enumerable: true,
    configurable: true,
    get() {
      const lazy = this[LAZY] as LazyText;
      lazy[field] ??= joinBlocks(lazy.blocks, main);
      return lazy[field];
    },
    set(v: string) {
      const lazy = this[LAZY] as LazyText;
      lazy[field] = v;
      // (mainTextStart reads the blocks only while mainText is theirs.)
      if (main) lazy.set = true;
    },
  };
}
const TEXT_ACCESSOR = joinedText(false);
const MAIN_TEXT_ACCESSOR = joinedText(true);

/**
 * The first `max` characters of a page's content text (`page.mainText.slice(0, max)`), read from the blocks when the
 * whole text has not been joined yet.
 */
export function mainTextStart(page: PageModel, max: number): string {
  const lazy = lazyOf(page);
  if (!lazy || lazy.mainText !== null || lazy.set || lazy.blocks !== page.blocks) return page.mainText.slice(0, max);
  const out: string[] = [];
  let length = -1;
  for (const b of lazy.blocks) {
    if (b.inNav) continue;
    out.push(b.text);
    length += b.text.length + 1;
    if (length >= max) break;
  }
  return out.join('\n').slice(0, max);
}

/** The texts of the blocks (outside navigation only: `main`), one per line. */
function joinBlocks(blocks: readonly TextBlock[], main: boolean): string {
  const out: string[] = [];
  for (const b of blocks) if (!main || !b.inNav) out.push(b.text);
  return out.join('\n');
}

/** At most `max` characters of `s` (no new string when it is shorter). */
const cut = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);
/** An image's width or height attribute as a number, when it is one. */
const dimension = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : null);

/**
 * An array's last element. (Not list[list.length - 1]: on an empty list that reads the property "-1", which V8
 * looks up slowly, by name, on the array and its prototypes.)
 */
function last<T>(list: readonly T[]): T | undefined {
  return list.length === 0 ? undefined : list[list.length - 1];
}

/** `parts[from … to)` joined. */
function concat(parts: readonly string[], from: number, to: number): string {
  if (to - from === 1) return parts[from] as string;
  if (to - from > 32) return parts.slice(from, to).join('');
  let s = '';
  for (let k = from; k < to; k++) s += parts[k];
  return s;
}

/** a and b are the same once whitespace is dropped (no string is built). */
function sameWithoutSpaces(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isSpace(a.charCodeAt(i))) i++;
    while (j < b.length && isSpace(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

/**
 * Walks an already parsed document (cheerio, or domhandler nodes) depth-first without recursion, feeding a builder:
 * down to an element's first child, along to the next sibling, back up through the parents (`roots` are the
 * children of one node, linked as siblings, as a parser leaves them).
 */
function walkDom(roots: AnyNode[], builder: ModelBuilder) {
  let node = roots[0] as AnyNode | undefined;
  if (!node) return;
  const top = node.parent;
  for (;;) {
    const type = node.type;
    if (type === 'text') builder.text((node as unknown as { data: string }).data);
    else if (type === 'tag' || type === 'script' || type === 'style') {
      const el = node as Element;
      builder.open(el.name, el.attribs ?? {});
      const first = el.children?.[0];
      if (first) {
        node = first;
        continue;
      }
      builder.close();
    }
    // The next sibling; past the last one, each parent closes.
    while (!node.next) {
      const parent: AnyNode | null = node.parent;
      if (!parent || parent === top) return;
      node = parent;
      builder.close();
    }
    node = node.next;
  }
}

function prepareHtml(input: string, maxChars: number): { html: string; size: number; truncated: boolean } {
  const html = typeof input === 'string' ? input : String(input ?? '');
  const truncated = html.length > maxChars;
  let text = truncated ? html.slice(0, maxChars) : html;
  if (text.includes('data:')) text = text.replace(DATA_URI, '$1data:,$2');
  return { html: text, size: html.length, truncated };
}

/**
 * Builds the page model from HTML, or from a document cheerio has already parsed. Never throws on any input.
 * `url` is the page's address: it resolves relative links and tells the agency's own site from others.
 * (Building it while htmlparser2's tokenizer reads the text, with no DOM in between, was measured slower than parsing
 * with cheerio/slim and walking the tree: the builder takes both, the walk is used.)
 */
export function buildPageModel(
  input: string | CheerioAPI,
  url: string | null = null,
  options: PageModelOptions = {},
): PageModel {
  const maxEntries = options.maxEntries ?? 20_000;
  let $: CheerioAPI;
  let size = 0;
  let truncated = false;
  if (typeof input === 'function') $ = input;
  else {
    const prepared = prepareHtml(input, options.maxChars ?? DEFAULT_MAX_CHARS);
    size = prepared.size;
    truncated = prepared.truncated;
    $ = load(prepared.html);
  }
  const builder = new ModelBuilder(url, size, truncated, maxEntries);
  walkDom(($.root()[0] as unknown as { children: AnyNode[] }).children, builder);
  return builder.finish();
}

/** Builds the page model from open / text / close events (a SAX reader, a live DOM walked elsewhere). */
export function pageModelFromEvents(
  url: string | null,
  feed: (events: {
    open(name: string, attribs: Record<string, string>): void;
    text(data: string): void;
    close(): void;
  }) => void,
  options: PageModelOptions = {},
): PageModel {
  const builder = new ModelBuilder(url, 0, false, options.maxEntries ?? 20_000);
  feed(builder);
  return builder.finish();
}

function iconName(icons: readonly string[]): string {
  for (const c of icons) {
    const m =
      /^(?:fa|icon|bi|ico)-(facebook|twitter|x-twitter|instagram|line|youtube|tiktok|file-pdf|envelope|phone)/.exec(c);
    if (m?.[1]) return m[1];
  }
  return '';
}

/** Parses HTML with cheerio alone (cheerio/slim: htmlparser2), as a benchmark's yardstick or to reuse the document. */
export function parseHtml(html: string, options: PageModelOptions = {}): CheerioAPI {
  return load(prepareHtml(html, options.maxChars ?? DEFAULT_MAX_CHARS).html);
}
