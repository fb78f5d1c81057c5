import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findItemLabels, mayStartWithItemLabel, parseItemLabel, readItemLabel } from '../../src/thai/labels.js';

const n = (s: string, opts = {}) => parseItemLabel(s, opts)?.number ?? null;

describe('parseItemLabel', () => {
  it('reads the label forms seen on real pages', () => {
    for (const [text, want] of [
      ['O5', 5],
      ['O 5', 5],
      ['o5', 5],
      ['O5.', 5],
      ['O5 - ข้อมูลการติดต่อ', 5],
      ['OIT 1', 1],
      ['OIT1', 1],
      ['ข้อ O1', 1],
      ['O๕', 5],
      ['05', 5],
      ['029', 29],
      ['010', 10],
      ['043', 43],
      ['O-29', 29],
      ['О5', 5], // Cyrillic
      ['Ｏ５', 5], // full width
      ['[O7] ข่าวประชาสัมพันธ์', 7],
      ['O1.1 แผนผังโครงสร้าง', 1],
    ] as const)
      expect(n(text), text).toBe(want);
  });
  it('rejects numbers that are not items', () => {
    expect(n('O44')).toBeNull();
    expect(n('O0')).toBeNull();
    expect(n('2564')).toBeNull();
    expect(n('5')).toBeNull();
    expect(n('ข้อมูล')).toBeNull();
    expect(n('CO2')).toBeNull();
    expect(n('0.5')).toBeNull();
  });
  it('reads bare numbers only where allowed, and not quantities', () => {
    expect(n('5', { allowBareNumber: true })).toBe(5);
    expect(n('ข้อ 12', { allowBareNumber: true })).toBe(12);
    expect(n('5 ปี', { allowBareNumber: true })).toBeNull();
    expect(n('9.1', { allowBareNumber: true })).toBeNull();
  });
  it('respects the framework size', () => {
    expect(n('O40', { max: 33 })).toBeNull();
  });
  it('reads labels typed with zero-width spaces around them', () => {
    expect(n('O\u200b5 ข้อมูลการติดต่อ')).toBe(5);
    expect(n('\u200b05')).toBe(5);
    expect(n('ตัวชี้วัด O\u200c-\u200d12')).toBe(12);
  });
  it('gives what the patterns alone give: the quick pre-test rules out only texts without a label', () => {
    const piece = fc.oneof(
      fc.constantFrom('O', 'o', 'О', 'ο', 'Ｏ', 'OIT', 'IT', '0', '๐', '０', '5', '๕', '５', '12', '43', '44', '.', '-', ':'),
      fc.constantFrom(' ', '\u200b', '\u200c', '\u200d', '\u00a0', '\ufeff', '\t', 'ข้อ', 'ข้อที่', 'ตัวชี้วัด ', '[', 'CO'),
      fc.constantFrom('ข่าวที่ 105 ', 'โครงสร้าง', 'ปี', 'บาท', 'ข้อมูลการติดต่อ ประจำปี 2564'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.boolean(), (parts, allowBareNumber) => {
        const text = parts.join('');
        const read = readItemLabel(text, { allowBareNumber });
        expect(parseItemLabel(text, { allowBareNumber })).toEqual(read);
        if (read) expect(mayStartWithItemLabel(text)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('findItemLabels', () => {
  it('finds letter-form labels in running text', () => {
    expect(findItemLabels('ตามนโยบายของข้อ O 25 โดยกิจกรรมของข้อ O 26').map((l) => l.number)).toEqual([25, 26]);
    expect(findItemLabels('หน้าแรก > ITA 2564 > O10 แผนการดำเนินงาน').map((l) => l.number)).toEqual([10]);
  });
  it('ignores bare numbers and words containing O', () => {
    expect(findItemLabels('โทร 05 123 4567, CO2, GO5, ปี 2564')).toEqual([]);
  });
});
