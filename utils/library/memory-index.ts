import type { LibraryEntry, SearchEntry } from './schema';
import { PREFIX_MARK, queryTerms, type QueryTerm } from './search-tokens';
import type { LibraryQuery } from './search';
import { TermTable } from './term-table';

/**
 * Keys of the filters, kept in the same table as the words. Folded words never hold
 * control characters (search-tokens.ts), so these cannot meet a word.
 */
const FILTER_MARK = '\u0002';
const siteKey = (site: string): string => `${FILTER_MARK}site\u0000${site}`;
const tagKey = (tag: string): string => `${FILTER_MARK}tag\u0000${tag}`;
const langKey = (lang: string): string => `${FILTER_MARK}lang\u0000${lang}`;

/** CJK tokens are never matched as prefixes (queryTerms), so the sorted word list leaves them out. */
const STARTS_CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u;
const FIRST_CJK_UNIT = 0x1100;

function matchesAsPrefix(token: string): boolean {
  if (token.startsWith(FILTER_MARK)) return false;
  return token.charCodeAt(0) < FIRST_CJK_UNIT || !STARTS_CJK.test(token);
}

/** What the index keeps of a list entry: its order and what the filters look at. */
export type IndexedEntry = Pick<LibraryEntry, 'id' | 'savedAt' | 'updatedAt' | 'siteName' | 'lang' | 'tags'>;

