import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DB_VERSION } from './migrations';
import { MemoryIndex, type IndexParts } from './memory-index';
import { TermTable, type TermTableParts } from './term-table';

/** Bumped whenever what the copy holds or how the index reads it changes: an older copy is then ignored. */
const COPY_FORMAT = 1;
const COPY_KEY = 'index';

interface StoredCopy extends Omit<IndexParts, 'terms'> {
  format: number;
  /** The library's DB_VERSION when the copy was made: a migration may change every record's tokens. */
  libraryVersion: number;
  terms: TermTableParts;
}

interface CopySchema extends DBSchema {
  copies: { key: string; value: StoredCopy };
}

/**
 * The in-memory search index saved whole, next to the library: a database of its own
 * (`<library>-search-index`), so the library's schema and migrations never carry it and
 * deleting it loses nothing. Loading it at open is one read of typed arrays, where a build
 * reads every record for seconds: the first search after opening is answered from memory.
 * It may be older than the library (saved before the last writes); the keeper checks it
 * against the list's entries and patches what changed (search-index-keeper.ts).
 */
function openCopies(libraryName: string): Promise<IDBPDatabase<CopySchema>> {
  return openDB<CopySchema>(`${libraryName}-search-index`, 1, {
    upgrade: (db) => {
      db.createObjectStore('copies');
    },
  });
}

function isStoredCopy(value: unknown): value is StoredCopy {
  if (typeof value !== 'object' || value === null) return false;
  const copy = value as Partial<StoredCopy>;
  return (
    copy.format === COPY_FORMAT &&
    copy.libraryVersion === DB_VERSION &&
    Array.isArray(copy.ids) &&
    copy.savedAt instanceof Float64Array &&
    copy.updatedAt instanceof Float64Array &&
    copy.offsets instanceof Int32Array &&
    copy.postings instanceof Int32Array &&
    Array.isArray(copy.words) &&
    copy.savedAt.length === copy.ids.length &&
    copy.updatedAt.length === copy.ids.length &&
    typeof copy.terms === 'object' &&
    copy.terms !== null &&
    copy.terms.keys instanceof Int32Array &&
    copy.terms.values instanceof Int32Array &&
    copy.terms.longTerms instanceof Int32Array &&
    Array.isArray(copy.terms.long)
  );
}

/** The saved index, or null when there is none this release can read. */
export async function loadIndexCopy(libraryName: string): Promise<MemoryIndex | null> {
  const db = await openCopies(libraryName);
  try {
    const copy: unknown = await db.get('copies', COPY_KEY);
    if (!isStoredCopy(copy)) return null;
    return new MemoryIndex({ ...copy, terms: TermTable.fromParts(copy.terms) });
  } finally {
    db.close();
  }
}

/** Replaces the saved index with `index`. */
export async function saveIndexCopy(libraryName: string, index: MemoryIndex): Promise<void> {
  const { terms, ...parts } = index.parts;
  // A patched index's postings are a view on a larger buffer, which a clone would store whole.
  const postings = parts.postings.byteLength === parts.postings.buffer.byteLength ? parts.postings : parts.postings.slice();
  const copy: StoredCopy = { format: COPY_FORMAT, libraryVersion: DB_VERSION, ...parts, postings, words: [...parts.words], ids: [...parts.ids], terms: terms.toParts() };
  const db = await openCopies(libraryName);
  try {
    await db.put('copies', copy, COPY_KEY);
  } finally {
    db.close();
  }
}
