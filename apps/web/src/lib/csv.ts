/**
 * CSV as RFC 4180 says (CRLF rows, fields with a comma, quote or line break quoted, quotes doubled), with a UTF-8
 * byte-order mark so that Excel opens Thai text correctly.
 */
export type CsvCell = string | number | boolean | null | undefined;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  // A leading =, +, - or @ makes spreadsheets evaluate the cell: prefix text that starts so (CSV injection).
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(columns: string[], rows: CsvCell[][]): string {
  const lines = [columns, ...rows].map((r) => r.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
