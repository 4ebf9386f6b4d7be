import type { LibraryEntry, SavedOutline } from './schema';
import { queryPhrases, queryTerms } from './search-tokens';
import type { IDBPTransaction } from 'idb';
import { LIST_ENTRIES, readTransaction, type LibraryDatabase, type LibrarySchema } from './db';
import { getRecord } from './records';
import { MatchCache } from './match-cache';
import type { FacetCounts, MemoryIndex } from './memory-index';
import { dateBounds, recordDate, type DateFilter } from './search-dates';
import { pageOfPhrases, refusedIds } from './search-phrases';
import { loadMemoryIndex } from './memory-index-load';

export interface LibraryQuery extends DateFilter {
  /**
   * What the reader typed; every word must match (AND), the last one as a prefix. A part in
   * double quotes ("…") must appear as written, its words one after another.
   */
  text?: string;
  site?: string | null;
  tag?: string | null;
  lang?: string | null;
}

/** Whether the query has words to match (matched in memory only, findOutlines). */
export function hasWords(query: LibraryQuery): boolean {
  return queryTerms(query.text ?? '').length > 0;
}

/** Whether the query narrows the list at all: words, a filter or a date. */
export function narrowsList(query: LibraryQuery): boolean {
  return queryTerms(query.text ?? '').length > 0 || Boolean(query.site || query.tag || query.lang) || dateBounds(query) !== null;
}

export interface LibraryPage {
  /** All matches, for "42 saved outlines"; `items` holds one page of them. */
  total: number;
  items: LibraryEntry[];
  /** A phrase search read only the records of the first pages: `total` is at most that many. */
  approximate?: boolean;
  /**
   * Answered from the newest records only, while the search index was still being built
   * (search-newest-scan.ts): `total` counts the matches among them, at least that many in all.
   */
  partial?: boolean;
}

/** Listing reads the entries only, never the records' contents. */
type ListTransaction = IDBPTransaction<LibrarySchema, [typeof LIST_ENTRIES], 'readonly'>;

/**
 * Ids matching each filter of the query, each read from its own index in one request. Words
 * have no index in the store (database version 8 dropped it, migrations.ts): they are matched
 * in memory only (findOutlines).
 */
async function candidateSets(tx: ListTransaction, query: LibraryQuery, cache: MatchCache): Promise<Set<string>[]> {
  const store = tx.objectStore(LIST_ENTRIES);
  const requests: Promise<Set<string>>[] = [];
  const { site, tag, lang } = query;
  if (site) requests.push(cache.get(`site:${site}`, () => store.index('siteName').getAllKeys(site)));
  if (tag) requests.push(cache.get(`tag:${tag}`, () => store.index('tags').getAllKeys(tag)));
  if (lang) requests.push(cache.get(`lang:${lang}`, () => store.index('lang').getAllKeys(lang)));
  return Promise.all(requests);
}

function intersect(sets: Set<string>[]): Set<string> {
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return new Set();
  return new Set([...smallest].filter((id) => others.every((set) => set.has(id))));
}

async function entriesFor(tx: ListTransaction, ids: string[]): Promise<LibraryEntry[]> {
  const store = tx.objectStore(LIST_ENTRIES);
  const entries = await Promise.all(ids.map((id) => store.get(id)));
  return entries.filter((entry): entry is LibraryEntry => entry !== undefined);
}

