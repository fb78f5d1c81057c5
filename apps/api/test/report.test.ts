/**
 * `openita report` as users run it: a real process and real files; XLSX and CSV exports are read back
 * (exceljs, @fast-csv/parse) and compared cell by cell with the analysis' rows.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseString } from '@fast-csv/parse';
import { type Analysis, analyseFile, analysisSheets, type Sheet, type SheetCell } from '@openita/scoring';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/openita.js', import.meta.url).pathname;
const seedPath = new URL('../../../packages/scoring/data/assessments/bueng-kan-2564.json', import.meta.url).pathname;
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, timeout: 60_000 });
const tmp = mkdtempSync(join(tmpdir(), 'openita-report-'));
const write = (name: string, content: unknown) => {
  const p = join(tmp, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};
const seed = () => JSON.parse(readFileSync(seedPath, 'utf8'));
const previous = { fiscalYear: 2563, total: 95.12, level: 'AA', instruments: { IIT: 99.9, EIT: 95, OIT: 100 } };

function expectInOrder(text: string, needles: string[]): void {
  let from = 0;
  for (const n of needles) {
    const at = text.indexOf(n, from);
    expect(at, `missing, or out of order: ${n}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}

describe('openita report', { timeout: 60_000 }, () => {
  it('prints the seed analysis as Markdown, in the seed order', () => {
    const r = run(['report', seedPath]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expectInOrder(r.stdout, [
      '# รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส',
      '| **IIT คะแนนเฉลี่ย 99.74** | 30 |',
      '## แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)',
      '## แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)',
      '### ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล',
      '## 1. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน',
      'ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน มีคะแนนเท่ากับ 98.61 คะแนน พบว่ามีคะแนนน้อยที่สุดในกลุ่มเครื่องมือ',
      '| 1 | O17 E-Service |',
      '| 2 | O26 การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล |',
      '## 2. ประเด็นที่จะต้องรักษาผลการดำเนินงานให้คงเดิมและพัฒนาให้ดียิ่งขึ้น',
      '| 43 | O43 ',
      'ระดับผลการประเมิน AA และมีคะแนนสูงเป็นอันดับที่ 1 ของประเทศ ในการประเมินประเภทจังหวัด',
      'ผ่านเกณฑ์การประเมินไม่ต่ำกว่า 85 คะแนน',
    ]);
  });

  it('writes standalone HTML to --out, and English with --lang en', () => {
    const path = join(tmp, 'report.html');
    const r = run(['report', seedPath, '--format', 'html', '--out', path, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(path, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('Bueng Kan Province');
    expect(html).toContain('98.61');
    expect(html).toContain('font-src data:;');
    expect(html.match(/@font-face/g)).toHaveLength(4); // Sarabun 400 and 700, Thai and Latin
    const plain = run(['report', seedPath, '--format', 'html', '--no-embed-font']);
    expect(plain.status).toBe(0);
    expect(plain.stdout).not.toContain('@font-face');
    expect(plain.stdout).not.toContain('font-src');
    expect(plain.stdout.length).toBeLessThan(html.length - 50_000);
  });

  it('prints the analysis data as JSON, with the previous year compared', () => {
    const r = run(['report', seedPath, '--format', 'json', '--previous', write('prev.json', previous)]);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout) as Analysis;
    expect(a.weaknesses.instruments[0]?.indicators[0]).toMatchObject({
      number: 6,
      score: { value: 98.61, source: 'reported' },
    });
    expect(a.weaknesses.items.map((i) => i.id)).toEqual(['O17', 'O26']);
    expect(a.strengths.items).toHaveLength(43);
    expect(a.standing.level.value).toBe('AA');
    expect(a.pass.met).toBe(true);
    expect(a.change?.total.direction).toBe('up');
    expect(a.change?.instruments.map((c) => c.word.th)).toEqual(['ลดลง', 'สูงขึ้น', 'คงที่']);
  });

  it('takes the previous year as an assessment file too', () => {
    const prev = seed();
    prev.oit.O42 = 0;
    delete prev.reported;
    const r = run(['report', seedPath, '--format', 'json', '--previous', write('prev-assessment.json', prev)]);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout) as Analysis;
    expect(a.change?.previousFiscalYear).toBe(2564);
    expect(a.change?.indicators.find((c) => c.key === '10')).toMatchObject({
      previous: 75,
      current: 100,
      direction: 'up',
    });
  });

  it('exits 1 naming every problem by its path, in the file and in --previous', () => {
    const bad = seed();
    bad.iit.i27 = [0, 4.44, 0, 100];
    delete bad.oit.O12;
    bad.itemNotes.O99 = 'x';
    const r = run(['report', write('bad.json', bad)]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    for (const path of ['iit.i27', 'oit.O12', 'itemNotes.O99']) expect(r.stderr).toContain(path);
    const j = run(['report', write('bad2.json', bad), '--format', 'json']);
    expect(j.status).toBe(1);
    expect(JSON.parse(j.stdout).errors.map((e: { path: string }) => e.path)).toEqual([
      'iit.i27',
      'itemNotes.O99',
      'oit.O12',
    ]);
    const p = run(['report', seedPath, '--previous', write('bad-prev.json', { total: 120, level: 3 })]);
    expect(p.status).toBe(1);
    expect(p.stderr).toContain('(--previous)');
    expect(p.stderr).toMatch(/total:/);
    expect(p.stderr).toMatch(/level:/);
    const broken = run(['report', write('broken.json', '{"framework":')]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('not valid JSON');
  });

  it('exits 2 on usage errors', () => {
    expect(run(['report']).status).toBe(2);
    expect(run(['report', seedPath, '--format', 'pdf']).status).toBe(2);
    expect(run(['report', seedPath, '--format', 'xlsx']).status).toBe(2);
    expect(run(['report', seedPath, '--format', 'csv']).status).toBe(2);
    expect(run(['report', join(tmp, 'nope.json')]).status).toBe(2);
    expect(run(['report', seedPath, '--previous', join(tmp, 'nope.json')]).status).toBe(2);
    expect(run(['report', seedPath, '--lang', 'fr']).status).toBe(2);
    const r = run(['report', seedPath, '--format', 'pdf']);
    expect(r.stderr).toContain('--format must be one of md, html, json, xlsx, csv');
  });
});

/** The analysis the CLI should have exported: the same input through the same package. */
function expectedSheets(input: unknown, lang: 'th' | 'en' = 'th'): Sheet[] {
  const a = analyseFile(input).analysis;
  if (!a) throw new Error('seed does not analyse');
  return analysisSheets(a, { lang });
}

