import { describe, expect, it } from 'vitest';
import { findItemLabels, parseItemLabel } from '../../src/thai/labels.js';

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
