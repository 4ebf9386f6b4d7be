import type { MemoryIndex } from './memory-index';
import type { PhraseVerdicts } from './search-phrases';

/**
 * What one page keeps of one version of the library between keystrokes: ids per part of
 * a query (typing "dang uy" reads "dang" once, not again with every letter of "uy"), and,
 * once built, the in-memory search index (memory-index.ts) that answers without reading
 * index entries. Whoever holds it must drop it when the library changes
 * (use-library-page.ts makes a new one on every reload).
 */
export class MatchCache {
  static readonly SIZE = 24;
  readonly #sets = new Map<string, Set<string>>();
  readonly #docs = new Map<string, Int32Array>();
  /** What each query's phrases said of each record read for them (search-phrases.ts): paging on reads no record twice. */
  readonly verdicts: PhraseVerdicts = new Map();
  #index: MemoryIndex | null = null;
  #searching = 0;
  #waiting: (() => void)[] = [];

  async get(key: string, read: () => Promise<string[]>): Promise<Set<string>> {
    const known = this.#sets.get(key);
    if (known) return known;
    const ids = new Set(await read());
    remember(this.#sets, key, ids);
    return ids;
  }

  /** The same for the in-memory index, whose answers are sorted record numbers. */
  docs(key: string, read: () => Int32Array): Int32Array {
    const known = this.#docs.get(key);
    if (known) return known;
    const docs = read();
    remember(this.#docs, key, docs);
    return docs;
  }

  /** The in-memory index of this version of the library, once built; null before. */
  get index(): MemoryIndex | null {
    return this.#index;
  }

  /** A patched index numbers records anew: what was remembered of the last one no longer applies. */
  useIndex(index: MemoryIndex): void {
    if (index !== this.#index) this.#docs.clear();
    this.#index = index;
  }

  /**
   * Runs a search that reads the store's indexes. While one runs, the index build waits
   * (whenIdle): on two busy cores the two would slow each other, and the reader is waiting
   * for the search, not for the build.
   */
  async reading<T>(search: () => Promise<T>): Promise<T> {
    this.#searching++;
    try {
      return await search();
    } finally {
      if (--this.#searching === 0) for (const resume of this.#waiting.splice(0)) resume();
    }
  }

  whenIdle(): Promise<void> {
    return this.#searching === 0 ? Promise.resolve() : new Promise((resolve) => this.#waiting.push(resolve));
  }
}

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  if (map.size >= MatchCache.SIZE) map.delete(map.keys().next().value ?? '');
  map.set(key, value);
}
