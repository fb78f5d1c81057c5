/**
 * What users read: dates in the Buddhist era (พ.ศ.), scores as the NACC prints them (two decimals, half up, via
 * packages/scoring), names in the current language.
 */
import { formatDelta, formatScore } from '@openita/scoring';
import type { Lang } from './i18n';

export { formatDelta, formatScore };

/**
 * Dates in Bangkok time (UTC+7 all year, no daylight saving) and the Buddhist era (CE + 543), written out here
 * rather than through Intl: building an Intl.DateTimeFormat with the Buddhist calendar costs the first page tens of
 * milliseconds, and the output is the same (a test compares the two).
 */
const TH_MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const TH_MONTHS_LONG = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const EN_MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const BANGKOK_OFFSET_MS = 7 * 3600 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

function parts(iso: string): { d: number; m: number; y: number; hh: string; mm: string } | null {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return null;
  const b = new Date(t + BANGKOK_OFFSET_MS);
  return {
    d: b.getUTCDate(),
    m: b.getUTCMonth(),
    y: b.getUTCFullYear() + 543,
    hh: pad(b.getUTCHours()),
    mm: pad(b.getUTCMinutes()),
  };
}

/** "25 พ.ย. 2568 14:05" / "25 Nov 2568 BE, 14:05" (Bangkok time). */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '–';
  const p = parts(iso);
  if (!p) return iso;
  return lang === 'th'
    ? `${p.d} ${TH_MONTHS[p.m]} ${p.y} ${p.hh}:${p.mm}`
    : `${p.d} ${EN_MONTHS[p.m]} ${p.y} BE, ${p.hh}:${p.mm}`;
}

/** "25 พ.ย. 2568" / "25 Nov 2568 BE"; long: "25 พฤศจิกายน 2568" / "25 November 2568 BE". */
export function formatDate(iso: string | null | undefined, lang: Lang, long = false): string {
  if (!iso) return '–';
  const p = parts(iso);
  if (!p) return iso;
  if (lang === 'th') return `${p.d} ${(long ? TH_MONTHS_LONG : TH_MONTHS)[p.m]} ${p.y}`;
  return `${p.d} ${(long ? EN_MONTHS_LONG : EN_MONTHS)[p.m]} ${p.y} BE`;
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

/** 96.93 → "96.93%", 100 → "100%". Shares are given as percentages. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${Number(value.toFixed(2))}%`;
}

/** 8317 → "8,317" (the same in Thai and English). */
export function formatCount(value: number, _lang?: Lang): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Bytes as KB/MB for evidence sizes. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '–';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/**
 * A URL as people read it: percent-encoded Thai paths shown as Thai (the link itself keeps the exact URL). A malformed
 * escape leaves the URL as it is.
 */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
