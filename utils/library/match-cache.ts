/**
 * Ids per part of a query, kept by one page from one keystroke to the next: typing
 * "dang uy" reads "dang" once, not again with every letter of "uy". Whoever holds it
 * must drop it when the library changes (use-library-page.ts does, on every reload).
 */
export class MatchCache {
  static readonly SIZE = 24;
  readonly #sets = new Map<string, Set<string>>();

  async get(key: string, read: () => Promise<string[]>): Promise<Set<string>> {
    const known = this.#sets.get(key);
    if (known) return known;
    const ids = new Set(await read());
    if (this.#sets.size >= MatchCache.SIZE) this.#sets.delete(this.#sets.keys().next().value ?? '');
    this.#sets.set(key, ids);
    return ids;
  }
}
