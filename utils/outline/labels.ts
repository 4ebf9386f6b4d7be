import { allLanguages } from '../lang';

/** Openers that carry no topic (the packs' connectives): a part is labelled from what follows them. */
const CONNECTIVES = new RegExp(`^(?:${allLanguages('connectives').join('|')})\\s*,?\\s+`, 'iu');

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

/** The label of a part: its first sentence without a leading connective, up to an early clause break. */
export function partLabel(firstSentence: string, maxChars = 44): string {
  const body = firstSentence.replace(CONNECTIVES, '');
  const capitalised = body.charAt(0).toLocaleUpperCase() + body.slice(1);
  const comma = capitalised.search(/[,;:]/u);
  if (comma >= 12 && comma <= maxChars) return capitalised.slice(0, comma);
  return shortLabel(capitalised, maxChars);
}

export function startsWithConnective(text: string): boolean {
  return CONNECTIVES.test(text);
}
