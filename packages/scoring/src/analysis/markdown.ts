/** The analysis as Markdown (CommonMark + GFM tables). Pure: a string out, no I/O. User text is escaped. */
import { cleanText } from './clean.js';
import { analysisDocument, type Block, type Cell } from './document.js';
import type { Analysis, Lang } from './types.js';

/**
 * Escapes Markdown so that agency names and notes are shown as written, never as markup: inline punctuation,
 * HTML, entity-like `&…;`, and newlines (every text here is one line or one table cell).
 */
export function escapeMarkdown(text: string): string {
  return cleanText(text)
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '&amp;');
}

/** Escapes what would start a block (a list item, heading, quote …) at the start of a line. */
function escapeStart(text: string): string {
  return text.replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3').replace(/^(\s*)([-+#=>])/, '$1\\$2');
}

function cell(c: Cell): string {
  const text = escapeMarkdown(c.text);
  const body = c.strong && text ? `**${text}**` : text;
  return c.indent ? `&nbsp;&nbsp;${body}` : body;
}

function table(header: Cell[], rows: Cell[][]): string {
  const width = header.length;
  const line = (cells: Cell[]) => {
    const out: string[] = [];
    for (const c of cells) {
      out.push(cell(c));
      for (let k = 1; k < (c.span ?? 1); k++) out.push('');
    }
    while (out.length < width) out.push('');
    return `| ${out.join(' | ')} |`;
  };
  const rule = `|${header.map((h) => (h.numeric ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function block(b: Block): string | null {
  switch (b.kind) {
    case 'section':
      return null;
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`;
    case 'paragraph': {
      const body = b.strong
        ? `**${escapeMarkdown(b.strong)}** ${escapeMarkdown(b.text)}`
        : escapeStart(escapeMarkdown(b.text));
      return b.note ? `> ${body}` : body;
    }
    case 'table':
      return table(b.header, b.rows);
    case 'list':
      return b.items
        .map((it, k) => {
          const marker = b.ordered ? `${k + 1}.` : '-';
          const head = `${marker} ${it.strong ? `**${escapeMarkdown(it.strong)}** ${escapeMarkdown(it.text)}` : escapeStart(escapeMarkdown(it.text))}`;
          const indent = ' '.repeat(marker.length + 1);
          const detail = (it.detail ?? []).map((d) => `${indent}- ${escapeStart(escapeMarkdown(d))}`);
          return [head, ...detail].join('\n');
        })
        .join('\n');
  }
}

/** The analysis report as Markdown, in the seed's order (overview, IIT, EIT, OIT, weaknesses, strengths, conclusion, recommendations). */
export function renderMarkdown(a: Analysis, options: { lang?: Lang } = {}): string {
  const parts: string[] = [];
  for (const b of analysisDocument(a, options.lang ?? 'th')) {
    const s = block(b);
    if (s !== null) parts.push(s);
  }
  return `${parts.join('\n\n')}\n`;
}
