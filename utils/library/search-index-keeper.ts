import type { LibraryDatabase } from './db';
import type { MemoryIndex } from './memory-index';
import { loadMemoryIndex, readRecordChanges } from './memory-index-load';

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

  constructor(db: LibraryDatabase) {
    this.#db = db;
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
      return await this.#settled;
    } finally {
      this.#builds.delete(run);
    }
  }
}
