import { openDB, type IDBPDatabase } from 'idb';
import { ALL_STORES, type LibrarySchema, type LibraryStoreName } from './db-schema';
import type { LibraryTransaction } from './records';
import { DB_VERSION, upgradeDatabase, upgradeNeedsDirections, type LanguageDirection } from './migrations';
import type { WriteFailure } from './schema';
import { logTouched } from './change-log';
import { refreshSpeakers } from './speaker-index';

export { LIST_ENTRIES, CONTENTS, SEARCH_INDEX, CHANGES, SPEAKER_QUOTES, SPEAKERS, PEOPLE_MERGES, type LibrarySchema } from './db-schema';
export const DB_NAME = 'lede-library';

export type LibraryDatabase = IDBPDatabase<LibrarySchema>;
export type WriteTransaction = LibraryTransaction<'readwrite'>;

/** A read-only transaction over every store, for reads that must see one consistent state. */
export function readTransaction(db: LibraryDatabase): LibraryTransaction<'readonly'> {
  return db.transaction([...ALL_STORES] as LibraryStoreName[], 'readonly');
}

/**
 * Why an open connection stopped working: a newer release opened the database elsewhere
 * (after an update) and this page let it go, or the browser closed it (storage cleared).
 */
export type LibraryClosedReason = 'newer-version' | 'closed-by-browser';

/**
 * Opens the library in the extension origin's IndexedDB. Every extension page (popup,
 * full tab, library) opens its own connection to the same database; transactions, not
 * a shared in-memory copy, keep them consistent. `onClosed` hears when the connection
 * is gone for good, so a page can say so instead of failing every read silently.
 */
export async function openLibrary(name: string = DB_NAME, onClosed?: (reason: LibraryClosedReason) => void): Promise<LibraryDatabase> {
  const db = await openWith(null, name, onClosed);
  if (db) return db;
  // A database still at version 1 (the first release, met once at most): its records take their
  // direction from the language packs, fetched now rather than by every page that opens the library.
  const { directionOfLanguage } = await import('../lang');
  const upgraded = await openWith(directionOfLanguage, name, onClosed);
  if (!upgraded) throw new Error('The library could not be upgraded from version 1.');
  return upgraded;
}

/** The library opened, or null when its upgrade needs `direction` and none was given (the upgrade is undone, nothing written). */
async function openWith(direction: LanguageDirection | null, name: string, onClosed?: (reason: LibraryClosedReason) => void): Promise<LibraryDatabase | null> {
  let needsDirections = false;
  try {
    return await openDB<LibrarySchema>(name, DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, tx) => {
        if (direction || !upgradeNeedsDirections(oldVersion)) return upgradeDatabase(db, oldVersion, tx, direction);
        needsDirections = true;
        // Observed: the open's own rejection reports the abort.
        tx.done.catch(() => undefined);
        tx.abort();
      },
      // A newer release opened elsewhere (after an update) waits for this page: let it go.
      blocking: (_current, _blocked, event) => {
        (event.target as IDBDatabase | null)?.close();
        onClosed?.('newer-version');
      },
      terminated: () => onClosed?.('closed-by-browser'),
    });
  } catch (error) {
    if (needsDirections) return null;
    throw error;
  }
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

function errorMessage(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.message : String(error);
}

/** Maps whatever a write threw to the two outcomes a reader can act on. */
export function writeFailure(error: unknown, txError: unknown = null): WriteFailure {
  const quota = errorName(error) === 'QuotaExceededError' || errorName(txError) === 'QuotaExceededError';
  if (quota) return { ok: false, reason: 'quota', message: 'The browser refused to store more: storage is full.' };
  return { ok: false, reason: 'failed', message: errorMessage(txError ?? error) || 'The write failed.' };
}

/**
 * One read-write transaction on all the library's stores: `work` reads and writes inside it
 * and the whole thing commits or nothing does, with its entry in the change log (change-log.ts). `durability: 'strict'` waits for the
 * disk, so "Saved" is never shown for data a crash could still lose.
 */
export async function writeTransaction<T>(
  db: LibraryDatabase,
  work: (tx: WriteTransaction) => Promise<T>,
): Promise<{ ok: true; value: T } | WriteFailure> {
  let tx;
  try {
    tx = db.transaction([...ALL_STORES] as LibraryStoreName[], 'readwrite', { durability: 'strict' });
  } catch (error) {
    return writeFailure(error);
  }
  // Observed here so an abort never surfaces as an unhandled rejection.
  const done = tx.done.then(
    () => null,
    (error: unknown) => error ?? tx.error,
  );
  try {
    const value = await work(tx);
    // The People index's summaries of the names this write touched (speaker-index.ts): stale never, in the same transaction.
    await refreshSpeakers(tx);
    // In the same transaction: the log names every committed write and nothing that rolled back.
    await logTouched(tx);
    const failure = await done;
    return failure === null ? { ok: true, value } : writeFailure(failure, tx.error);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // The transaction already ended (the browser aborted it); its error is reported below.
    }
    await done;
    return writeFailure(error, tx.error);
  }
}
