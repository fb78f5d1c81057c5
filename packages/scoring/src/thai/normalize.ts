/**
 * Thai text normalisation for matching agency pages and PDF text.
 *
 * - normalizeThai(): a cleaned-up text that still reads the same: Thai digits → ASCII, sara am written as
 *   nikhahit + sara aa (ํ + า) → ำ, "เเ" typed for แ, a tone mark typed before an upper vowel, zero-width characters
 *   removed, every kind of space → one ASCII space.
 * - matchKey(): a key for tolerant substring matching ("match on normalised substrings, not on words"): normalizeThai,
 *   lower case, full-width Latin folded, and the differences that real pages get wrong folded away: all spaces and
 *   punctuation, ำ/ํา/า (PDF text often loses the nikhahit: "ประจ าปี"), ฎ/ฏ (กฏหมาย, ปฎิบัติ), ณ/น (ประเมิณ).
 *   Two texts that a reader would call the same words have the same key; keys are for comparing, never for display.
 */

const THAI_DIGIT_0 = 0x0e50;
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g;
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const THAI_DIGITS = /[\u0e50-\u0e59]/g;
/** Nikhahit + sara aa, possibly with a tone mark in between or after ("น้ํา" = น ้ ํ า). */
const SARA_AM_SPLIT = /\u0e4d([\u0e48-\u0e4b]?)\u0e32/g;
/** A tone mark typed before an upper vowel (ท ่ ี instead of ท ี ่). */
const TONE_BEFORE_VOWEL = /([\u0e48-\u0e4b])([\u0e31\u0e34-\u0e37\u0e47])/g;

/** Is this UTF-16 code unit whitespace to a regular expression's `\s` and to String.prototype.trim? */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Thai digits ๐–๙ → 0–9. */
export function thaiDigitsToArabic(s: string): string {
  return s.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - THAI_DIGIT_0));
}

/** A cleaned text that reads the same (see the module comment). Never throws; non-strings become ''. */
export function normalizeThai(input: string): string {
  if (typeof input !== 'string' || input.length === 0) return '';
  return thaiDigitsToArabic(input)
    .replace(ZERO_WIDTH, '')
    .replace(/\u0e40\u0e40/g, '\u0e41')
    .replace(SARA_AM_SPLIT, (_m, tone: string) => `${tone}\u0e33`)
    .replace(TONE_BEFORE_VOWEL, '$2$1')
    .replace(SPACES, ' ')
    .trim();
}

/** Characters dropped from match keys: whitespace, zero-width characters and the punctuation pages use inconsistently. */
const DROP = new Uint8Array(0x10000);
for (const c of ' \t\n\v\f\r\u00a0\u00ad\u1680\u2028\u2029\u202f\u205f\u2060\u3000\ufeff-‐‑‒–—―_.,:;\'"“”‘’`()[]{}<>/\\|·•*!?…~^=+#')
  DROP[c.charCodeAt(0)] = 1;
for (let c = 0x2000; c <= 0x200f; c++) DROP[c] = 1;
const TONE = (c: number) => c >= 0x0e48 && c <= 0x0e4b;
const UPPER_VOWEL = (c: number) => c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e37) || c === 0x0e47;

/**
 * What matchKey does to each UTF-16 code unit: 0 keep, 1 drop, 2 map (digits, case, look-alikes, ำ, ฎ, ณ, nikhahit),
 * 3 keep unless the key so far ends in เ (for เ) or a tone mark (for an upper vowel), 4 keep (a surrogate: the key
 * is then made a string unit by unit).
 */
const ACTION = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (DROP[c]) ACTION[c] = 1;
  else if (c === 0x0e40 || UPPER_VOWEL(c)) ACTION[c] = 3;
  else if (
    (c >= 0x0e50 && c <= 0x0e59) ||
    c === 0x0e33 ||
    c === 0x0e4d ||
    c === 0x0e0e ||
    c === 0x0e13 ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xff01 && c <= 0xff5e) ||
    c === 0x041e ||
    c === 0x043e ||
    c === 0x039f ||
    c === 0x03bf ||
    (c >= 0xc0 && c <= 0x24f)
  )
    ACTION[c] = 2;
  else if (c >= 0xd800 && c <= 0xdfff) ACTION[c] = 4;
}

/** A code unit mapped by matchKey (ACTION 2), or -1 when it is dropped. */
function mapUnit(c: number): number {
  if (c >= 0x0e00 && c <= 0x0e7f) {
    if (c >= 0x0e50 && c <= 0x0e59) return c - (0x0e50 - 0x30); // Thai digits
    if (c === 0x0e33) return 0x0e32; // ำ → า (PDF text loses or splits it)
    if (c === 0x0e4d) return -1; // nikhahit of a split sara am
    if (c === 0x0e0e) return 0x0e0f; // ฎ/ฏ
    if (c === 0x0e13) return 0x0e19; // ณ/น
    return c;
  }
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0xff01 && c <= 0xff5e) {
    const d = c - 0xfee0; // full-width Latin
    if (DROP[d]) return -1;
    return d >= 0x41 && d <= 0x5a ? d + 32 : d;
  }
  if (c === 0x041e || c === 0x043e || c === 0x039f || c === 0x03bf) return 0x6f; // О о Ο ο look like O
  if (c >= 0xc0 && c <= 0x24f) return String.fromCharCode(c).toLowerCase().charCodeAt(0);
  return c;
}

