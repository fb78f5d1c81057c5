import { describe, expect, it } from 'vitest';
import {
  coversFiscalYear,
  extractYears,
  fiscalYearOfDate,
  fiscalYearSpan,
  monthOf,
  toBuddhistYear,
} from '../../src/thai/years.js';

const fys = (s: string) => extractYears(s).fiscalYears;

describe('fiscal years', () => {
  it('FY2564 runs 1 October 2020 – 30 September 2021', () => {
    expect(fiscalYearSpan(2564)).toEqual({ start: '2020-10-01', end: '2021-09-30' });
    expect(fiscalYearOfDate(2563, 10)).toBe(2564);
    expect(fiscalYearOfDate(2564, 9)).toBe(2564);
    expect(fiscalYearOfDate(2564, 10)).toBe(2565);
  });
  it('converts written years', () => {
    expect(toBuddhistYear('2564')).toBe(2564);
    expect(toBuddhistYear('2021')).toBe(2564);
    expect(toBuddhistYear('64')).toBe(2564);
    expect(toBuddhistYear('21', 'ce')).toBe(2564);
    expect(toBuddhistYear('1234')).toBeNull();
  });
  it('knows month names and abbreviations', () => {
    expect(monthOf('ต.ค.')).toBe(10);
    expect(monthOf('ตุลาคม')).toBe(10);
    expect(monthOf('มี.ค.')).toBe(3);
    expect(monthOf('ก.ย')).toBe(9);
    expect(monthOf('กรกฏาคม')).toBe(7);
    expect(monthOf('Sept.')).toBe(9);
    expect(monthOf('นาย')).toBe(0);
  });
});

describe('extractYears', () => {
  it('reads Buddhist-era years with and without prefixes, in Thai digits', () => {
    expect(fys('แผนดำเนินงานประจำปีงบประมาณ พ.ศ. 2564')).toEqual([2564]);
    expect(fys('ข้อมูลของปี พ.ศ.๒๕๖๔')).toEqual([2564]);
    expect(fys('รายงาน 2563 และ 2564')).toEqual([2563, 2564]);
  });
  it('reads short forms', () => {
    expect(fys('ปีงบประมาณ 64')).toEqual([2564]);
    expect(fys('พ.ศ.๖๔')).toEqual([2564]);
    expect(fys('ITA64')).toEqual([2564]);
    expect(fys('ปีงบ 63')).toEqual([2563]);
    // ten years is not a year
    expect(fys('ระยะเวลา 5 ปี 10 เดือน')).toEqual([]);
  });
  it('reads ranges', () => {
    expect(extractYears('แผนพัฒนาท้องถิ่น (พ.ศ. 2561 – 2565)').mentions).toEqual([
      expect.objectContaining({ kind: 'range', from: 2561, to: 2565 }),
    ]);
    expect(fys('แผนยุทธศาสตร์ พ.ศ.2561-65')).toEqual([2561, 2562, 2563, 2564, 2565]);
    expect(extractYears('ปี 2566 ถึง 2570').mentions[0]).toMatchObject({ kind: 'range', from: 2566, to: 2570 });
    expect(extractYears('2561-2565').mentions[0]).toMatchObject({ kind: 'range' });
  });
  it('maps dates to fiscal years (October starts the next one)', () => {
    expect(fys('ประกาศ ณ วันที่ 1 ตุลาคม 2563')).toEqual([2564]);
    expect(fys('ณ วันที่ ๓๐ ก.ย. ๒๕๖๔')).toEqual([2564]);
    expect(fys('ข้อมูล ณ 15 ต.ค. 64')).toEqual([2565]);
    expect(fys('ข้อมูล ณ มีนาคม 2564')).toEqual([2564]);
    expect(fys('updated 1 October 2020')).toEqual([2564]);
    expect(fys('30/09/2564')).toEqual([2564]);
    expect(fys('01/10/2020')).toEqual([2564]);
  });
  it('reads Common-era years only where marked', () => {
    expect(fys('ค.ศ. 2021')).toEqual([2564]);
    expect(fys('FY2021')).toEqual([2564]);
    expect(fys('จำนวน 2021 ราย')).toEqual([]);
  });
  it('does not take phone numbers, amounts or codes for years', () => {
    expect(fys('โทร 0-2564-1234')).toEqual([]);
    expect(fys('งบประมาณ 12,564 บาท')).toEqual([]);
    expect(fys('1.2564')).toEqual([]);
    expect(fys('รหัส 125640')).toEqual([]);
  });
  it('never throws', () => {
    expect(extractYears(undefined as unknown as string)).toEqual({ mentions: [], fiscalYears: [] });
    expect(() => extractYears('2'.repeat(100_000))).not.toThrow();
  });
});

describe('coversFiscalYear', () => {
  it('exact: content of that fiscal year', () => {
    expect(coversFiscalYear('แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2564', 2564, 'exact').met).toBe(true);
    expect(coversFiscalYear('ประกาศ ณ วันที่ 1 ตุลาคม 2563', 2564, 'exact').met).toBe(true);
    expect(coversFiscalYear('แผนปฏิบัติการ ประจำปี 2563', 2564, 'exact')).toMatchObject({ met: false, found: [2563] });
    // a multi-year plan is not "data of" one year
    expect(coversFiscalYear('แผนพัฒนา พ.ศ. 2561-2565', 2564, 'exact').met).toBe(false);
  });
  it('at-least: that year, alone or within a range', () => {
    expect(coversFiscalYear('รายงานผล ปี 2562-2563', 2563, 'at-least').met).toBe(true);
    expect(coversFiscalYear('รายงานผล ปี 2563', 2563, 'at-least').met).toBe(true);
    expect(coversFiscalYear('รายงานผล ปี 2562', 2563, 'at-least').met).toBe(false);
  });
  it('covers: a multi-year period containing the year', () => {
    expect(coversFiscalYear('แผนพัฒนาท้องถิ่น (พ.ศ. 2561 - 2565)', 2563, 'covers').met).toBe(true);
    expect(coversFiscalYear('แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)', 2563, 'covers').met).toBe(false);
    expect(coversFiscalYear('แผนยุทธศาสตร์ ปี 2563', 2563, 'covers').met).toBe(false);
  });
});
