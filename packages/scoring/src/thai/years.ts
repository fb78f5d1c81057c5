/**
 * Years in Thai text → the fiscal years a page covers.
 *
 * Reads Buddhist-era (พ.ศ.) and Common-era years, Thai digits, short forms ("ปีงบประมาณ 64", "พ.ศ.๖๔", "ITA64"),
 * ranges ("2561–2565", "พ.ศ. 2561 - 65", "2561 ถึง 2565"), Thai dates with full or abbreviated month names
 * ("1 ต.ค. 2563", "๓๐ กันยายน ๒๕๖๔") and numeric dates ("30/09/2564", "1/10/2020").
 *
 * A fiscal year is named by its Buddhist-era year: FY2564 runs 1 October 2020 (2563) – 30 September 2021 (2564),
 * so a date in October–December counts for the next fiscal year. A year written on its own ("ข้อมูลของปี พ.ศ. 2564")
 * is read as that fiscal year, the way the NACC's requirement text uses it.
 */
import { isSpace, thaiDigitsToArabic } from './normalize.js';

export type YearMentionKind = 'year' | 'fiscal-year' | 'range' | 'date';

export interface YearMention {
  kind: YearMentionKind;
  /** The text as matched (digits normalised). */
  text: string;
  /** Offset in the digit-normalised text. */
  index: number;
  /** First and last Buddhist-era fiscal year this mention stands for (equal unless a range). */
  from: number;
  to: number;
}

export interface ExtractedYears {
  mentions: YearMention[];
  /** Every fiscal year mentioned, sorted, ranges expanded (at most 30 years per range). */
  fiscalYears: number[];
}

/** The Buddhist-era offset: พ.ศ. = ค.ศ. + 543. */
export const BE_OFFSET = 543;
const MIN_BE = 2480;
const MAX_BE = 2640;

/** First and last day (ISO dates, Common era) of a Buddhist-era fiscal year: FY2564 → 2020-10-01 … 2021-09-30. */
export function fiscalYearSpan(fiscalYear: number): { start: string; end: string } {
  const ce = fiscalYear - BE_OFFSET;
  return { start: `${ce - 1}-10-01`, end: `${ce}-09-30` };
}

/** The fiscal year (BE) of a date given as a Buddhist-era year and a month (1–12). */
export function fiscalYearOfDate(beYear: number, month: number): number {
  return month >= 10 ? beYear + 1 : beYear;
}

/** A written year → Buddhist era, or null when it is not a plausible year. Two digits are a BE short form. */
export function toBuddhistYear(written: string, era: 'be' | 'ce' | 'auto' = 'auto'): number | null {
  // Two or four ASCII digits (tested by character: this runs for every year-like number on a page).
  if (typeof written !== 'string' || (written.length !== 2 && written.length !== 4)) return null;
  for (let k = 0; k < written.length; k++) {
    const c = written.charCodeAt(k);
    if (c < 48 || c > 57) return null;
  }
  const n = Number(written);
  let be: number;
  if (written.length === 2) be = era === 'ce' ? 2000 + n + BE_OFFSET : 2500 + n;
  else if (era === 'ce' || (era === 'auto' && n >= 1900 && n <= 2200)) be = n + BE_OFFSET;
  else be = n;
  return be >= MIN_BE && be <= MAX_BE ? be : null;
}

const TH_MONTHS: [RegExp, number][] = [
  [/^(มกราคม|ม\.?ค\.?)$/, 1],
  [/^(กุมภาพันธ์|ก\.?พ\.?)$/, 2],
  [/^(มีนาคม|มี\.?ค\.?)$/, 3],
  [/^(เมษายน|เม\.?ย\.?)$/, 4],
  [/^(พฤษภาคม|พ\.?ค\.?)$/, 5],
  [/^(มิถุนายน|มิ\.?ย\.?)$/, 6],
  [/^(กรกฎาคม|กรกฏาคม|ก\.?ค\.?)$/, 7],
  [/^(สิงหาคม|ส\.?ค\.?)$/, 8],
  [/^(กันยายน|ก\.?ย\.?)$/, 9],
  [/^(ตุลาคม|ต\.?ค\.?)$/, 10],
  [/^(พฤศจิกายน|พ\.?ย\.?)$/, 11],
  [/^(ธันวาคม|ธ\.?ค\.?)$/, 12],
];
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const monthMemo = new Map<string, number>();

