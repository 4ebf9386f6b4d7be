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

  // Korean portals close a date with a dot, or space it ("2023. 11. 16."), and put the half-day word first;
  // Russian, Ukrainian and Polish write the year's word after its number before the time.
  it.each([
    ['입력 2023.11.16. 오전 10:21', '2023-11-16T10:21:00'],
    ['2023. 11. 16. 오후 2:05', '2023-11-16T14:05:00'],
    ['2023. 11. 16.', '2023-11-16'],
    ['16 ноября 2023 г., 10:21', '2023-11-16T10:21:00'],
    ['16 ноября 2023 года в 10:21', '2023-11-16T10:21:00'],
    ['16 листопада 2023 року о 10:21', '2023-11-16T10:21:00'],
    ['16 listopada 2023 r., godz. 10:21', '2023-11-16T10:21:00'],
    ['5 maja 2023 roku', '2023-05-05'],
    ['16.11.2023 o 10:21', '2023-11-16T10:21:00'],
    ['3 maj 2023 kl. 10:21', '2023-05-03T10:21:00'],
    ['16. marts 2023', '2023-03-16'],
    ['3. desember 2023', '2023-12-03'],
    ['16 augusti 2023', '2023-08-16'],
    ['16 ноя 2023, 10:21', '2023-11-16T10:21:00'],
    ['Perşembe, 16 Kasım 2023 10:21', '2023-11-16T10:21:00'],
    ['16 novembre 2023 ore 10:21', '2023-11-16T10:21:00'],
    ['16.nov.2023 às 10h21', '2023-11-16T10:21:00'],
    ['Thu 16 Nov 2023 10.21 GMT', '2023-11-16T10:21:00Z'],
    ['3 maj 2023 kl. 10.21', '2023-05-03T10:21:00'],
    ['16.11.2023 12.30 Uhr', '2023-11-16T12:30:00'],
  ])('%s → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads no date from numbers a sentence ends and opens with, nor a year word as a clock', () => {
    expect(iso('в 2023 году. 11. 16. компаний')).toBeNull();
    expect(iso('16 ноября 2023 годом 10 человек')).toBe('2023-11-16');
    // A dot parts hour and minutes only before a zone or a clock word, or after a connector.
    expect(iso('16 Nov 2023 10.21')).toBe('2023-11-16');
    expect(iso('16 Nov 2023 10.5 GMT')).toBe('2023-11-16');
  });

  // The datelines of Vietnamese dailies and portals (tests/fixtures/pages/vi-*).
  it.each([
    ['Thứ năm, 16/2/2017, 14:35 (GMT+7)', '2017-02-16T14:35:00+07:00'],
    ['Thứ hai, 1/4/2019, 9:05 (GMT+7)', '2019-04-01T09:05:00+07:00'],
    ['Thứ Bảy, 19/11/2016 06:10', '2016-11-19T06:10:00'],
    ['16/02/2017 - 14:35', '2017-02-16T14:35:00'],
    ['14-09-2017 - 09:48', '2017-09-14T09:48:00'],
    ['Thứ Bảy, 03-03-2018, 12:45', '2018-03-03T12:45:00'],
    ['Cập nhật: 07/11/2019 15:30', '2019-11-07T15:30:00'],
    ['Cập nhật: 07:25, 09/06/2019', '2019-06-09T07:25:00'],
    ['Cập nhật lúc: 01/01/2018 - 20:45', '2018-01-01T20:45:00'],
    ['Đăng lúc: 11/03/2019 21:32', '2019-03-11T21:32:00'],
    ['Đăng lúc: 15/01/2019 3:20 CH', '2019-01-15T15:20:00'],
    ['20/9/2018 9:15 SA', '2018-09-20T09:15:00'],
    ['14:35 ngày 16/2/2017', '2017-02-16T14:35:00'],
    ['10:19 ngày 2/2/2018', '2018-02-02T10:19:00'],
    ['Thứ Năm, 16:35, 02/08/2018', '2018-08-02T16:35:00'],
    ['24/03/2018 | 08:15', '2018-03-24T08:15:00'],
    ['Thứ Năm, 21/06/2018 | 08:15', '2018-06-21T08:15:00'],
    ['25/05/2018  06:10 GMT+7', '2018-05-25T06:10:00+07:00'],
    ['Thứ Tư, 28/11/2018 8:35 (GMT+7)', '2018-11-28T08:35:00+07:00'],
    ['15 giờ 20 ngày 15 tháng 1 năm 2019', '2019-01-15T15:20:00'],
    ['lúc 3:20 chiều ngày 15/1/2019', '2019-01-15T15:20:00'],
    ['16 giờ 45 phút, ngày 04/12/2023', '2023-12-04T16:45:00'],
    ['Lúc 16 giờ 5 phút ngày 4/12/2023', '2023-12-04T16:05:00'],
    ['16:45 Thứ hai, 4/12/2023', '2023-12-04T16:45:00'],
    ['Thứ Hai, 04/12/2023, 06:00 [GMT+7]', '2023-12-04T06:00:00+07:00'],
    // Months by name, as WordPress's Vietnamese and date pickers write them.
    ['Tháng Mười Hai 4, 2023', '2023-12-04'],
    ['4 Tháng Mười Hai, 2023', '2023-12-04'],
    ['Tháng Năm 4, 2023 lúc 9:05 sáng', '2023-05-04T09:05:00'],
    // WordPress's "F j, Y" where the month is written "Tháng 12".
    ['Tháng 12 4, 2023', '2023-12-04'],
    // A whole hour, with the half-day word that makes it a clock time.
    ['Lúc 8 giờ sáng 4/12/2023', '2023-12-04T08:00:00'],
    ['Lúc 8 giờ tối, ngày 4/12/2023', '2023-12-04T20:00:00'],
    ['4/12/2023 lúc 8 giờ sáng', '2023-12-04T08:00:00'],
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

  it('reads no date in a year so far ("the nine months of 2023"), nor an hour without its minutes', () => {
    expect(iso('Trong 9 tháng năm 2023, doanh thu tăng 12%')).toBeNull();
    expect(iso('4/12/2023 lúc 16 giờ')).toBe('2023-12-04');
    expect(iso('trong 8 giờ 4/12/2023')).toBe('2023-12-04');
    expect(iso('tháng 12 4 người, 2023')).toBeNull();
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
    // ctime and Java's Date.toString(): a zone abbreviation other than UTC names no one offset (CST is China's and Chicago's).
    ['Mon Aug 03 12:45:00 EDT 2015', '2015-08-03T12:45:00'],
    ['Thu Mar 09 21:21:00 UTC 2017', '2017-03-09T21:21:00Z'],
    ['Mon Aug  3 12:45:00 2015', '2015-08-03T12:45:00'],
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

  it('gives times on Vietnamese pages the UTC+07:00 offset, on French ones Paris time, and nothing to pages of languages that span zones', () => {
    const parts = { year: 2024, month: 1, day: 26, time: { hour: 10, minute: 21, second: 48 } };
    expect(toIsoString(withImpliedZone(parts, 'vi'))).toBe('2024-01-26T10:21:48+07:00');
    expect(toIsoString(withImpliedZone(parts, 'vi-VN'))).toBe('2024-01-26T10:21:48+07:00');
    expect(toIsoString(withImpliedZone(parts, 'fr'))).toBe('2024-01-26T10:21:48+01:00');
    expect(toIsoString(withImpliedZone(parts, 'fr', null))).toBe('2024-01-26T10:21:48');
    expect(toIsoString(withImpliedZone(parts, 'en'))).toBe('2024-01-26T10:21:48');
    expect(toIsoString(withImpliedZone({ year: 2024, month: 1, day: 26 }, 'vi'))).toBe('2024-01-26');
  });
});
