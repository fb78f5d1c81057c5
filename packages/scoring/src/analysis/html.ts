/**
 * The analysis as one standalone HTML document: no scripts, no external resources (a Content-Security-Policy
 * forbids them), a Thai font stack, and an A4 print stylesheet so that "Print → Save as PDF" gives the report.
 * Pure: a string out, no I/O. Every text is escaped; agency names and notes are user input.
 */
import { cleanText } from './clean.js';
import { analysisDocument, type Block, type Cell } from './document.js';
import type { Analysis, Lang } from './types.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Thai first: fonts Thai government documents use, then the common system Thai fonts. */
export const THAI_FONT_STACK =
  "'TH Sarabun New', 'THSarabunNew', 'Sarabun', 'Noto Sans Thai', 'Noto Sans Thai UI', 'Leelawadee UI', 'Leelawadee', 'Tahoma', 'Loma', 'Garuda', 'Waree', sans-serif";

/** The stylesheet of the standalone report: screen and A4 print. */
export const REPORT_CSS = `
:root { color-scheme: light; }
html { font-family: ${THAI_FONT_STACK}; font-size: 16px; line-height: 1.6; color: #111; background: #fff; }
body { margin: 0 auto; max-width: 210mm; padding: 12mm 14mm; }
h1 { font-size: 1.5rem; text-align: center; line-height: 1.4; margin: 0 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 0.6rem; border-bottom: 1px solid #999; padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.4rem; font-weight: 600; }
p { margin: 0.4rem 0; text-indent: 0; }
p.note { font-size: 0.92rem; color: #333; border-left: 3px solid #bbb; padding-left: 0.6rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 0.8rem; font-size: 0.92rem; }
th, td { border: 1px solid #777; padding: 0.2rem 0.4rem; vertical-align: top; text-align: left; }
th { background: #eee; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.indent { padding-left: 1.4rem; }
tr.group td { background: #f5f5f5; font-weight: 600; }
ol, ul { margin: 0.4rem 0 0.8rem; padding-left: 1.6rem; }
li { margin: 0.2rem 0; }
li ul { margin: 0.1rem 0; }
@page { size: A4; margin: 18mm 15mm 18mm 20mm; }
@media print {
  html { font-size: 14pt; }
  body { max-width: none; padding: 0; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  table { font-size: 11pt; }
  thead { display: table-header-group; }
  tr, li, p.note { break-inside: avoid; page-break-inside: avoid; }
  section#iit, section#eit, section#oit, section#weaknesses { break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
}
`;

