import type { LibraryDatabase } from './db';
import type { MemoryIndex } from './memory-index';
import { loadMemoryIndex, readRecordChanges } from './memory-index-load';
import { LIST_ENTRIES } from './db-schema';
import { loadIndexCopy, saveIndexCopy } from './search-index-copy';

/** How long after the last change the index is saved for the next opening: one save for a burst of writes. */
const SAVE_DELAY_MS = 2_000;
/** Measured when a saved copy is loaded and checked: how long each part took, for the browser bench. */
export const COPY_CHECKED_MEASURE = 'lede-library-index-copy';
/** More changed records than this since the copy was saved, and the copy is dropped for a build. */
const MAX_STALE = 500;

/** A build started before a change of unknown records is thrown away; changes of known ones are patched in after it. */
interface RunningBuild {
  changed: Set<string>;
  unknown: boolean;
}

/**
 * Keeps one page's in-memory search index current across writes, here and in other pages.
 * A change that names its records is patched in (a read of those records, then
 * MemoryIndex.patched): the next search waits the few milliseconds that takes and is
 * answered from memory, not from the store's indexes. Patches run one after another, each
 * reading the records after the write that announced them, so the last one leaves the index
 * as the store is. A change that names nothing drops the index for a fresh build.
 */
export class SearchIndexKeeper {
  readonly #db: LibraryDatabase;
  #settled: Promise<MemoryIndex | null> = Promise.resolve(null);
  readonly #builds = new Set<RunningBuild>();
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #copyAsked = false;
  #readingCopy = false;

  constructor(db: LibraryDatabase) {
    this.#db = db;
  }

  /**
   * Takes the index saved by an earlier page (search-index-copy.ts), checked first against
   * the list's entries: records written, edited or deleted since it was saved are patched
   * in before any search uses it, so it is never stale. Much cheaper than a build, which
   * reads every record's tokens: the index is ready a moment after the first list, not
   * seconds. Does nothing if there is no copy or an index is already held.
   */
  openCopy(): void {
    if (this.#copyAsked) return;
    this.#copyAsked = true;
    this.#readingCopy = true;
    this.#settled = this.#settled.then(async (held) => held ?? (await this.#checkedCopy()));
    void this.#settled.finally(() => {
      this.#readingCopy = false;
    });
  }

  /**
   * True while the saved copy is being read. Reading it takes 130–160 ms at 10,000 outlines
   * in both browsers (22 MB), longer than a search of the store's indexes in Firefox and about
   * as long in Chromium, so a search typed meanwhile reads the store rather than wait.
   */
  get readingCopy(): boolean {
    return this.#readingCopy;
  }

  async #checkedCopy(): Promise<MemoryIndex | null> {
    try {
      const started = performance.now();
      const copy = await loadIndexCopy(this.#db.name);
      const loaded = performance.now();
      // No copy, or one of a library that has grown or shrunk by more than a patch should take:
      // known without reading the entries, which would slow a search typed meanwhile.
      if (!copy || Math.abs((await this.#db.count(LIST_ENTRIES)) - copy.size) > MAX_STALE) return null;
      // In one request: one pause of the page, not ten round trips.
      const entries = await this.#db.getAll(LIST_ENTRIES);
      performance.measure(COPY_CHECKED_MEASURE, { start: started, detail: { loadMs: loaded - started, checkMs: performance.now() - loaded } });
      const stale = copy.staleIds(entries);
      if (stale.length === 0) return copy;
      // Mostly rewritten since (a library filled or imported by other means): a build reads it in batches, a patch all at once.
      if (stale.length > MAX_STALE) return null;
      const patched = await this.#patch(copy, stale);
      this.#scheduleSave();
      return patched;
    } catch {
      // No copy database (storage refused it): the page builds the index as before.
      return null;
    }
  }

  /** Saves the index as it is after every change heard so far, for the next page that opens the library. */
  async saveCopy(): Promise<void> {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const index = await this.#settled;
    if (index) await saveIndexCopy(this.#db.name, index).catch(() => undefined);
  }

  #scheduleSave(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.saveCopy(), SAVE_DELAY_MS);
  }

  /** The index once every change heard so far is in it; null while there is none. */
  current(): Promise<MemoryIndex | null> {
    return this.#settled;
  }

  /** After a write: `ids` are the records it touched, null when unknown. */
  changed(ids: readonly string[] | null): void {
    for (const build of this.#builds) {
      if (ids === null) build.unknown = true;
      else for (const id of ids) build.changed.add(id);
    }
    if (ids === null) {
      this.#settled = Promise.resolve(null);
      return;
    }
    if (ids.length === 0) return;
    this.#settled = this.#settled.then((index) => (index ? this.#patch(index, ids) : null));
    this.#scheduleSave();
  }

  async #patch(index: MemoryIndex, ids: readonly string[]): Promise<MemoryIndex | null> {
    try {
      return index.patched(await readRecordChanges(this.#db, ids));
    } catch {
      // The database went away or refused the read: searches fall back to the store, and the page rebuilds.
      return null;
    }
  }

  /**
   * The index, built from the stores if there is none yet. Null if `signal` aborted the
   * build or a change of unknown records came during it.
   */
  async build(options: { signal?: AbortSignal; pause?: () => Promise<void> } = {}): Promise<MemoryIndex | null> {
    const held = await this.#settled;
    if (held) return held;
    const run: RunningBuild = { changed: new Set(), unknown: false };
    this.#builds.add(run);
    try {
      const built = await loadMemoryIndex(this.#db, options);
      if (!built || run.unknown) return null;
      // Records written during the build may have been read before their write: read them again.
      this.#settled = this.#settled.then((index) => index ?? (run.changed.size === 0 ? built : this.#patch(built, [...run.changed])));
      this.#scheduleSave();
      return await this.#settled;
    } finally {
      this.#builds.delete(run);
    }
  }
}
