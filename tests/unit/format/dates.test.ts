import { describe, expect, it } from 'vitest';
import { formatArticleDate } from '@/utils/format/dates';
import { formatSavedAt } from '@/utils/format/saved-at';

describe('the date in the article header', () => {
  it('keeps the time the page states, whatever the reader\'s zone', () => {
    expect(formatArticleDate('2024-01-26T10:21:48+07:00', 'en-US')).toBe('January 26, 2024 at 10:21 AM');
  });

  it('speaks the reader\'s language', () => {
    expect(formatArticleDate('2024-01-26T10:21:48+07:00', 'vi')).toContain('2024');
    expect(formatArticleDate('2024-01-26T10:21:48+07:00', 'vi')).toContain('10:21');
  });

  it('shows a date without a time as a date only', () => {
    expect(formatArticleDate('2024-01-26', 'en-GB')).toBe('26 January 2024');
  });

  it('shows what it cannot read as it came', () => {
    expect(formatArticleDate('yesterday', 'en')).toBe('yesterday');
  });

  it("shows the page's day in the library's short form too, in every zone (no January 25 west of UTC)", () => {
    expect(formatArticleDate('2024-01-26', 'en-US', 'short')).toBe('Jan 26, 2024');
    expect(formatArticleDate('2024-01-26T23:30:00-05:00', 'en-US', 'short')).toBe('Jan 26, 2024');
    expect(formatArticleDate('2024-01-26T00:10:00+07:00', 'en-US', 'short')).toBe('Jan 26, 2024');
  });

  it('shows the day a reader saved an article in their own zone', () => {
    const savedAt = new Date(2024, 0, 26, 0, 5).getTime();
    expect(formatSavedAt(savedAt, 'en-US')).toBe('Jan 26, 2024');
  });
});