let keyBuffer = new Uint16Array(4096);
/** UTF-16 code units to a string in one step (ignoreBOM: a U+FEFF is never in a key, but keep every unit as it is). */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * The units written by the last keyUnits() call: its buffer (shared, or the text's own when long), length, whether
 * the whole text was read (false when it stopped at `stop` units), and where to go on from: the text's units read and
 * the key's last unit.
 */
const units = { buffer: keyBuffer, length: 0, surrogate: false, complete: true, read: 0, last: -1 };

/** No stop: longer than any string. (A small integer, as every other `stop` is: V8 keeps one fast path for all.) */
const NO_STOP = 0x3fffffff;

/**
 * matchKey one code unit at a time into a buffer (see `units`). With `stop`, the key only until it is `stop` units
 * long: of those, all but the last are final (only the last unit written is ever rewritten by a later one). `resume`:
 * go on from where the last call (for the same text) stopped.
 */
function keyUnits(input: string, stop = NO_STOP, resume = false): typeof units {
  const n = input.length;
  let out: typeof keyBuffer;
  let len: number;
  let surrogate: boolean;
  // The unit the key so far ends in (-1: none), kept here rather than read back from the buffer.
  let last: number;
  let k: number;
  if (resume) {
    ({ buffer: out, length: len, surrogate, last, read: k } = units);
  } else {
    // (Each unit gives at most one. The buffer is kept for texts up to 64k units; longer ones get their own.)
    out = keyBuffer;
    if (out.length < n) {
      out = new Uint16Array(n);
      if (n <= 65_536) keyBuffer = out;
    }
    len = 0;
    surrogate = false;
    last = -1;
    k = 0;
  }
  for (; k < n && len < stop; k++) {
    let c = input.charCodeAt(k);
    const action = ACTION[c];
    if (action === 0) {
      out[len++] = c;
      last = c;
    } else if (action === 1) {
      // dropped
    } else if (action === 2) {
      // (A mapped unit is never เ, an upper vowel or a surrogate: those are not mapped.)
      c = mapUnit(c);
      if (c < 0) continue;
      out[len++] = c;
      last = c;
    } else if (action === 3) {
      if (c === 0x0e40) {
        if (last === 0x0e40) {
          out[len - 1] = 0x0e41; // "เเ" typed for แ
          last = 0x0e41;
        } else {
          out[len++] = c;
          last = c;
        }
      } else if (TONE(last)) {
        out[len - 1] = c; // a tone mark typed before an upper vowel: the key still ends in the tone mark
        out[len++] = last;
      } else {
        out[len++] = c;
        last = c;
      }
    } else {
      surrogate = true;
      out[len++] = c;
      last = c;
    }
  }
  units.buffer = out;
  units.length = len;
  units.surrogate = surrogate;
  units.complete = k === n;
  units.read = k;
  units.last = last;
  return units;
}

/** A key as code units: `buffer[0 … length)`; `complete`: the whole text was keyed. */
export interface KeyUnits {
  readonly buffer: Uint16Array;
  readonly length: number;
  readonly complete: boolean;
}

/**
 * The match key of a text as UTF-16 code units, for scanning it without making it a string: `buffer[0 … length)`.
 * The buffer is shared: it holds this key only until the next call. With `stop`, only the key's start: the key until
 * it is `stop` units long (`complete` says whether that was the whole key), of which the first `stop - 1` are final;
 * moreMatchKeyUnits() goes on from there.
 */
export function matchKeyUnits(input: string, stop?: number): KeyUnits {
  return keyUnits(typeof input === 'string' ? input : '', stop);
}

/**
 * Goes on keying the text the last matchKeyUnits() call stopped in (the same text, with no other key made since),
 * until the key is `stop` units long or the text ends. The same result as matchKeyUnits(input, stop), without reading
 * the start again.
 */
export function moreMatchKeyUnits(input: string, stop?: number): KeyUnits {
  return keyUnits(typeof input === 'string' ? input : '', stop, true);
}

/** matchKey one code unit at a time into a buffer, made a string in one step. */
function matchKeyBuffered(input: string): string {
  const { buffer: out, length: len, surrogate } = keyUnits(input);
  // The decoder would replace a lone surrogate: texts with surrogates are built unit by unit.
  if (!surrogate) return UTF16.decode(out.subarray(0, len));
  let s = '';
  for (let k = 0; k < len; k += 4096)
    s += String.fromCharCode.apply(null, out.subarray(k, Math.min(len, k + 4096)) as unknown as number[]);
  return s;
}

/**
 * The key two texts are compared by (substring of key ⇔ tolerant substring of text), in one pass over the text.
 * Idempotent: matchKey(matchKey(s)) === matchKey(s). A text that needs no change is returned as it is.
 */
export function matchKey(input: string): string {
  if (typeof input !== 'string' || input.length === 0) return '';
  const n = input.length;
  let last = -1;
  for (let k = 0; k < n; k++) {
    const c = input.charCodeAt(k);
    const action = ACTION[c];
    if (action === 0 || action === 4 || (action === 3 && !(c === 0x0e40 ? last === 0x0e40 : TONE(last)))) last = c;
    else return matchKeyBuffered(input);
  }
  return input;
}

/** True when `text` contains any of `needles`, compared by match key. */
export function containsKey(text: string, needles: readonly string[]): boolean {
  const t = matchKey(text);
  return needles.some((n) => {
    const k = matchKey(n);
    return k.length > 0 && t.includes(k);
  });
}