function cellHtml(c: Cell, tag: 'td' | 'th'): string {
  const classes = [c.numeric ? 'num' : '', c.indent ? 'indent' : ''].filter(Boolean);
  const attrs = `${classes.length ? ` class="${classes.join(' ')}"` : ''}${c.span && c.span > 1 ? ` colspan="${c.span}"` : ''}${tag === 'th' ? ' scope="col"' : ''}`;
  const text = escapeHtml(c.text);
  return `<${tag}${attrs}>${c.strong && tag === 'td' ? `<strong>${text}</strong>` : text}</${tag}>`;
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'section':
      return '';
    case 'heading':
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p${b.note ? ' class="note"' : ''}>${b.strong ? `<strong>${escapeHtml(b.strong)}</strong> ` : ''}${escapeHtml(b.text)}</p>`;
    case 'table': {
      const head = `<thead><tr>${b.header.map((c) => cellHtml(c, 'th')).join('')}</tr></thead>`;
      const rows = b.rows
        .map((r) => {
          const group = r.length === 1 && (r[0]?.span ?? 1) > 1;
          return `<tr${group ? ' class="group"' : ''}>${r.map((c) => cellHtml(c, 'td')).join('')}</tr>`;
        })
        .join('\n');
      return `<table${b.className ? ` class="${escapeHtml(b.className)}"` : ''}>${head}<tbody>\n${rows}\n</tbody></table>`;
    }
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const items = b.items
        .map((it) => {
          const detail = it.detail?.length
            ? `<ul>${it.detail.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>`
            : '';
          return `<li>${it.strong ? `<strong>${escapeHtml(it.strong)}</strong> ` : ''}${escapeHtml(it.text)}${detail}</li>`;
        })
        .join('\n');
      return `<${tag}>\n${items}\n</${tag}>`;
    }
  }
}

/** The body of the report (sections only), for embedding in a page that brings its own stylesheet. */
export function renderHtmlFragment(a: Analysis, options: { lang?: Lang } = {}): string {
  const out: string[] = [];
  let open = false;
  for (const b of analysisDocument(a, options.lang ?? 'th')) {
    if (b.kind === 'section') {
      if (open) out.push('</section>');
      out.push(`<section id="${escapeHtml(b.id)}">`);
      open = true;
      continue;
    }
    out.push(blockHtml(b));
  }
  if (open) out.push('</section>');
  return out.join('\n');
}

/**
 * A font to embed in the standalone report as a data: URL, so that it prints the same (Thai included) on a machine
 * without Thai fonts. The caller reads the file (this package does no I/O): e.g. @fontsource/sarabun's woff2 files.
 */
export interface EmbeddedFont {
  family: string;
  /** 400, 700 … */
  weight?: number;
  style?: 'normal' | 'italic';
  format: 'woff2' | 'woff' | 'truetype' | 'opentype';
  /** The font file, base64. */
  base64: string;
  /** CSS unicode-range, for subset files ("U+0E01-0E5B, U+200C-200D"). */
  unicodeRange?: string;
}

const CSS_STRING_UNSAFE = /[^A-Za-z0-9 _-]/g;
const UNICODE_RANGE =
  /^\s*U\+[0-9A-Fa-f?]{1,6}(-[0-9A-Fa-f]{1,6})?(\s*,\s*U\+[0-9A-Fa-f?]{1,6}(-[0-9A-Fa-f]{1,6})?)*\s*$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** @font-face rules for embedded fonts; rejects anything that could break out of the stylesheet. */
export function fontFaceCss(fonts: readonly EmbeddedFont[]): string {
  const mime: Record<EmbeddedFont['format'], string> = {
    woff2: 'font/woff2',
    woff: 'font/woff',
    truetype: 'font/ttf',
    opentype: 'font/otf',
  };
  return fonts
    .map((f) => {
      if (!BASE64.test(f.base64)) throw new Error(`embedded font ${f.family}: data is not base64`);
      if (f.unicodeRange !== undefined && !UNICODE_RANGE.test(f.unicodeRange))
        throw new Error(`embedded font ${f.family}: bad unicode-range "${f.unicodeRange}"`);
      const family = f.family.replace(CSS_STRING_UNSAFE, '');
      const weight = Number.isInteger(f.weight) ? f.weight : 400;
      return `@font-face { font-family: '${family}'; font-style: ${f.style === 'italic' ? 'italic' : 'normal'}; font-weight: ${weight}; font-display: block; src: url(data:${mime[f.format]};base64,${f.base64}) format('${f.format}');${f.unicodeRange ? ` unicode-range: ${f.unicodeRange.trim()};` : ''} }`;
    })
    .join('\n');
}

/** The report as a standalone HTML document (UTF-8, A4 print stylesheet, Thai fonts, no scripts). */
export function renderHtml(a: Analysis, options: { lang?: Lang; fonts?: readonly EmbeddedFont[] } = {}): string {
  const lang = options.lang ?? 'th';
  const title = lang === 'en' ? (a.title.en ?? a.title.th) : a.title.th;
  const fonts = options.fonts ?? [];
  const families = [...new Set(fonts.map((f) => `'${f.family.replace(CSS_STRING_UNSAFE, '')}'`))];
  const css = fonts.length
    ? `${fontFaceCss(fonts)}\n${REPORT_CSS.replace(`font-family: ${THAI_FONT_STACK}`, `font-family: ${[...families, THAI_FONT_STACK].join(', ')}`)}`
    : REPORT_CSS;
  const fontSrc = fonts.length ? ' font-src data:;' : '';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;${fontSrc}">
<meta name="generator" content="OpenITA">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<main>
${renderHtmlFragment(a, { lang })}
</main>
</body>
</html>
`;
}
