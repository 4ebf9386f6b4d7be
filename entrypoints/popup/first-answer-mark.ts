/**
 * A performance mark the popup sets once its first answer is on screen — the headline, or the
 * notice or error in its place. Its time is counted from the popup's own navigation start, so
 * the browser bench (scripts/bench-browser.ts) times both browsers alike, whatever way each
 * harness opens the popup and however often it looks.
 */
export const FIRST_ANSWER_MARK = 'lede:first-answer';
