/**
 * The page model: everything the OIT checks read from one HTML page, built in one pass over the DOM.
 * Pure (cheerio's htmlparser2 build, no DOM globals): the same code runs in Node, the web UI and the extension.
 * The walk is iterative, so 10,000-deep nesting cannot overflow the stack; input beyond `maxBytes` is cut and flagged.
 */
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';

export type LinkKind =
  | 'pdf'
  | 'office'
  | 'image'
  | 'archive'
  | 'social'
  | 'mail'
  | 'tel'
  | 'anchor'
  | 'script'
  | 'internal'
  | 'external'
  | 'invalid';

export interface PageLink {
  /** Visible text, else title, else the alt of an image inside, else the icon's name ("facebook"). */
  text: string;
  /** The href as written. */
  rawHref: string;
  /** Absolute URL, or null when the href is not a navigable URL. */
  href: string | null;
  kind: LinkKind;
  /** For social links: facebook, line, youtube, twitter, instagram, tiktok. */
  network?: string;
  /** Icon classes inside the link (fa-facebook, fa-file-pdf …). */
  icons: string[];
  /** In navigation, header, footer or a sidebar. */
  inNav: boolean;
  path: string;
  /** Document order of the element (shared sequence across links, headings, blocks, tables). */
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
  path: string;
}

export interface PageFrame {
  src: string;
  kind: 'map' | 'video' | 'social' | 'other';
  title: string;
  path: string;
}

export interface PageImage {
  src: string;
  alt: string;
  title: string;
  inNav: boolean;
  path: string;
}

export interface PageHeading {
  level: number;
  text: string;
  path: string;
  order: number;
}

export interface PageTable {
  path: string;
  order: number;
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
  /** Widgets recognised by their markup: chat, webboard, Q&A, complaint systems. */
  scripts: string[];
  /** Size of the HTML read, in bytes (UTF-16 code units). */
  size: number;
  truncated: boolean;
}

export interface PageModelOptions {
  /** Stop reading HTML past this many characters (default 8 M); the model is flagged `truncated`. */
  maxBytes?: number;
  /** Keep at most this many text blocks, links, images … each (default 20,000). */
  maxEntries?: number;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'th', 'thead', 'tfoot', 'tr', 'ul', 'option', 'caption', 'label', 'button', 'summary', 'details',
]);
const NAV_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
const NAV_HINT = /(^|[\s_-])(nav|navbar|menu|mega-?menu|footer|header|sidebar|side-bar|topbar|top-bar|breadcrumb)s?($|[\s_-])/i;
const MAIN_HINT = /(^|[\s_-])(main|content|article|page-content|post)($|[\s_-])/i;
const BREADCRUMB_HINT = /breadcrumb/i;

export const SOCIAL_HOSTS: Record<string, string> = {
  'facebook.com': 'facebook',
  'fb.com': 'facebook',
  'fb.me': 'facebook',
  'm.facebook.com': 'facebook',
  'twitter.com': 'twitter',
  'x.com': 'twitter',
  'instagram.com': 'instagram',
  'line.me': 'line',
  'lin.ee': 'line',
  'page.line.me': 'line',
  'youtube.com': 'youtube',
  'youtu.be': 'youtube',
  'tiktok.com': 'tiktok',
};
const OFFICE_EXT = /\.(docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv)$/i;
const IMAGE_EXT = /\.(png|jpe?g|gif|webp|bmp|svg|tiff?)$/i;
const ARCHIVE_EXT = /\.(zip|rar|7z|gz)$/i;

function hostNetwork(host: string): string | undefined {
  const h = host.toLowerCase().replace(/^www\./, '');
  if (SOCIAL_HOSTS[h]) return SOCIAL_HOSTS[h];
  for (const [suffix, net] of Object.entries(SOCIAL_HOSTS)) if (h.endsWith(`.${suffix}`)) return net;
  return undefined;
}

