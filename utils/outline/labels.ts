import { allLanguages } from '../lang';
import { FoldedPattern } from '../text/case-fold';

/** Openers that carry no topic (the packs' connectives): a paragraph that opens with one turns to a new part. */
const CONNECTIVES = new FoldedPattern(`^(?:${allLanguages('connectives').join('|')})\\s*,?\\s+`, 'u');

/**
 * A short label from the start of a text: up to `maxChars`, cut at a word boundary (or at
 * the first clause break when that comes early enough), with "…" when something was cut.
 */
export function shortLabel(text: string, maxChars = 44): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= maxChars) return clean.replace(/[,;:]$/u, '');
  // Scripts without spaces are cut by characters.
  const cut = clean.lastIndexOf(' ', maxChars);
  const end = cut > maxChars / 3 ? cut : maxChars;
  return `${clean.slice(0, end).replace(/(?<![\s,;:–—-])[\s,;:–—-]+$/u, '')}…`;
}

export function startsWithConnective(text: string): boolean {
  return CONNECTIVES.test(text);
}
