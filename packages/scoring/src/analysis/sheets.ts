/**
 * The analysis as spreadsheet rows: one sheet per part of the report, for an XLSX or CSV writer (exceljs in the
 * CLI, the web UI's export). Numbers are numbers (scores rounded half up to two decimals, as printed; shares in
 * percent), text is plain; nothing here is formatted for one writer.
 */
import type { LocalText } from '../framework/model.js';
import { roundHalfUp } from '../round.js';
import { cleanText } from './clean.js';
import { analysisLabels } from './labels.js';
import type { Analysis, Figure, Lang } from './types.js';

export type SheetCell = string | number | boolean | null;

export interface Sheet {
  /** Stable ASCII id, usable as a file name: "overview", "iit", "eit", "oit", "weaknesses", … */
  id: string;
  /** Sheet name in the chosen language (at most 31 characters, none of []:*?/\ — valid in Excel). */
  name: string;
  columns: string[];
  rows: SheetCell[][];
}

const r2 = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : roundHalfUp(v, 2));
const f2 = (f: Figure | null): number | null => r2(f?.value);

/** The sheets of the analysis, in the report's order; `change` and `discrepancies` only when there are any. */
export function analysisSheets(a: Analysis, options: { lang?: Lang } = {}): Sheet[] {
  const lang = options.lang ?? 'th';
  const th = lang === 'th';
  const t = (x: LocalText | null | undefined) => (x ? (th ? x.th : (x.en ?? x.th)) : '');
  const L = analysisLabels(lang);
  const sheets: Sheet[] = [];
  const src = (f: Figure | null) =>
    f ? (f.source === 'reported' ? (th ? 'ประกาศ' : 'reported') : th ? 'คำนวณ' : 'computed') : '';

  sheets.push({
    id: 'summary',
    name: th ? 'สรุป' : 'Summary',
    columns: th ? ['รายการ', 'ค่า'] : ['Field', 'Value'],
    rows: [
      [th ? 'หน่วยงาน' : 'Agency', t(a.agency.name)],
      [th ? 'กรอบการประเมิน' : 'Framework', a.framework.id],
      [th ? 'ปีงบประมาณ (พ.ศ.)' : 'Fiscal year (B.E.)', a.framework.fiscalYear],
      [th ? 'คะแนนรวม' : 'Total', f2(a.standing.total)],
      [th ? 'ระดับ' : 'Level', a.standing.level.value],
      [th ? 'เกณฑ์ผ่าน' : 'Pass mark', a.pass.passMark],
      [th ? 'ผ่านเกณฑ์' : 'Pass mark met', a.pass.met],
      [th ? 'อันดับ' : 'Rank', a.standing.rank?.position ?? null],
      [th ? 'ประเภทที่จัดอันดับ' : 'Ranked among', t(a.standing.rank?.groupName)],
      [
        th ? 'ที่มาของตัวเลข' : 'Figures',
        a.basis === 'reported' ? (th ? 'ผลที่ประกาศ' : 'reported') : th ? 'คำนวณ' : 'computed',
      ],
      [th ? 'สรุป' : 'Summary', t(a.summary)],
      [th ? 'ผลการประเมินในภาพรวม' : 'Standing', t(a.standing.text)],
      [th ? 'เกณฑ์ผ่าน' : 'Pass mark', t(a.pass.text)],
      ...(a.change ? [[th ? 'เทียบกับปีที่ผ่านมา' : 'Change', t(a.change.text)] as SheetCell[]] : []),
    ],
  });

  const ovRows: SheetCell[][] = [];
  for (const inst of a.overview) {
    ovRows.push([
      inst.id,
      Math.round(inst.weight * 100),
      '',
      '',
      '',
      f2(inst.score),
      src(inst.score),
      r2(inst.score?.computed),
      r2(inst.score?.reported),
    ]);
    for (const ind of inst.indicators) {
      ovRows.push([
        inst.id,
        null,
        ind.number,
        t(ind.name),
        '',
        f2(ind.score),
        src(ind.score),
        r2(ind.score?.computed),
        r2(ind.score?.reported),
      ]);
      for (const sub of ind.subIndicators)
        ovRows.push([
          inst.id,
          null,
          ind.number,
          t(ind.name),
          `${sub.id} ${t(sub.name)}`,
          f2(sub.score),
          src(sub.score),
          r2(sub.score?.computed),
          r2(sub.score?.reported),
        ]);
    }
  }
  sheets.push({
    id: 'overview',
    name: th ? 'ภาพรวม' : 'Overview',
    columns: th
      ? ['แบบ', 'น้ำหนัก (%)', 'ตัวชี้วัด', 'ชื่อตัวชี้วัด', 'ตัวชี้วัดย่อย', 'คะแนน', 'ที่มา', 'คำนวณได้', 'ประกาศ']
      : [
          'Instrument',
          'Weight (%)',
          'Indicator',
          'Indicator name',
          'Sub-indicator',
          'Score',
          'Source',
          'Computed',
          'Reported',
        ],
    rows: ovRows,
  });

  const maxOptions = Math.max(0, ...Object.values(a.scales).map((s) => s.length));
  for (const inst of ['IIT', 'EIT'] as const) {
    const rows: SheetCell[][] = [];
    for (const sec of a.questions.filter((s) => s.instrument === inst))
      for (const q of sec.questions) {
        const labels = (a.scales[q.scale] ?? []).map((o) => t(o)).join(' / ');
        for (const ans of q.answers) {
          const part = ans.part ? q.parts[ans.part - 1] : undefined;
          const shares = Array.from({ length: maxOptions }, (_, k) => r2(ans.shares?.[k]));
          rows.push([
            sec.indicator,
            q.id,
            ans.part,
            t(q.text),
            part ? t(part.text) : '',
            labels,
            ...shares,
            r2(ans.score),
            f2(q.score),
          ]);
        }
      }
    sheets.push({
      id: inst.toLowerCase(),
      name: inst,
      columns: [
        ...(th
          ? ['ตัวชี้วัด', 'ข้อ', 'ประเด็นย่อย', 'ข้อคำถาม', 'ข้อความประเด็นย่อย', 'ตัวเลือก']
          : ['Indicator', 'Question', 'Part', 'Text', 'Part text', 'Options']),
        ...Array.from({ length: maxOptions }, (_, k) => (th ? `ตัวเลือกที่ ${k + 1} (%)` : `Option ${k + 1} (%)`)),
        th ? 'คะแนน (ประเด็น)' : 'Score (part)',
        th ? 'คะแนนข้อ' : 'Question score',
      ],
      rows,
    });
  }

  sheets.push({
    id: 'oit',
    name: 'OIT',
    columns: th
      ? ['ตัวชี้วัดย่อย', 'หมวด', 'ข้อ', 'ข้อมูล', 'รายละเอียดข้อมูลที่เผยแพร่', 'คะแนน', 'ผล', 'น้ำหนักต่อคะแนนรวม', 'หมายเหตุ']
      : [
          'Sub-indicator',
          'Group',
          'Item',
          'Information',
          'What must be published',
          'Score',
          'Status',
          'Weight in total',
          'Note',
        ],
    rows: a.items.flatMap((sec) =>
      sec.groups.flatMap((g) =>
        g.items.map((i): SheetCell[] => [
          `${sec.id} ${t(sec.name)}`,
          t(g.name),
          i.id,
          t(i.name),
          t(i.requirement),
          i.score,
          i.status === 'pass' ? L.passed : i.status === 'fail' ? L.failed : L.unknown,
          roundHalfUp(i.weight, 4),
          t(i.note),
        ]),
      ),
    ),
  });

  const weakRows: SheetCell[][] = [];
  for (const w of a.weaknesses.instruments)
    for (const ind of w.indicators) {
      weakRows.push([
        w.instrument,
        th ? 'ตัวชี้วัด' : 'indicator',
        String(ind.number),
        t(ind.name),
        f2(ind.score),
        t(ind.text),
        t(ind.advice),
        roundHalfUp(ind.gain, 4),
      ]);
      for (const q of ind.questions)
        weakRows.push([
          w.instrument,
          th ? 'ข้อคำถาม' : 'question',
          q.id,
          t(q.text),
          f2(q.score),
          '',
          t(q.advice),
          roundHalfUp(q.gain, 4),
        ]);
    }
  for (const i of a.weaknesses.items)
    weakRows.push([
      'OIT',
      th ? (i.reason === 'failed' ? 'ข้อที่ไม่ผ่าน' : 'ข้อที่มีหมายเหตุ') : i.reason === 'failed' ? 'failed item' : 'noted item',
      i.id,
      t(i.name),
      i.status === 'unknown' ? null : i.status === 'pass' ? 100 : 0,
      t(i.note),
      t(i.advice),
      roundHalfUp(i.gain, 4),
    ]);
  sheets.push({
    id: 'weaknesses',
    name: th ? 'จุดอ่อน' : 'Weaknesses',
    columns: th
      ? ['แบบ', 'ประเภท', 'รหัส', 'ชื่อ', 'คะแนน', 'ข้อสังเกต', 'แนวทางแก้ไข', 'คะแนนรวมที่เพิ่มได้']
      : ['Instrument', 'Kind', 'Id', 'Name', 'Score', 'Finding', 'What to do', 'Gain in total'],
    rows: weakRows,
  });

  sheets.push({
    id: 'strengths',
    name: th ? 'จุดที่ต้องรักษา' : 'Strengths',
    columns: th ? ['ลำดับที่', 'ประเภท', 'รหัส', 'ชื่อ', 'คะแนน'] : ['No.', 'Kind', 'Id', 'Name', 'Score'],
    rows: [
      ...a.strengths.indicators.map((i, k): SheetCell[] => [
        k + 1,
        th ? 'ตัวชี้วัด' : 'indicator',
        String(i.number),
        t(i.name),
        f2(i.score),
      ]),
      ...a.strengths.items.map((i): SheetCell[] => [i.rank, th ? 'ข้อ OIT' : 'OIT item', i.id, t(i.name), 100]),
    ],
  });

  sheets.push({
    id: 'recommendations',
    name: th ? 'ข้อเสนอแนะ' : 'Recommendations',
    columns: th
      ? ['ลำดับ', 'ประเภท', 'รหัส', 'แบบ', 'หัวข้อ', 'ข้อเสนอแนะ', 'หมายเหตุ', 'คะแนนรวมที่เพิ่มได้', 'คะแนนที่เสี่ยงเสีย']
      : ['No.', 'Kind', 'Target', 'Instrument', 'Title', 'Recommendation', 'Note', 'Gain in total', 'At risk'],
    rows: a.recommendations.map((r) => [
      r.rank,
      r.kind,
      r.target,
      r.instrument,
      t(r.title),
      t(r.advice),
      t(r.note),
      roundHalfUp(r.gain, 4),
      roundHalfUp(r.atRisk, 4),
    ]),
  });

  if (a.change) {
    const c = a.change;
    sheets.push({
      id: 'change',
      name: th ? 'เทียบปีที่ผ่านมา' : 'Change',
      columns: th
        ? ['รายการ', 'ชื่อ', 'ปีที่ผ่านมา', 'ปีนี้', 'ผลต่าง', 'แนวโน้ม']
        : ['Key', 'Name', 'Previous', 'Current', 'Change', 'Direction'],
      rows: [c.total, ...c.instruments, ...c.indicators].map((x) => [
        x.key,
        t(x.name),
        r2(x.previous),
        r2(x.current),
        r2(x.delta),
        t(x.word),
      ]),
    });
  }

  if (a.discrepancies.length)
    sheets.push({
      id: 'discrepancies',
      name: th ? 'ต่างจากผลที่ประกาศ' : 'Discrepancies',
      columns: th
        ? ['รายการ', 'ชื่อ', 'คำนวณได้', 'ประกาศ', 'ผลต่าง']
        : ['Path', 'Label', 'Computed', 'Reported', 'Difference'],
      rows: a.discrepancies.map((d) => [
        d.path,
        t(d.label),
        typeof d.computed === 'number' ? r2(d.computed) : d.computed,
        typeof d.reported === 'number' ? r2(d.reported) : d.reported,
        d.difference === null ? null : roundHalfUp(d.difference, 4),
      ]),
    });

  // User text (agency names, notes) may carry characters XML and spreadsheets refuse.
  for (const sheet of sheets)
    for (const row of sheet.rows)
      for (let k = 0; k < row.length; k++) {
        const v = row[k];
        if (typeof v === 'string') row[k] = cleanText(v);
      }
  return sheets;
}
