/**
 * The page model: everything the OIT checks read from one HTML page, built in one pass over a parsed document.
 *
 * Pure: cheerio's htmlparser2 build, no DOM globals, so the same code runs in Node, the web UI and the extension
 * (which passes `document.documentElement.outerHTML`). The walk is iterative, so 10,000-deep nesting cannot overflow
 * the stack; input beyond `maxChars` is cut and flagged `truncated`, inline data: URIs are dropped before parsing,
 * and every list is capped, so memory stays bounded whatever the input.
 */
import { type CheerioAPI, load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';

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
  icons: string[];
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
  order: number;
}

export interface PageModel {
  url: string | null;
  title: string;
  lang: string;
  description: string;
  headings: PageHeading[];
  breadcrumbs: string[];
  /** All visible text, blocks separated by newlines. */
  text: string;
  /** Visible text outside navigation, header, footer and sidebars. */
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
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'th', 'thead', 'tfoot', 'tr', 'ul', 'option', 'caption', 'label', 'button', 'summary', 'details', 'center',
]);
const NAV_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
const NAV_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menubar', 'menu']);
const NAV_TOKEN =
  /^(?:(?:main|top|site|primary|mega|sub|side|left|right|global|header|footer|mobile|navbar)[-_]?)?(?:nav|navbar|navigation|menu|menubar|menus|megamenu|sidenav|sidebar)$|^(?:site[-_]?|page[-_]?|main[-_]?)?(?:footer|header|topbar|top[-_]bar|side[-_]bar|breadcrumbs?)$|^(?:footer|header)[-_](?:wrap|wrapper|area|inner|top|bottom|menu|links|widget)$/i;
const MAIN_TAGS = new Set(['main', 'article']);
const TITLE_TOKEN = /^(?:page|entry|post|article|content|main|section|h|head|box|topic|header)?[-_]?(?:title|heading|topic|head[-_]?title)(?:[-_](?:main|page|text|lg|xl|1|2))?$/i;
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
const CLOUD_HOSTS = /(^|\.)(drive\.google\.com|docs\.google\.com|onedrive\.live\.com|1drv\.ms|dropbox\.com|sharepoint\.com|anyflip\.com|fliphtml5\.com|heyzine\.com|issuu\.com|scribd\.com)$/i;
const OFFICE_EXT = /\.(docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv)$/i;
const IMAGE_EXT = /\.(png|jpe?g|gif|webp|bmp|svg|tiff?)$/i;
const ARCHIVE_EXT = /\.(zip|rar|7z|gz)$/i;

function hostNetwork(host: string): string | undefined {
  const h = host.toLowerCase().replace(/^(www|m|mobile|web)\./, '');
  const direct = SOCIAL_HOSTS[h];
  if (direct) return direct;
  for (const [suffix, net] of Object.entries(SOCIAL_HOSTS)) if (h.endsWith(`.${suffix}`)) return net;
  return undefined;
}

function kindOfPath(path: string, search: string): LinkKind | null {
  if (/\.pdf$/i.test(path) || /[?&](file|f|filename|doc)=[^&]*\.pdf/i.test(search)) return 'pdf';
  if (OFFICE_EXT.test(path)) return 'office';
  if (IMAGE_EXT.test(path)) return 'image';
  if (ARCHIVE_EXT.test(path)) return 'archive';
  return null;
}

const sameHost = (a: string, b: string) => a.replace(/^www\./, '') === b.replace(/^www\./, '');

