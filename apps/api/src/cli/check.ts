/** `openita check FILE|URL`: which OIT items one page (HTML or PDF) satisfies, with the proof. */
import { readFile } from 'node:fs/promises';
import {
  buildPageModel,
  type CheckResult,
  decodeHtml,
  getFramework,
  hasFramework,
  type LinkedDocument,
  listFrameworks,
  type PageCheckReport,
  type PageModel,
  pageFromText,
  parseOitIndex,
  runChecks,
  text,
} from '@openita/scoring';
import { PoliteFetcher } from '../crawl/fetcher.js';
import { checkUrl } from '../crawl/guard.js';
import { PdfReader } from '../crawl/pdf.js';
import { EXIT, InvalidInputError, out, UsageError } from './io.js';
import { renderTable } from './table.js';

export interface CheckCommandOptions {
  framework: string;
  item?: string;
  json?: boolean;
  lang?: 'th' | 'en';
  allowPrivate?: boolean;
  /** Read the documents (PDFs) a fetched page links to (default true for URLs). */
  documents?: boolean;
}

const VERDICT_TH: Record<CheckResult['verdict'], string> = {
  pass: 'ผ่าน',
  fail: 'ไม่ผ่าน',
  'needs-review': 'ต้องตรวจเพิ่ม',
  'not-applicable': 'ไม่เกี่ยวข้อง',
};
const MAX_FILE = 20_000_000;

