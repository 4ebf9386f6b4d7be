import type { MemoryIndex } from './memory-index';

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
  #index: MemoryIndex | null = null;

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

  useIndex(index: MemoryIndex): void {
    this.#index = index;
  }
}

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  if (map.size >= MatchCache.SIZE) map.delete(map.keys().next().value ?? '');
  map.set(key, value);
}