/** Month number of a Thai or English month name or abbreviation, or 0. (Pages repeat the same few: kept.) */
export function monthOf(name: string): number {
  let m = monthMemo.get(name);
  if (m === undefined) {
    m = readMonth(name);
    if (monthMemo.size < 1000) monthMemo.set(name, m);
  }
  return m;
}

function readMonth(name: string): number {
  const s = name.replace(/\s+/g, '').toLowerCase();
  for (const [re, m] of TH_MONTHS) if (re.test(s)) return m;
  const en = EN_MONTHS.indexOf(s.slice(0, 3));
  return en >= 0 && /^[a-z]+\.?$/.test(s) ? en + 1 : 0;
}

const TH_MONTH_ALT =
  'มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|กรกฏาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|' +
  'ม\\.\\s?ค\\.?|ก\\.\\s?พ\\.?|มี\\.\\s?ค\\.?|เม\\.\\s?ย\\.?|พ\\.\\s?ค\\.?|มิ\\.\\s?ย\\.?|ก\\.\\s?ค\\.?|ส\\.\\s?ค\\.?|ก\\.\\s?ย\\.?|ต\\.\\s?ค\\.?|พ\\.\\s?ย\\.?|ธ\\.\\s?ค\\.?';
const EN_MONTH_ALT = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const ERA = '(?:พ\\.?\\s?ศ\\.?|ค\\.?\\s?ศ\\.?|b\\.?\\s?e\\.?|c\\.?\\s?e\\.?|a\\.?\\s?d\\.?)';

// (Digits are written out — \d\d\d\d, not \d{4}: the same matches, found several times faster by V8.)
/** "1 ต.ค. 2563", "30 กันยายน พ.ศ. 2564", "ตุลาคม 2563", "1 October 2020". */
const DATE_WORDS = new RegExp(
  `(?:(\\d\\d?)\\s*)?(${TH_MONTH_ALT}|${EN_MONTH_ALT})\\s*,?\\s*(${ERA})?\\s*(\\d\\d\\d\\d|\\d\\d)(?!\\d)`,
  'gi',
);
/**
 * Where a month name may start (every DATE_WORDS match holds one): the first letters of each Thai name and
 * abbreviation, and of each English name. A few places more than the names themselves; none fewer. (Thai and English
 * apart: each scan is several times faster than one over both.)
 */
const MONTH_TH = /มกร|กุม|มีน|เมษ|พฤษ|มิถ|กรก|สิง|กัน|ตุล|พฤศ|ธัน|[มกพสตธ]\.|มี\.|เม\.|มิ\./g;
const MONTH_EN = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/gi;
/** DATE_WORDS at one place. */
const DATE_WORDS_AT = new RegExp(DATE_WORDS.source, 'iy');

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The DATE_WORDS matches of a text, exactly those of `text.matchAll(DATE_WORDS)`, found from its month names: a
 * match starts at a month name or at the one or two digits (and spaces) just before it, so only those places are
 * tried, instead of every character of the text.
 */
function dateWordMatches(text: string, each: (m: RegExpExecArray) => void) {
  let cursor = 0;
  let from = 0;
  // The next place each scan found (at or after `from`), -1 when it found none, -2 before it looked.
  let th = -2;
  let en = -2;
  const next = (re: RegExp, at: number): number => {
    if (at >= from || at === -1) return at;
    re.lastIndex = from;
    return re.exec(text)?.index ?? -1;
  };
  for (;;) {
    th = next(MONTH_TH, th);
    en = next(MONTH_EN, en);
    if (th < 0 && en < 0) return;
    const q = th < 0 ? en : en < 0 ? th : Math.min(th, en);
    let spaces = q;
    while (spaces > cursor && isSpace(text.charCodeAt(spaces - 1))) spaces--;
    let start = spaces;
    while (start > cursor && spaces - start < 2 && isDigit(text.charCodeAt(start - 1))) start--;
    let found: RegExpExecArray | null = null;
    // The day's digits first (leftmost wins), then the month name itself.
    for (let p = start; p < spaces && !found; p++) {
      DATE_WORDS_AT.lastIndex = p;
      found = DATE_WORDS_AT.exec(text);
    }
    if (!found) {
      DATE_WORDS_AT.lastIndex = q;
      found = DATE_WORDS_AT.exec(text);
    }
    if (found) {
      each(found);
      cursor = found.index + found[0].length;
      from = cursor;
    } else from = q + 1;
  }
}

