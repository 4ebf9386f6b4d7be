import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupTimeline, placeEntries, type TimelineEntry } from '@/utils/library/timeline';

// A save's month is the reader's own: these run in New York's zone whatever the machine's
// (Node reads TZ again when it is set).
const machineZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

function entry(id: string, fields: Partial<TimelineEntry> = {}): TimelineEntry {
  return { id, url: `https://news.example/${id}`, title: `Article ${id}`, published: null, savedAt: Date.UTC(2025, 2, 10, 12), siteName: 'Example News', tags: [], lang: 'en', dir: 'ltr', ...fields };
}

const months = (entries: TimelineEntry[]) =>
  groupTimeline(placeEntries(entries), 'month', 'en')[0]?.months.map((month) => [month.key, month.entries.map((item) => item.entry.id)]);

describe('the timeline by month', () => {
  it('orders months newest first across years, and articles within a month newest first', () => {
    const entries = [
      entry('dec-2024', { published: '2024-12-31T23:00:00+07:00' }),
      entry('jan-2025-late', { published: '2025-01-20' }),
      entry('jan-2025-early', { published: '2025-01-02T08:15:00Z' }),
      entry('may-2023', { published: '2023-05-05' }),
    ];
    expect(months(entries)).toEqual([
      ['2025-01', ['jan-2025-late', 'jan-2025-early']],
      ['2024-12', ['dec-2024']],
      ['2023-05', ['may-2023']],
    ]);
  });

  it("keeps a publish date in the page's own month, whatever its offset from UTC", () => {
    // 02:00 on 1 January in Hanoi is 19:00 on 31 December in UTC; 22:00 on 31 December in New York is 1 January in UTC.
    const placed = placeEntries([entry('hanoi-new-year', { published: '2025-01-01T02:00:00+07:00' }), entry('nyc-eve', { published: '2024-12-31T22:00:00-05:00' })]);
    expect(placed.map((item) => [item.entry.id, item.month, item.source])).toEqual([
      ['hanoi-new-year', '2025-01', 'published'],
      ['nyc-eve', '2024-12', 'published'],
    ]);
  });

  it('places an article without a publish date at the day it was saved, and says so', () => {
    // 1 February 03:00 UTC is still 31 January in New York: the month the reader saved it in.
    const placed = placeEntries([entry('no-date', { savedAt: Date.UTC(2025, 1, 1, 3) }), entry('dated', { published: '2025-01-31T12:00:00Z' })]);
    // Saved at 22:00 on 31 January, the reader's time: after the other's noon.
    expect(placed.map((item) => [item.entry.id, item.month, item.source])).toEqual([
      ['no-date', '2025-01', 'saved'],
      ['dated', '2025-01', 'published'],
    ]);
  });

  it('falls back to the save date for a publish date that is no date or names no month', () => {
    const placed = placeEntries([entry('words', { published: 'yesterday' }), entry('year', { published: '2024' }), entry('month-13', { published: '2024-13-01' })]);
    expect(placed.map((item) => item.source)).toEqual(['saved', 'saved', 'saved']);
    expect(new Set(placed.map((item) => item.month))).toEqual(new Set(['2025-03']));
  });

  it('lists an article with no readable date at all last, under no month', () => {
    expect(months([entry('broken', { savedAt: Number.NaN }), entry('dated', { published: '2020-02-02' })])).toEqual([
      ['2020-02', ['dated']],
      ['', ['broken']],
    ]);
  });

  it('orders articles of the same moment by id, so the order never depends on the order read', () => {
    const same = { published: '2025-04-01' };
    const forward = months([entry('b', same), entry('a', same), entry('c', same)]);
    const backward = months([entry('c', same), entry('a', same), entry('b', same)]);
    expect(forward).toEqual([['2025-04', ['a', 'b', 'c']]]);
    expect(backward).toEqual(forward);
  });
});

describe('the timeline grouped by tag or site', () => {
  const entries = [
    entry('budget', { published: '2025-03-02', tags: ['Hà Nội', 'ngân sách'] }),
    entry('bridge', { published: '2024-11-20', tags: ['Hà Nội'] }),
    entry('untagged', { published: '2025-01-05', siteName: null }),
    entry('election', { published: '2025-02-14', tags: ['bầu cử'], siteName: 'Tuổi Trẻ' }),
  ];

  it('puts an article under each of its tags, groups in alphabetical order, the untagged last', () => {
    const groups = groupTimeline(placeEntries(entries), 'tag', 'vi');
    expect(groups.map((group) => [group.name, group.count, group.months.map((month) => [month.key, month.entries.map((item) => item.entry.id)])])).toEqual([
      ['bầu cử', 1, [['2025-02', ['election']]]],
      ['Hà Nội', 2, [['2025-03', ['budget']], ['2024-11', ['bridge']]]],
      ['ngân sách', 1, [['2025-03', ['budget']]]],
      [null, 1, [['2025-01', ['untagged']]]],
    ]);
  });

  it('groups by site, articles with no site name last', () => {
    const groups = groupTimeline(placeEntries(entries), 'site', 'en');
    expect(groups.map((group) => [group.name, group.months.flatMap((month) => month.entries.map((item) => item.entry.id))])).toEqual([
      ['Example News', ['budget', 'bridge']],
      ['Tuổi Trẻ', ['election']],
      [null, ['untagged']],
    ]);
  });

  it('treats an empty site name as none', () => {
    expect(groupTimeline(placeEntries([entry('x', { siteName: '' })]), 'site', 'en').map((group) => group.name)).toEqual([null]);
  });
});
