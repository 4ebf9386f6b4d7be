import { LIMITS } from './schema';
import { foldForSearch } from './search-tokens';
import { clipText } from './fit-outline';

/** Two tags are one when they differ only in spacing, case or diacritics. */
function tagKey(tag: string): string {
  return foldForSearch(tag.replace(/\s+/gu, ' ').trim());
}

/**
 * Tags as the reader typed them, minus what would make two look like one: surrounding
 * space, runs of space, and duplicates that differ only in case or diacritics.
 */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = clipText(raw.replace(/\s+/gu, ' ').trim(), LIMITS.tagChars);
    const key = tagKey(tag);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length === LIMITS.tags) break;
  }
  return out;
}

/**
 * The reader's tags, then those of another copy of the same article that they lack, up to
 * the limit. The reader's own are kept exactly as they are, so merging the same copy twice
 * changes nothing the second time.
 */
export function unionTags(mine: readonly string[], theirs: readonly string[]): string[] {
  const seen = new Set(mine.map(tagKey));
  const out = [...mine];
  for (const tag of theirs) {
    if (out.length >= LIMITS.tags) break;
    const key = tagKey(tag);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
