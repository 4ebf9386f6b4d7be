import type { SavedOutline } from './schema';
import { queryTerms, type QueryTerm } from './search-tokens';
import type { IDBPObjectStore } from 'idb';
import { STORE, type LibraryDatabase, type LibrarySchema } from './db';

export interface LibraryQuery {
  /** What the reader typed; every word must match (AND), the last one as a prefix. */
  text?: string;
  site?: string | null;
  tag?: string | null;
  lang?: string | null;
}

export interface LibraryPage {
  /** All matches, for "42 saved outlines"; `items` holds one page of them. */
  total: number;
  items: SavedOutline[];
}

type ReadStore = IDBPObjectStore<LibrarySchema, [typeof STORE], typeof STORE, 'readonly'>;

/** Past the last code unit a token can have: [token, token + MAX] is "starts with token". */
const AFTER_ALL = '\uffff';

function termRange(term: QueryTerm): IDBKeyRange | string {
  return term.prefix ? IDBKeyRange.bound(term.token, term.token + AFTER_ALL) : term.token;
}

/** Ids matching each part of the query, each part read from its own index in one request. */
async function candidateSets(store: ReadStore, query: LibraryQuery): Promise<Set<string>[]> {
  const requests: Promise<string[]>[] = queryTerms(query.text ?? '').map((term) =>
    store.index('searchTokens').getAllKeys(termRange(term)),
  );
  if (query.site) requests.push(store.index('siteName').getAllKeys(query.site));
  if (query.tag) requests.push(store.index('tags').getAllKeys(query.tag));
  if (query.lang) requests.push(store.index('lang').getAllKeys(query.lang));
  return (await Promise.all(requests)).map((ids) => new Set(ids));
}

function intersect(sets: Set<string>[]): Set<string> {
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return new Set();
  return new Set([...smallest].filter((id) => others.every((set) => set.has(id))));
}

async function recordsFor(store: ReadStore, ids: string[]): Promise<SavedOutline[]> {
  const records = await Promise.all(ids.map((id) => store.get(id)));
  return records.filter((record): record is SavedOutline => record !== undefined);
}

/** The savedAt index's order, reversed: newest first, equal times by descending id. */
function newestFirst(a: SavedOutline, b: SavedOutline): number {
  return b.savedAt - a.savedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The unfiltered list: newest first straight from the savedAt index, reading only one page. */
async function newestPage(store: ReadStore, offset: number, limit: number): Promise<LibraryPage> {
  const total = await store.count();
  const items: SavedOutline[] = [];
  let cursor = await store.index('savedAt').openCursor(null, 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  while (cursor && items.length < limit) {
    items.push(cursor.value);
    cursor = await cursor.continue();
  }
  return { total, items };
}

/**
 * The library list: everything, or what matches the search text and filters, newest
 * saved first. Matching runs on the indexes (tokens, site, tag, language); only the
 * records of the requested page are read.
 */
export async function findOutlines(
  db: LibraryDatabase,
  query: LibraryQuery = {},
  { offset = 0, limit = 50 }: { offset?: number; limit?: number } = {},
): Promise<LibraryPage> {
  const store = db.transaction(STORE, 'readonly').store;
  const sets = await candidateSets(store, query);
  if (sets.length === 0) return newestPage(store, offset, limit);
  const matches = intersect(sets);
  if (matches.size === 0) return { total: 0, items: [] };
  // Matches that all fit on the page are read anyway: sort them in memory. More than that,
  // and reading every id of the savedAt index (one request) costs less than reading the
  // records only to sort them (a record, with its text, is far larger than an id).
  if (matches.size <= offset + limit) {
    const records = (await recordsFor(store, [...matches])).sort(newestFirst);
    return { total: records.length, items: records.slice(offset, offset + limit) };
  }
  // Many matches: the savedAt index already holds every id in date order, so one request sorts them.
  const byDate = await store.index('savedAt').getAllKeys();
  const ordered: string[] = [];
  for (let i = byDate.length - 1; i >= 0; i--) {
    const id = byDate[i];
    if (id !== undefined && matches.has(id)) ordered.push(id);
  }
  return { total: ordered.length, items: await recordsFor(store, ordered.slice(offset, offset + limit)) };
}

export async function getOutline(db: LibraryDatabase, id: string): Promise<SavedOutline | undefined> {
  return db.get(STORE, id);
}

export interface LibraryFacets {
  sites: string[];
  tags: string[];
  langs: string[];
}

async function distinctKeys(store: ReadStore, index: 'siteName' | 'tags' | 'lang'): Promise<string[]> {
  const keys: string[] = [];
  for (let cursor = await store.index(index).openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) {
    keys.push(String(cursor.key));
  }
  return keys;
}

/** The values the filters can offer: only sites, tags and languages that are in the library. */
export async function libraryFacets(db: LibraryDatabase): Promise<LibraryFacets> {
  const store = db.transaction(STORE, 'readonly').store;
  const [sites, tags, langs] = await Promise.all([distinctKeys(store, 'siteName'), distinctKeys(store, 'tags'), distinctKeys(store, 'lang')]);
  return { sites, tags, langs };
}