const looksLikeUrl = (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && !/^[a-z]:[\\/]/i.test(s);
const isPdfBytes = (b: Uint8Array) => new TextDecoder('latin1').decode(b.subarray(0, 1024)).includes('%PDF-');

export async function checkCommand(target: string, options: CheckCommandOptions): Promise<number> {
  if (!hasFramework(options.framework))
    throw new UsageError(`unknown framework "${options.framework}" (known: ${listFrameworks().join(', ')})`);
  const framework = getFramework(options.framework);
  let item: string | undefined;
  if (options.item) {
    const m = /^\s*[oO0]\s*0*(\d{1,2})\s*$/.exec(options.item);
    item = m ? `O${Number(m[1])}` : options.item;
    if (!framework.items.some((i) => i.id === item))
      throw new UsageError(`unknown item "${options.item}" in ${framework.id} (O1–O${framework.items.length})`);
  }

  let bytes: Uint8Array;
  let url: string | null = null;
  let contentType = '';
  let fetcher: PoliteFetcher | null = null;
  if (looksLikeUrl(target)) {
    try {
      checkUrl(target, { allowPrivate: options.allowPrivate ?? false });
    } catch (e) {
      throw new UsageError(`${target}: ${(e as Error).message}`);
    }
    fetcher = new PoliteFetcher({ allowPrivate: options.allowPrivate ?? false });
    const r = await fetcher.fetch(target, { maxBytes: MAX_FILE });
    if (r.error) throw new InvalidInputError(`${target}: ${r.error}`);
    bytes = r.body;
    url = r.finalUrl;
    contentType = r.contentType;
  } else {
    try {
      const buf = await readFile(target);
      if (buf.length > MAX_FILE) throw new InvalidInputError(`${target}: larger than ${MAX_FILE} bytes`);
      bytes = new Uint8Array(buf);
    } catch (e) {
      if (e instanceof InvalidInputError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === 'ENOENT'
          ? `${target}: no such file`
          : code === 'EISDIR'
            ? `${target}: is a directory`
            : `${target}: cannot read (${code})`,
      );
    }
  }

  const pdf = new PdfReader();
  try {
    let page: PageModel;
    const documents: LinkedDocument[] = [];
    if (/application\/pdf/i.test(contentType) || isPdfBytes(bytes)) {
      const read = await pdf.read(bytes);
      if (read.error) throw new InvalidInputError(`${target}: ${read.error}`);
      page = pageFromText(read.scanned ? '' : read.text, url, '');
    } else {
      if (bytes.includes(0) && !/text\/html/i.test(contentType))
        throw new InvalidInputError(`${target}: not an HTML page or a PDF (binary data)`);
      page = buildPageModel(decodeHtml(bytes, contentType).text, url);
      if (fetcher && options.documents !== false) {
        // Read the documents the page's content links to, as an auditor would open them.
        const links = [
          ...new Set(page.links.filter((l) => !l.inNav && l.kind === 'pdf' && l.href).map((l) => l.href as string)),
        ].slice(0, 8);
        for (const href of links) {
          const r = await fetcher.fetch(href);
          if (r.error) {
            documents.push({ url: href, text: '', scanned: false, error: r.error });
            continue;
          }
          const read = await pdf.read(r.body);
          documents.push({
            url: href,
            text: read.text,
            scanned: read.scanned,
            ...(read.error ? { error: read.error } : {}),
          });
        }
      }
    }
    const report = runChecks(page, framework, { documents, ...(item ? { items: [item], force: true } : {}) });
    const lang = options.lang ?? 'th';
    if (options.json) out(JSON.stringify(toJson(report, lang), null, 2));
    else out(renderCheck(report, page, framework, lang, !!item));
    return EXIT.ok;
  } finally {
    await pdf.close();
  }
}

/** The JSON the issue specifies: { url, fiscalYears, items: [{ id, applies, verdict, criteria: [{ id, label, met, evidence }] }] }. */
export function toJson(report: PageCheckReport, lang: 'th' | 'en' = 'th') {
  return {
    url: report.url,
    fiscalYears: report.fiscalYears,
    items: report.items.map((i) => ({
      id: i.id,
      applies: i.applies,
      verdict: i.verdict,
      criteria: i.criteria.map((c) => ({ id: c.id, label: text(c.label, lang), met: c.met, evidence: c.evidence })),
    })),
  };
}

function renderCheck(
  report: PageCheckReport,
  page: PageModel,
  framework: ReturnType<typeof getFramework>,
  lang: 'th' | 'en',
  forced: boolean,
): string {
  const th = lang === 'th';
  const shown = report.items.filter((i) => forced || i.verdict !== 'not-applicable');
  const lines = [
    report.url ?? '',
    th
      ? `ปีงบประมาณที่พบในหน้า: ${report.fiscalYears.join(', ') || '-'}`
      : `Fiscal years on the page: ${report.fiscalYears.join(', ') || '-'}`,
  ].filter(Boolean);
  const index = report.isIndex || !shown.length ? parseOitIndex(page, framework) : null;
  if (index?.isIndex) {
    lines.push(
      th
        ? `หน้านี้เป็นหน้ารวมข้อมูล OIT: พบ ${index.count} ข้อ${index.fiscalYear ? ` (ใช้ส่วนของปี ${index.fiscalYear})` : ''} — ตรวจทั้งเว็บไซต์ด้วย openita audit`
        : `This is an OIT index page: ${index.count} items listed${index.fiscalYear ? ` (year section ${index.fiscalYear})` : ''} — audit the whole site with openita audit`,
    );
  }
  if (!shown.length) {
    lines.push(
      th
        ? 'หน้านี้ไม่เกี่ยวกับข้อใดของ OIT (ใช้ --item O5 เพื่อตรวจข้อที่ต้องการ)'
        : 'This page is not about any OIT item (use --item O5 to check one anyway)',
    );
    return lines.join('\n');
  }
  const rows: string[][] = [];
  for (const i of shown) {
    rows.push([i.id, text(i.name, lang), th ? VERDICT_TH[i.verdict] : i.verdict]);
    for (const c of i.criteria) {
      const mark = c.met === true ? '✓' : c.met === false ? '✗' : '?';
      const why =
        c.met === true ? (c.evidence?.snippet ?? '') : c.note ? text(c.note, lang) : (c.evidence?.snippet ?? '');
      rows.push(['', `  ${mark} ${text(c.label, lang)}${why ? ` — ${why.slice(0, 90)}` : ''}`, '']);
    }
  }
  lines.push('', renderTable(th ? ['ข้อ', 'รายการ / องค์ประกอบ', 'ผล'] : ['Item', 'Item / element', 'Verdict'], rows));
  return lines.join('\n');
}
