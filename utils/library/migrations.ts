import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import type { Outline } from '../outline/types';
import { SCHEMA_VERSION, type SavedOutline } from './schema';
import { normalizeArticleUrl } from './normalize-url';
import { PREFIX_MARK, withSearchTokens } from './search-tokens';
import { checked, expectRecord } from './validate';
import { repairRecord } from './repair';
import { CHANGES, CONTENTS, LEGACY_LIST_STORE, LIST_ENTRIES, PEOPLE_MERGES, SEARCH_INDEX, SPEAKERS, SPEAKER_QUOTES, type LibrarySchema } from './db-schema';
import { buildSpeakerIndex } from './speaker-index';
import { splitRecord, type LibraryTransaction } from './records';

/**
 * Records as the first release of the library wrote them (database version 1): the date
 * as an ISO string, tags as one comma-separated string, the URL as the page gave it,
 * no direction, no update time and no search index.
 */
export interface SavedOutlineV1 {
  schemaVersion: 1;
  id: string;
  url: string;
  title: string;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  lang: string | null;
  savedAt: string;
  note: string;
  tags: string;
  outline: Outline;
  text: string;
}

/**
 * The three version numbers of the library, each of its own thing:
 * - DB_VERSION (here): the IndexedDB layout, stores and indexes; the browser runs
 *   upgradeDatabase when it rises. 4 renamed the list's store `outlines` → `listEntries`;
 *   5 dropped the stored word beginnings from the search tokens (search-tokens.ts, PREFIX_MARK);
 *   6 added the change log (change-log.ts); 7 the People view's index (speaker-index.ts) and
 *   the reader's merges of people (people-merges.ts); 8 dropped the `tokens` index of the search
 *   tokens (dropTokensIndex).
 * - SCHEMA_VERSION (schema.ts): the shape of one saved record, stored in each record.
 * - EXPORT_VERSION (export.ts): the shape of the JSON backup file.
 */
export const DB_VERSION = 8;

/**
 * The writing direction of a language: utils/lang's directionOfLanguage, passed in by the caller.
 * Only version 1 records need it (they had no direction), and the language packs it reads
 * weigh 16 KB gzipped: the library page fetches them only when it meets such records (db.ts).
 */
export type LanguageDirection = (lang: string) => 'ltr' | 'rtl';

/** Whether upgrading a database from `oldVersion` meets records without a direction. */
export function upgradeNeedsDirections(oldVersion: number): boolean {
  return oldVersion === 1;
}

/** v1 records had no direction: the language packs' (utils/lang), the same the article gets today. */
function directionOf(lang: unknown, direction: LanguageDirection): 'ltr' | 'rtl' {
  return typeof lang === 'string' ? direction(lang) : 'ltr';
}

/**
 * v1 → v2 on a plain object. Fields of an unexpected type are left as they are, for the
 * validator to name; a migration never guesses a value it cannot read.
 */
function upgradeV1(fields: Record<string, unknown>, direction: LanguageDirection): Record<string, unknown> {
  const out: Record<string, unknown> = { ...fields, schemaVersion: 2 };
  if (typeof fields.savedAt === 'string') {
    const time = Date.parse(fields.savedAt);
    if (Number.isFinite(time)) out.savedAt = time;
  }
  out.updatedAt = out.savedAt;
  if (typeof fields.tags === 'string') {
    out.tags = fields.tags.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
  }
  if (typeof fields.url === 'string') out.url = normalizeArticleUrl(fields.url) ?? fields.url;
  out.dir = directionOf(fields.lang, direction);
  return out;
}

const UPGRADES: Record<number, (fields: Record<string, unknown>, direction: LanguageDirection) => Record<string, unknown>> = { 1: upgradeV1 };

/** Brings a record of any known older shape to the current one, one step at a time. */
export function upgradeRecord(fields: Record<string, unknown>, direction: LanguageDirection): Record<string, unknown> {
  let current = fields;
  for (;;) {
    const version = current.schemaVersion;
    if (typeof version !== 'number' || version >= SCHEMA_VERSION) return current;
    const step = UPGRADES[version];
    if (!step) return current;
    current = step(current, direction);
  }
}

