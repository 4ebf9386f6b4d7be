/**
 * Sentence ends inside the short windows around a quote. A dot after a one- to three-letter
 * capitalised word ("M. Poutine", "Sen. Warren", "TP. Quy Nhơn", "Dr. Lee") is an abbreviation,
 * not an end: "M" must never become a speaker.
 */
const END = /[.!?。！？](?:\s|$)/gu;
const ABBREVIATION_BEFORE = /(?:^|[\s(.])\p{Lu}[\p{L}]{0,2}$/u;
/** Scripts whose sentences end without a space after the mark. */
const FULL_WIDTH_END = /[。！？]/u;

function isEnd(text: string, at: number): boolean {
  const mark = text[at] ?? '';
  if (FULL_WIDTH_END.test(mark) || mark !== '.') return true;
  return !ABBREVIATION_BEFORE.test(text.slice(Math.max(0, at - 4), at));
}

/** The text after the last sentence end: the clause just before a quote. */
export function lastClause(text: string): string {
  let cut = 0;
  for (const match of text.matchAll(END)) if (isEnd(text, match.index)) cut = match.index + match[0].length;
  for (const match of text.matchAll(/[。！？]/gu)) if (match.index + 1 > cut) cut = match.index + 1;
  return text.slice(cut);
}

/** The text before the first sentence end, and where the next sentence starts. */
export function firstClause(text: string): { clause: string; next: number } {
  for (const match of text.matchAll(/[.!?。！？](?:\s|$)|[。！？]/gu)) {
    if (isEnd(text, match.index)) return { clause: text.slice(0, match.index), next: match.index + match[0].length };
  }
  return { clause: text, next: text.length };
}
