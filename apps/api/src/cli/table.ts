/** Plain-text tables that line up with Thai text (combining vowels and tone marks take no column). */
import stringWidth from 'string-width';

export type Align = 'left' | 'right';

export function pad(text: string, width: number, align: Align = 'left'): string {
  const gap = Math.max(0, width - stringWidth(text));
  return align === 'right' ? ' '.repeat(gap) + text : text + ' '.repeat(gap);
}

export function renderTable(header: string[], rows: string[][], align: Align[] = []): string {
  const widths = header.map((h, k) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[k] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, k) => pad(c, widths[k] ?? 0, align[k] ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
