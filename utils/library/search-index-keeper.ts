import type { LibraryDatabase } from './db';
import type { MemoryIndex } from './memory-index';
import { MatchCache } from './match-cache';
import { loadMemoryIndex, readChangesSince, readLastPosition } from './memory-index-load';
import { LIST_ENTRIES } from './db-schema';
import { loadIndexCopy, saveIndexCopy, type IndexCopy } from './search-index-copy';

/** How long after the last change the index is saved for the next opening: one save for a burst of writes. */
const SAVE_DELAY_MS = 2_000;
/** Measured when a saved copy is loaded and checked: how long each part took, for the browser bench. */
export const COPY_CHECKED_MEASURE = 'lede-library-index-copy';
/**
 * More changed records than this since the copy was saved (or half the copy's records, if more),
 * and the copy is dropped for a build. A patch reads only the changed records, a build every
 * record; and a search with words waits for one or the other (the store has no index of words),
 * so a large copy is patched unless a large part of it changed (at 10,000 outlines, up to 5,000
 * changed records are read rather than all 10,000).
 */
const MAX_STALE = 500;

function staleLimit(index: MemoryIndex): number {
  return Math.max(MAX_STALE, Math.floor(index.size / 2));
}
/**
 * Up to this many records, the copy is read as the page opens, beside the first list (about
 * 13 MB at 10,000 outlines). A larger one waits for the first list: at 50,000 outlines (about
 * 60 MB, 1.7 s to read on a busy machine) read beside it, the list took 1.6 s instead of < 0.5.
 */
const EARLY_COPY_RECORDS = 20_000;
/** A large copy is read this long after opening at the latest, if no first list was reported. */
const LIST_WAIT_MS = 2_000;

/** An index and the change-log position it holds (change-log.ts): every write up to it is in the index. */
type Held = IndexCopy;

/** A build started before a change of unknown records is thrown away; others are caught up from the log after it. */
interface RunningBuild {
  unknown: boolean;
}

/**
 * Keeps one page's in-memory search index current across writes, here and in other pages.
 * The index knows the change-log position it holds; after any write it reads the log's
 * entries since then, and the records they name (and those the announcement names), in one
 * transaction, and patches them in (MemoryIndex.patched). The next search waits the few
 * milliseconds that takes and is answered from memory. Patches run one after another, so the
 * last one leaves the index as the store is. A change that names nothing drops the index for
 * a fresh build.
 */
