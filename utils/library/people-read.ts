import { CONTENTS, LIST_ENTRIES, type LibraryDatabase } from './db';
import type { LibraryEntry, OutlineContent } from './schema';
import type { PeopleSource, QuotedArticle } from './people';

/**
 * Contents read per request. A content holds the article's text and HTML too (the store
 * keeps them together, db-schema.ts), so a batch is tens of kilobytes per record.
 */
const BATCH = 200;
/**
 * Requests asked for at once: the database reads the next batches while the page takes in
 * the last one, and no more than these few batches' texts are held at a time.
 */
const IN_FLIGHT = 4;

function quotedArticle({ id, url, title, byline, published, siteName, lang, savedAt }: LibraryEntry): QuotedArticle {
  return { id, url, title, byline, published, siteName, lang, savedAt };
}

/** Consecutive key ranges of BATCH keys each, over the sorted keys of the store. */
function batchRanges(keys: readonly string[]): IDBKeyRange[] {
  const ranges: IDBKeyRange[] = [];
  for (let start = 0; start < keys.length; start += BATCH) {
    const first = keys[start];
    const last = keys[Math.min(keys.length, start + BATCH) - 1];
    if (first !== undefined && last !== undefined) ranges.push(IDBKeyRange.bound(first, last));
  }
  return ranges;
}

function keepQuotes(contents: readonly OutlineContent[], articles: ReadonlyMap<string, QuotedArticle>, into: PeopleSource[]): void {
  for (const content of contents) {
    const article = articles.get(content.id);
    const quotes = Array.isArray(content.outline?.quotes) ? content.outline.quotes : [];
    if (article && quotes.length > 0) into.push({ article, quotes });
  }
}

/**
 * Every saved article with its outline's quotes, for the People view: the list's entries and
 * the contents' keys in one read, then the contents a few batches at a time, of which only
 * the quotes are kept. Nothing is written and no stored shape changes.
 */
export async function readPeopleSources(db: LibraryDatabase, signal?: AbortSignal): Promise<PeopleSource[] | null> {
  const first = db.transaction([LIST_ENTRIES, CONTENTS], 'readonly');
  const [entries, keys] = await Promise.all([first.objectStore(LIST_ENTRIES).getAll(), first.objectStore(CONTENTS).getAllKeys()]);
  const articles = new Map(entries.map((entry) => [entry.id, quotedArticle(entry)]));
  const ranges = batchRanges(keys);
  const sources: PeopleSource[] = [];
  for (let start = 0; start < ranges.length; start += IN_FLIGHT) {
    if (signal?.aborted) return null;
    const store = db.transaction(CONTENTS, 'readonly').store;
    const batches = await Promise.all(ranges.slice(start, start + IN_FLIGHT).map((range) => store.getAll(range)));
    for (const batch of batches) keepQuotes(batch, articles, sources);
  }
  return signal?.aborted ? null : sources;
}
