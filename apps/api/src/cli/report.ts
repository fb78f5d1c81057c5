/**
 * `openita report FILE`: the agency's analysis report (the seed's document) from an assessment file, as Markdown,
 * standalone HTML, JSON (the analysis data), XLSX or CSV.
 */
import { writeFile } from 'node:fs/promises';
import {
  type Analysis,
  analyseFile,
  analysisSheets,
  type InputIssue,
  type PreviousResult,
  readPrevious,
  renderHtml,
  renderMarkdown,
} from '@openita/scoring';
import { EXIT, err, out, readJsonFile, UsageError } from './io.js';
import { renderIssues } from './score.js';

export const REPORT_FORMATS = ['md', 'html', 'json', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  format: string;
  /** File to write (md, html, json, xlsx) or directory (csv: one file per sheet). Standard output when absent. */
  out?: string;
  /** The previous year: an assessment file or { fiscalYear, total, level, instruments, indicators }. */
  previous?: string;
  lang?: 'th' | 'en';
  /** Embed the Sarabun font in HTML output (default), so that it prints in Thai on any machine. */
  embedFont?: boolean;
}

function formatOf(value: string): ReportFormat {
  const f = value.toLowerCase() as ReportFormat;
  if (!REPORT_FORMATS.includes(f))
    throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${value}"`);
  return f;
}

export async function reportCommand(file: string, options: ReportOptions): Promise<number> {
  const format = formatOf(options.format);
  const lang = options.lang ?? 'th';
  if ((format === 'xlsx' || format === 'csv') && !options.out)
    throw new UsageError(
      format === 'xlsx'
        ? '--format xlsx needs --out FILE.xlsx'
        : '--format csv needs --out DIR (one CSV file per sheet)',
    );
  if (file === '-' && options.previous === '-')
    throw new UsageError('only one of FILE and --previous can be standard input');

  const input = await readJsonFile(file);
  let previous: PreviousResult | null = null;
  if (options.previous) {
    const prev = readPrevious(await readJsonFile(options.previous));
    if (!prev.previous) return invalid(options.previous, prev.issues, format, lang, 'previous');
    previous = prev.previous;
  }
  const result = analyseFile(input, { previous });
  if (!result.analysis) return invalid(file, result.issues, format, lang);
  const analysis: Analysis = result.analysis;

  switch (format) {
    case 'md':
      await emit(renderMarkdown(analysis, { lang }), options.out);
      break;
    case 'html':
      await emit(
        renderHtml(analysis, {
          lang,
          ...(options.embedFont === false ? {} : { fonts: await (await import('../fonts.js')).sarabunFonts() }),
        }),
        options.out,
      );
      break;
    case 'json':
      await emit(`${JSON.stringify(analysis, null, 2)}\n`, options.out);
      break;
    case 'xlsx': {
      // exceljs is large: loaded only when an XLSX is written.
      const { writeXlsx } = await import('../export.js');
      await writeXlsx(analysisSheets(analysis, { lang }), options.out as string, {
        title: lang === 'en' ? (analysis.title.en ?? analysis.title.th) : analysis.title.th,
      });
      break;
    }
    case 'csv': {
      const { writeCsvFiles } = await import('../export.js');
      await writeCsvFiles(analysisSheets(analysis, { lang }), options.out as string);
      break;
    }
  }
  return EXIT.ok;
}

async function emit(text: string, path: string | undefined): Promise<void> {
  if (path) await writeFile(path, text, 'utf8');
  else out(text);
}

/** Prints every problem with its path (JSON for --format json) and returns the exit code for invalid input. */
function invalid(
  file: string,
  issues: InputIssue[],
  format: ReportFormat,
  lang: 'th' | 'en',
  which?: 'previous',
): number {
  if (format === 'json') {
    const errors = issues.filter((i) => i.severity === 'error');
    const warnings = issues.filter((i) => i.severity === 'warning');
    out(JSON.stringify({ file, ...(which ? { input: which } : {}), errors, warnings }, null, 2));
  } else err(renderIssues(which ? `${file} (--previous)` : file, issues, lang));
  return EXIT.invalid;
}
