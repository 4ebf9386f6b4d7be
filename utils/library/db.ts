import { openDB, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { STORE, type LibrarySchema } from './db-schema';
import { DB_VERSION, upgradeDatabase } from './migrations';
import type { WriteFailure } from './schema';

export { STORE, type LibrarySchema } from './db-schema';
export const DB_NAME = 'lede-library';

export type LibraryDatabase = IDBPDatabase<LibrarySchema>;
export type WritableStore = IDBPObjectStore<LibrarySchema, [typeof STORE], typeof STORE, 'readwrite'>;

/**
 * Opens the library in the extension origin's IndexedDB. Every extension page (popup,
 * full tab, library) opens its own connection to the same database; transactions, not
 * a shared in-memory copy, keep them consistent.
 */
export function openLibrary(name: string = DB_NAME): Promise<LibraryDatabase> {
  return openDB<LibrarySchema>(name, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => upgradeDatabase(db, oldVersion, tx),
    // A newer release opened elsewhere (after an update) waits for this page: let it go.
    blocking: (_current, _blocked, event) => (event.target as IDBDatabase | null)?.close(),
  });
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
 * One read-write transaction on the outlines store: `work` reads and writes inside it
 * and the whole thing commits or nothing does. `durability: 'strict'` waits for the
 * disk, so "Saved" is never shown for data a crash could still lose.
 */
export async function writeTransaction<T>(
  db: LibraryDatabase,
  work: (store: WritableStore) => Promise<T>,
): Promise<{ ok: true; value: T } | WriteFailure> {
  let tx;
  try {
    tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
  } catch (error) {
    return writeFailure(error);
  }
  // Observed here so an abort never surfaces as an unhandled rejection.
  const done = tx.done.then(
    () => null,
    (error: unknown) => error ?? tx.error,
  );
  try {
    const value = await work(tx.store);
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
