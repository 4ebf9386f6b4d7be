import { openLibrary, type LibraryClosedReason, type LibraryDatabase } from '@/utils/library/db';
import type { Annotation, SavedOutline, WriteFailure } from '@/utils/library/schema';
import type { MergeCounts } from '@/utils/library/merge';
import { facetCounts, findOutlines, getOutline, hasWords, libraryFacets, narrowsList, type LibraryFacets, type LibraryPage, type LibraryQuery } from '@/utils/library/search';
import { MatchCache } from '@/utils/library/match-cache';
import type { FacetCounts, MemoryIndex } from '@/utils/library/memory-index';
import { SearchIndexKeeper } from '@/utils/library/search-index-keeper';
import { pageFromNewest } from '@/utils/library/search-newest-scan';
import { NewestRecordsAhead } from '@/utils/library/search-newest-ahead';
import { deleteOutlines, restoreOutlines } from '@/utils/library/delete';
import { updateNoteAndTags, type NoteAndTags } from '@/utils/library/notes-tags';
import { updateAnnotations } from '@/utils/library/annotations';
import type { ImportOptions, ImportResult } from '@/utils/library/import';
import type { RecordsForExport } from '@/utils/library/export';
import { keepLibraryPersistent, storageUsage, type StorageUsage } from '@/utils/library/usage';
import type { CitableRecord } from '@/utils/library/citations/model';
import type { TimelineEntry } from '@/utils/library/timeline';
import type { PeopleAccess } from '@/utils/library/people-read';
import { announceLibraryChange } from './library-changes';

/**
 * The library page's one door to the database. Components never hold the database: they
 * get callbacks made from this client. Every write here tells the other open pages.
 * (Saves from the popup and the full tab go through the background: UI_SAVE_OUTLINE.)
 */
export interface LibraryClient {
  find(query: LibraryQuery, limit: number, cache: MatchCache): Promise<LibraryPage>;
  /**
   * The in-memory search index, built from the library as it is now if there is none yet,
   * waiting whenever `pause` says (a search is reading the store); null if `signal` aborts the build.
   */
  searchIndex(pause: () => Promise<void>, signal: AbortSignal): Promise<MemoryIndex | null>;
  /** Takes the search index an earlier page saved, brought up to date by the change log; searches wait for it. */
  openIndexCopy(): void;
  /** The first list is on screen: a saved index too large to read beside it is read now. */
  listShown(): void;
  /** Another page changed the records `ids` (null: unknown ones): the index takes them in. */
  changedElsewhere(ids: readonly string[] | null): void;
  facets(): Promise<LibraryFacets>;
  /** Per filter value, the records it would leave with the rest of `query`; null until the search index is ready. */
  facetCounts(query: LibraryQuery, cache: MatchCache): Promise<FacetCounts | null>;
  usage(): Promise<StorageUsage>;
  get(id: string): Promise<SavedOutline | undefined>;
  remove(ids: readonly string[]): Promise<{ ok: true; deleted: SavedOutline[] } | WriteFailure>;
  restore(records: readonly SavedOutline[]): Promise<{ ok: true; counts: MergeCounts } | WriteFailure>;
  updateNoteAndTags(id: string, change: NoteAndTags): Promise<{ ok: true; record: SavedOutline } | WriteFailure>;
  /** Replaces one article's highlights (annotations.ts). */
  updateAnnotations(id: string, annotations: readonly Annotation[]): Promise<{ ok: true; record: SavedOutline } | WriteFailure>;
  /** Cancel through `options.signal`; progress comes as the file is checked, then written. */
  importText(text: string, options?: Pick<ImportOptions, 'signal' | 'onProgress'>): Promise<ImportResult>;
  /** Every record as import will take it back; those no import could take are counted, not written. */
  recordsToExport(ids?: readonly string[]): Promise<RecordsForExport>;
  /** The People view's reads from the stored index, and the reader's merges of people. */
  people: PeopleAccess;
  /** What citations of all records, or of those with the given ids, are made from: the list's entries only. */
  citableEntries(ids?: readonly string[]): Promise<CitableRecord[]>;
  /** Every saved article's dates, title, site and tags, for the Timeline: the list's entries only. */
  timelineEntries(): Promise<TimelineEntry[]>;
}

/**
 * Runs a write and, when it changed something, patches this page's search index with the
 * records it touched (`changed`, before the caller hears of it, so its next search sees them)
 * and tells the other pages which records those are.
 */
async function announced<T extends { ok: boolean }>(changed: (ids: readonly string[]) => void, write: (touched: (ids: readonly string[]) => void) => Promise<T>): Promise<T> {
  const ids: string[] = [];
  const result = await write((touched) => ids.push(...touched));
  if (result.ok) {
    changed(ids);
    announceLibraryChange(ids);
  }
  return result;
}

