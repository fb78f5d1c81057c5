/** `openita score FILE`: score an assessment file; a Thai scorecard, or JSON with unrounded numbers. */
import {
  agencyTypeName,
  type Framework,
  formatScore,
  getFramework,
  type InputIssue,
  type Reported,
  type ScoreReport,
  scoreFile,
  text,
} from '@openita/scoring';
import { EXIT, err, out, readJsonFile } from './io.js';
import { renderTable } from './table.js';

export interface ScoreOptions {
  json?: boolean;
  lang?: 'th' | 'en';
}

export async function scoreCommand(file: string, options: ScoreOptions): Promise<number> {
  const input = await readJsonFile(file);
  const { report, issues } = scoreFile(input);
  if (!report) {
    if (options.json) out(JSON.stringify({ errors: issues.filter((i) => i.severity === 'error'), warnings: issues.filter((i) => i.severity === 'warning') }, null, 2));
    else err(renderIssues(file, issues, options.lang ?? 'th'));
    return EXIT.invalid;
  }
  if (options.json) out(JSON.stringify(toJson(report), null, 2));
  else {
    // The file was accepted, so its `reported` block (the official figures) is valid.
    const reported = (input as { reported?: Reported }).reported;
    out(renderScorecard(report, getFramework(report.framework), options.lang ?? 'th', reported));
  }
  return EXIT.ok;
}

/** The CLI's JSON contract: unrounded numbers. */
export function toJson(r: ScoreReport) {
  return {
    framework: r.framework,
    agency: r.agency,
    total: r.total,
    level: r.level,
    pass: r.pass,
    instruments: r.instruments,
    indicators: r.indicators,
    subIndicators: r.subIndicators,
    questions: r.questions,
    questionParts: r.questionParts,
    items: r.items,
    warnings: r.warnings,
    discrepancies: r.discrepancies,
  };
}

export function renderIssues(file: string, issues: InputIssue[], lang: 'th' | 'en'): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const head =
    lang === 'th'
      ? `${file}: พบข้อผิดพลาด ${errors.length} รายการ ไม่ได้คำนวณคะแนน`
      : `${file}: ${errors.length} error(s); nothing was scored`;
  const lines = issues.map(
    (i) =>
      `  ${i.severity === 'error' ? (lang === 'th' ? 'ผิดพลาด' : 'error') : lang === 'th' ? 'คำเตือน' : 'warning'}  ${i.path}: ${lang === 'th' ? `${i.message.th} (${i.message.en})` : i.message.en}`,
  );
  return [head, ...lines].join('\n');
}

/** The official result line: "ผลอย่างเป็นทางการ 99.60 ระดับ AA อันดับที่ 1 ประเภทจังหวัด". */
export function officialLine(reported: Reported | undefined, lang: 'th' | 'en'): string | null {
  if (!reported || (reported.total === undefined && reported.level === undefined)) return null;
  const th = lang === 'th';
  const parts = [th ? 'ผลอย่างเป็นทางการ (ที่ประกาศ)' : 'Official result (as published)'];
  if (reported.total !== undefined) parts.push(formatScore(reported.total));
  if (reported.level !== undefined) parts.push(th ? `ระดับ ${reported.level}` : `level ${reported.level}`);
  if (reported.rank !== undefined) {
    const group = reported.rankGroup ? agencyTypeName(reported.rankGroup) : null;
    const groupText = group ? (th ? ` ประเภท${group.th}` : ` (${group.en ?? group.th})`) : '';
    parts.push(th ? `อันดับที่ ${reported.rank}${groupText}` : `rank ${reported.rank}${groupText}`);
  }
  return parts.join('  ');
}

export function renderScorecard(r: ScoreReport, fw: Framework, lang: 'th' | 'en', official?: Reported): string {
  const th = lang === 'th';
  const reported = (path: string): string => {
    const d = r.discrepancies.find((x) => x.path === path);
    return d && typeof d.reported === 'number' ? `${formatScore(d.reported)} ≠` : '';
  };
  const rows: string[][] = [];
  for (const inst of fw.instruments) {
    rows.push([
      `${inst.id} ${text(inst.name, lang)} (${Math.round(inst.weight * 100)}%)`,
      formatScore(r.instruments[inst.id]),
      reported(`instruments.${inst.id}`),
    ]);
    for (const ind of fw.indicators.filter((i) => i.instrument === inst.id)) {
      const key = String(ind.number);
      rows.push([`  ${key}. ${text(ind.name, lang)}`, formatScore(r.indicators[key]), reported(`indicators.${key}`)]);
      for (const sub of fw.subIndicators.filter((s) => s.indicator === ind.number)) {
        if (r.subIndicators[sub.id] === undefined) continue;
        rows.push([`     ${sub.id} ${text(sub.name, lang)}`, formatScore(r.subIndicators[sub.id]), '']);
      }
    }
  }
  const agency = text(r.agency.name, lang);
  const officialText = officialLine(official, lang);
  const lines = [
    `${agency} — ${text(fw.name, lang)}`,
    th
      ? `คะแนนรวม ${formatScore(r.total)}  ระดับ ${r.level}  ${r.pass ? 'ผ่าน' : 'ไม่ผ่าน'}เกณฑ์ ${r.passMark} คะแนน`
      : `Total ${formatScore(r.total)}  level ${r.level}  ${r.pass ? 'passes' : 'below'} the pass mark of ${r.passMark}`,
    ...(officialText ? [officialText] : []),
    '',
    renderTable(th ? ['เครื่องมือ / ตัวชี้วัด', 'คะแนน', 'ที่ประกาศ'] : ['Instrument / indicator', 'Score', 'Reported'], rows, [
      'left',
      'right',
      'right',
    ]),
  ];
  const itemIds = Object.keys(r.items);
  if (itemIds.length) {
    const failed = itemIds.filter((id) => r.items[id] === 0);
    lines.push(
      '',
      th
        ? `OIT ผ่าน ${itemIds.length - failed.length} จาก ${itemIds.length} ข้อ${failed.length ? `; ไม่ผ่าน: ${failed.join(', ')}` : ''}`
        : `OIT: ${itemIds.length - failed.length} of ${itemIds.length} items pass${failed.length ? `; failed: ${failed.join(', ')}` : ''}`,
    );
  }
  if (r.discrepancies.length) {
    lines.push('', th ? 'ไม่ตรงกับผลที่ประกาศ (ต่างเกิน 0.01):' : 'Differs from the reported figures (by more than 0.01):');
    for (const d of r.discrepancies) {
      const v = (x: number | string) => (typeof x === 'number' ? formatScore(x) : x);
      lines.push(
        `  ${text(d.label, lang)}: ${th ? 'คำนวณได้' : 'computed'} ${v(d.computed)}, ${th ? 'ประกาศ' : 'reported'} ${v(d.reported)}`,
      );
    }
  }
  if (r.warnings.length) {
    lines.push('', th ? 'คำเตือน:' : 'Warnings:');
    for (const w of r.warnings) lines.push(`  ${w.path}: ${th ? w.message.th : w.message.en}`);
  }
  return lines.join('\n');
}
