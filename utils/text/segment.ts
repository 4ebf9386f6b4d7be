import { wordTokens } from './tokens';

/**
 * Words for indexing, in any language: Chinese, Japanese and Thai go through
 * Intl.Segmenter's dictionary, Vietnamese gives syllables (its words), and spaced scripts
 * are cut by a Unicode letter pattern, which is what the segmenter does for them at a
 * fraction of the cost (see tokens.ts). Counting words for reading time does not use them:
 * ICU's dictionaries differ between browsers (see word-count.ts).
 */
export function words(text: string, lang: string | null): string[] {
  return wordTokens(text, lang);
}

export { normalizeSpace } from './space';
