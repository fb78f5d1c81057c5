import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateTime, formatPercent, readableUrl } from '../../src/lib/format';

const intl = (locale: string, options: Intl.DateTimeFormatOptions, iso: string) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'Asia/Bangkok' }).format(new Date(iso));

describe('Buddhist-era dates, Bangkok time', () => {
  const samples = [
    '2021-06-09T03:15:00Z',
    '2025-11-25T17:05:00Z',
    '2020-09-30T16:59:59Z',
    '2024-02-29T23:30:00Z',
    '2026-01-01T00:00:00+07:00',
  ];
  it.each(samples)('match Intl with the Buddhist calendar: %s', (iso) => {
    expect(formatDateTime(iso, 'th')).toBe(
      intl('th-TH-u-ca-buddhist', { dateStyle: 'medium', timeStyle: 'short' }, iso),
    );
    expect(formatDateTime(iso, 'en')).toBe(
      intl('en-GB-u-ca-buddhist', { dateStyle: 'medium', timeStyle: 'short' }, iso),
    );
    expect(formatDate(iso, 'th')).toBe(intl('th-TH-u-ca-buddhist', { dateStyle: 'medium' }, iso));
    expect(formatDate(iso, 'en')).toBe(intl('en-GB-u-ca-buddhist', { dateStyle: 'medium' }, iso));
    expect(formatDate(iso, 'th', true)).toBe(intl('th-TH-u-ca-buddhist', { dateStyle: 'long' }, iso));
    expect(formatDate(iso, 'en', true)).toBe(intl('en-GB-u-ca-buddhist', { dateStyle: 'long' }, iso));
  });

  it('turns the fiscal year over at midnight Bangkok time, not UTC', () => {
    // 30 Sep 2020 23:30 in Bangkok is still FY2563's last day; 1 Oct 2020 00:30 is FY2564's first.
    expect(formatDate('2020-09-30T16:30:00Z', 'th')).toBe('30 ก.ย. 2563');
    expect(formatDate('2020-09-30T17:30:00Z', 'th')).toBe('1 ต.ค. 2563');
  });

  it('says so when there is no date, and returns what it cannot read', () => {
    expect(formatDateTime(null, 'th')).toBe('–');
    expect(formatDate('not a date', 'th')).toBe('not a date');
  });
});

describe('numbers', () => {
  it('groups thousands and trims percentages', () => {
    expect(formatCount(8317)).toBe('8,317');
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatCount(49)).toBe('49');
    expect(formatPercent(96.93)).toBe('96.93%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(4.4444)).toBe('4.44%');
    expect(formatPercent(null)).toBe('–');
  });
});

describe('readableUrl', () => {
  it('shows percent-encoded Thai as Thai and leaves malformed escapes alone', () => {
    expect(readableUrl('https://www.khonkaen.go.th/ita/%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99')).toBe(
      'https://www.khonkaen.go.th/ita/รายงาน',
    );
    expect(readableUrl('https://a.go.th/x%E0%B8')).toBe('https://a.go.th/x%E0%B8');
    expect(readableUrl('https://a.go.th/a%2Fb')).toBe('https://a.go.th/a%2Fb');
  });
});
