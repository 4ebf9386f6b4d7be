import { openLibrary, type LibraryClosedReason, type LibraryDatabase } from '@/utils/library/db';
import type { SavedOutline, WriteFailure } from '@/utils/library/schema';
import type { MergeCounts } from '@/utils/library/merge';
import { findOutlines, getOutline, libraryFacets, type LibraryFacets, type LibraryPage, type LibraryQuery } from '@/utils/library/search';
import { MatchCache } from '@/utils/library/match-cache';
import { loadMemoryIndex, type MemoryIndex } from '@/utils/library/memory-index-load';
import { deleteOutlines, restoreOutlines } from '@/utils/library/delete';
import { updateNoteAndTags, type NoteAndTags } from '@/utils/library/notes-tags';
import { importLibrary, type ImportOptions, type ImportResult } from '@/utils/library/import';
import { libraryExport, type RecordsForExport } from '@/utils/library/export';
import { keepLibraryPersistent, storageUsage, type StorageUsage } from '@/utils/library/usage';
import { announceLibraryChange } from './library-changes';

/**
 * The library page's one door to the database. Components never hold the database: they
 * get callbacks made from this client. Every write here tells the other open pages.
 * (Saves from the popup and the full tab go through the background: UI_SAVE_OUTLINE.)
 */
export interface LibraryClient {
  find(query: LibraryQuery, limit: number, cache: MatchCache): Promise<LibraryPage>;
  /** Builds the in-memory search index of the library as it is now, giving way to `cache`'s searches; null if `signal` aborts it. */
  searchIndex(cache: MatchCache, signal: AbortSignal): Promise<MemoryIndex | null>;
  facets(): Promise<LibraryFacets>;
  usage(): Promise<StorageUsage>;
  get(id: string): Promise<SavedOutline | undefined>;
  remove(ids: readonly string[]): Promise<{ ok: true; deleted: SavedOutline[] } | WriteFailure>;
  restore(records: readonly SavedOutline[]): Promise<{ ok: true; counts: MergeCounts } | WriteFailure>;
  updateNoteAndTags(id: string, change: NoteAndTags): Promise<{ ok: true; record: SavedOutline } | WriteFailure>;
  /** Cancel through `options.signal`; progress comes as the file is checked, then written. */
  importText(text: string, options?: Pick<ImportOptions, 'signal' | 'onProgress'>): Promise<ImportResult>;
  /** Every record as import will take it back; those no import could take are counted, not written. */
  recordsToExport(ids?: readonly string[]): Promise<RecordsForExport>;
}

/** Runs a write and, when it changed something, tells the other pages. */
async function announced<T extends { ok: boolean }>(write: Promise<T>): Promise<T> {
  const result = await write;
  if (result.ok) announceLibraryChange();
  return result;
}

export function libraryClient(db: LibraryDatabase): LibraryClient {
  return {
    find: (query, limit, cache) => findOutlines(db, query, { limit, cache }),
    searchIndex: (cache, signal) => loadMemoryIndex(db, { signal, pause: () => cache.whenIdle() }),
    facets: () => libraryFacets(db),
    usage: () => storageUsage(db),
    get: (id) => getOutline(db, id),
    remove: (ids) => announced(deleteOutlines(db, ids)),
    restore: (records) => announced(restoreOutlines(db, records)),
    updateNoteAndTags: (id, change) => announced(updateNoteAndTags(db, id, change)),
    importText: (text, options) => announced(importLibrary(db, text, options)),
    recordsToExport: (ids) => libraryExport(db, ids),
  };
}

/**
 * Opens the library for this page and asks the browser not to evict it under pressure.
 * `onClosed` hears when the connection is gone (a newer release took the database).
 */
export async function openLibraryClient(onClosed?: (reason: LibraryClosedReason) => void): Promise<LibraryClient> {
  const db = await openLibrary(undefined, onClosed);
  void keepLibraryPersistent();
  return libraryClient(db);
}