/** Classifies a link target. `base` is the page's URL (or its <base href>). Never throws. */
export function classifyHref(raw: string, base: string | null): { href: string | null; kind: LinkKind; network?: string } {
  const href = String(raw ?? '').trim();
  if (!href || href.startsWith('#')) return { href: null, kind: 'anchor' };
  const lower = href.toLowerCase().replace(/[\s\u0000-\u001f]/g, '');
  if (lower.startsWith('javascript:') || lower.startsWith('vbscript:')) return { href: null, kind: 'script' };
  if (lower.startsWith('mailto:')) return { href, kind: 'mail' };
  if (lower.startsWith('tel:')) return { href, kind: 'tel' };
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
    let baseHost: string | null = null;
    try {
      baseHost = new URL(base).hostname;
    } catch {
      baseHost = null;
    }
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
  if (/google\.[a-z.]+\/maps|maps\.google\.|goo\.gl\/maps|maps\.app\.goo\.gl|openstreetmap\.org|longdo\.com|bing\.com\/maps|mapbox|here\.com\/|map\.nostramap/.test(s))
    return 'map';
  if (/\.pdf($|[?#])|docs\.google\.com\/(viewer|gview|document|spreadsheets|presentation)|drive\.google\.com\/file|\/viewer\.html\?file=|pdfjs|view\.officeapps\.live\.com/.test(s))
    return 'document';
  if (/youtube\.com|youtu\.be|vimeo\.com|facebook\.com\/plugins\/video/.test(s)) return 'video';
  if (/facebook\.com\/plugins|twitter\.com|line\.me|instagram\.com|tiktok\.com/.test(s)) return 'social';
  return 'other';
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const NO_SCOPE: readonly string[] = [];
const ID_OK = /^[A-Za-z][\w-]*$/;
/** A URL inside an onclick handler: window.open('x.pdf'), location.href="…". */
const ONCLICK_URL = /(?:window\.open|location(?:\.href)?\s*=|location\.assign)\s*\(?\s*['"]([^'"]{1,2000})['"]/i;
/** Inline data: URIs (base64 images) are dropped before parsing: they are large and never evidence. */
const DATA_URI = /(["'(])data:[^"')]{200,}(["')])/g;

/** An element being walked: its CSS path, whether it sits in navigation, the collectors gathering its text. */
interface Frame {
  tag: string;
  path: string;
  inNav: boolean;
  inMain: boolean;
  inLink: boolean;
  collectors: number[];
  /** Ids of the enclosing elements, outermost first. */
  scope: readonly string[];
  /** Icon classes found inside, for links. */
  icons?: string[];
}

type Entry = { node: AnyNode; parent: Frame | null; seg: string } | (() => void);

function toDocument(input: string | CheerioAPI, maxChars: number): { $: CheerioAPI; size: number; truncated: boolean } {
  if (typeof input === 'function') return { $: input, size: 0, truncated: false };
  const html = typeof input === 'string' ? input : String(input ?? '');
  const truncated = html.length > maxChars;
  let text = truncated ? html.slice(0, maxChars) : html;
  if (text.includes('data:')) text = text.replace(DATA_URI, '$1data:,$2');
  return { $: load(text, { xml: false }), size: html.length, truncated };
}

/**
 * Builds the page model from HTML or from a document cheerio has already parsed. Never throws on any input.
 * `url` is the page's address: it resolves relative links and tells the agency's own site from others.
 */
export function buildPageModel(input: string | CheerioAPI, url: string | null = null, options: PageModelOptions = {}): PageModel {
  const maxEntries = options.maxEntries ?? 20_000;
  const { $, size, truncated } = toDocument(input, options.maxChars ?? DEFAULT_MAX_CHARS);
  const root = $.root()[0] as unknown as { children: AnyNode[] };
  let pageUrl: string | null = null;
  if (url) {
    try {
      pageUrl = new URL(url).href;
    } catch {
      pageUrl = null;
    }
  }

  let base = pageUrl;
  const baseHref = $('base[href]').first().attr('href');
  if (baseHref) {
    try {
      base = new URL(baseHref, pageUrl ?? undefined).href;
    } catch {
      /* keep the page URL */
    }
  }

  const model: PageModel = {
    url: pageUrl ?? (url || null),
    title: collapse($('title').first().text()).slice(0, 500),
    lang: ($('html').attr('lang') ?? '').slice(0, 20),
    description: collapse($('meta[name="description"]').attr('content') ?? '').slice(0, 1000),
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
  for (const el of $('script[src]').toArray().slice(0, 200)) {
    const src = (el as Element).attribs?.src;
    if (src) model.scripts.push(src.slice(0, 500));
  }

  // Collectors gather the text of a subtree (a heading, a link, a table cell …) while the walk is inside it.
  const collected: string[][] = [];
  const textOf = (k: number): string => collapse((collected[k] ?? []).join(' '));
  const addText = (f: Frame | null, t: string) => {
    if (!f) return;
    for (const k of f.collectors) {
      const c = collected[k];
      if (c && c.length < 5000) c.push(t);
    }
  };

  const allText: string[] = [];
  const mainText: string[] = [];
  let blockText: string[] = [];
  let blockPath = 'html';
  let blockNav = false;
  let blockOrder = 0;
  /** Document order: incremented on entering every element. */
  let seq = 0;
  /** A bold line waiting to learn whether it is the whole of its block (then it titles what follows). */
  let pendingBold: { text: string; frame: Frame; order: number } | null = null;
  const flushBlock = () => {
    if (!blockText.length) {
      pendingBold = null;
      return;
    }
    const t = collapse(blockText.join(''));
    if (t && model.blocks.length < maxEntries) model.blocks.push({ text: t.slice(0, 20_000), path: blockPath, inNav: blockNav, order: blockOrder });
    if (pendingBold && pendingBold.text === t) heading(7, t, pendingBold.frame, pendingBold.order);
    pendingBold = null;
    blockText = [];
  };
  const breakLine = (f: Frame) => {
    flushBlock();
    allText.push('\n');
    if (!f.inNav) mainText.push('\n');
  };
  const heading = (level: number, text: string, f: Frame, order: number, linkOnly = false) => {
    if (text && text.length <= 300 && model.headings.length < maxEntries)
      model.headings.push({ level, text, inNav: f.inNav, linkOnly, scope: f.scope, path: f.path, order });
  };
  /** Link texts inside the headings being walked, to tell list entries from section titles. */
  const headingLinks: string[][] = [];
  const squash = (s: string) => s.replace(/\s+/g, '');

  const forms: PageForm[] = [];
  const tables: { table: PageTable; row: string[] | null; rowLinks: PageLink[] | null }[] = [];
  const links: Frame[] = [];
  const stack: Entry[] = [];

  const pushChildren = (children: AnyNode[] | undefined, parent: Frame | null) => {
    if (!children?.length) return;
    const counts = new Map<string, number>();
    const entries: Entry[] = [];
    for (const child of children) {
      let seg = '';
      if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
        const el = child as Element;
        const name = el.name.toLowerCase();
        const n = (counts.get(name) ?? 0) + 1;
        counts.set(name, n);
        const id = el.attribs?.id;
        seg = id && ID_OK.test(id) && id.length < 80 ? `#${id}` : `${name}:nth-of-type(${n})`;
      }
      entries.push({ node: child, parent, seg });
    }
    for (let k = entries.length - 1; k >= 0; k--) stack.push(entries[k] as Entry);
  };

  const addLink = (frame: Frame, raw: string, text: string, icons: string[], order: number, embedded = false) => {
    const c = classifyHref(raw, base);
    const link: PageLink = {
      text: text.slice(0, 500),
      rawHref: raw.slice(0, 2000),
      href: c.href,
      kind: c.kind,
      icons,
      inNav: frame.inNav,
      scope: frame.scope,
      path: frame.path,
      order,
    };
    if (c.network) link.network = c.network;
    if (embedded) link.embedded = true;
    if (model.links.length < maxEntries) model.links.push(link);
    const tbl = tables[tables.length - 1];
    if (tbl?.rowLinks && tbl.rowLinks.length < 200) tbl.rowLinks.push(link);
  };

  pushChildren(root.children, null);
  while (stack.length) {
    const entry = stack.pop() as Entry;
    if (typeof entry === 'function') {
      entry();
      continue;
    }
    const { node, parent, seg } = entry;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (!data) continue;
      allText.push(data);
      if (!parent?.inNav) mainText.push(data);
      blockText.push(data);
      addText(parent, data);
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as Element;
    const tag = el.name.toLowerCase();
    if (SKIP.has(tag)) continue;
    const a = el.attribs ?? {};
    const cls = a.class ?? '';
    const tokens = `${cls} ${a.id ?? ''}`.split(/\s+/).filter(Boolean);
    const order = ++seq;
    const inMain = (parent?.inMain ?? false) || MAIN_TAGS.has(tag) || a.role === 'main';
    const navByTag = NAV_TAGS.has(tag) && !(inMain && (tag === 'header' || tag === 'footer'));
    const frame: Frame = {
      tag,
      path: !parent || seg.startsWith('#') ? seg : `${parent.path} > ${seg}`,
      inNav:
        (parent?.inNav ?? false) ||
        navByTag ||
        NAV_ROLES.has(a.role ?? '') ||
        tokens.some((t) => NAV_TOKEN.test(t)),
      inMain,
      inLink: (parent?.inLink ?? false) || tag === 'a',
      collectors: parent?.collectors ?? [],
      scope: parent?.scope ?? NO_SCOPE,
    };
    if (a.id && a.id.length < 80 && frame.scope.length < 8) frame.scope = [...frame.scope, a.id];
    const exits: (() => void)[] = [];
    const collect = (onExit: (text: string, k: number) => void) => {
      const k = collected.push([]) - 1;
      frame.collectors = [...frame.collectors, k];
      exits.push(() => onExit(textOf(k), k));
    };
    const isBlock = BLOCK.has(tag);
    if (isBlock) {
      breakLine(frame);
      blockPath = frame.path;
      blockNav = frame.inNav;
      blockOrder = order;
    }

    if (tag === 'svg') {
      // Icons drawn in SVG: their class or label names the network; the drawing itself is not read.
      const link = links[links.length - 1];
      const label = a['aria-label'] ?? '';
      if (link?.icons) for (const c of `${cls} ${label}`.split(/\s+/)) if (/^(fa|icon|bi|ico)-[a-z0-9-]+$/.test(c)) link.icons.push(c);
      continue;
    }

    if (/^h[1-6]$/.test(tag) || (tokens.some((t) => TITLE_TOKEN.test(t)) && !frame.inLink)) {
      const inner: string[] = [];
      headingLinks.push(inner);
      const level = /^h[1-6]$/.test(tag) ? Number(tag[1]) : 7;
      collect((t) => {
        headingLinks.pop();
        heading(level, t, frame, order, inner.length > 0 && squash(inner.join('')) === squash(t));
      });
    } else if ((tag === 'b' || tag === 'strong' || (tag === 'font' && Number(a.size ?? 0) >= 4)) && !frame.inLink) {
      // Old table layouts title a page with a bold line: a heading when it is the whole of its block.
      collect((t) => {
        if (t.length >= 4 && t.length <= 120) pendingBold = { text: t, frame, order };
      });
    }

    if (tag === 'a' || tag === 'area') {
      frame.icons = [];
      links.push(frame);
      collect((t) => {
        links.pop();
        let raw = a.href ?? '';
        if ((!raw || raw.startsWith('#') || /^javascript:/i.test(raw)) && a.onclick) raw = ONCLICK_URL.exec(a.onclick)?.[1] ?? raw;
        const icons = frame.icons ?? [];
        const text = t || collapse(a.title ?? '') || collapse(a['aria-label'] ?? '') || collapse(a.alt ?? '') || iconName(icons);
        addLink(frame, raw, text, icons, order);
        headingLinks[headingLinks.length - 1]?.push(t);
      });
    } else if (tag === 'form') {
      const form: PageForm = {
        action: a.action ?? null,
        method: (a.method ?? 'get').toLowerCase(),
        fields: [],
        text: '',
        inNav: frame.inNav,
        path: frame.path,
        order,
      };
      forms.push(form);
      collect((t) => {
        form.text = t.slice(0, 2000);
        forms.pop();
        if (model.forms.length < 500) model.forms.push(form);
      });
    } else if (tag === 'table') {
      const table: PageTable = { path: frame.path, order, inNav: frame.inNav, scope: frame.scope, rows: [], rowLinks: [] };
      tables.push({ table, row: null, rowLinks: null });
      exits.push(() => {
        tables.pop();
        if (model.tables.length < 2000) model.tables.push(table);
      });
    } else if (tag === 'tr') {
      const t = tables[tables.length - 1];
      if (t) {
        const prev = { row: t.row, rowLinks: t.rowLinks };
        const row: string[] = [];
        const rowLinks: PageLink[] = [];
        t.row = row;
        t.rowLinks = rowLinks;
        exits.push(() => {
          if (row.length && t.table.rows.length < 5000) {
            t.table.rows.push(row);
            t.table.rowLinks.push(rowLinks);
          }
          t.row = prev.row;
          t.rowLinks = prev.rowLinks;
        });
      }
    } else if (tag === 'td' || tag === 'th') {
      const row = tables[tables.length - 1]?.row;
      if (row && row.length < 50) collect((t) => row.push(t.slice(0, 2000)));
    } else if (tag === 'iframe' || tag === 'embed' || tag === 'object' || tag === 'frame') {
      const src = (a.src ?? a['data-src'] ?? a.data ?? '').trim();
      if (src && model.frames.length < 500) {
        const kind = frameKind(src);
        const title = collapse(a.title ?? a.name ?? '');
        model.frames.push({ src: src.slice(0, 2000), kind, title, inNav: frame.inNav, path: frame.path });
        // An embedded document is evidence like a linked one.
        if (kind === 'document') {
          const inner = /[?&](?:url|file)=([^&]+)/i.exec(src)?.[1];
          addLink(frame, inner ? decodeSafe(inner) : src, title, [], order, true);
        }
      }
    } else if (tag === 'img') {
      const alt = collapse(a.alt ?? '');
      const num = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : null);
      if (model.images.length < maxEntries)
        model.images.push({
          src: (a.src ?? a['data-src'] ?? a['data-lazy-src'] ?? '').slice(0, 2000),
          alt: alt.slice(0, 500),
          title: collapse(a.title ?? '').slice(0, 500),
          inNav: frame.inNav,
          inLink: frame.inLink,
          width: num(a.width),
          height: num(a.height),
          path: frame.path,
          order,
        });
      if (alt) addText(frame, alt);
    } else if (tag === 'input' || tag === 'textarea' || tag === 'button' || tag === 'select') {
      const type = (a.type ?? (tag === 'input' ? 'text' : tag)).toLowerCase();
      const placeholder = collapse(a.placeholder ?? '');
      if (placeholder) addText(frame, placeholder);
      if (a.value && (type === 'submit' || type === 'button')) addText(frame, collapse(a.value));
      const form = forms[forms.length - 1];
      if (form && form.fields.length < 200 && type !== 'hidden')
        form.fields.push({
          tag: tag as FormField['tag'],
          type,
          name: (a.name ?? a.id ?? '').slice(0, 100),
          label: collapse(a['aria-label'] ?? a.placeholder ?? a.title ?? '').slice(0, 200),
          required: 'required' in a,
        });
    }
    if (tag === 'i' || tag === 'span' || tag === 'em') {
      const link = links[links.length - 1];
      if (link?.icons && link.icons.length < 20)
        for (const c of cls.split(/\s+/)) if (/^(fa|icon|bi|ico)-[a-z0-9-]+$/.test(c)) link.icons.push(c);
    }
    if (!model.breadcrumbs.length && BREADCRUMB_HINT.test(`${cls} ${a.id ?? ''} ${a['aria-label'] ?? ''}`)) {
      collect((_t, k) => {
        const parts = (collected[k] ?? []).map(collapse).filter((x) => x && !/^[>»/|›•\-:\s]+$/.test(x));
        if (!model.breadcrumbs.length) model.breadcrumbs = parts.slice(0, 20).map((p) => p.replace(/^[>»/|›•\-\s]+|[>»/|›•\-\s]+$/g, '').slice(0, 200)).filter(Boolean);
      });
    }

    if (tag === 'select') continue;
    stack.push(() => {
      for (let k = exits.length - 1; k >= 0; k--) exits[k]?.();
      if (isBlock) breakLine(frame);
    });
    pushChildren(el.children, frame);
  }
  flushBlock();
  const tidy = (parts: string[]) =>
    parts
      .join('')
      .split('\n')
      .map(collapse)
      .filter(Boolean)
      .join('\n');
  model.text = tidy(allText);
  model.mainText = tidy(mainText);
  model.headings.sort((x, y) => x.order - y.order);
  return model;
}

function iconName(icons: string[]): string {
  for (const c of icons) {
    const m = /^(?:fa|icon|bi|ico)-(facebook|twitter|x-twitter|instagram|line|youtube|tiktok|file-pdf|envelope|phone)/.exec(c);
    if (m?.[1]) return m[1];
  }
  return '';
}

/** Parses HTML with cheerio alone: what `buildPageModel` does before its walk (for benchmarks and callers that reuse it). */
export function parseHtml(html: string, options: PageModelOptions = {}): CheerioAPI {
  return toDocument(html, options.maxChars ?? DEFAULT_MAX_CHARS).$;
}