/** A worksheet row back as SheetCells (exceljs rows are 1-based and leave holes for empty cells). */
function rowValues(ws: ExcelJS.Worksheet, n: number, width: number): SheetCell[] {
  const row = ws.getRow(n);
  return Array.from({ length: width }, (_, k) => {
    const v = row.getCell(k + 1).value;
    return v === undefined ? null : (v as SheetCell);
  });
}

describe('openita report --format xlsx', { timeout: 60_000 }, () => {
  const input = seed();
  input.itemNotes.O26 = '=HYPERLINK("http://evil.example","click")';
  input.itemNotes.O5 = 'แผนที่\u0000ไม่ขึ้น\u0007'; // characters XML forbids: the workbook must still be valid
  const file = write('seed-formula.json', input);
  const path = join(tmp, 'report.xlsx');
  const r = run(['report', file, '--format', 'xlsx', '--out', path]);

  it('writes a workbook that reads back cell for cell', async () => {
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const sheets = expectedSheets(input);
    expect(wb.worksheets.map((w) => w.name)).toEqual(sheets.map((s) => s.name));
    for (const sheet of sheets) {
      const ws = wb.getWorksheet(sheet.name);
      if (!ws) throw new Error(`no sheet ${sheet.name}`);
      expect(ws.rowCount, sheet.id).toBe(sheet.rows.length + 1);
      expect(rowValues(ws, 1, sheet.columns.length)).toEqual(sheet.columns);
      sheet.rows.forEach((row, k) => {
        expect(rowValues(ws, k + 2, sheet.columns.length), `${sheet.id} row ${k + 1}`).toEqual(row);
      });
    }
    const oit = wb.getWorksheet('OIT');
    expect(oit?.rowCount).toBe(44);
    const overview = wb.getWorksheet('ภาพรวม');
    const ind6 = overview
      ?.getRows(2, overview.rowCount - 1)
      ?.find((row) => row.getCell(1).value === 'EIT' && row.getCell(3).value === 6);
    expect(ind6?.getCell(6).value).toBe(98.61);
    expect(ind6?.getCell(6).type).toBe(ExcelJS.ValueType.Number);
  });

  it('keeps a note that looks like a formula as text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('OIT');
    const o26 = ws?.getRows(2, 43)?.find((row) => row.getCell(3).value === 'O26');
    expect(o26?.getCell(9).type).toBe(ExcelJS.ValueType.String);
    expect(o26?.getCell(9).value).toBe(input.itemNotes.O26);
    const o5 = ws?.getRows(2, 43)?.find((row) => row.getCell(3).value === 'O5');
    expect(o5?.getCell(9).value).toBe('แผนที่\uFFFDไม่ขึ้น\uFFFD');
  });
});

