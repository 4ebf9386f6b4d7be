/**
 * The text without the characters at its end that `one` matches (a pattern for one character).
 * A loop, not `[…]+$`: that pattern is tried from every character of a long run of them, and
 * 20,000 of them froze a paragraph's reading for seconds.
 */
export function trimEndWhile(text: string, one: RegExp): string {
  let end = text.length;
  while (end > 0 && one.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
