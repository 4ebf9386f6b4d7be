import { CONTENTS, LIST_ENTRIES, type LibraryDatabase } from './db';
import type { LibraryEntry } from './schema';
import type { PeopleSource, QuotedArticle } from './people';

/**
 * Contents read per request. A content holds the article's text and HTML too (the store
 * keeps them together, db-schema.ts), so a batch is tens of kilobytes per record: a hundred
 * keep each request short and let the page paint between them.
 */
const BATCH = 100;

function quotedArticle({ id, url, title, byline, published, siteName, lang, savedAt }: LibraryEntry): QuotedArticle {
  return { id, url, title, byline, published, siteName, lang, savedAt };
}

/**
 * Every saved article with its outline's quotes, for the People view: the list's entries in
 * one read, then the contents in batches, of which only the quotes are kept. Nothing is
 * written and no stored shape changes.
 */
export async function readPeopleSources(db: LibraryDatabase, signal?: AbortSignal): Promise<PeopleSource[] | null> {
  const entries = await db.transaction(LIST_ENTRIES, 'readonly').store.getAll();
  const articles = new Map(entries.map((entry) => [entry.id, quotedArticle(entry)]));
  const sources: PeopleSource[] = [];
  let after: string | null = null;
  for (;;) {
    if (signal?.aborted) return null;
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const batch = await db.transaction(CONTENTS, 'readonly').store.getAll(range, BATCH);
    for (const content of batch) {
      const article = articles.get(content.id);
      const quotes = Array.isArray(content.outline?.quotes) ? content.outline.quotes : [];
      if (article && quotes.length > 0) sources.push({ article, quotes });
    }
    const last = batch.at(-1);
    if (!last || batch.length < BATCH) return sources;
    after = last.id;
  }
}
