import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv';

describe('CSV export', () => {
  it('quotes what must be quoted and doubles quotes', () => {
    expect(csvField('จังหวัดบึงกาฬ')).toBe('จังหวัดบึงกาฬ');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(99.6)).toBe('99.6');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('defuses formulas in text cells (CSV injection) but not negative numbers', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('-5 points')).toBe("'-5 points");
    expect(csvField(-5)).toBe('-5');
  });

  it('writes a BOM, CRLF rows, and the header first', () => {
    const text = toCsv(
      ['ตัวชี้วัด', 'คะแนน'],
      [
        ['คุณภาพการดำเนินงาน', 98.61],
        ['a,b', null],
      ],
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual(['ตัวชี้วัด,คะแนน', 'คุณภาพการดำเนินงาน,98.61', '"a,b",', '']);
  });
});
