/**
 * The popup's read cut into segments between its marks (READ_MARKS and FIRST_ANSWER_MARK): where
 * the time to the first answer and to the whole read goes. Each segment is taken within one open
 * (later mark minus earlier), never as a difference of medians, which need not come from the same
 * open.
 */
import { READ_MARKS } from '../../utils/read-marks';
import { FIRST_ANSWER_MARK } from '../../entrypoints/popup/first-answer-mark';

/** Segment name → [from mark, to mark], in the order the bench prints them. */
export const POPUP_SEGMENTS: Record<string, readonly [string, string]> = {
  'popup start → page asked': [READ_MARKS.popupStart, READ_MARKS.pageAsked],
  'asked → page start': [READ_MARKS.pageAsked, READ_MARKS.pageStart],
  'page script': [READ_MARKS.pageStart, READ_MARKS.pageEnd],
  'page end → part': [READ_MARKS.pageEnd, READ_MARKS.pagePart],
  'part → metadata': [READ_MARKS.pagePart, READ_MARKS.metadata],
  'metadata → article': [READ_MARKS.metadata, READ_MARKS.article],
  'article → title': [READ_MARKS.article, READ_MARKS.titleVisible],
  'title → first answer': [READ_MARKS.titleVisible, FIRST_ANSWER_MARK],
  'part → first answer': [READ_MARKS.pagePart, FIRST_ANSWER_MARK],
  'first answer → done': [FIRST_ANSWER_MARK, READ_MARKS.done],
  'part → done': [READ_MARKS.pagePart, READ_MARKS.done],
};

/** One open's segments: only those whose two marks were both set (a notice sets no title mark). */
export function segmentsOf(marks: Record<string, number>): Record<string, number> {
  const segments: Record<string, number> = {};
  for (const [name, [from, to]] of Object.entries(POPUP_SEGMENTS)) {
    const start = marks[from];
    const end = marks[to];
    if (start !== undefined && end !== undefined) segments[name] = end - start;
  }
  return segments;
}
