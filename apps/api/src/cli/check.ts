/** `openita check FILE|URL`: which OIT items a page satisfies, with the proof. */
import { readFile } from 'node:fs/promises';
import {
  buildPageModel,
  type CheckResult,
  getFramework,
  hasFramework,
  listFrameworks,
  type PageCheckReport,
  pageFromText,
  runChecks,
  text,
} from '@openita/scoring';
import { extractPdfText } from '@openita/scoring/pdf';
import { PoliteFetcher } from '../crawl/fetcher.js';
import { EXIT, InvalidInputError, out, UsageError } from './io.js';
import { renderTable } from './table.js';

export interface CheckOptions {
  framework: string;
  item?: string;
  json?: boolean;
  lang?: 'th' | 'en';
  allowPrivate?: boolean;
}

const VERDICT_TH: Record<CheckResult['verdict'], string> = {
  pass: 'ผ่าน',
  fail: 'ไม่ผ่าน',
  'needs-review': 'ต้องตรวจเพิ่ม',
  'not-applicable': 'ไม่เกี่ยวข้อง',
};

export async function checkCommand(target: string, options: CheckOptions): Promise<number> {
  if (!hasFramework(options.framework)) throw new UsageError(`unknown framework "${options.framework}" (known: ${listFrameworks().join(', ')})`);
  const framework = getFramework(options.framework);
  const item = options.item?.toUpperCase().replace(/^O0*/, 'O');
  if (item && !framework.items.some((i) => i.id === item)) throw new UsageError(`unknown item "${options.item}" in ${framework.id}`);

  let bytes: Uint8Array;
  let url: string | null = null;
  let contentType = '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
    const fetcher = new PoliteFetcher({ allowPrivate: options.allowPrivate ?? false });
    const r = await fetcher.fetch(target);
    if (r.error) throw new InvalidInputError(`${target}: ${r.error}`);
    bytes = r.body;
    url = r.finalUrl;
    contentType = r.contentType;
  } else {
    try {
      bytes = new Uint8Array(await readFile(target));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' ? `${target}: no such file` : `${target}: cannot read (${code})`);
    }
  }
  const isPdf = /pdf/i.test(contentType) || new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === '%PDF-';
  let page;
  if (isPdf) {
    const pdf = await extractPdfText(bytes);
    if (pdf.error) throw new InvalidInputError(`${target}: ${pdf.error}`);
    page = pageFromText(pdf.scanned ? '' : pdf.text, url, '');
  } else {
    page = buildPageModel(new TextDecoder().decode(bytes), url);
  }
  const report = runChecks(page, framework, { ...(item ? { items: [item], force: true } : {}) });
  if (options.json) out(JSON.stringify(toJson(report), null, 2));
  else out(renderCheck(report, options.lang ?? 'th', !!item));
  return EXIT.ok;
}

export function toJson(report: PageCheckReport) {
  return {
    url: report.url,
    framework: report.framework,
    fiscalYears: report.fiscalYears,
    items: report.items.map((i) => ({
      id: i.id,
      applies: i.applies,
      verdict: i.verdict,
      confidence: i.confidence,
      missing: i.missing,
      criteria: i.criteria.map((c) => ({ id: c.id, label: c.label, met: c.met, evidence: c.evidence, ...(c.note ? { note: c.note } : {}) })),
    })),
  };
}

function renderCheck(report: PageCheckReport, lang: 'th' | 'en', all: boolean): string {
  const th = lang === 'th';
  const shown = report.items.filter((i) => all || i.verdict !== 'not-applicable');
  const lines = [
    `${report.url ?? ''}`.trim(),
    th ? `ปีงบประมาณที่พบ: ${report.fiscalYears.join(', ') || '-'}` : `Fiscal years found: ${report.fiscalYears.join(', ') || '-'}`,
  ].filter(Boolean);
  if (!shown.length) {
    lines.push(th ? 'หน้านี้ไม่เกี่ยวกับข้อใดของ OIT' : 'This page is not about any OIT item');
    return lines.join('\n');
  }
  const rows: string[][] = [];
  for (const i of shown) {
    rows.push([i.id, text(i.name, lang), th ? VERDICT_TH[i.verdict] : i.verdict]);
    for (const c of i.criteria) {
      const mark = c.met === true ? '✓' : c.met === false ? '✗' : '?';
      const proof = c.evidence?.snippet ? ` — ${c.evidence.snippet.slice(0, 70)}` : c.note ? ` — ${text(c.note, lang)}` : '';
      rows.push(['', `  ${mark} ${text(c.label, lang)}${proof}`, '']);
    }
  }
  lines.push('', renderTable(th ? ['ข้อ', 'รายการ / องค์ประกอบ', 'ผล'] : ['Item', 'Item / element', 'Verdict'], rows));
  return lines.join('\n');
}
