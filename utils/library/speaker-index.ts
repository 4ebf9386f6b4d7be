import type { IDBPTransaction } from 'idb';
import type { Quote } from '../outline/types';
import type { SavedOutline, SpeakerQuotes, SpeakerSummary } from './schema';
import { CONTENTS, LIST_ENTRIES, SPEAKERS, SPEAKER_QUOTES, type LibrarySchema, type LibraryStoreName } from './db-schema';
import { articleTime, foldForPeople, peopleOf, type QuotedArticle } from './people';

/**
 * The People view's index, kept in two stores beside the records (db-schema.ts):
 * - `speakerQuotes`: per saved article and folded speaker name, that name's quotes;
 * - `speakers`: one small summary per person (name, role, counts, newest date).
 * Every write of a record rewrites its quote rows (records.ts), and the transaction, before it
 * commits, makes the summaries of every name it touched again from those names' rows
 * (db.ts), so the index changes with the records or not at all and is never stale. Opening
 * the view reads the summaries only; one person's quotes are one key range of rows.
 * The grouping is people.ts's, the same whether a summary is made or a person opened.
 */

type WriteTx = IDBPTransaction<LibrarySchema, LibraryStoreName[], 'readwrite' | 'versionchange'>;

/** Folded names whose rows a transaction changed, until it makes their summaries again. */
const touchedNames = new WeakMap<object, Set<string>>();

function noteNames(tx: object, names: Iterable<string>): void {
  let set = touchedNames.get(tx);
  if (!set) touchedNames.set(tx, (set = new Set()));
  for (const name of names) set.add(name);
}

/** Every row of one folded name: [name] sorts before [name, any id], and [name, []] after them (arrays sort after strings). */
export function nameRange(nameKey: string): IDBKeyRange {
  return IDBKeyRange.bound([nameKey], [nameKey, []]);
}

/**
 * A quote the index can group. Records written by Lede always are; a record an upgrade kept
 * as it was, unreadable (migrations.ts, storable), must not stop the index being built.
 */
function isUsableQuote(value: unknown): value is Quote {
  if (typeof value !== 'object' || value === null) return false;
  const { text, speaker, role, anchor } = value as Record<string, unknown>;
  const block = typeof anchor === 'object' && anchor !== null ? (anchor as Record<string, unknown>).block : undefined;
  return typeof text === 'string' && typeof speaker === 'string' && (role === null || typeof role === 'string') && typeof block === 'number';
}

/** A record's quotes by folded speaker name, in the outline's order; quotes without a speaker are no one's. */
export function speakerRows(record: Pick<SavedOutline, 'id' | 'published' | 'savedAt' | 'outline'>): SpeakerQuotes[] {
  const date = articleTime(record);
  // A time an old record cannot give (no readable date) sorts last rather than breaking the order.
  const time = Number.isFinite(date) ? date : 0;
  const byName = new Map<string, Quote[]>();
  const quotes: unknown = record.outline?.quotes;
  if (!Array.isArray(quotes)) return [];
  for (const quote of quotes as unknown[]) {
    if (!isUsableQuote(quote)) continue;
    const speaker = quote.speaker?.trim();
    const nameKey = speaker ? foldForPeople(speaker) : '';
    if (nameKey === '') continue;
    const quotes = byName.get(nameKey);
    if (quotes) quotes.push(quote);
    else byName.set(nameKey, [quote]);
  }
  return [...byName].map(([nameKey, quotes]) => ({ nameKey, article: record.id, time, quotes }));
}

/**
 * What a row needs of its article to be grouped: only its id and date count (people.ts), so
 * a summary is made without reading the records.
 */
function articleStub(row: SpeakerQuotes): QuotedArticle {
  return { id: row.article, url: '', title: '', byline: null, published: null, siteName: null, lang: null, savedAt: row.time };
}

/**
 * The summaries of everyone with one folded name, from that name's rows; with the reader's
 * separations (people-splits.ts) when the People view reads them, never in the stored index.
 */
