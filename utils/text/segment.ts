import { wordTokens } from './tokens';

/**
 * Words for counting and indexing, in any language: Chinese, Japanese and Thai go through
 * Intl.Segmenter's dictionary, Vietnamese gives syllables (its words), and spaced scripts
 * are cut by a Unicode letter pattern, which is what the segmenter does for them at a
 * fraction of the cost (see tokens.ts).
 */
export function words(text: string, lang: string | null): string[] {
  return wordTokens(text, lang);
}

export function countWords(text: string, lang: string | null): number {
  return wordTokens(text, lang).length;
}

/** Collapses runs of white space (including NBSP) into one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