/**
 * A migrated record ready to store. One that fails validation is repaired field by field
 * (repair.ts), so it exports and imports back like any other; one that cannot be (no
 * usable address) is kept as it is rather than lost, and export reports it.
 */
function storable(fields: Record<string, unknown>): SavedOutline {
  const result = checked(() => expectRecord(fields, 'record'));
  if (result.ok) return withSearchTokens(result.value);
  const repaired = repairRecord(fields, Date.now());
  if (repaired) return withSearchTokens(repaired);
  return { ...fields, searchTokens: [] } as unknown as SavedOutline;
}

/**
 * Two v1 records can become one URL once tracking parameters are stripped. The newer one
 * wins, but the reader's words from both are kept: tags are joined, notes are appended.
 */
export function mergeSameUrl(records: SavedOutline[]): SavedOutline {
  const byUpdate = [...records].sort((a, b) => b.updatedAt - a.updatedAt);
  const [newest, ...older] = byUpdate;
  if (!newest) throw new Error('mergeSameUrl needs at least one record');
  const tags = [...new Set(byUpdate.flatMap((r) => r.tags))];
  const notes = [...new Set(byUpdate.map((r) => r.note.trim()).filter((n) => n !== ''))];
  const savedAt = Math.min(...byUpdate.map((r) => r.savedAt));
  return withSearchTokens({ ...newest, tags, note: notes.join('\n\n'), savedAt, updatedAt: Math.max(newest.updatedAt, ...older.map((r) => r.updatedAt)) });
}

type UpgradeTransaction = LibraryTransaction<'versionchange'>;
/**
 * The outlines store as versions 1 and 2 used it: whole records, of whatever shape the
 * version that wrote them had. Migrations read and write it untyped on purpose.
 */
type LegacyStore = IDBPObjectStore<unknown, ArrayLike<string>, string, 'versionchange'>;

function legacyOutlines(tx: UpgradeTransaction): LegacyStore {
  return tx.objectStore(LIST_ENTRIES) as unknown as LegacyStore;
}

/** The list's store is made under its current name; old databases are renamed first (upgradeDatabase). */
function createV1(db: IDBPDatabase<LibrarySchema>, name: string = LIST_ENTRIES): void {
  const store = (db as unknown as IDBPDatabase).createObjectStore(name, { keyPath: 'id' });
  store.createIndex('url', 'url', { unique: true });
  store.createIndex('savedAt', 'savedAt');
}

function createV2Indexes(tx: UpgradeTransaction, name: string = LIST_ENTRIES): void {
  const store = (tx as unknown as LibraryTransaction<'versionchange'>).objectStore(name as typeof LIST_ENTRIES);
  store.createIndex('siteName', 'siteName');
  store.createIndex('lang', 'lang');
  store.createIndex('tags', 'tags', { multiEntry: true });
}

/**
 * Version 3 moves the large fields and the search tokens out of the list's store (db-schema.ts).
 * Versions 3 to 7 indexed the tokens (a `tokens` multi-entry index); made today, the store has
 * none (dropTokensIndex says why).
 */
function createV3Stores(db: IDBPDatabase<LibrarySchema>, tx: UpgradeTransaction): void {
  db.createObjectStore(CONTENTS, { keyPath: 'id' });
  db.createObjectStore(SEARCH_INDEX, { keyPath: 'id' });
  const outlines = legacyOutlines(tx);
  if (outlines.indexNames.contains('searchTokens')) outlines.deleteIndex('searchTokens');
}

/** Groups ids whose URLs become equal once normalised; reads only the url index, not the records. */
async function duplicateGroups(store: LegacyStore): Promise<string[][]> {
  const groups = new Map<string, string[]>();
  for (let cursor = await store.index('url').openKeyCursor(); cursor; cursor = await cursor.continue()) {
    const key = normalizeArticleUrl(String(cursor.key)) ?? String(cursor.key);
    groups.set(key, [...(groups.get(key) ?? []), String(cursor.primaryKey)]);
  }
  return [...groups.values()].filter((ids) => ids.length > 1);
}

