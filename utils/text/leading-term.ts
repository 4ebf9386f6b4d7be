/**
 * Whether a text opens with one of a list's terms as whole words, case folded: "Công an tỉnh"
 * opens with "công an", "Công ty ABC" with "công ty", but "Công cho biết" and "Thành Nam"
 * open with neither. Terms of several words are how lists name what one word would
 * confuse with a given name ("Thành ủy", not "Thành").
 */
export function opensWithTerm(text: string, terms: readonly string[]): boolean {
  const index = termIndex(terms);
  const words = leadingWords(text, index.longest);
  const candidates = index.byFirstWord.get(words[0] ?? '');
  return candidates !== undefined && candidates.some((termWords) => termWords.every((word, i) => words[i] === word));
}

interface TermIndex {
  /** Folded terms as words, by their first word: a text is compared with the terms its first word opens, not with all. */
  byFirstWord: Map<string, string[][]>;
  longest: number;
}

/** Built once per list: opensWithTerm runs for every name run of every paragraph, with lists of hundreds of terms. */
const indexes = new WeakMap<readonly string[], TermIndex>();

function termIndex(terms: readonly string[]): TermIndex {
  let index = indexes.get(terms);
  if (!index) {
    index = { byFirstWord: new Map(), longest: 1 };
    for (const term of terms) {
      const words = term.toLocaleLowerCase().split(' ');
      const first = words[0] ?? '';
      index.byFirstWord.set(first, [...(index.byFirstWord.get(first) ?? []), words]);
      index.longest = Math.max(index.longest, words.length);
    }
    indexes.set(terms, index);
  }
  return index;
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
