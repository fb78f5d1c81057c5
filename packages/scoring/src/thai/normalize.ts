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
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const THAI_DIGITS = /[\u0e50-\u0e59]/g;
/** Nikhahit + sara aa, possibly with a tone mark in between or after ("น้ํา" = น ้ ํ า). */
const SARA_AM_SPLIT = /\u0e4d([\u0e48-\u0e4b]?)\u0e32/g;
/** A tone mark typed before an upper vowel (ท ่ ี instead of ท ี ่). */
const TONE_BEFORE_VOWEL = /([\u0e48-\u0e4b])([\u0e31\u0e34-\u0e37\u0e47])/g;

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

/** Characters dropped from match keys: whitespace and punctuation that pages use inconsistently. */
const KEY_DROP = /[\s\u00a0\u2000-\u200f\u2028-\u202f\u3000\-‐‑‒–—―_.,:;'"“”‘’`()[\]{}<>/\\|·•*!?…~^=+#]+/g;
/** Latin look-alikes used for the letter O in item labels (Cyrillic О о, Greek Ο ο) and full-width Latin. */
const LOOKALIKE: Record<string, string> = { 'О': 'o', 'о': 'o', 'Ο': 'o', 'ο': 'o' };
const LOOKALIKES = /[ОоΟο]/g;
const FULLWIDTH = /[\uff01-\uff5e]/g;

/**
 * The key two texts are compared by (substring of key ⇔ tolerant substring of text). Idempotent:
 * matchKey(matchKey(s)) === matchKey(s).
 */
export function matchKey(input: string): string {
  if (typeof input !== 'string' || input.length === 0) return '';
  return normalizeThai(input)
    .replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(LOOKALIKES, (c) => LOOKALIKE[c] ?? c)
    .toLowerCase()
    .replace(/\u0e33/g, '\u0e32')
    .replace(/\u0e4d/g, '')
    .replace(/\u0e0e/g, '\u0e0f')
    .replace(/\u0e13/g, '\u0e19')
    .replace(KEY_DROP, '');
}

/** True when `text` contains any of `needles`, compared by match key. */
export function containsKey(text: string, needles: readonly string[]): boolean {
  const t = matchKey(text);
  return needles.some((n) => {
    const k = matchKey(n);
    return k.length > 0 && t.includes(k);
  });
}
