/** `openita audit URL`: the whole site, item by item, from its OIT index. */
import { getFramework, hasFramework, listFrameworks, text, type Verdict } from '@openita/scoring';
import cliProgress from 'cli-progress';
import { type AuditReport, auditSite } from '../crawl/audit.js';
import { PoliteFetcher } from '../crawl/fetcher.js';
import { checkUrl } from '../crawl/guard.js';
import { PdfReader } from '../crawl/pdf.js';
import { EXIT, err, out, UsageError } from './io.js';
import { renderTable } from './table.js';

export interface AuditCommandOptions {
  framework: string;
  json?: boolean;
  lang?: 'th' | 'en';
  allowPrivate?: boolean;
  progress?: boolean;
}

const VERDICT_TH: Record<Verdict, string> = {
  pass: 'ผ่าน',
  fail: 'ไม่ผ่าน',
  'needs-review': 'ต้องตรวจเพิ่ม',
  'not-applicable': 'ไม่เกี่ยวข้อง',
};

export async function auditCommand(url: string, options: AuditCommandOptions): Promise<number> {
  try {
    checkUrl(url, { allowPrivate: options.allowPrivate ?? false });
  } catch (e) {
    throw new UsageError(`audit takes the http(s) address of an agency's website: ${(e as Error).message}`);
  }
  if (!hasFramework(options.framework))
    throw new UsageError(`unknown framework "${options.framework}" (known: ${listFrameworks().join(', ')})`);
  const framework = getFramework(options.framework);
  const fetcher = new PoliteFetcher({ allowPrivate: options.allowPrivate ?? false });
  const pdf = new PdfReader();
  const showBar = options.progress ?? (process.stderr.isTTY === true && !options.json);
  const bar = showBar
    ? new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: 'OIT {bar} {value}/{total} {label}',
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let report: AuditReport;
  try {
    let started = false;
    report = await auditSite(url, {
      framework,
      fetcher,
      pdf,
      onProgress: (done, total, label) => {
        if (!bar) return;
        if (!started) {
          bar.start(Math.max(total, 1), 0, { label: '' });
          started = true;
        }
        bar.update(done, { label: label.slice(0, 60) });
      },
    });
  } finally {
    bar?.stop();
    await pdf.close();
  }
  if (options.json) out(JSON.stringify(toJson(report, options.lang ?? 'th'), null, 2));
  else out(renderAudit(report, options.lang ?? 'th'));
  for (const e of report.errors) err(`openita audit: ${e}`);
  return report.indexUrl ? EXIT.ok : EXIT.invalid;
}

export function toJson(r: AuditReport, lang: 'th' | 'en') {
  return {
    site: r.site,
    indexUrl: r.indexUrl,
    fiscalYear: r.fiscalYear,
    sections: r.sections,
    requests: r.requests,
    errors: r.errors,
    items: r.items.map((i) => ({
      id: i.id,
      name: text(i.name, lang),
      verdict: i.verdict,
      note: i.note,
      links: i.links,
      criteria: (i.best?.criteria ?? []).map((c) => ({
        id: c.id,
        label: text(c.label, lang),
        met: c.met,
        evidence: c.evidence,
      })),
    })),
  };
}

function renderAudit(r: AuditReport, lang: 'th' | 'en'): string {
  const th = lang === 'th';
  const count = (v: Verdict) => r.items.filter((i) => i.verdict === v).length;
  const rows = r.items.map((i) => [
    i.id,
    text(i.name, lang).slice(0, 48),
    th ? VERDICT_TH[i.verdict] : i.verdict,
    String(i.links.length),
    i.note.slice(0, 70),
  ]);
  return [
    `${r.site} — ${th ? 'หน้ารวมข้อมูล OIT' : 'OIT index'}: ${r.indexUrl ?? '-'}${r.sections.length > 1 ? ` (${th ? 'ปี' : 'year'} ${r.fiscalYear})` : ''}`,
    th
      ? `ผ่าน ${count('pass')} · ไม่ผ่าน ${count('fail')} · ต้องตรวจเพิ่ม ${count('needs-review')} (จาก ${r.items.length} ข้อ, ${r.requests} คำขอ)`
      : `pass ${count('pass')} · fail ${count('fail')} · needs review ${count('needs-review')} (of ${r.items.length}, ${r.requests} requests)`,
    '',
    renderTable(th ? ['ข้อ', 'รายการ', 'ผล', 'ลิงก์', 'หมายเหตุ'] : ['Item', 'Name', 'Verdict', 'Links', 'Note'], rows),
  ].join('\n');
}