/** The savedAt index's order, reversed: newest first, equal times by descending id. */
function newestFirst(a: LibraryEntry, b: LibraryEntry): number {
  return b.savedAt - a.savedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Up to this many matches are ordered by reading their entries; more, and the date index orders them. */
const SORT_IN_MEMORY = 300;
/**
 * Newest ids read per step when many matches are ordered by the date index. Broad
 * queries find a page of matches in the first step; only sparse ones read further.
 */
const DATE_STEPS = [400, 3_000];

type DateIndex = ReturnType<ReturnType<ListTransaction['objectStore']>['index']>;

/** getAllKeys and getAll with a direction (IndexedDB 3.0, Chromium 141+); idb's types predate it. */
interface BackwardReads {
  getAllKeys(options: { query: null; count: number; direction: 'prev' }): Promise<string[]>;
  getAll(options: { query: null; count: number; direction: 'prev' }): Promise<LibraryEntry[]>;
}

/**
 * The `count` newest ids (`read` 'getAllKeys') or entries ('getAll'), newest first, in one
 * request; null where the browser cannot read an index backwards in bulk.
 */
export async function readNewest<R extends 'getAllKeys' | 'getAll'>(index: DateIndex, read: R, count: number): Promise<Awaited<ReturnType<BackwardReads[R]>> | null> {
  try {
    const found: unknown = await (index as unknown as BackwardReads)[read]({ query: null, count, direction: 'prev' });
    return Array.isArray(found) ? (found as Awaited<ReturnType<BackwardReads[R]>>) : null;
  } catch {
    // An older engine reads the options object as a key and refuses it: no harm to the transaction.
    return null;
  }
}

/**
 * The newest `wanted` of many matches, newest first. Reading ids costs per id (tens of
 * microseconds each in Chromium), so where the browser can, only the newest are read.
 */
async function newestMatches(index: DateIndex, matches: ReadonlySet<string>, wanted: number): Promise<string[]> {
  for (const count of DATE_STEPS) {
    const ids = await readNewest(index, 'getAllKeys', count);
    if (ids === null) break;
    const found = ids.filter((id) => matches.has(id));
    if (found.length >= wanted || ids.length < count) return found.slice(0, wanted);
  }
  const ascending = await index.getAllKeys();
  const found: string[] = [];
  for (let i = ascending.length - 1; i >= 0 && found.length < wanted; i--) {
    const id = ascending[i];
    if (id !== undefined && matches.has(id)) found.push(id);
  }
  return found;
}

/**
 * The unfiltered list: newest first straight from the savedAt index, reading only one page, in
 * one request where the browser can (a cursor is a round trip per entry: 50 of them at opening).
 */
async function newestPage(tx: ListTransaction, offset: number, limit: number): Promise<LibraryPage> {
  const store = tx.objectStore(LIST_ENTRIES);
  const [total, newest] = await Promise.all([store.count(), readNewest(store.index('savedAt'), 'getAll', offset + limit)]);
  if (newest) return { total, items: newest.slice(offset) };
  const items: LibraryEntry[] = [];
  let cursor = await store.index('savedAt').openCursor(null, 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  while (cursor && items.length < limit) {
    items.push(cursor.value);
    cursor = await cursor.continue();
  }
  return { total, items };
}

/**
 * The same page answered by the in-memory index, ranked (MemoryIndex.ranked): only the page's
 * entries are read from the store, and, for a phrase, the candidates' outlines until the page is full.
 */
async function pageFromMemory(db: LibraryDatabase, index: MemoryIndex, query: LibraryQuery, offset: number, limit: number, cache: MatchCache): Promise<LibraryPage> {
  const docs = index.ranked(query, (key, read) => cache.docs(key, read));
  const phrases = queryPhrases(query.text ?? '');
  if (docs !== null && phrases.length > 0) {
    const found = await pageOfPhrases(db, index.idsOf(docs, 0, docs.length), phrases, { offset, limit, verdicts: cache.verdicts });
    return { total: found.total, items: await entriesFor(listTransaction(db), found.ids), approximate: found.approximate };
  }
  const ids = docs === null ? index.newestIds(offset, limit) : index.idsOf(docs, offset, limit);
  return { total: docs === null ? index.size : docs.length, items: await entriesFor(listTransaction(db), ids) };
}

function listTransaction(db: LibraryDatabase): ListTransaction {
  return db.transaction([LIST_ENTRIES], 'readonly');
}

/**
 * How many records each site, tag and language would leave with the rest of the query, from the
 * in-memory index; null before it is ready. With a phrase, the records read for the list and found
 * without it are left out; those not read yet count as its words do (at most that many).
 */
export function facetCounts(query: LibraryQuery, cache: MatchCache): FacetCounts | null {
  const index = cache.index;
  if (!index) return null;
  const phrases = queryPhrases(query.text ?? '');
  const refused = phrases.length === 0 ? [] : refusedIds(phrases, cache.verdicts);
  return index.facetCounts(query, (key, read) => cache.docs(key, read), index.docsOf(refused));
}

/**
 * The library list: everything, or what matches the search text and filters, newest
 * saved first. Words are matched by the in-memory index (memory-index.ts): the cache's, or
 * one built here from the stores when the caller holds none (pages hold one; the library
 * client builds it at most once, search-index-keeper.ts). Filters and dates alone are
 * read from the store's indexes. Only the records of the requested page are read.
 */
export async function findOutlines(
  db: LibraryDatabase,
  query: LibraryQuery = {},
  { offset = 0, limit = 50, cache = new MatchCache() }: { offset?: number; limit?: number; cache?: MatchCache } = {},
): Promise<LibraryPage> {
  if (!cache.index && hasWords(query)) {
    const built = await loadMemoryIndex(db);
    if (built) cache.useIndex(built);
  }
  if (cache.index) return pageFromMemory(db, cache.index, query, offset, limit, cache);
  const tx = listTransaction(db);
  if (dateBounds(query)) return cache.reading(() => datedPageFromStore(tx, query, offset, limit, cache));
  return cache.reading(() => pageFromStore(tx, query, offset, limit, cache));
}

/**
 * A query with a date range and no words, before the in-memory index is ready: the filters'
 * matches (all entries for a date alone) are read and filtered by date.
 */
async function datedPageFromStore(tx: ListTransaction, query: LibraryQuery, offset: number, limit: number, cache: MatchCache): Promise<LibraryPage> {
  const sets = await candidateSets(tx, query, cache);
  const entries = sets.length === 0 ? await tx.objectStore(LIST_ENTRIES).getAll() : await entriesFor(tx, [...intersect(sets)]);
  const bounds = dateBounds(query);
  const dated = bounds ? entries.filter((entry) => recordDate(entry) >= bounds.from && recordDate(entry) <= bounds.to) : entries;
  dated.sort(newestFirst);
  return { total: dated.length, items: dated.slice(offset, offset + limit) };
}

/** The page of a filters-only query read from the store's indexes, before the in-memory index is ready. */
async function pageFromStore(tx: ListTransaction, query: LibraryQuery, offset: number, limit: number, cache: MatchCache): Promise<LibraryPage> {
  const sets = await candidateSets(tx, query, cache);
  if (sets.length === 0) return newestPage(tx, offset, limit);
  const matches = intersect(sets);
  if (matches.size === 0) return { total: 0, items: [] };
  const wanted = offset + limit;
  // Few matches: reading their entries and sorting them costs less than walking the date index.
  if (matches.size <= Math.max(wanted, SORT_IN_MEMORY)) {
    const entries = (await entriesFor(tx, [...matches])).sort(newestFirst);
    return { total: entries.length, items: entries.slice(offset, wanted) };
  }
  const newest = await newestMatches(tx.objectStore(LIST_ENTRIES).index('savedAt'), matches, wanted);
  return { total: matches.size, items: await entriesFor(tx, newest.slice(offset, wanted)) };
}

/** One whole record (entry, outline, text and HTML), for reading it. */
export async function getOutline(db: LibraryDatabase, id: string): Promise<SavedOutline | undefined> {
  return getRecord(readTransaction(db), id);
}

export interface LibraryFacets {
  sites: string[];
  tags: string[];
  langs: string[];
}

type EntryStore = IDBPTransaction<LibrarySchema, [typeof LIST_ENTRIES], 'readonly'>['store'];

async function distinctKeys(store: EntryStore, index: 'siteName' | 'tags' | 'lang'): Promise<string[]> {
  const keys: string[] = [];
  for (let cursor = await store.index(index).openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) {
    keys.push(String(cursor.key));
  }
  return keys;
}

/** The values the filters can offer: only sites, tags and languages that are in the library. */
export async function libraryFacets(db: LibraryDatabase): Promise<LibraryFacets> {
  const store = db.transaction(LIST_ENTRIES, 'readonly').store;
  const [sites, tags, langs] = await Promise.all([distinctKeys(store, 'siteName'), distinctKeys(store, 'tags'), distinctKeys(store, 'lang')]);
  return { sites, tags, langs };
}
