import { describe, expect, it } from 'vitest';
import { isCalendarRun } from '@/utils/article/dates/calendar-words';

describe('isCalendarRun', () => {
  it('takes days and months, in full or abbreviated, in any language', () => {
    expect(isCalendarRun(['Fri', 'Dec'])).toBe(true);
    expect(isCalendarRun(['Thurs.', 'Jan.'])).toBe(true);
    expect(isCalendarRun(['Tuesday'])).toBe(true);
    expect(isCalendarRun(['Thứ', 'Năm'])).toBe(true);
    expect(isCalendarRun(['Lundi', 'Janvier'])).toBe(true);
  });

  it('leaves a run with a name in it', () => {
    expect(isCalendarRun(['Sun', 'Yang'])).toBe(false);
    expect(isCalendarRun(['April', 'Ryan'])).toBe(false);
    expect(isCalendarRun(['Thứ', 'Trưởng'])).toBe(false);
    expect(isCalendarRun([])).toBe(false);
  });
});
