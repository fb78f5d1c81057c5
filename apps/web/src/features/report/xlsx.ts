/**
 * The analysis as an XLSX workbook, one worksheet per part of the report. exceljs is large, so this module (and
 * exceljs with it) is loaded only when the user asks for the file.
 */
import ExcelJS from 'exceljs';

export interface SheetLike {
  id: string;
  name: string;
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

export async function workbookBytes(
  sheets: SheetLike[],
  meta: { title: string; creator?: string },
): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? 'OpenITA';
  wb.title = meta.title;
  wb.created = new Date();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = ws.addRow(sheet.columns);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDFB' } };
    for (const row of sheet.rows) ws.addRow(row.map((c) => (c === null ? '' : c)));
    sheet.columns.forEach((name, k) => {
      const longest = Math.max(
        name.length,
        ...sheet.rows.map((r) => (r[k] === null || r[k] === undefined ? 0 : String(r[k]).length)),
      );
      const col = ws.getColumn(k + 1);
      col.width = Math.min(60, Math.max(8, longest + 2));
      // Scores print with two decimals (100.00, 99.60); columns of whole numbers (weights, ranks) stay as they are.
      if (sheet.rows.some((r) => typeof r[k] === 'number' && !Number.isInteger(r[k]))) col.numFmt = '0.00';
    });
  }
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