export function summariesOf(rows: readonly SpeakerQuotes[], splits?: ReadonlyMap<string, string>): SpeakerSummary[] {
  return peopleOf(rows.map((row) => ({ article: articleStub(row), quotes: row.quotes, time: row.time })), splits).map((person) => ({
    key: person.key,
    nameKey: person.key.slice(0, person.key.indexOf('|')),
    name: person.name,
    role: person.role,
    quotes: person.quotes.length,
    articles: person.articles,
    latest: person.latest,
  }));
}

/** Replaces the record's quote rows with `rows` (none for a deleted record); the names met are summarised at commit. */
async function replaceRows(tx: WriteTx, id: string, rows: readonly SpeakerQuotes[]): Promise<void> {
  const store = tx.objectStore(SPEAKER_QUOTES);
  const old = await store.index('article').getAllKeys(id);
  const kept = new Set(rows.map((row) => row.nameKey));
  noteNames(tx, kept);
  noteNames(tx, old.map(([nameKey]) => nameKey));
  await Promise.all([...old.filter(([nameKey]) => !kept.has(nameKey)).map((key) => store.delete(key)), ...rows.map((row) => store.put(row))]);
}

/** The record's quotes into the index, in its write's transaction (records.ts, putRecord). */
export function indexSpeakerQuotes(tx: WriteTx, record: SavedOutline): Promise<void> {
  return replaceRows(tx, record.id, speakerRows(record));
}

/** The record's quotes out of the index, in its delete's transaction (records.ts, deleteRecord). */
export function unindexSpeakerQuotes(tx: WriteTx, id: string): Promise<void> {
  return replaceRows(tx, id, []);
}

/** Writes one name's summaries, dropping the people of that name no longer quoted. */
async function putSummaries(tx: WriteTx, nameKey: string, summaries: readonly SpeakerSummary[]): Promise<void> {
  const store = tx.objectStore(SPEAKERS);
  const old = await store.index('nameKey').getAllKeys(nameKey);
  const kept = new Set(summaries.map((summary) => summary.key));
  await Promise.all([...old.filter((key) => !kept.has(key)).map((key) => store.delete(key)), ...summaries.map((summary) => store.put(summary))]);
}

/**
 * Makes the summaries of every name the transaction's writes touched again, from their rows
 * as they now are. Called by writeTransaction before it commits (db.ts); only IndexedDB
 * requests are awaited, so the transaction stays open.
 */
export async function refreshSpeakers(tx: WriteTx): Promise<void> {
  const names = touchedNames.get(tx);
  touchedNames.delete(tx);
  if (!names || names.size === 0) return;
  const rows = tx.objectStore(SPEAKER_QUOTES);
  await Promise.all(
    [...names].map(async (nameKey) => {
      const summaries = summariesOf(await rows.getAll(nameRange(nameKey)));
      await putSummaries(tx, nameKey, summaries);
    }),
  );
}

/**
 * The whole index from the records already stored (the version 7 upgrade, migrations.ts):
 * rows written as the contents are read, summaries made from the rows kept in memory rather
 * than read back name by name.
 */
export async function buildSpeakerIndex(tx: IDBPTransaction<LibrarySchema, LibraryStoreName[], 'versionchange'>): Promise<void> {
  const entries = new Map((await tx.objectStore(LIST_ENTRIES).getAll()).map((entry) => [entry.id, entry]));
  const byName = new Map<string, SpeakerQuotes[]>();
  const rows = tx.objectStore(SPEAKER_QUOTES);
  const writes: Promise<unknown>[] = [];
  for (let cursor = await tx.objectStore(CONTENTS).openCursor(); cursor; cursor = await cursor.continue()) {
    const entry = entries.get(cursor.value.id);
    if (!entry) continue;
    for (const row of speakerRows({ id: entry.id, published: entry.published, savedAt: entry.savedAt, outline: cursor.value.outline })) {
      writes.push(rows.put(row));
      const ofName = byName.get(row.nameKey);
      if (ofName) ofName.push(row);
      else byName.set(row.nameKey, [row]);
    }
  }
  const speakers = tx.objectStore(SPEAKERS);
  for (const ofName of byName.values()) for (const summary of summariesOf(ofName)) writes.push(speakers.put(summary));
  await Promise.all(writes);
}