/** `keeper`: the page's search index keeper (tests pass one that holds its copy back). */
export function libraryClient(db: LibraryDatabase, keeper = new SearchIndexKeeper(db)): LibraryClient {
  /**
   * The People view's list, read while the index builds at the first opening (no saved copy):
   * the build waits for it as for a search (MatchCache.reading), since the reader waits for the
   * list and not for the index (575 ms to People at 10,000 outlines in Chromium with both at once).
   */
  const peopleReads = new MatchCache();
  /** The newest records, read and indexed beside the first list for a first search typed before the index is ready. */
  const newestAhead = new NewestRecordsAhead(db);
  const changed = (ids: readonly string[] | null): void => {
    newestAhead.drop();
    keeper.changed(ids);
  };
  /** A write from this page: the newest records read ahead are dropped as it starts (an import writes for seconds). */
  const written = <T extends { ok: boolean }>(write: (touched: (ids: readonly string[]) => void) => Promise<T>): Promise<T> => {
    newestAhead.drop();
    return announced(changed, write);
  };
  /**
   * A query of filters alone typed while the saved index is still being read (read as the page
   * opens, with the writes logged since): answered by whichever comes first, the store's indexes
   * or the copy. A copy being checked against every list entry (the log no longer reaching back)
   * is never waited for (keeper.checkingWholeList).
   */
  const fromCopyOrStore = (query: LibraryQuery, limit: number, cache: MatchCache): Promise<LibraryPage> => {
    const fromStore = findOutlines(db, query, { limit, cache });
    const fromMemory = keeper.current().then((index) => {
      if (!index) return fromStore;
      cache.useIndex(index);
      return findOutlines(db, query, { limit, cache });
    });
    return Promise.race([fromStore, fromMemory]);
  };
  /**
   * Words typed while there is no index in memory yet: answered from the newest records
   * (search-newest-scan.ts, LibraryPage.partial) and asked again by the page once the index is
   * ready; or from the index, when it is ready first. The build, if there is no copy, starts now
   * (or the page's idle one is joined) and waits while the newest records are read (MatchCache.reading),
   * as the copy's unpacking does (keeper.whileSearching): the reader waits for those. A copy being read or checked is never waited for: at 50,000
   * outlines its read alone took about a second after the first list.
   */
  const fromNewestOrIndex = async (query: LibraryQuery, limit: number, cache: MatchCache): Promise<LibraryPage> => {
    void keeper.build({ pause: () => cache.whenIdle() });
    const newest = cache.reading(() => keeper.whileSearching(() => pageFromNewest(db, query, limit, undefined, newestAhead.records)));
    const index = await Promise.race([newest.then(() => null), keeper.current()]);
    if (!index) return newest;
    cache.useIndex(index);
    return findOutlines(db, query, { limit, cache });
  };
  return {
    find: async (query, limit, cache) => {
      // The whole list comes from the date index as fast as from memory: it never waits for the index.
      // Beside it (asked second, so the list's reads go first), the newest records are read and
      // indexed for a first search (NewestRecordsAhead): the first keystroke then costs what the next do.
      if (!narrowsList(query)) {
        const list = findOutlines(db, query, { limit });
        newestAhead.readOnce();
        return list;
      }
      if (!hasWords(query)) {
        if (keeper.checkingWholeList) return findOutlines(db, query, { limit, cache });
        if (keeper.readingCopy) return fromCopyOrStore(query, limit, cache);
      } else if (keeper.readingCopy) {
        return fromNewestOrIndex(query, limit, cache);
      }
      // Words are matched in memory only: the index as it is after every change heard so far
      // (patched in a few milliseconds). When there is none, the newest records answer meanwhile.
      const held = await keeper.current();
      if (!held && hasWords(query)) return fromNewestOrIndex(query, limit, cache);
      if (held) {
        cache.useIndex(held);
        newestAhead.drop();
      }
      return findOutlines(db, query, { limit, cache });
    },
    searchIndex: (pause, signal) =>
      keeper.build({
        signal,
        pause: async () => {
          await peopleReads.whenIdle();
          await newestAhead.settled();
          await pause();
        },
      }),
    openIndexCopy: () => keeper.openCopy(),
    // A copy too large to read beside the list waits for the newest records too: a first search needs those first.
    listShown: () => void newestAhead.settled().then(() => keeper.listShown()),
    changedElsewhere: changed,
    facets: () => libraryFacets(db),
    facetCounts: async (query, cache) => {
      if (!cache.index) {
        const index = await keeper.current();
        if (!index) return null;
        cache.useIndex(index);
      }
      return facetCounts(query, cache);
    },
    usage: () => storageUsage(db),
    get: (id) => getOutline(db, id),
    remove: (ids) =>
      written(async (touched) => {
        touched(ids);
        return deleteOutlines(db, ids);
      }),
    restore: (records) => written((touched) => restoreOutlines(db, records, touched)),
    updateNoteAndTags: (id, change) =>
      written(async (touched) => {
        touched([id]);
        return updateNoteAndTags(db, id, change);
      }),
    updateAnnotations: (id, annotations) =>
      written(async (touched) => {
        touched([id]);
        return updateAnnotations(db, id, annotations);
      }),
    // Fetched on first use: import, export, the People view and citations are not part of opening the library.
    importText: async (text, options) => {
      const { importLibrary } = await import('@/utils/library/import');
      return written((touched) => importLibrary(db, text, { ...options, onWritten: touched }));
    },
    recordsToExport: async (ids) => (await import('@/utils/library/export')).libraryExport(db, ids),
    people: {
      list: (signal) => peopleReads.reading(async () => (await import('@/utils/library/people-read')).readPeople(db, signal)),
      first: (count) => peopleReads.reading(async () => (await import('@/utils/library/people-read')).readFirstPeople(db, count)),
      person: async (key) => (await import('@/utils/library/people-read')).readPerson(db, key),
      merge: async (from, into) => (await import('@/utils/library/people-merges')).mergePeople(db, from, into),
      split: async (key) => (await import('@/utils/library/people-merges')).splitPerson(db, key),
      separate: async (refs, from) => (await import('@/utils/library/people-splits')).separateSpeakers(db, refs, from),
      mergeBack: async (key) => (await import('@/utils/library/people-splits')).mergeBack(db, key),
    },
    citableEntries: async (ids) => (await import('@/utils/library/citations/read-entries')).readCitableEntries(db, ids),
    timelineEntries: async () => (await import('@/utils/library/timeline-read')).readTimelineEntries(db),
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
