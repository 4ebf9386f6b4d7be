import { describe, expect, it } from 'vitest';
import { findDatesInText, parseDateText } from '@/utils/article/dates/parse-date-text';
import { parseMachineDate } from '@/utils/article/dates/parse-machine-date';
import { toIsoString, withImpliedZone, isPlausibleArticleDate } from '@/utils/article/dates/date-parts';

const dayFirst = { monthFirst: false };
const iso = (text: string, options = dayFirst) => {
  const parts = parseDateText(text, options);
  return parts ? toIsoString(parts) : null;
};

describe('parseDateText reads the datelines news pages print', () => {
  it.each([
    ['26/01/2024 10:21:48', '2024-01-26T10:21:48'],
    ['26-01-2024', '2024-01-26'],
    ['Thứ Sáu, 26/01/2024 - 10:21', '2024-01-26T10:21:00'],
    ['10:21 26/01/2024', '2024-01-26T10:21:00'],
    ['Thứ sáu, 26/1/2024, 10:21 (GMT+7)', '2024-01-26T10:21:00+07:00'],
    ['ngày 26 tháng 1 năm 2024', '2024-01-26'],
    ['January 26, 2024 at 6:01 am EST', '2024-01-26T06:01:00-05:00'],
    ['Jan. 26, 2024 3:05 p.m.', '2024-01-26T15:05:00'],
    ['26 Jan 2024', '2024-01-26'],
    ['Publié le 26 janvier 2024 à 10h21', '2024-01-26T10:21:00'],
    ['1er février 2024', '2024-02-01'],
    ['26. Januar 2024, 10:21 Uhr', '2024-01-26T10:21:00'],
    ['26 de enero de 2024', '2024-01-26'],
    ['2024年1月26日 10:21', '2024-01-26T10:21:00'],
    ['2024년 1월 26일 오후 3:05', '2024-01-26T15:05:00'],
    ['２０２４年１月２６日', '2024-01-26'],
    ['2024-01-26T10:21:48Z', '2024-01-26T10:21:48Z'],
  ])('%s → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads numeric dates day first unless the page is US English', () => {
    expect(iso('03/04/2024')).toBe('2024-04-03');
    expect(iso('03/04/2024', { monthFirst: true })).toBe('2024-03-04');
  });

  it('falls back to month first when day first is impossible', () => {
    expect(iso('01/26/2024')).toBe('2024-01-26');
    expect(iso('26/01/2024', { monthFirst: true })).toBe('2024-01-26');
  });

  it('finds no date in year ranges, phone numbers or days without a year', () => {
    expect(iso('nhiệm kỳ (2021 – 2025)')).toBeNull();
    expect(iso('Điện thoại: 024.38573412')).toBeNull();
    expect(iso('Ngày 25/1 Đảng ủy Khối')).toBeNull();
    expect(iso('31/02/2024')).toBeNull();
  });

  it('finds a published and an updated date in one line, in order', () => {
    const found = findDatesInText('Published January 5, 2024 Updated January 6, 2024 at 9:00 am', dayFirst);
    expect(found.map((d) => toIsoString(d.parts))).toEqual(['2024-01-05', '2024-01-06T09:00:00']);
  });
});

describe('parseMachineDate reads JSON-LD, meta and <time datetime> values', () => {
  it.each([
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00'],
    ['2015-03-27T13:07:55.096Z', '2015-03-27T13:07:55.096Z'],
    ['2017-11-24T18:42:20.314667', '2017-11-24T18:42:20.314'],
    ['20240126', '2024-01-26'],
    ['2024-06-25', '2024-06-25'],
    ['1706239308', '2024-01-26T03:21:48Z'],
    ['Fri, 26 Jan 2024 10:21:48 +0700', '2024-01-26T10:21:48+07:00'],
  ])('%s → %s', (value, expected) => {
    const parts = parseMachineDate(value, dayFirst);
    expect(parts && toIsoString(parts)).toBe(expected);
  });
});

describe('date rules', () => {
  const now = Date.UTC(2024, 5, 1);
  it('rejects dates in the future and before 1990', () => {
    expect(isPlausibleArticleDate({ year: 2024, month: 6, day: 2 }, now)).toBe(false);
    expect(isPlausibleArticleDate({ year: 1989, month: 12, day: 31 }, now)).toBe(false);
    expect(isPlausibleArticleDate({ year: 2024, month: 5, day: 31 }, now)).toBe(true);
  });

  it('gives times on Vietnamese pages the UTC+07:00 offset, and nothing to other pages', () => {
    const parts = { year: 2024, month: 1, day: 26, time: { hour: 10, minute: 21, second: 48 } };
    expect(toIsoString(withImpliedZone(parts, 'vi'))).toBe('2024-01-26T10:21:48+07:00');
    expect(toIsoString(withImpliedZone(parts, 'vi-VN'))).toBe('2024-01-26T10:21:48+07:00');
    expect(toIsoString(withImpliedZone(parts, 'fr'))).toBe('2024-01-26T10:21:48');
    expect(toIsoString(withImpliedZone({ year: 2024, month: 1, day: 26 }, 'vi'))).toBe('2024-01-26');
  });
});
