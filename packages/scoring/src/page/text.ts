/**
 * A page model for plain text — a PDF's text layer, a document read elsewhere — so that the same rules judge the
 * documents an OIT index links to as they judge HTML pages. Lines become blocks; the first lines, where a document
 * states its title ("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2564"), become headings; the page title is
 * the text of the link that led to the document.
 */
import { normalizeThai } from '../thai/normalize.js';
import type { PageModel } from './model.js';

export interface TextPageOptions {
  /** How many leading lines count as the document's title (default 2: a title often breaks after its first line). */
  titleLines?: number;
  /** Keep at most this many lines (default 50,000). */
  maxLines?: number;
}

export function pageFromText(text: string, url: string | null, title = '', options: TextPageOptions = {}): PageModel {
  const raw = typeof text === 'string' ? text : '';
  const lines = raw
    .split(/\r?\n|\r|\f/)
    .map((l) => normalizeThai(l))
    .filter(Boolean)
    .slice(0, options.maxLines ?? 50_000)
    .map((l) => l.slice(0, 5000));
  const body = lines.join('\n');
  const headLines = lines.slice(0, options.titleLines ?? 2).filter((l) => l.length <= 200);
  const cleanTitle = normalizeThai(title).slice(0, 500);
  return {
    url,
    title: cleanTitle,
    lang: 'th',
    description: '',
    headings: [
      ...(cleanTitle
        ? [{ level: 1, text: cleanTitle, inNav: false, linkOnly: false, scope: [], path: 'document title', order: 0 }]
        : []),
      ...headLines.map((l, k) => ({
        level: 7,
        text: l,
        inNav: false,
        linkOnly: false,
        scope: [],
        path: `document line ${k + 1}`,
        order: k + 1,
      })),
    ],
    breadcrumbs: [],
    text: body,
    mainText: body,
    blocks: lines.map((l, k) => ({ text: l, path: `document line ${k + 1}`, inNav: false, scope: [], order: k + 1 })),
    links: [],
    forms: [],
    frames: [],
    images: [],
    tables: [],
    scripts: [],
    size: raw.length,
    truncated: raw.length > body.length * 4 && lines.length >= (options.maxLines ?? 50_000),
    source: 'document',
  };
}
