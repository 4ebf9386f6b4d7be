import type { IDBPTransaction } from 'idb';
import type { LibraryEntry, OutlineContent, SavedOutline, SearchEntry } from './schema';
import { CONTENTS, SEARCH_INDEX, LIST_ENTRIES, type LibrarySchema, type LibraryStoreName } from './db-schema';
import { noteTouched } from './change-log';
import { indexSpeakerQuotes, unindexSpeakerQuotes } from './speaker-index';

/** A transaction over all the library's stores: every write of a record touches the three, and the People index (speaker-index.ts). */
export type LibraryTransaction<Mode extends IDBTransactionMode> = IDBPTransaction<LibrarySchema, LibraryStoreName[], Mode>;
type Writable = 'readwrite' | 'versionchange';

/** A record as the three stores keep it (db-schema.ts says why it is split). */
export function splitRecord({ outline, text, html, annotations, searchTokens, ...entry }: SavedOutline): { entry: LibraryEntry; content: OutlineContent; search: SearchEntry } {
  const content: OutlineContent = html === undefined ? { id: entry.id, outline, text } : { id: entry.id, outline, text, html };
  // With the content, not the entry: the list reads every entry, and a reader's highlights are read only with the article.
  if (annotations !== undefined) content.annotations = annotations;
  return { entry, content, search: { id: entry.id, tokens: searchTokens } };
}

/** The record again. A part that is missing (never written so by Lede) reads as empty rather than hiding the entry. */
export function joinRecord(entry: LibraryEntry, content: OutlineContent | undefined, search: SearchEntry | undefined): SavedOutline {
  const html = content?.html === undefined ? {} : { html: content.html };
  const annotations = content?.annotations === undefined ? {} : { annotations: content.annotations };
  return {
    ...entry,
    outline: content?.outline ?? { sections: [], quotes: [], keyPoints: [] },
    text: content?.text ?? '',
    ...html,
    ...annotations,
    searchTokens: search?.tokens ?? [],
  };
}

/**
 * Issues the requests at once (one round trip, not three). A request the browser refuses
 * synchronously still leaves the ones already issued observed, so their abort is not an
 * unhandled rejection.
 */
async function allRequests(starts: (() => Promise<unknown>)[]): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const start of starts) pending.push(start());
  } catch (error) {
    void Promise.allSettled(pending);
    throw error;
  }
  await Promise.all(pending);
}

/** Writes all parts of a record, replacing any with its id. Every write of a record is logged with its transaction (change-log.ts). */
export async function putRecord<Mode extends Writable>(tx: LibraryTransaction<Mode>, record: SavedOutline): Promise<void> {
  const { entry, content, search } = splitRecord(record);
  noteTouched(tx, entry.id);
  await allRequests([() => tx.objectStore(LIST_ENTRIES).put(entry), () => tx.objectStore(CONTENTS).put(content), () => tx.objectStore(SEARCH_INDEX).put(search), () => indexSpeakerQuotes(tx, record)]);
}

/** Like putRecord, but fails (aborting the transaction) if the id or URL is already taken. */
export async function addRecord<Mode extends Writable>(tx: LibraryTransaction<Mode>, record: SavedOutline): Promise<void> {
  const { entry, content, search } = splitRecord(record);
  noteTouched(tx, entry.id);
  await allRequests([() => tx.objectStore(LIST_ENTRIES).add(entry), () => tx.objectStore(CONTENTS).put(content), () => tx.objectStore(SEARCH_INDEX).put(search), () => indexSpeakerQuotes(tx, record)]);
}

export async function getRecord<Mode extends IDBTransactionMode>(tx: LibraryTransaction<Mode>, id: string): Promise<SavedOutline | undefined> {
  const [entry, content, search] = await Promise.all([tx.objectStore(LIST_ENTRIES).get(id), tx.objectStore(CONTENTS).get(id), tx.objectStore(SEARCH_INDEX).get(id)]);
  return entry ? joinRecord(entry, content, search) : undefined;
}

export async function deleteRecord<Mode extends Writable>(tx: LibraryTransaction<Mode>, id: string): Promise<void> {
  noteTouched(tx, id);
  await allRequests([() => tx.objectStore(LIST_ENTRIES).delete(id), () => tx.objectStore(CONTENTS).delete(id), () => tx.objectStore(SEARCH_INDEX).delete(id), () => unindexSpeakerQuotes(tx, id)]);
}
