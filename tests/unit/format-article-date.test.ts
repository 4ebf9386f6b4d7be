import { describe, expect, it } from 'vitest';
import { formatArticleDate } from '@/components/format-article-date';

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
});
