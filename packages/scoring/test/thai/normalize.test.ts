import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containsKey,
  matchKey,
  matchKeyUnits,
  moreMatchKeyUnits,
  normalizeThai,
  thaiDigitsToArabic,
} from '../../src/thai/normalize.js';

describe('normalizeThai', () => {
  it('turns Thai digits into ASCII digits', () => {
    expect(thaiDigitsToArabic('พ.ศ. ๒๕๖๔')).toBe('พ.ศ. 2564');
    expect(normalizeThai('โทร ๐-๔๒๔๙-๑๒๓๔')).toBe('โทร 0-4249-1234');
  });
  it('writes sara am split into nikhahit + sara aa back as one character', () => {
    expect(normalizeThai('ประจ\u0e4d\u0e32ปี')).toBe('ประจำปี');
    // with a tone mark between or before: น้ำ
    expect(normalizeThai('น\u0e49\u0e4d\u0e32')).toBe('น\u0e49\u0e33');
    expect(normalizeThai('น\u0e4d\u0e49\u0e32')).toBe('น\u0e49\u0e33');
  });
  it('removes zero-width characters and folds every kind of space', () => {
    expect(normalizeThai('ข้อมูล\u200bการ\u00a0ติดต่อ\u3000 \n\t เรา\ufeff')).toBe('ข้อมูลการ ติดต่อ เรา');
  });
  it('fixes "เเ" typed for แ and a tone mark typed before an upper vowel', () => {
    expect(normalizeThai('เเผนงาน')).toBe('แผนงาน');
    expect(normalizeThai('ท\u0e48\u0e35')).toBe('ท\u0e35\u0e48');
  });
  it('never throws and returns "" for non-strings', () => {
    expect(normalizeThai(undefined as unknown as string)).toBe('');
    expect(normalizeThai(42 as unknown as string)).toBe('');
  });
});

describe('matchKey', () => {
  it('makes spelling variants real pages use compare equal', () => {
    expect(matchKey('กฏหมายที่เกี่ยวข้อง')).toBe(matchKey('กฎหมายที่เกี่ยวข้อง'));
    expect(matchKey('คู่มือการปฎิบัติงาน')).toBe(matchKey('คู่มือการปฏิบัติงาน'));
    expect(matchKey('ผลการประเมิณ')).toBe(matchKey('ผลการประเมิน'));
    expect(matchKey('ถาม-ตอบ')).toBe(matchKey('ถาม ตอบ'));
    expect(matchKey('Q & A')).toBe(matchKey('q&a'));
    expect(matchKey('ＱＡ')).toBe('qa');
  });
  it('matches PDF text that lost or split sara am', () => {
    const k = matchKey('แผนการดำเนินงานประจำปี');
    expect(matchKey('แผนการด าเนินงานประจ าปี')).toBe(k);
    expect(matchKey('แผนการด\u0e4d\u0e32เนินงานประจ\u0e4d\u0e32ปี')).toBe(k);
  });
  it('is idempotent', () => {
    for (const s of ['ข้อมูลการติดต่อ O5.', 'Ｏ５ ข้อมูล', 'ประจ\u0e4d\u0e32ปี ๒๕๖๔'])
      expect(matchKey(matchKey(s))).toBe(matchKey(s));
  });
  it('folds look-alike letters used in labels', () => {
    expect(matchKey('О5')).toBe('o5'); // Cyrillic O
  });
  it('containsKey compares by key', () => {
    expect(containsKey('หน้าแรก » กฏหมายที่เกี่ยวข้อง', ['กฎหมายที่เกี่ยวข้อง'])).toBe(true);
    expect(containsKey('ข่าวประชาสัมพันธ์', ['กฎหมาย'])).toBe(false);
    expect(containsKey('anything', [''])).toBe(false);
  });
});

describe('matchKeyUnits', () => {
  it('holds the code units of matchKey, for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('เเผน ๒๕๖๔', 'ท\u0e48\u0e35', 'ประจ\u0e4d\u0e32ปี', 'ＡＢＣ', 'О5')),
        (text) => {
          const { buffer, length } = matchKeyUnits(text);
          const key = matchKey(text);
          expect(length).toBe(key.length);
          for (let k = 0; k < length; k++) expect(buffer[k]).toBe(key.charCodeAt(k));
        },
      ),
      { numRuns: 3000 },
    );
  });
  it('keys the start of a text, then goes on from it, to the same key', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.array(fc.constantFrom('เ', 'เเ', '\u0e48', '\u0e35', 'ท', ' ', '-', '๒', 'A', '\u0e4d\u0e32', '😀'), { maxLength: 30 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, fc.nat(20), fc.nat(20), (t, a, b) => {
        const key = matchKey(t);
        const first = matchKeyUnits(t, a + 1);
        if (first.complete) expect(first.length).toBe(key.length);
        else expect([first.length, key.length >= a + 1]).toEqual([a + 1, true]);
        // All but the last unit of a stopped key are final.
        const final = first.complete ? first.length : first.length - 1;
        for (let k = 0; k < final; k++) expect(first.buffer[k]).toBe(key.charCodeAt(k));
        const later = moreMatchKeyUnits(t, a + 1 + b);
        if (later.complete) expect(later.length).toBe(key.length);
        const all = moreMatchKeyUnits(t);
        expect(all.complete).toBe(true);
        expect(String.fromCharCode(...all.buffer.subarray(0, all.length))).toBe(key);
      }),
      { numRuns: 3000 },
    );
  });
});
