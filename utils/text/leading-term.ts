/**
 * Whether a text opens with one of a list's terms as whole words, case folded: "Công an tỉnh"
 * opens with "công an", "Công ty ABC" with "công ty", but "Công cho biết" and "Thành Nam"
 * open with neither. Terms of several words are how lists name what one word would
 * confuse with a given name ("Thành ủy", not "Thành").
 */
export function opensWithTerm(text: string, terms: readonly string[]): boolean {
  const words = leadingWords(text, longestTerm(terms));
  return terms.some((term) => {
    const termWords = term.toLocaleLowerCase().split(' ');
    return termWords.every((word, i) => words[i] === word);
  });
}

const longest = new WeakMap<readonly string[], number>();

function longestTerm(terms: readonly string[]): number {
  let n = longest.get(terms);
  if (n === undefined) {
    n = Math.max(1, ...terms.map((term) => term.split(' ').length));
    longest.set(terms, n);
  }
  return n;
}

/** The first `count` words, folded; read word by word, so a long text costs no more than its start. */
function leadingWords(text: string, count: number): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/\S+/gu)) {
    words.push(withoutClosingPunctuation(match[0].normalize('NFC').toLocaleLowerCase()));
    if (words.length >= count) break;
  }
  return words;
}

const CLOSING_PUNCTUATION = new Set([',', ';', ':', '!', '?', ')', ']', '”', '"', '»']);

/**
 * "Công an," and "Công ty)" end on punctuation; the dot stays, since it is part of "TP.". A loop:
 * a pattern ending in `[…]+$` retries from every mark of a long run of them.
 */
function withoutClosingPunctuation(word: string): string {
  let end = word.length;
  while (end > 0 && CLOSING_PUNCTUATION.has(word.charAt(end - 1))) end--;
  return word.slice(0, end);
}