/** "30/09/2564", "1-10-2020", "01.10.63". */
const DATE_NUMERIC = /(?<![\d/.-])(\d\d?)[/.-](\d\d?)[/.-](\d\d\d\d|\d\d)(?![\d/.-]?\d)/g;
/** "2561–2565", "2561 - 65", "2561 ถึง 2565", "พ.ศ. 2561 – พ.ศ. 2565". */
const RANGE = new RegExp(
  `(?<!\\d[.,\\-/]?)(\\d\\d\\d\\d)\\s*(?:-|–|—|−|ถึง|to|~)\\s*(?:${ERA}\\s*)?(\\d\\d\\d\\d|\\d\\d)(?![\\d,]|\\.\\d)`,
  'gi',
);
/** A prefix that makes the number after it a year. */
const PREFIXED = new RegExp(
  `(ปีงบประมาณ|ปีงบฯ?|งบประมาณ|ประจำปี|${ERA}|ปี|ita|oit|fy|fiscal\\s*year)\\s*:?\\s*(?:${ERA}\\s*)?(\\d\\d\\d\\d|\\d\\d)(?![\\d,]|\\.\\d)`,
  'gi',
);
/** A four-digit Buddhist-era year standing alone: 2480–2640, not part of a larger number or a phone number. */
const BARE_BE = /(?<!\d[.,\-/]?)(2[45]\d\d|26[0-4]\d)(?![\d,]|\.\d|-\d)/g;

const FISCAL_PREFIX = /^(ปีงบประมาณ|ปีงบ|งบประมาณ|fy|fiscal)/i;

/** Thai digits and zero-width characters: a text without them is read as it is. */
const UNCLEAN = /[\u0e50-\u0e59\u200b\u200c\ufeff]|\u200d/;

let takenBuffer = new Uint8Array(4096);
/** A cleared buffer of at least `n` bytes (kept for texts up to 1 MB; longer ones get their own). */
function takenFor(n: number): Uint8Array {
  if (n > takenBuffer.length) {
    const own = new Uint8Array(n);
    if (n <= 1_000_000) takenBuffer = own;
    return own;
  }
  takenBuffer.fill(0, 0, n);
  return takenBuffer;
}

