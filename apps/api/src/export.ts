/**
 * Writes spreadsheet rows (analysisSheets() of @openita/scoring, or any Sheet[]) as XLSX (exceljs) or CSV
 * (@fast-csv/format). Usable by the CLI and the server alike.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeToString } from '@fast-csv/format';
import type { Sheet, SheetCell } from '@openita/scoring';
import ExcelJS from 'exceljs';

/** Widest a column gets, in characters; longer text wraps. */
const MAX_WIDTH = 60;

function widthOf(value: SheetCell): number {
  if (value === null) return 0;
  return Math.min(MAX_WIDTH, String(value).length);
}

/** The sheets as an exceljs workbook: a bold, frozen header row with a filter, columns sized to their content. */
export function workbookOf(sheets: Sheet[], meta: { title?: string } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OpenITA';
  if (meta.title) wb.title = meta.title;
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(sheet.columns);
    for (const row of sheet.rows) ws.addRow(row.map((c) => (c === null ? null : c)));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'top', wrapText: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
    sheet.columns.forEach((name, k) => {
      const col = ws.getColumn(k + 1);
      const width = Math.max(widthOf(name) * 0.6, ...sheet.rows.map((r) => widthOf(r[k] ?? null)));
      col.width = Math.max(6, Math.ceil(width) + 2);
      if (width >= MAX_WIDTH) col.alignment = { vertical: 'top', wrapText: true };
    });
    if (sheet.columns.length)
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  return wb;
}

export async function xlsxBuffer(sheets: Sheet[], meta: { title?: string } = {}): Promise<Buffer> {
  const data = await workbookOf(sheets, meta).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

export async function writeXlsx(sheets: Sheet[], path: string, meta: { title?: string } = {}): Promise<void> {
  await writeFile(path, await xlsxBuffer(sheets, meta));
}

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading
 * apostrophe: agency names and notes are user input (CSV injection). Numbers are left alone.
 */
export function csvSafe(value: SheetCell): string | number | boolean | null {
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
  return value;
}

/** One sheet as CSV: UTF-8 with a byte-order mark (so Excel reads Thai), header row first, CRLF line ends. */
export async function csvOf(sheet: Sheet): Promise<string> {
  const rows = [sheet.columns, ...sheet.rows.map((r) => r.map((c) => csvSafe(c) ?? ''))];
  return writeToString(rows, { writeBOM: true, rowDelimiter: '\r\n', includeEndRowDelimiter: true });
}

/** Every sheet as DIR/<sheet id>.csv; the directory is created when missing. Returns the paths written. */
export async function writeCsvFiles(sheets: Sheet[], dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const sheet of sheets) {
    const path = join(dir, `${sheet.id}.csv`);
    await writeFile(path, await csvOf(sheet), 'utf8');
    paths.push(path);
  }
  return paths;
}
