/**
 * What users read: dates in the Buddhist era (พ.ศ.), scores as the NACC prints them (two decimals, half up, via
 * packages/scoring), names in the current language.
 */
import { formatDelta, formatScore } from '@openita/scoring';
import type { Lang } from './i18n';

export { formatDelta, formatScore };

const TZ = 'Asia/Bangkok';
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, kind: 'date' | 'dateTime' | 'long'): Intl.DateTimeFormat {
  const key = `${lang}:${kind}`;
  let f = dateFormats.get(key);
  if (!f) {
    const locale = lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB-u-ca-buddhist';
    const options: Intl.DateTimeFormatOptions =
      kind === 'date'
        ? { dateStyle: 'medium', timeZone: TZ }
        : kind === 'long'
          ? { dateStyle: 'long', timeZone: TZ }
          : { dateStyle: 'medium', timeStyle: 'short', timeZone: TZ };
    f = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, f);
  }
  return f;
}

/** "25 พ.ย. 2568 14:05" / "25 Nov 2568 BE, 14:05" (Bangkok time). */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '–';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat(lang, 'dateTime').format(d);
}

export function formatDate(iso: string | null | undefined, lang: Lang, long = false): string {
  if (!iso) return '–';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat(lang, long ? 'long' : 'date').format(d);
}

/** A Buddhist-era fiscal year as a label: "ปีงบประมาณ พ.ศ. 2564" / "FY 2564 BE (2021)". */
export function fiscalYearLabel(year: number, lang: Lang): string {
  return lang === 'th' ? `ปีงบประมาณ พ.ศ. ${year}` : `FY ${year} BE (${year - 543})`;
}

export interface LocalText {
  th: string;
  en?: string | null;
}

/** A name in the user's language, Thai when there is no English. */
export function local(text: LocalText | null | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'en' ? text.en || text.th : text.th;
}

const percentFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 0 });
/** 96.93 → "96.93%". Shares are given as percentages. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${percentFormat.format(value)}%`;
}

const counts = new Map<Lang, Intl.NumberFormat>();
export function formatCount(value: number, lang: Lang): string {
  let f = counts.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB');
    counts.set(lang, f);
  }
  return f.format(value);
}

/** Bytes as KB/MB for evidence sizes. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '–';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
