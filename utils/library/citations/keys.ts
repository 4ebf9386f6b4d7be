import type { CitationName } from './authors';
import { stopWordsFor } from '../../text/stop-words';
import { termsOf } from '../../text/tokens';

/**
 * Citation keys a reader can type and that stay put: "nguyen2024hop" is the first author's
 * family name, the year and the first word of the title that says something, in ASCII
 * (classic BibTeX refuses other letters in keys). Keys that would clash in one export get a
 * short hash of the article's address, which is the same in every export, so a document
 * that cites "nguyen2024hop-k3f9" keeps pointing at the same article next time.
 */

export interface KeyParts {
  title: string;
  authors: readonly CitationName[];
  container: string | null;
  issued: readonly number[] | null;
  url: string;
  lang: string | null;
}

/** "Nguyễn" → "nguyen", "Đảng" → "dang", "Müller" → "muller"; letters outside ASCII after that are dropped. */
export function asciiFold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').toLowerCase().replace(/[^a-z0-9]+/gu, '');
}

function hostWord(url: string): string {
  try {
    const labels = new URL(url).hostname.replace(/^www\./u, '').split('.');
    return asciiFold(labels[0] ?? '');
  } catch {
    return '';
  }
}

function authorWord(authors: readonly CitationName[]): string {
  const first = authors[0];
  if (!first) return '';
  const name = 'literal' in first ? first.literal : first.family;
  for (const word of name.split(/\s+/u)) {
    const folded = asciiFold(word);
    if (folded) return folded;
  }
  return '';
}

function titleWord(title: string, lang: string | null): string {
  const stop = stopWordsFor(lang);
  for (const term of termsOf(title, lang)) {
    if (stop.has(term)) continue;
    const folded = asciiFold(term);
    if (folded.length > 1 && !/^\d+$/u.test(folded)) return folded;
  }
  return '';
}

/** The key before any clash is settled: author (or the site's address), year, title word. */
export function baseKey(parts: KeyParts): string {
  const who = authorWord(parts.authors) || asciiFold(parts.container ?? '') || hostWord(parts.url);
  const year = parts.issued?.[0];
  const key = `${who.slice(0, 24)}${year ?? ''}${titleWord(parts.title, parts.lang).slice(0, 24)}`;
  return /^[a-z]/u.test(key) ? key : `lede${key}`;
}

/** FNV-1a, 32 bits, in base 36: short and the same on every machine. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-4);
}

/** One key per item, in order, unique in the set. */
export function citationKeys(items: readonly (KeyParts & { id: string })[]): string[] {
  const bases = items.map(baseKey);
  const counts = new Map<string, number>();
  for (const base of bases) counts.set(base, (counts.get(base) ?? 0) + 1);
  const used = new Set<string>();
  return bases.map((base, i) => {
    const item = items[i];
    let key = (counts.get(base) ?? 0) > 1 && item ? `${base}-${shortHash(item.url)}` : base;
    // The same address twice (a record and its copy) still needs two keys.
    for (let n = 2; used.has(key); n++) key = `${base}-${shortHash(`${item?.id ?? ''}${n}`)}`;
    used.add(key);
    return key;
  });
}