describe('openita report --format csv', { timeout: 60_000 }, () => {
  const input = seed();
  input.itemNotes.O26 = '=HYPERLINK("http://evil.example","click")';
  const file = write('seed-formula-csv.json', input);
  const dir = join(tmp, 'csv');
  const r = run(['report', file, '--format', 'csv', '--out', dir, '--lang', 'en']);

  const parse = (text: string) =>
    new Promise<string[][]>((resolve, reject) => {
      const rows: string[][] = [];
      parseString(text, { headers: false })
        .on('data', (row: string[]) => rows.push(row))
        .on('error', reject)
        .on('end', () => resolve(rows));
    });

  it('writes one UTF-8 CSV per sheet that reads back cell for cell', async () => {
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const sheets = expectedSheets(input, 'en');
    expect(readdirSync(dir).sort()).toEqual(sheets.map((s) => `${s.id}.csv`).sort());
    for (const sheet of sheets) {
      const raw = readFileSync(join(dir, `${sheet.id}.csv`), 'utf8');
      expect(raw.charCodeAt(0), `${sheet.id} starts with a BOM`).toBe(0xfeff);
      const rows = await parse(raw.slice(1));
      expect(rows[0]).toEqual(sheet.columns);
      const asText = (c: SheetCell) =>
        c === null ? '' : typeof c === 'string' && /^[=+\-@\t\r]/.test(c) ? `'${c}` : String(c);
      expect(rows.slice(1), sheet.id).toEqual(sheet.rows.map((row) => row.map(asText)));
    }
  });

  it('defuses formula-like text with a leading apostrophe, and keeps Thai intact', async () => {
    const rows = await parse(readFileSync(join(dir, 'oit.csv'), 'utf8').slice(1));
    const o26 = rows.find((row) => row[2] === 'O26');
    expect(o26?.[8]).toBe(`'${input.itemNotes.O26}`);
    const th = run(['report', seedPath, '--format', 'csv', '--out', join(tmp, 'csv-th')]);
    expect(th.status).toBe(0);
    const thRows = await parse(readFileSync(join(tmp, 'csv-th', 'oit.csv'), 'utf8').slice(1));
    expect(thRows[0]?.[0]).toBe('ตัวชี้วัดย่อย');
    expect(thRows.find((row) => row[2] === 'O17')?.[3]).toBe('E-Service');
    expect(existsSync(join(tmp, 'csv-th', 'discrepancies.csv'))).toBe(true);
  });
});
