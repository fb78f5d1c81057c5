/**
 * A page model for plain text (a PDF's text, a document read elsewhere), so that the same rules judge documents
 * linked from an OIT index as they judge HTML pages. Lines become blocks; the title is what linked to it.
 */
import type { PageModel } from './model.js';

export function pageFromText(text: string, url: string | null, title = ''): PageModel {
  const lines = String(text ?? '')
    .split(/\n+/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, 50_000);
  const body = lines.join('\n');
  return {
    url,
    title,
    lang: 'th',
    description: '',
    headings: title ? [{ level: 1, text: title, path: 'document', order: 0 }] : [],
    breadcrumbs: [],
    text: body,
    mainText: body,
    blocks: lines.map((l, k) => ({ text: l, path: `document line ${k + 1}`, inNav: false, order: k + 1 })),
    links: [],
    forms: [],
    frames: [],
    images: [],
    tables: [],
    scripts: [],
    size: body.length,
    truncated: false,
  };
}