/** The order of the savedAt index, reversed: newest first, equal times by descending id. */
function newestFirst(a: Pick<IndexedEntry, 'id' | 'savedAt'>, b: Pick<IndexedEntry, 'id' | 'savedAt'>): number {
  return b.savedAt - a.savedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The filter keys of an entry, each once: terms of the index like its words. */
function filterKeys(entry: IndexedEntry): string[] {
  const keys: string[] = [];
  if (typeof entry.siteName === 'string') keys.push(siteKey(entry.siteName));
  if (typeof entry.lang === 'string') keys.push(langKey(entry.lang));
  if (Array.isArray(entry.tags)) keys.push(...new Set(entry.tags.filter((tag) => typeof tag === 'string').map(tagKey)));
  return keys;
}

/** A stored token the index keeps: a filter key or a stored "starts with" entry never is one. */
function isIndexedToken(token: unknown): token is string {
  return typeof token === 'string' && !token.startsWith(FILTER_MARK) && !token.startsWith(PREFIX_MARK);
}

/**
 * What a write did to one record, as the index needs it: its list entry and search tokens
 * as they are now, or no entry when it is gone (records read them after the write).
 */
export interface RecordChange {
  id: string;
  entry: IndexedEntry | undefined;
  tokens: readonly unknown[];
}

/** A growable Int32Array: millions of numbers without millions of JS array slots. */
class IntList {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/**
 * Collects a library's tokens, record by record in any order, into the compact index.
 * Records are numbered newest first before any token is read, so every posting list
 * comes out sorted by that number: the first matches are the newest, with no date index.
 */
export class MemoryIndexBuilder {
  readonly #ids: string[];
  readonly #docOf = new Map<string, number>();
  readonly #terms = new TermTable();
  readonly #counts = new IntList();
  /** Term numbers of every record, one run per record and kind, in the order they arrive. */
  readonly #flat = new IntList();
  /** Per record: start and length of its filter run, then of its token run. */
  readonly #runs: Int32Array;
  readonly #savedAt: Float64Array;
  readonly #updatedAt: Float64Array;

  constructor(entries: readonly IndexedEntry[]) {
    const ordered = [...entries].sort(newestFirst);
    this.#ids = ordered.map((entry) => entry.id);
    this.#runs = new Int32Array(ordered.length * 4).fill(-1);
    this.#savedAt = Float64Array.from(ordered, (entry) => entry.savedAt);
    this.#updatedAt = Float64Array.from(ordered, (entry) => entry.updatedAt);
    ordered.forEach((entry, doc) => this.#docOf.set(entry.id, doc));
    // Filters become terms of their own, read from the entries, as the store's indexes do.
    for (const [doc, entry] of ordered.entries()) this.#addRun(doc * 4, filterKeys(entry), false);
  }

  #termOf(token: string): number {
    const term = this.#terms.intern(token);
    if (term === this.#counts.length) this.#counts.push(0);
    return term;
  }

  #addRun(slot: number, tokens: readonly unknown[], stored: boolean): void {
    this.#runs[slot] = this.#flat.length;
    for (const token of tokens) {
      // A stored token never passes for a filter key. The stored "word starts with" entries
      // are left out: in memory, the sorted word list answers prefixes of any length.
      if (typeof token !== 'string' || (stored && !isIndexedToken(token))) continue;
      const term = this.#termOf(token);
      this.#flat.push(term);
      this.#counts.data[term] = (this.#counts.data[term] ?? 0) + 1;
    }
    this.#runs[slot + 1] = this.#flat.length - (this.#runs[slot] ?? 0);
  }

  /** One record's search tokens; a record with no list entry is not in the list, so not in the index. */
  add(search: SearchEntry): void {
    const doc = this.#docOf.get(search.id);
    if (doc === undefined || !Array.isArray(search.tokens) || this.#runs[doc * 4 + 2] !== -1) return;
    // Stored tokens are always computed by Lede (withSearchTokens), never taken from a file: no duplicates.
    this.#addRun(doc * 4 + 2, search.tokens, true);
  }

  build(): MemoryIndex {
    const termCount = this.#terms.size;
    const offsets = new Int32Array(termCount + 1);
    for (let term = 0; term < termCount; term++) offsets[term + 1] = (offsets[term] ?? 0) + (this.#counts.data[term] ?? 0);
    const postings = new Int32Array(offsets[termCount] ?? 0);
    const next = offsets.slice(0, termCount);
    const flat = this.#flat.data;
    for (let slot = 0; slot < this.#runs.length; slot += 2) {
      const doc = slot >> 2;
      const start = this.#runs[slot] ?? -1;
      const end = start + (this.#runs[slot + 1] ?? 0);
      for (let i = start; i >= 0 && i < end; i++) {
        const term = flat[i] ?? 0;
        postings[next[term] ?? 0] = doc;
        next[term] = (next[term] ?? 0) + 1;
      }
    }
    const words = [...this.#terms.tokens()].filter(matchesAsPrefix).sort();
    return new MemoryIndex({ ids: this.#ids, savedAt: this.#savedAt, updatedAt: this.#updatedAt, terms: this.#terms, offsets, postings, words });
  }
}

/** What a MemoryIndex is made of. */
export interface IndexParts {
  ids: readonly string[];
  savedAt: Float64Array;
  /** Per record number, its updatedAt: how a saved copy of the index tells which records changed since. */
  updatedAt: Float64Array;
  terms: TermTable;
  offsets: Int32Array;
  postings: Int32Array;
  words: readonly string[];
}

/** Where `value` would go in the sorted `list`. */
function lowerBound(list: readonly string[], value: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] ?? '') < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Both sorted lists' common numbers, sorted. */
function intersectSorted(small: Int32Array, large: Int32Array): Int32Array {
  const out = new Int32Array(small.length);
  let found = 0;
  let j = 0;
  for (let i = 0; i < small.length && j < large.length; i++) {
    const doc = small[i] ?? 0;
    // Galloping would be faster for very uneven lists; a linear walk is already microseconds here.
    while (j < large.length && (large[j] ?? 0) < doc) j++;
    if (large[j] === doc) out[found++] = doc;
  }
  return out.subarray(0, found);
}

/**
 * A library's search tokens and filters in memory: every token once, its records as a
 * sorted run of small integers in one Int32Array. Answers the same questions as the
 * `tokens`, `siteName`, `lang` and `tags` indexes, without the per-id cost of reading
 * them (tens of microseconds an id in Chromium). Built once per version of the library
 * (search-session.ts); any change in any page makes a new one.
 */
export class MemoryIndex {
  readonly #ids: readonly string[];
  /** Per record number, its savedAt: where a changed record goes among the others. */
  readonly #savedAt: Float64Array;
  readonly #updatedAt: Float64Array;
  readonly #terms: TermTable;
  readonly #offsets: Int32Array;
  readonly #postings: Int32Array;
  /** Tokens a typed prefix can match, sorted: a prefix is a range of them. */
  readonly #words: readonly string[];

  constructor(parts: IndexParts) {
    this.#ids = parts.ids;
    this.#savedAt = parts.savedAt;
    this.#updatedAt = parts.updatedAt;
    this.#terms = parts.terms;
    this.#offsets = parts.offsets;
    this.#postings = parts.postings;
    this.#words = parts.words;
  }

  /**
   * This index with `changes` applied, without reading the rest of the library again: the
   * changed records leave their places and come back (if they still exist) where their
   * savedAt puts them, every posting list renumbered in one pass. Tens of milliseconds at
   * 10,000 outlines where a rebuild reads every record for seconds. The term table is
   * shared and grows: terms this index never saw have no postings here, so it still
   * answers as before for whoever holds it.
   */
  patched(changes: readonly RecordChange[]): MemoryIndex {
    const gone = new Set(changes.map((change) => change.id));
    const added = changes.flatMap((change) => (change.entry ? [{ entry: change.entry, tokens: change.tokens }] : []));
    added.sort((a, b) => newestFirst(a.entry, b.entry));
    const { ids, savedAt, updatedAt, renumbered, addedDocs } = this.#mergeOrder(gone, added.map((one) => one.entry));
    const oldTermCount = this.#offsets.length - 1;
    const extra = new Map<number, number[]>();
    const newWords: string[] = [];
    added.forEach(({ entry, tokens }, k) => {
      const doc = addedDocs[k] ?? 0;
      const terms = new Set<number>();
      for (const token of [...filterKeys(entry), ...tokens.filter(isIndexedToken)]) {
        const term = this.#terms.intern(token);
        if (term >= oldTermCount && !extra.has(term) && matchesAsPrefix(token)) newWords.push(token);
        terms.add(term);
      }
      for (const term of terms) {
        const docs = extra.get(term);
        if (docs) docs.push(doc);
        else extra.set(term, [doc]);
      }
    });
    const { offsets, postings } = this.#renumberPostings(renumbered, extra);
    const words = newWords.length === 0 ? this.#words : [...this.#words, ...newWords].sort();
    return new MemoryIndex({ ids, savedAt, updatedAt, terms: this.#terms, offsets, postings, words });
  }

  /** The new numbering: kept records in their order, added ones merged in by date. */
  #mergeOrder(
    gone: ReadonlySet<string>,
    added: readonly IndexedEntry[],
  ): { ids: string[]; savedAt: Float64Array; updatedAt: Float64Array; renumbered: Int32Array; addedDocs: number[] } {
    const ids: string[] = [];
    const savedAt: number[] = [];
    const updatedAt: number[] = [];
    const renumbered = new Int32Array(this.#ids.length).fill(-1);
    const addedDocs: number[] = [];
    let k = 0;
    for (let doc = 0; doc <= this.#ids.length; doc++) {
      const id = this.#ids[doc];
      const kept = id !== undefined && !gone.has(id) ? { id, savedAt: this.#savedAt[doc] ?? 0, updatedAt: this.#updatedAt[doc] ?? 0 } : null;
      // Added entries that come before this kept record (or all that remain, at the end).
      for (let next = added[k]; next !== undefined && (id === undefined || (kept !== null && newestFirst(next, kept) < 0)); next = added[++k]) {
        addedDocs.push(ids.length);
        ids.push(next.id);
        savedAt.push(next.savedAt);
        updatedAt.push(next.updatedAt);
      }
      if (kept === null) continue;
      renumbered[doc] = ids.length;
      ids.push(kept.id);
      savedAt.push(kept.savedAt);
      updatedAt.push(kept.updatedAt);
    }
    return { ids, savedAt: Float64Array.from(savedAt), updatedAt: Float64Array.from(updatedAt), renumbered, addedDocs };
  }

  /** Every posting list through the new numbering, gone records left out, added ones merged in (lists stay sorted: the renumbering keeps order). */
  #renumberPostings(renumbered: Int32Array, extra: ReadonlyMap<number, number[]>): { offsets: Int32Array; postings: Int32Array } {
    const termCount = this.#terms.size;
    let extraCount = 0;
    for (const docs of extra.values()) extraCount += docs.length;
    const postings = new Int32Array(this.#postings.length + extraCount);
    const offsets = new Int32Array(termCount + 1);
    let at = 0;
    for (let term = 0; term < termCount; term++) {
      const end = this.#offsets[term + 1] ?? 0;
      let i = term < this.#offsets.length - 1 ? (this.#offsets[term] ?? 0) : end;
      const more = extra.get(term) ?? [];
      let j = 0;
      for (;;) {
        const old = i < end ? (renumbered[this.#postings[i] ?? 0] ?? -1) : -1;
        if (i < end && old < 0) {
          i++;
          continue;
        }
        const add = more[j];
        if (i >= end && add === undefined) break;
        if (add === undefined || (i < end && old < add)) {
          postings[at++] = old;
          i++;
        } else {
          postings[at++] = add;
          j++;
        }
      }
      offsets[term + 1] = at;
    }
    return { offsets, postings: postings.subarray(0, at) };
  }

  get size(): number {
    return this.#ids.length;
  }

  /** Bytes held by the typed arrays, the number of distinct tokens, and of those kept as strings. */
  get footprint(): { postingBytes: number; terms: number; words: number } {
    return { postingBytes: this.#offsets.byteLength + this.#postings.byteLength + this.#terms.bytes, terms: this.#terms.size, words: this.#words.length };
  }

  #docsOf(key: string): Int32Array {
    const term = this.#terms.get(key);
    if (term === undefined) return new Int32Array(0);
    return this.#postings.subarray(this.#offsets[term] ?? 0, this.#offsets[term + 1] ?? 0);
  }

  #docsStartingWith(start: string): Int32Array {
    const seen = new Uint8Array(this.#ids.length);
    for (let i = lowerBound(this.#words, start); i < this.#words.length; i++) {
      const word = this.#words[i] ?? '';
      if (!word.startsWith(start)) break;
      for (const doc of this.#docsOf(word)) seen[doc] = 1;
    }
    const out: number[] = [];
    for (let doc = 0; doc < seen.length; doc++) if (seen[doc] === 1) out.push(doc);
    return Int32Array.from(out);
  }

  #docsOfTerm(term: QueryTerm): Int32Array {
    return term.prefix ? this.#docsStartingWith(term.token) : this.#docsOf(term.token);
  }

  /**
   * The records matching every part of the query, as numbers, newest first; null when the
   * query asks for nothing (the whole list). `remembered` keeps a part's records from one
   * keystroke to the next.
   */
  match(query: LibraryQuery, remembered?: (key: string, read: () => Int32Array) => Int32Array): Int32Array | null {
    const keep = remembered ?? ((_key: string, read: () => Int32Array) => read());
    const sets = queryTerms(query.text ?? '').map((term) => keep(`${term.prefix ? 'prefix' : 'word'}:${term.token}`, () => this.#docsOfTerm(term)));
    if (query.site) sets.push(this.#docsOf(siteKey(query.site)));
    if (query.tag) sets.push(this.#docsOf(tagKey(query.tag)));
    if (query.lang) sets.push(this.#docsOf(langKey(query.lang)));
    if (sets.length === 0) return null;
    const [smallest, ...others] = sets.sort((a, b) => a.length - b.length);
    let result = smallest ?? new Int32Array(0);
    for (const other of others) result = intersectSorted(result, other);
    return result;
  }

  /** Everything the index is made of, to store it whole (search-index-copy.ts). */
  get parts(): IndexParts {
    return { ids: this.#ids, savedAt: this.#savedAt, updatedAt: this.#updatedAt, terms: this.#terms, offsets: this.#offsets, postings: this.#postings, words: this.#words };
  }

  /** The ids whose records differ from what the index holds: `entries` is the whole list as it is now. */
  staleIds(entries: readonly Pick<IndexedEntry, 'id' | 'updatedAt'>[]): string[] {
    const held = new Map<string, number>();
    this.#ids.forEach((id, doc) => held.set(id, this.#updatedAt[doc] ?? 0));
    const stale: string[] = [];
    for (const { id, updatedAt } of entries) {
      if (held.get(id) !== updatedAt) stale.push(id);
      held.delete(id);
    }
    return [...stale, ...held.keys()];
  }

  /** The record ids of `docs[offset, offset + limit)`. */
  idsOf(docs: Int32Array, offset: number, limit: number): string[] {
    return Array.from(docs.subarray(offset, offset + limit), (doc) => this.#ids[doc] ?? '');
  }

  /** The newest `limit` ids after `offset`: the whole list, without a query. */
  newestIds(offset: number, limit: number): string[] {
    return this.#ids.slice(offset, offset + limit);
  }
}
