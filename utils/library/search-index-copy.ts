import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DB_VERSION } from './migrations';
import { MemoryIndex, type IndexParts } from './memory-index';
import { TermTable, type TermTableParts } from './term-table';

/**
 * Bumped whenever what the copy holds or how the index reads it changes: an older copy is then
 * ignored. 2: the change-log position, and record numbers and run lengths in 16 bits where they
 * fit; 3: the term table's slots placed by a new hash (term-table.ts, mix); 4: the strong tokens'
 * rows (ranking) and each record's date (the date filter).
 */
const COPY_FORMAT = 4;
/**
 * The last database version whose migration rewrote the stored search tokens (5 dropped the
 * word beginnings). A copy saved at that version or later holds the same tokens the records do,
 * so an upgrade that leaves tokens alone (6: the change log; 7: the People index) keeps it, and
 * the first search after the upgrade is answered from memory like any other. A migration that
 * changes tokens raises this to its version.
 */
const TOKENS_CHANGED_AT_VERSION = 5;
const COPY_KEY = 'index';
/** Beside the copy, its record count alone: read before the copy, to choose when to read it. */
const SIZE_KEY = 'size';

interface StoredCopy extends Omit<IndexParts, 'terms' | 'offsets' | 'postings' | 'strongOffsets' | 'strongPostings'> {
  format: number;
  /** The library's DB_VERSION when the copy was made: a migration may change every record's tokens (TOKENS_CHANGED_AT_VERSION). */
  libraryVersion: number;
  /** The library's change-log position the index holds (change-log.ts). */
  position: number;
  terms: TermTableParts;
  /**
   * Records per term, and the records of every term one after another. Below 65,536 records
   * both fit 16 bits: half the bytes to read at open (22 MB → 13 MB at 10,000 outlines, most
   * of them CJK bigrams), widened to 32 bits in a few milliseconds.
   */
  counts: Uint16Array | Int32Array;
  postings: Uint16Array | Int32Array;
  /** The same for the strong tokens alone. */
  strongCounts: Uint16Array | Int32Array;
  strongPostings: Uint16Array | Int32Array;
}

/** A saved index and the change-log position it holds. */
export interface IndexCopy {
  index: MemoryIndex;
  position: number;
}

interface CopySchema extends DBSchema {
  copies: { key: string; value: StoredCopy | { records: number } };
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

function isNumbers(value: unknown): value is Uint16Array | Int32Array {
  return value instanceof Uint16Array || value instanceof Int32Array;
}

function isStoredCopy(value: unknown): value is StoredCopy {
  if (typeof value !== 'object' || value === null) return false;
  const copy = value as Partial<StoredCopy>;
  return (
    copy.format === COPY_FORMAT &&
    typeof copy.libraryVersion === 'number' &&
    copy.libraryVersion >= TOKENS_CHANGED_AT_VERSION &&
    copy.libraryVersion <= DB_VERSION &&
    typeof copy.position === 'number' &&
    Array.isArray(copy.ids) &&
    copy.savedAt instanceof Float64Array &&
    copy.updatedAt instanceof Float64Array &&
    copy.dates instanceof Float64Array &&
    isNumbers(copy.counts) &&
    isNumbers(copy.postings) &&
    isNumbers(copy.strongCounts) &&
    isNumbers(copy.strongPostings) &&
    copy.strongCounts.length === copy.counts.length &&
    Array.isArray(copy.words) &&
    copy.savedAt.length === copy.ids.length &&
    copy.updatedAt.length === copy.ids.length &&
    copy.dates.length === copy.ids.length &&
    typeof copy.terms === 'object' &&
    copy.terms !== null &&
    copy.terms.keys instanceof Int32Array &&
    copy.terms.values instanceof Int32Array &&
    copy.terms.longTerms instanceof Int32Array &&
    Array.isArray(copy.terms.long)
  );
}

/** Run lengths back to where each run starts: offsets[term] to offsets[term + 1]. */
function offsetsOf(counts: Uint16Array | Int32Array): Int32Array {
  const offsets = new Int32Array(counts.length + 1);
  let at = 0;
  for (let term = 0; term < counts.length; term++) offsets[term + 1] = at += counts[term] ?? 0;
  return offsets;
}

function widened(values: Uint16Array | Int32Array): Int32Array {
  if (values instanceof Int32Array) return values;
  const wide = new Int32Array(values.length);
  wide.set(values);
  return wide;
}

/**
 * The saved index, or null when there is none this release can read. `before(records)` runs
 * once the copy's record count is known and before the copy itself is read: the caller may
 * wait there (a large copy is not read beside the first list).
 */
export async function loadIndexCopy(libraryName: string, before: (records: number) => Promise<void> = () => Promise.resolve()): Promise<IndexCopy | null> {
  const db = await openCopies(libraryName);
  try {
    const size: unknown = await db.get('copies', SIZE_KEY);
    const records = typeof size === 'object' && size !== null && 'records' in size && typeof size.records === 'number' ? size.records : 0;
    await before(records);
    const copy: unknown = await db.get('copies', COPY_KEY);
    if (!isStoredCopy(copy)) return null;
    const { counts, postings, strongCounts, strongPostings, terms, position, ...parts } = copy;
    const offsets = offsetsOf(counts);
    const strongOffsets = offsetsOf(strongCounts);
    if (offsets[counts.length] !== postings.length || strongOffsets[strongCounts.length] !== strongPostings.length) return null;
    const index = new MemoryIndex({ ...parts, offsets, postings: widened(postings), strongOffsets, strongPostings: widened(strongPostings), terms: TermTable.fromParts(terms) });
    return { index, position };
  } finally {
    db.close();
  }
}

/** Replaces the saved index with `index`, which holds the library up to change-log position `position`. */
/** Rows as run lengths and records, in 16 bits below 65,536 records. */
function storedRows(offsets: Int32Array, postings: Int32Array, narrow: boolean): { counts: Uint16Array | Int32Array; postings: Uint16Array | Int32Array } {
  const counts = narrow ? new Uint16Array(offsets.length - 1) : new Int32Array(offsets.length - 1);
  for (let term = 0; term < counts.length; term++) counts[term] = (offsets[term + 1] ?? 0) - (offsets[term] ?? 0);
  // Narrowed, or copied: a patched index's postings are a view on a larger buffer, which a clone would store whole.
  return { counts, postings: narrow ? Uint16Array.from(postings) : postings.slice() };
}

export async function saveIndexCopy(libraryName: string, index: MemoryIndex, position: number): Promise<void> {
  const { terms, offsets, postings, strongOffsets, strongPostings, ...parts } = index.parts;
  const narrow = parts.ids.length < 0x10000;
  const all = storedRows(offsets, postings, narrow);
  const strong = storedRows(strongOffsets, strongPostings, narrow);
  const copy: StoredCopy = {
    format: COPY_FORMAT,
    libraryVersion: DB_VERSION,
    position,
    ...parts,
    ...all,
    strongCounts: strong.counts,
    strongPostings: strong.postings,
    words: [...parts.words],
    ids: [...parts.ids],
    terms: terms.toParts(),
  };
  const db = await openCopies(libraryName);
  try {
    const tx = db.transaction('copies', 'readwrite');
    await Promise.all([tx.store.put(copy, COPY_KEY), tx.store.put({ records: copy.ids.length }, SIZE_KEY), tx.done]);
  } finally {
    db.close();
  }
}