/** v1 records → v2 records, still whole in the outlines store: the v3 step splits them. */
async function migrateRecordsToV2(tx: UpgradeTransaction, direction: LanguageDirection): Promise<void> {
  const store = legacyOutlines(tx);
  // Duplicates first: once merged, every remaining normalised URL is unique and can be written in place.
  for (const ids of await duplicateGroups(store)) {
    const records: SavedOutline[] = [];
    for (const id of ids) {
      const raw: unknown = await store.get(id);
      if (typeof raw === 'object' && raw !== null) records.push(storable(upgradeRecord(raw as Record<string, unknown>, direction)));
    }
    for (const id of ids) await store.delete(id);
    await store.put(mergeSameUrl(records));
  }
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    const raw: unknown = cursor.value;
    if (typeof raw !== 'object' || raw === null) continue;
    const fields = raw as Record<string, unknown>;
    if (fields.schemaVersion === SCHEMA_VERSION) continue;
    await cursor.update(storable(upgradeRecord(fields, direction)));
  }
}

/** Whole records → entry, content and search tokens in their own stores, under the same id. */
async function splitRecordsToV3(tx: UpgradeTransaction): Promise<void> {
  const contents = tx.objectStore(CONTENTS);
  const searchIndex = tx.objectStore(SEARCH_INDEX);
  for (let cursor = await legacyOutlines(tx).openCursor(); cursor; cursor = await cursor.continue()) {
    const raw: unknown = cursor.value;
    if (typeof raw !== 'object' || raw === null) continue;
    // Tokens are computed afresh: what each version indexes changed (search-tokens.ts).
    const { searchTokens: stale, ...fields } = raw as Record<string, unknown>;
    void stale;
    const { entry, content, search } = splitRecord(storable(fields));
    await Promise.all([cursor.update(entry), contents.put(content), searchIndex.put(search)]);
  }
}

/**
 * Version 5: the stored word beginnings leave every record's tokens (search-tokens.ts says
 * why). The `tokens` index is gone by then (dropTokensIndex runs first), so no index row is
 * deleted one record at a time.
 */
async function dropStoredPrefixes(tx: UpgradeTransaction): Promise<void> {
  const store = tx.objectStore(SEARCH_INDEX);
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    const { tokens } = cursor.value;
    if (!Array.isArray(tokens)) continue;
    const words = tokens.filter((token) => typeof token !== 'string' || !token.startsWith(PREFIX_MARK));
    if (words.length < tokens.length) await cursor.update({ ...cursor.value, tokens: words });
  }
}

/**
 * Version 8: the `tokens` multi-entry index goes. Every search is answered by the in-memory
 * index (memory-index.ts), built from the stored tokens or taken from its saved copy, and the
 * store's index was only its stand-in until then; but it cost every save and import one index
 * row per distinct token (about 300 a record): most of the time of writing 1,000 imported
 * articles in Chromium (4.3 of 5.1 s). The tokens themselves stay, unchanged, so a saved copy
 * of the in-memory index stays valid across this upgrade (search-index-copy.ts).
 */
function dropTokensIndex(tx: UpgradeTransaction): void {
  const store = tx.objectStore(SEARCH_INDEX);
  if (store.indexNames.contains('tokens' as never)) store.deleteIndex('tokens' as never);
}

async function migrateRecords(tx: UpgradeTransaction, oldVersion: number, direction: LanguageDirection | null): Promise<void> {
  if (oldVersion < 2) {
    if (!direction) throw new Error('Upgrading version 1 records needs the language packs (db.ts loads them).');
    await migrateRecordsToV2(tx, direction);
  }
  // Versions 1 and 2 get fresh tokens when their records are split, already without word beginnings.
  if (oldVersion < 3) await splitRecordsToV3(tx);
  else if (oldVersion < 5) await dropStoredPrefixes(tx);
  // Last, from the records as the steps before left them.
  if (oldVersion < 7) await buildSpeakerIndex(tx);
}

