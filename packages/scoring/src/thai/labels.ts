/**
 * OIT item labels as agencies write them: "O5", "O 5", "o5", "O5.", "O5 -", "OIT 5", "ข้อ O5", "O๕", a zero typed
 * for the letter O ("05", "029", "010" — the seed itself prints "029" for O29), Cyrillic or Greek look-alikes of O.
 *
 * - parseItemLabel(): the label a short text (a table cell, a heading, a link) starts with.
 * - findItemLabels(): every label in running text. Only letter forms count there ("O5", "OIT 5"), never a bare
 *   "05", which in running text is more often part of a number than a label.
 */
import { thaiDigitsToArabic } from './normalize.js';

export interface ItemLabel {
  /** The item number: 5 for O5. */
  number: number;
  /** The label as written. */
  text: string;
  /** Offset in the (digit-normalised) text. */
  index: number;
}

export interface LabelOptions {
  /** Highest item number (43 in FY2564). Larger numbers are not labels. */
  max?: number;
  /** Accept a bare number ("5", "ข้อ 5") as the label: only where the context says it is one (a table's label column). */
  allowBareNumber?: boolean;
}

const O = '[OoОоΟοＯｏ]';
const prep = (s: string) =>
  thaiDigitsToArabic(String(s ?? ''))
    .replace(/\u200b|\u200c|\u200d|\ufeff|\u00a0/g, ' ')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** "O5", "OIT 5", "ข้อ O5", "O-5", "O.5", "O1.1" anywhere in text, not inside a word ("CO2", "GO5"). */
const LETTER_LABEL = new RegExp(
  `(?<![A-Za-z0-9])(?:ข้อ\\s*)?(${O}(?:IT|it)?)\\s*[-.:]?\\s*(0{0,2}[1-9]\\d?)(?!\\d)`,
  'g',
);
const LEAD = '^\\s*(?:ข้อ(?:ที่)?\\s*)?';
/** The letter forms at the start of a short text. */
const START_LETTER = new RegExp(`${LEAD}(${O}(?:IT|it)?)\\s*[-.:]?\\s*(0{0,2}[1-9]\\d?)(?!\\d)`);
/** A zero typed for the letter O at the start of a short text: "05", "029", "010". */
const ZERO_LABEL = new RegExp(`${LEAD}0(0?[1-9]\\d?)(?!\\d|\\.\\d)`);
/** A bare number at the start of a short text: "5", "ข้อ 5". */
const BARE_LABEL = new RegExp(`${LEAD}([1-9]\\d?)(?!\\d|\\.\\d)`);

function label(n: number, written: string, at: number): ItemLabel {
  return { number: n, text: written.trim(), index: at + (written.length - written.trimStart().length) };
}

function inRange(n: number, max: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= max;
}

/** Spaces as the label patterns see them once prep() has made zero-width characters spaces. */
const SP = '[\\s\\u200b-\\u200d]';
const O_LETTER = '[OoОоΟοＯｏ]';
const DIGIT = '[0-9๐-๙０-９]';
const LEAD_IN = 40;
/** A label at the start needs a digit ("05", "5", "ข้อ 5") or an O ("O5", "OIT 5") after the lead-in. */
const START_SHAPE = `${SP}*(?:ข้อ(?:ที่)?${SP}*)?(?:${DIGIT}|${O_LETTER})`;
const MAYBE_AT_START = new RegExp(`^${START_SHAPE}`);
/**
 * Could a text hold a label: the start shape, or an O among its first 40 characters (a label after a short lead-in,
 * "ตัวชี้วัด O5")? One pattern: V8 reads any kind of string in it at one speed, where a loop of charCodeAt slows down
 * once it has met several kinds (one-byte, two-byte, sliced, joined).
 */
const MAYBE_LABEL = new RegExp(`^(?:${START_SHAPE}|[^]{0,${LEAD_IN - 1}}?${O_LETTER})`);
/** What a label after a short lead-in needs within the first 40 characters: an O, then a digit. */
const MAYBE_LETTER_LABEL = new RegExp(`${O_LETTER}(?:IT|it)?${SP}*[-.:]?${SP}*${DIGIT}`);

/**
 * Could a short text start with a label? False when parseItemLabel certainly finds none, whatever its options: most
 * texts, ruled out before the patterns run on a prepared copy. (Each way a label is read needs one of these shapes;
 * readItemLabel is parseItemLabel without this test, and a property test holds the two equal.)
 */
export function mayStartWithItemLabel(text: string): boolean {
  if (!MAYBE_LABEL.test(text)) return false;
  return MAYBE_AT_START.test(text) || MAYBE_LETTER_LABEL.test(text.slice(0, LEAD_IN));
}

/** The label a short text starts with ("OIT 1 โครงสร้าง" → 1), or null. */
export function parseItemLabel(text: string, options: LabelOptions = {}): ItemLabel | null {
  if (typeof text !== 'string' || !mayStartWithItemLabel(text)) return null;
  return readItemLabel(text, options);
}

/**
 * parseItemLabel without its quick pre-test: for a caller that has already asked mayStartWithItemLabel, and for the
 * tests that prove the pre-test changes nothing.
 */
export function readItemLabel(text: string, options: LabelOptions = {}): ItemLabel | null {
  const max = options.max ?? 43;
  if (typeof text !== 'string') return null;
  const t = prep(text);
  const letter = START_LETTER.exec(t);
  if (letter && inRange(Number(letter[2]), max)) return label(Number(letter[2]), letter[0], 0);
  const zero = ZERO_LABEL.exec(t);
  if (zero && inRange(Number(zero[1]), max)) return label(Number(zero[1]), zero[0], 0);
  const bare = options.allowBareNumber ? BARE_LABEL.exec(t) : null;
  if (bare) {
    const n = Number(bare[1]);
    const rest = t.slice(bare[0].length);
    // "5" alone or "5 ข้อมูลการติดต่อ"; not "5 ปี", "5 บาท".
    if (inRange(n, max) && !/^\s*(ปี|เดือน|วัน|คน|บาท|%|ราย|ครั้ง)/.test(rest)) return label(n, bare[0], 0);
  }
  // A label after a short lead-in ("ตัวชี้วัด O5", "[O5]").
  const first = findItemLabels(t.slice(0, LEAD_IN), options)[0];
  return first ?? null;
}

/** Every letter-form label in a text ("O5", "OIT 5", "ข้อ O5"), in order. */
export function findItemLabels(text: string, options: LabelOptions = {}): ItemLabel[] {
  const max = options.max ?? 43;
  const t = prep(text);
  const out: ItemLabel[] = [];
  for (const m of t.matchAll(LETTER_LABEL)) {
    const n = Number(m[2]);
    if (!inRange(n, max)) continue;
    out.push({ number: n, text: m[0].trim(), index: m.index ?? 0 });
    if (out.length >= 500) break;
  }
  return out;
}

/** "O5" for a label number. */
export function itemId(number: number): string {
  return `O${number}`;
}
