import { foldWord } from '../text/tokens';

/** A word that starts with a lower-case letter, whole: not the tail of "McDonald" or "iPhone"'s head alone. */
const LOWER_WORD = /(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}]*/gu;

/**
 * The words an article writes in lower case somewhere, folded: such a word written with a capital
 * is a common word opening a sentence ("Politicians …", "Ask …"), not part of a name. Empty for
 * scripts without case.
 */
export function wordsWrittenLower(texts: readonly string[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const text of texts) for (const [word] of text.matchAll(LOWER_WORD)) words.add(foldWord(word));
  return words;
}