/** Classifies a link target. `base` is the page's URL (or <base href>). */
export function classifyHref(raw: string, base: string | null): { href: string | null; kind: LinkKind; network?: string } {
  const href = raw.trim();
  if (!href || href === '#' || href.startsWith('#')) return { href: null, kind: 'anchor' };
  const lower = href.toLowerCase();
  if (lower.startsWith('javascript:')) return { href: null, kind: 'script' };
  if (lower.startsWith('mailto:')) return { href, kind: 'mail' };
  if (lower.startsWith('tel:')) return { href, kind: 'tel' };
  let url: URL;
  try {
    url = base ? new URL(href, base) : new URL(href);
  } catch {
    // A relative link on a page with no known URL: classify by its path alone.
    const path = href.split(/[?#]/)[0] ?? '';
    if (/\.pdf$/i.test(path)) return { href: null, kind: 'pdf' };
    if (OFFICE_EXT.test(path)) return { href: null, kind: 'office' };
    if (IMAGE_EXT.test(path)) return { href: null, kind: 'image' };
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return { href: null, kind: 'invalid' };
    return { href: null, kind: 'internal' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { href: url.href, kind: 'invalid' };
  const network = hostNetwork(url.hostname);
  if (network) return { href: url.href, kind: 'social', network };
  const path = decodeSafe(url.pathname);
  if (/\.pdf$/i.test(path) || /[?&](file|f)=[^&]*\.pdf/i.test(url.search)) return { href: url.href, kind: 'pdf' };
  if (OFFICE_EXT.test(path)) return { href: url.href, kind: 'office' };
  if (IMAGE_EXT.test(path)) return { href: url.href, kind: 'image' };
  if (ARCHIVE_EXT.test(path)) return { href: url.href, kind: 'archive' };
  if (base) {
    try {
      if (new URL(base).hostname.replace(/^www\./, '') !== url.hostname.replace(/^www\./, ''))
        return { href: url.href, kind: 'external' };
    } catch {
      /* base is not a URL: treat as internal */
    }
  }
  return { href: url.href, kind: base ? 'internal' : 'external' };
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
  if (/google\.[a-z.]+\/maps|maps\.google\.|goo\.gl\/maps|maps\.app\.goo\.gl|openstreetmap\.org|longdo\.com\/map|map\.longdo|bing\.com\/maps|mapbox/.test(s))
    return 'map';
  if (/youtube\.com|youtu\.be|vimeo\.com|facebook\.com\/plugins\/video/.test(s)) return 'video';
  if (/facebook\.com\/plugins|twitter\.com|line\.me|instagram\.com/.test(s)) return 'social';
  return 'other';
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const ID_OK = /^[A-Za-z][\w-]*$/;

/** An element being walked: its CSS path, whether it sits in navigation, the collectors gathering its text. */
interface Frame {
  tag: string;
  path: string;
  inNav: boolean;
  collectors: number[];
  /** Icon classes found inside, for links. */
  icons?: string[];
}

type Entry = { node: AnyNode; parent: Frame | null; seg: string } | (() => void);

/** Builds the page model from HTML. Never throws on any string input. */
export function buildPageModel(html: string, url: string | null = null, options: PageModelOptions = {}): PageModel {
  const maxBytes = options.maxBytes ?? 8_000_000;
  const maxEntries = options.maxEntries ?? 20_000;
  const input = typeof html === 'string' ? html : String(html ?? '');
  const truncated = input.length > maxBytes;
  const $ = load(truncated ? input.slice(0, maxBytes) : input);
  const root = $.root()[0] as unknown as { children: AnyNode[] };

  let base = url;
  const baseHref = $('base[href]').first().attr('href');
  if (baseHref) {
    try {
      base = new URL(baseHref, url ?? undefined).href;
    } catch {
      /* keep the page URL */
    }
  }

  const model: PageModel = {
    url,
    title: collapse($('title').first().text()),
    lang: $('html').attr('lang') ?? '',
    description: collapse($('meta[name="description"]').attr('content') ?? ''),
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
    size: input.length,
    truncated,
  };

  // Collectors gather the text of a subtree (a heading, a link, a table cell …) while the walk is inside it.
  const collected: string[][] = [];
  const textOf = (k: number): string => collapse((collected[k] ?? []).join(' '));
  const addText = (f: Frame | null, t: string) => {
    for (const k of f?.collectors ?? []) collected[k]?.push(t);
  };

  const allText: string[] = [];
  const mainText: string[] = [];
  let blockText: string[] = [];
  let blockPath = 'html';
  let blockNav = false;
  let blockOrder = 0;
  /** Document order: incremented on entering every element. */
  let seq = 0;
  const flushBlock = () => {
    const t = collapse(blockText.join(''));
    if (t && model.blocks.length < maxEntries) model.blocks.push({ text: t, path: blockPath, inNav: blockNav, order: blockOrder });
    blockText = [];
  };
  const breakLine = (f: Frame) => {
    flushBlock();
    allText.push('\n');
    if (!f.inNav) mainText.push('\n');
  };

  const forms: PageForm[] = [];
  const tables: { table: PageTable; row: string[] | null; rowLinks: PageLink[] | null }[] = [];
  const links: Frame[] = [];
  const stack: Entry[] = [];

  const pushChildren = (children: AnyNode[] | undefined, parent: Frame | null) => {
    if (!children) return;
    const counts = new Map<string, number>();
    const entries: Entry[] = [];
    for (const child of children) {
      let seg = '';
      if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
        const el = child as Element;
        const n = (counts.get(el.name) ?? 0) + 1;
        counts.set(el.name, n);
        const id = el.attribs?.id;
        seg = id && ID_OK.test(id) ? `#${id}` : `${el.name}:nth-of-type(${n})`;
      }
      entries.push({ node: child, parent, seg });
    }
    for (let k = entries.length - 1; k >= 0; k--) stack.push(entries[k] as Entry);
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
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const tag = el.name.toLowerCase();
    const a = el.attribs ?? {};
    if (tag === 'script') {
      if (a.src && model.scripts.length < 200) model.scripts.push(a.src);
      continue;
    }
    if (SKIP.has(tag)) continue;
    const hint = `${a.class ?? ''} ${a.id ?? ''}`;
    const order = ++seq;
    const frame: Frame = {
      tag,
      path: seg.startsWith('#') || !parent ? seg : `${parent.path} > ${seg}`,
      inNav:
        (parent?.inNav ?? false) ||
        NAV_TAGS.has(tag) ||
        a.role === 'navigation' ||
        (NAV_HINT.test(hint) && !MAIN_HINT.test(hint)),
      collectors: parent?.collectors ?? [],
    };
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

    if (/^h[1-6]$/.test(tag)) {
      collect((t) => {
        if (t && model.headings.length < maxEntries) model.headings.push({ level: Number(tag[1]), text: t, path: frame.path, order });
      });
    } else if (tag === 'a') {
      frame.icons = [];
      links.push(frame);
      collect((t) => {
        links.pop();
        const raw = a.href ?? '';
        const c = classifyHref(raw, base);
        const icons = frame.icons ?? [];
        const text = t || collapse(a.title ?? '') || collapse(a['aria-label'] ?? '') || iconName(icons);
        const link: PageLink = { text, rawHref: raw, href: c.href, kind: c.kind, icons, inNav: frame.inNav, path: frame.path, order };
        if (c.network) link.network = c.network;
        if (model.links.length < maxEntries) model.links.push(link);
        const tbl = tables[tables.length - 1];
        if (tbl?.rowLinks) tbl.rowLinks.push(link);
      });
    } else if (tag === 'form') {
      const form: PageForm = { action: a.action ?? null, method: (a.method ?? 'get').toLowerCase(), fields: [], text: '', path: frame.path };
      forms.push(form);
      collect((t) => {
        form.text = t;
        forms.pop();
        if (model.forms.length < maxEntries) model.forms.push(form);
      });
    } else if (tag === 'table') {
      const table: PageTable = { path: frame.path, order, rows: [], rowLinks: [] };
      tables.push({ table, row: null, rowLinks: null });
      exits.push(() => {
        tables.pop();
        if (model.tables.length < maxEntries) model.tables.push(table);
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
          if (row.length && t.table.rows.length < maxEntries) {
            t.table.rows.push(row);
            t.table.rowLinks.push(rowLinks);
          }
          t.row = prev.row;
          t.rowLinks = prev.rowLinks;
        });
      }
    } else if (tag === 'td' || tag === 'th') {
      const row = tables[tables.length - 1]?.row;
      if (row) collect((t) => row.push(t));
    } else if (tag === 'iframe' || tag === 'embed' || tag === 'object') {
      const src = a.src ?? a['data-src'] ?? a.data ?? '';
      if (src && model.frames.length < maxEntries)
        model.frames.push({ src, kind: frameKind(src), title: collapse(a.title ?? ''), path: frame.path });
    } else if (tag === 'img') {
      const alt = collapse(a.alt ?? '');
      if (model.images.length < maxEntries)
        model.images.push({ src: a.src ?? a['data-src'] ?? '', alt, title: collapse(a.title ?? ''), inNav: frame.inNav, path: frame.path });
      if (alt) addText(frame, alt);
    } else if (tag === 'input' || tag === 'textarea' || tag === 'select' || tag === 'button') {
      const type = (a.type ?? (tag === 'input' ? 'text' : tag)).toLowerCase();
      const placeholder = collapse(a.placeholder ?? '');
      if (placeholder) addText(frame, placeholder);
      if (a.value && (type === 'submit' || type === 'button')) addText(frame, collapse(a.value));
      const form = forms[forms.length - 1];
      if (form && form.fields.length < 500)
        form.fields.push({
          tag: tag as FormField['tag'],
          type,
          name: a.name ?? a.id ?? '',
          label: collapse(a['aria-label'] ?? a.placeholder ?? a.title ?? ''),
          required: 'required' in a,
        });
    }
    if (tag === 'i' || tag === 'span' || tag === 'em' || tag === 'svg') {
      const link = links[links.length - 1];
      if (link?.icons) for (const c of (a.class ?? '').split(/\s+/)) if (/^(fa|icon|bi)-[a-z0-9-]+$/.test(c)) link.icons.push(c);
    }
    if (!model.breadcrumbs.length && BREADCRUMB_HINT.test(`${hint} ${a['aria-label'] ?? ''}`)) {
      collect((_t, k) => {
        const parts = (collected[k] ?? []).map(collapse).filter((x) => x && !/^[>»/|›•\-\s]+$/.test(x));
        if (!model.breadcrumbs.length) model.breadcrumbs = parts.slice(0, 20);
      });
    }

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
  return model;
}

function iconName(icons: string[]): string {
  for (const c of icons) {
    const m = /^(?:fa|icon|bi)-(facebook|twitter|x-twitter|instagram|line|youtube|tiktok|file-pdf|envelope|phone)/.exec(c);
    if (m?.[1]) return m[1];
  }
  return '';
}
