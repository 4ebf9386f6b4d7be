import { foldWord, spacedWords } from '../text/tokens';

/** A word whose first letter is lower case: "backup", "iPhone"; not "McDonald". */
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * The words an article writes in lower case somewhere, folded: such a word written with a capital
 * is a common word opening a sentence ("Politicians …", "Ask …"), not part of a name. Empty for
 * scripts without case, whose runs are never segmented here.
 */
export function wordsWrittenLower(texts: readonly string[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of spacedWords(text)) if (LOWER_FIRST.test(word)) words.add(foldWord(word));
  return words;
}