export class SearchIndexKeeper {
  readonly #db: LibraryDatabase;
  #settled: Promise<Held | null> = Promise.resolve(null);
  readonly #builds = new Set<RunningBuild>();
  #building: Promise<MemoryIndex | null> | null = null;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #copyAsked = false;
  #listShown: () => void = () => undefined;
  readonly #afterList = new Promise<void>((resolve) => {
    this.#listShown = resolve;
  });
  #readingCopy = false;
  #checkingWholeList = false;
  /** Searches answered from the newest records while the copy is read: its unpacking waits for them (whileSearching). */
  readonly #searches = new MatchCache();

  readonly #earlyCopyRecords: number;

  /** `earlyCopyRecords`: up to how many records a copy is read beside the first list (EARLY_COPY_RECORDS; tests hold the copy back with 0). */
  constructor(db: LibraryDatabase, { earlyCopyRecords = EARLY_COPY_RECORDS }: { earlyCopyRecords?: number } = {}) {
    this.#db = db;
    this.#earlyCopyRecords = earlyCopyRecords;
  }

  /**
   * Takes the index saved by an earlier page (search-index-copy.ts) and the writes logged since
   * it was saved, patched in before any search uses it, so it is never stale. One read of typed
   * arrays and of a few log entries, where a build reads every record for seconds: called as the
   * page opens, the index is ready about when the first list is. Does nothing if asked before or
   * an index is already held.
   */
  openCopy(): void {
    if (this.#copyAsked) return;
    this.#copyAsked = true;
    this.#readingCopy = true;
    // Cleared before the copy is handed to anyone waiting for it: a search that hears the index is
    // ready and asks again (use-library-page.ts) is then answered from it, not from the newest records.
    this.#settled = this.#settled.then(async (held) => {
      try {
        return held ?? (await this.#checkedCopy());
      } finally {
        this.#readingCopy = false;
      }
    });
  }

  /**
   * True while the saved copy is being read and brought up to date (130–180 ms at 10,000 outlines
   * on a busy machine, about a second at 50,000), or found missing. A query typed meanwhile does
   * not wait for it (library-client.ts): filters alone race the store's indexes against it; words
   * race the newest records (search-newest-scan.ts), and are asked again once the copy is ready.
   */
  get readingCopy(): boolean {
    return this.#readingCopy;
  }

  /**
   * True while a saved copy the log could not bring up to date is checked against every list
   * entry (hundreds of milliseconds at 50,000 outlines): a query of filters alone typed meanwhile
   * reads the store's indexes rather than wait. Rare: the copy is more than a thousand writes behind.
   */
  get checkingWholeList(): boolean {
    return this.#checkingWholeList;
  }

  /**
   * Runs a search the reader waits for while the copy may be read: the copy's unpacking (hundreds
   * of milliseconds of time slices at 50,000 outlines) waits while it runs, as a build does (MatchCache.reading).
   */
  whileSearching<T>(search: () => Promise<T>): Promise<T> {
    return this.#searches.reading(search);
  }

  /** The page's first list is on screen: a large saved copy may be read now. */
  listShown(): void {
    this.#listShown();
  }

  /** Nothing for a copy read beside the first list; the first list, or LIST_WAIT_MS, for a large one. */
  async #readingTime(records: number): Promise<void> {
    if (records <= this.#earlyCopyRecords) return;
    await Promise.race([this.#afterList, new Promise((resolve) => setTimeout(resolve, LIST_WAIT_MS))]);
  }

  async #checkedCopy(): Promise<Held | null> {
    try {
      let started = performance.now();
      const copy = await loadIndexCopy(
        this.#db.name,
        async (records) => {
          await this.#readingTime(records);
          started = performance.now();
        },
        () => this.#searches.whenIdle(),
      );
      const loaded = performance.now();
      if (!copy) return null;
      const caughtUp = await this.#catchUp(copy, [], staleLimit(copy.index));
      const held = caughtUp ?? (await this.#checkedAgainstList(copy));
      performance.measure(COPY_CHECKED_MEASURE, { start: started, detail: { loadMs: loaded - started, checkMs: performance.now() - loaded, byLog: caughtUp !== null } });
      // Saved again only when the log brought changes: a save packs and writes the whole index
      // (tens of MB at 10,000 outlines), which a search typed meanwhile would wait behind.
      if (held && held.index !== copy.index) this.#scheduleSave();
      return held;
    } catch {
      // No copy database (storage refused it): the page builds the index as before.
      return null;
    }
  }

  /** The copy checked against every list entry (ids and updatedAt): when the log no longer reaches back to it. */
  async #checkedAgainstList(copy: Held): Promise<Held | null> {
    // One of a library that has grown or shrunk by more than a patch should take is known without reading the entries.
    if (Math.abs((await this.#db.count(LIST_ENTRIES)) - copy.index.size) > staleLimit(copy.index)) return null;
    this.#checkingWholeList = true;
    try {
      const position = await readLastPosition(this.#db);
      const stale = copy.index.staleIds(await this.#db.getAll(LIST_ENTRIES));
      // Mostly rewritten since (a library filled or imported by other means): a build reads it in batches, a patch all at once.
      if (stale.length > staleLimit(copy.index)) return null;
      // The log from `position` on names what was written after the entries were read.
      return await this.#catchUp({ index: copy.index, position }, stale);
    } finally {
      this.#checkingWholeList = false;
    }
  }

  /** Saves the index as it is after every change heard so far, for the next page that opens the library. */
  async saveCopy(): Promise<void> {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const held = await this.#settled;
    if (held) await saveIndexCopy(this.#db.name, held.index, held.position).catch(() => undefined);
  }

  #scheduleSave(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.saveCopy(), SAVE_DELAY_MS);
  }

  /** The index once every change heard so far is in it; null while there is none. */
  async current(): Promise<MemoryIndex | null> {
    return (await this.#settled)?.index ?? null;
  }

  /** After a write: `ids` are the records it touched, null when unknown. */
  changed(ids: readonly string[] | null): void {
    if (ids === null) {
      for (const build of this.#builds) build.unknown = true;
      // A search from now on starts a build of its own rather than join one that will come to nothing.
      this.#building = null;
      this.#settled = Promise.resolve(null);
      return;
    }
    if (ids.length === 0) return;
    this.#settled = this.#settled.then((held) => (held ? this.#caughtUpOrDropped(held, ids) : null));
    this.#scheduleSave();
  }

  async #caughtUpOrDropped(held: Held, ids: readonly string[]): Promise<Held | null> {
    try {
      return await this.#catchUp(held, ids);
    } catch {
      // The database went away or refused the read: searches fall back to the store, and the page rebuilds.
      return null;
    }
  }

  /**
   * `held` with every write logged since its position patched in, and the records `ids`; null
   * when the log no longer reaches back to it, more than `limit` records changed (a build reads
   * them in batches, a patch all at once), or the result does not count the records the list
   * holds (a library deleted and made anew under the same name).
   */
  async #catchUp(held: Held, ids: readonly string[], limit = Number.POSITIVE_INFINITY): Promise<Held | null> {
    const since = await readChangesSince(this.#db, held.position, ids, limit);
    if (!since) return null;
    const index = since.changes.length === 0 ? held.index : held.index.patched(since.changes);
    return index.size === since.count ? { index, position: since.position } : null;
  }

  /**
   * The index, built from the stores if there is none yet; a build already running is joined,
   * not started again (the page starts one when idle, a search typed before then needs one at
   * once: words have no index in the store, migrations.ts). Null if `signal` aborted the build
   * or a change of unknown records came during it.
   */
  async build(options: { signal?: AbortSignal; pause?: () => Promise<void> } = {}): Promise<MemoryIndex | null> {
    const held = await this.#settled;
    if (held) return held.index;
    if (!this.#building) {
      const building = this.#runBuild(options);
      this.#building = building;
      void building.finally(() => {
        if (this.#building === building) this.#building = null;
      });
    }
    return this.#building;
  }

  async #runBuild(options: { signal?: AbortSignal; pause?: () => Promise<void> }): Promise<MemoryIndex | null> {
    const run: RunningBuild = { unknown: false };
    this.#builds.add(run);
    try {
      // Read first: a write after it may or may not be in what the build reads, and is read again after it.
      const position = await readLastPosition(this.#db);
      const built = await loadMemoryIndex(this.#db, options);
      if (!built || run.unknown) return null;
      this.#settled = this.#settled.then((current) => current ?? this.#caughtUpOrDropped({ index: built, position }, []));
      this.#scheduleSave();
      return (await this.#settled)?.index ?? null;
    } finally {
      this.#builds.delete(run);
    }
  }
}