/** All year mentions in a text, in order, with the fiscal years each stands for. Never throws. */
export function extractYears(input: string): ExtractedYears {
  const text =
    typeof input !== 'string'
      ? ''
      : UNCLEAN.test(input)
        ? thaiDigitsToArabic(input).replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
        : input;
  const mentions: YearMention[] = [];
  if (!text) return { mentions, fiscalYears: [] };
  // Characters already part of a mention: later, weaker patterns may not reuse them (O(1) per check). (One buffer,
  // cleared and reused: a page's text is read many times, and a new array each time is garbage of its size.)
  const taken = takenFor(text.length + 1);
  /** No character of text[from … to) is part of a mention yet. */
  const free = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (taken[k]) return false;
    return true;
  };
  const add = (m: YearMention) => {
    const end = m.index + m.text.length;
    if (!free(m.index, end)) return;
    taken.fill(1, m.index, end);
    mentions.push(m);
    if (mentions.length > 20_000) mentions.length = 20_000;
  };

  dateWordMatches(text, (m) => {
    const month = monthOf(m[2] ?? '');
    if (!month) return;
    const marked = m[3];
    const era = !marked ? 'auto' : /ค|c|a/i.test(marked) ? 'ce' : /พ|b/i.test(marked) ? 'be' : 'auto';
    // English month names come with Common-era years; Thai ones with Buddhist-era years unless marked.
    const first = (m[2] ?? '').charCodeAt(0) | 0x20;
    const ceByDefault = first >= 97 && first <= 122 && era === 'auto';
    const be = toBuddhistYear(m[4] ?? '', ceByDefault ? 'ce' : era);
    if (!be) return;
    const day = m[1] ? Number(m[1]) : 1;
    if (day < 1 || day > 31) return;
    const fy = fiscalYearOfDate(be, month);
    add({ kind: 'date', text: m[0], index: m.index ?? 0, from: fy, to: fy });
  });
  DATE_NUMERIC.lastIndex = 0;
  for (let m = DATE_NUMERIC.exec(text); m !== null; m = DATE_NUMERIC.exec(text)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const be = toBuddhistYear(m[3] ?? '');
    if (!be) continue;
    const fy = fiscalYearOfDate(be, month);
    add({ kind: 'date', text: m[0], index: m.index ?? 0, from: fy, to: fy });
  }
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(text); m !== null; m = RANGE.exec(text)) {
    const a = toBuddhistYear(m[1] ?? '');
    const second = m[2] ?? '';
    let b = second.length === 2 && a ? Math.floor(a / 100) * 100 + Number(second) : toBuddhistYear(second);
    if (b !== null && a !== null && b < a && second.length === 2) b += 100;
    if (!a || !b || b <= a || b - a > 30) continue;
    add({ kind: 'range', text: m[0], index: m.index ?? 0, from: a, to: b });
  }
  PREFIXED.lastIndex = 0;
  for (let m = PREFIXED.exec(text); m !== null; m = PREFIXED.exec(text)) {
    if (!free(m.index, m.index + m[0].length)) continue; // (add() would refuse it: read no further)
    const prefix = m[1] ?? '';
    const digits = m[2] ?? '';
    // (The prefix's letters are ASCII or Thai: the tests ignore case, so it need not be lowered.)
    const ce = /^(ค|c|a)/i.test(prefix) || (/^(fy|fiscal)/i.test(prefix) && digits.length === 4 && Number(digits) < 2200);
    let be = toBuddhistYear(digits, ce ? 'ce' : 'auto');
    // "ปี 10" (ten years) is not a year: short forms only after a fiscal or era prefix, or 2550–2580 after "ปี".
    if (be && digits.length === 2 && (prefix === 'ปี' || prefix === 'ประจำปี') && (be < 2550 || be > 2580)) be = null;
    if (!be) continue;
    const kind: YearMentionKind = FISCAL_PREFIX.test(prefix) ? 'fiscal-year' : 'year';
    // Keep the prefix out of the span so that a range starting here is not blocked.
    add({ kind, text: m[0], index: m.index ?? 0, from: be, to: be });
  }
  // (Every match is four digits, its lookarounds empty: found with test(), which builds no match array — most of
  // these numbers are already part of a date or a prefixed year.)
  BARE_BE.lastIndex = 0;
  while (BARE_BE.test(text)) {
    const end = BARE_BE.lastIndex;
    if (!free(end - 4, end)) continue;
    const written = text.slice(end - 4, end);
    const be = Number(written);
    if (be < MIN_BE || be > MAX_BE) continue;
    add({ kind: 'year', text: written, index: end - 4, from: be, to: be });
  }
  mentions.sort((a, b) => a.index - b.index);
  const years = new Set<number>();
  for (const m of mentions) for (let y = m.from; y <= m.to && y - m.from <= 30; y++) years.add(y);
  return { mentions, fiscalYears: [...years].sort((a, b) => a - b) };
}

export type FiscalYearMode = 'exact' | 'at-least' | 'covers';

/** Does one mention satisfy a fiscal-year rule (see coversFiscalYear)? */
export function yearRuleHolds(m: YearMention, year: number, mode: FiscalYearMode): boolean {
  if (mode === 'exact') return m.from === year && m.to === year;
  if (mode === 'covers') return m.kind === 'range' && m.from <= year && year <= m.to;
  return m.from <= year && year <= m.to;
}

export interface FiscalYearCoverage {
  met: boolean;
  /** The mention that satisfies the rule. */
  mention?: YearMention;
  /** Every fiscal year the text mentions. */
  found: number[];
}

/**
 * Does a text satisfy an item's fiscal-year rule?
 * - `exact` ("จะต้องเป็นข้อมูลของปี พ.ศ. 2564"): a year, fiscal year or date of that fiscal year. A multi-year range
 *   alone does not make content "of" one year.
 * - `at-least` ("อย่างน้อยจะต้องมีข้อมูลของปี พ.ศ. 2563"): content of that year, alone or within a range.
 * - `covers` ("จะต้องครอบคลุมปี พ.ศ. 2563", multi-year plans): a range of years that contains it.
 */
export function coversFiscalYear(text: string, year: number, mode: FiscalYearMode): FiscalYearCoverage {
  const { mentions, fiscalYears } = extractYears(text);
  const mention = mentions.find((m) => yearRuleHolds(m, year, mode));
  return mention ? { met: true, mention, found: fiscalYears } : { met: false, found: fiscalYears };
}