/** Version 7: the People view's index, built from the records in the upgrade, and the reader's merges of people. */
function createV7Stores(db: IDBPDatabase<LibrarySchema>): void {
  db.createObjectStore(SPEAKER_QUOTES, { keyPath: ['nameKey', 'article'] }).createIndex('article', 'article');
  const speakers = db.createObjectStore(SPEAKERS, { keyPath: 'key' });
  speakers.createIndex('nameKey', 'nameKey');
  // The list's order, most quoted and then most recent first, read backwards: the view shows its first people without reading them all.
  speakers.createIndex('rank', ['quotes', 'latest']);
  db.createObjectStore(PEOPLE_MERGES, { keyPath: 'from' });
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: either way nothing partial was committed.
  }
}

/**
 * Every database version from the one found to the current one, in order. A failure
 * aborts the upgrade transaction, so the old data stays exactly as it was.
 */
export function upgradeDatabase(db: IDBPDatabase<LibrarySchema>, oldVersion: number, tx: UpgradeTransaction, direction: LanguageDirection | null): void {
  // First, so every later step and record migration finds the list's store by its current name.
  if (oldVersion >= 1 && oldVersion < 4) renameListStore(tx);
  if (oldVersion < 1) createV1(db);
  if (oldVersion < 2) createV2Indexes(tx);
  if (oldVersion < 3) createV3Stores(db, tx);
  if (oldVersion < 6) db.createObjectStore(CHANGES, { autoIncrement: true });
  if (oldVersion < 7) createV7Stores(db);
  // Before the record migrations, so that none of them updates the rows of an index about to go.
  if (oldVersion >= 3 && oldVersion < 8) dropTokensIndex(tx);
  if (oldVersion >= 1 && oldVersion < DB_VERSION) migrateRecords(tx, oldVersion, direction).catch(() => abortQuietly(tx));
}

/** Version 4: IndexedDB renames a store in place within the upgrade, keeping its records and indexes. */
function renameListStore(tx: UpgradeTransaction): void {
  const store = (tx as unknown as { objectStore(name: string): { name: string } }).objectStore(LEGACY_LIST_STORE);
  store.name = LIST_ENTRIES;
}

/** Exported for tests that write a database exactly as version 2 did: whole records, one store. */
export function createVersion2Store(db: IDBPDatabase<LibrarySchema>, tx: UpgradeTransaction): void {
  createV1(db, LEGACY_LIST_STORE);
  createV2Indexes(tx, LEGACY_LIST_STORE);
  (tx as unknown as { objectStore(name: string): LegacyStore }).objectStore(LEGACY_LIST_STORE).createIndex('searchTokens', 'searchTokens', { multiEntry: true });
}

/**
 * Exported for tests that write a database exactly as versions 3 to 5 did: the three
 * stores of today, the list's named `outlines` up to version 3, and the `tokens` index they had.
 */
export function createVersion4Stores(db: IDBPDatabase<LibrarySchema>, tx: UpgradeTransaction, listStore: typeof LEGACY_LIST_STORE | typeof LIST_ENTRIES): void {
  createV1(db, listStore);
  createV2Indexes(tx, listStore);
  db.createObjectStore(CONTENTS, { keyPath: 'id' });
  (db as unknown as IDBPDatabase).createObjectStore(SEARCH_INDEX, { keyPath: 'id' }).createIndex('tokens', 'tokens', { multiEntry: true });
}

/** Exported for tests that write a database exactly as version 6 did: the three stores and the change log. */
export function createVersion6Stores(db: IDBPDatabase<LibrarySchema>, tx: UpgradeTransaction): void {
  createVersion4Stores(db, tx, LIST_ENTRIES);
  db.createObjectStore(CHANGES, { autoIncrement: true });
}

/**
 * Exported for tests that write a database exactly as version 7 did: a version 6 one upgraded as
 * that release did it, the People view's stores made and filled, the `tokens` index left in place.
 */
export function upgradeVersion6To7(db: IDBPDatabase<LibrarySchema>, tx: UpgradeTransaction): void {
  createV7Stores(db);
  buildSpeakerIndex(tx).catch(() => abortQuietly(tx));
}

/** Exported for tests that write a database exactly as version 1 did. */
export function createVersion1Store(db: IDBPDatabase<LibrarySchema>): void {
  createV1(db, LEGACY_LIST_STORE);
}
