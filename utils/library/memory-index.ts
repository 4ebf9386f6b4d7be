import type { LibraryEntry, SearchEntry } from './schema';
import { PREFIX_MARK, STRONG_MARK, queryTerms, strongTokenCount, type QueryTerm } from './search-tokens';
import type { LibraryQuery } from './search';
import { TermTable } from './term-table';
import { dateBounds, recordDate } from './search-dates';

/**
 * Keys of the filters, kept in the same table as the words. Folded words never hold
 * control characters (search-tokens.ts), so these cannot meet a word.
 */
const FILTER_MARK = '\u0002';
const siteKey = (site: string): string => `${FILTER_MARK}site\u0000${site}`;
const tagKey = (tag: string): string => `${FILTER_MARK}tag\u0000${tag}`;
const langKey = (lang: string): string => `${FILTER_MARK}lang\u0000${lang}`;

/** The filters a query can set, each counted per value (facetCounts). */
export const FILTER_KINDS = ['site', 'tag', 'lang'] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];
/** Per filter, how many records each value would leave with the rest of the query as it is. */
export type FacetCounts = Record<FilterKind, Map<string, number>>;

/** The filter and value a filter key stands for; null for a word. */
function filterOfKey(key: string): { kind: FilterKind; value: string } | null {
  if (!key.startsWith(FILTER_MARK)) return null;
  const split = key.indexOf('\u0000');
  const kind = key.slice(FILTER_MARK.length, split);
  return kind === 'site' || kind === 'tag' || kind === 'lang' ? { kind, value: key.slice(split + 1) } : null;
}

/** CJK tokens are never matched as prefixes (queryTerms), so the sorted word list leaves them out. */
const STARTS_CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u;
const FIRST_CJK_UNIT = 0x1100;

export function matchesAsPrefix(token: string): boolean {
  if (token.startsWith(FILTER_MARK)) return false;
  return token.charCodeAt(0) < FIRST_CJK_UNIT || !STARTS_CJK.test(token);
}

/** What the index keeps of a list entry: its order and what the filters look at. */
export type IndexedEntry = Pick<LibraryEntry, 'id' | 'savedAt' | 'updatedAt' | 'published' | 'siteName' | 'lang' | 'tags'>;

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

/** A stored token the index keeps: a filter key, a stored "starts with" entry or the strong mark never is one. */
function isIndexedToken(token: unknown): token is string {
  return typeof token === 'string' && !token.startsWith(FILTER_MARK) && !token.startsWith(PREFIX_MARK) && !token.startsWith(STRONG_MARK);
}

/** The stored tokens the index keeps, and how many of the first of them are strong (title, speakers, key points). */
function indexedTokens(tokens: readonly unknown[]): { tokens: string[]; strong: number } {
  const strongEnd = 1 + strongTokenCount(tokens);
  const kept: string[] = [];
  let strong = 0;
  tokens.forEach((token, i) => {
    if (!isIndexedToken(token)) return;
    kept.push(token);
    if (i < strongEnd) strong++;
  });
  return { tokens: kept, strong };
}

/** Compressed rows: the records of term t are postings[offsets[t], offsets[t + 1]), sorted. */
interface PostingLists {
  offsets: Int32Array;
  postings: Int32Array;
}

/** Rows from per-term counts and, per record, the terms it holds. */
function postingLists(termCount: number, counts: ArrayLike<number>, forEachRun: (add: (doc: number, term: number) => void) => void): PostingLists {
  const offsets = new Int32Array(termCount + 1);
  for (let term = 0; term < termCount; term++) offsets[term + 1] = (offsets[term] ?? 0) + (counts[term] ?? 0);
  const postings = new Int32Array(offsets[termCount] ?? 0);
  const next = offsets.slice(0, termCount);
  forEachRun((doc, term) => {
    postings[next[term] ?? 0] = doc;
    next[term] = (next[term] ?? 0) + 1;
  });
  return { offsets, postings };
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
  readonly #strongCounts = new IntList();
  /** Term numbers of every record, one run per record and kind, in the order they arrive. */
  readonly #flat = new IntList();
  /** Per record: start and length of its filter run, then of its token run. */
  readonly #runs: Int32Array;
  /** Per record: how many of its token run's first terms are strong. */
  readonly #strong: Int32Array;
  readonly #savedAt: Float64Array;
  readonly #updatedAt: Float64Array;
  readonly #dates: Float64Array;

  constructor(entries: readonly IndexedEntry[]) {
    const ordered = [...entries].sort(newestFirst);
    this.#ids = ordered.map((entry) => entry.id);
    this.#runs = new Int32Array(ordered.length * 4).fill(-1);
    this.#strong = new Int32Array(ordered.length);
    this.#savedAt = Float64Array.from(ordered, (entry) => entry.savedAt);
    this.#updatedAt = Float64Array.from(ordered, (entry) => entry.updatedAt);
    this.#dates = Float64Array.from(ordered, recordDate);
    ordered.forEach((entry, doc) => this.#docOf.set(entry.id, doc));
    // Filters become terms of their own, read from the entries, as the store's indexes do.
    for (const [doc, entry] of ordered.entries()) this.#addRun(doc * 4, filterKeys(entry));
  }

  #termOf(token: string): number {
    const term = this.#terms.intern(token);
    if (term === this.#counts.length) {
      this.#counts.push(0);
      this.#strongCounts.push(0);
    }
    return term;
  }

  /** Adds a run of terms; the first `strong` of them are counted as strong too. */
  #addRun(slot: number, tokens: readonly string[], strong = 0): void {
    this.#runs[slot] = this.#flat.length;
    tokens.forEach((token, i) => {
      const term = this.#termOf(token);
      this.#flat.push(term);
      this.#counts.data[term] = (this.#counts.data[term] ?? 0) + 1;
      if (i < strong) this.#strongCounts.data[term] = (this.#strongCounts.data[term] ?? 0) + 1;
    });
    this.#runs[slot + 1] = this.#flat.length - (this.#runs[slot] ?? 0);
  }

  /** One record's search tokens; a record with no list entry is not in the list, so not in the index. */
  add(search: SearchEntry): void {
    const doc = this.#docOf.get(search.id);
    if (doc === undefined || !Array.isArray(search.tokens) || this.#runs[doc * 4 + 2] !== -1) return;
    // Stored tokens are always computed by Lede (withSearchTokens), never taken from a file: no
    // duplicates. A stored token never passes for a filter key, and the stored "word starts with"
    // entries are left out: in memory, the sorted word list answers prefixes of any length.
    const { tokens, strong } = indexedTokens(search.tokens);
    this.#strong[doc] = strong;
    this.#addRun(doc * 4 + 2, tokens, strong);
  }

  /** Calls `add(doc, term)` for every term of every record, records in order; `strongOnly` for the strong terms alone. */
  #eachTerm(strongOnly: boolean, add: (doc: number, term: number) => void): void {
    const flat = this.#flat.data;
    for (let slot = strongOnly ? 2 : 0; slot < this.#runs.length; slot += strongOnly ? 4 : 2) {
      const doc = slot >> 2;
      const start = this.#runs[slot] ?? -1;
      const end = start + (strongOnly ? (this.#strong[doc] ?? 0) : (this.#runs[slot + 1] ?? 0));
      for (let i = start; i >= 0 && i < end; i++) add(doc, flat[i] ?? 0);
    }
  }

  build(): MemoryIndex {
    const termCount = this.#terms.size;
    const all = postingLists(termCount, this.#counts.data, (add) => this.#eachTerm(false, add));
    const strong = postingLists(termCount, this.#strongCounts.data, (add) => this.#eachTerm(true, add));
    const words = [...this.#terms.tokens()].filter(matchesAsPrefix).sort();
    return new MemoryIndex({
      ids: this.#ids,
      savedAt: this.#savedAt,
      updatedAt: this.#updatedAt,
      dates: this.#dates,
      terms: this.#terms,
      ...all,
      strongOffsets: strong.offsets,
      strongPostings: strong.postings,
      words,
    });
  }
}

/** What a MemoryIndex is made of. */
export interface IndexParts {
  ids: readonly string[];
  savedAt: Float64Array;
  /** Per record number, its updatedAt: how a saved copy of the index tells which records changed since. */
  updatedAt: Float64Array;
  /** Per record number, the date the date filter reads (search-dates.ts, recordDate). */
  dates: Float64Array;
  terms: TermTable;
  offsets: Int32Array;
  postings: Int32Array;
  /** The same rows for the strong tokens alone (title, speakers, key points): what ranks a match first. */
  strongOffsets: Int32Array;
  strongPostings: Int32Array;
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

/** What a changed record brings to the rows of each posting list. */
interface AddedTerms {
  all: Map<number, number[]>;
  strong: Map<number, number[]>;
}

function addTo(map: Map<number, number[]>, term: number, doc: number): void {
  const docs = map.get(term);
  if (docs) docs.push(doc);
  else map.set(term, [doc]);
}

/**
 * A library's search tokens and filters in memory: every token once, its records as a
 * sorted run of small integers in one Int32Array. Answers the same questions as the
 * `tokens`, `siteName`, `lang` and `tags` indexes, without the per-id cost of reading
 * them (tens of microseconds an id in Chromium), and more: which matches are in a record's
 * title, speakers or key points (ranked first), dates, and counts per filter value.
 * Built once per version of the library; changes are patched in (patched).
 */
export class MemoryIndex {
  readonly #ids: readonly string[];
  /** Per record number, its savedAt: where a changed record goes among the others. */
  readonly #savedAt: Float64Array;
  readonly #updatedAt: Float64Array;
  readonly #dates: Float64Array;
  readonly #terms: TermTable;
  readonly #all: PostingLists;
  readonly #strong: PostingLists;
  /** Tokens a typed prefix can match, sorted: a prefix is a range of them. */
  readonly #words: readonly string[];
  #filterKeys: { kind: FilterKind; value: string; term: number }[] | null = null;

  constructor(parts: IndexParts) {
    this.#ids = parts.ids;
    this.#savedAt = parts.savedAt;
    this.#updatedAt = parts.updatedAt;
    this.#dates = parts.dates;
    this.#terms = parts.terms;
    this.#all = { offsets: parts.offsets, postings: parts.postings };
    this.#strong = { offsets: parts.strongOffsets, postings: parts.strongPostings };
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
    const { ids, savedAt, updatedAt, dates, renumbered, addedDocs } = this.#mergeOrder(gone, added.map((one) => one.entry));
    const oldTermCount = this.#all.offsets.length - 1;
    const extra: AddedTerms = { all: new Map(), strong: new Map() };
    const newWords: string[] = [];
    added.forEach(({ entry, tokens: stored }, k) => {
      const doc = addedDocs[k] ?? 0;
      const { tokens, strong } = indexedTokens(stored);
      const seen = new Set<number>();
      for (const token of [...filterKeys(entry), ...tokens]) {
        const term = this.#terms.intern(token);
        if (term >= oldTermCount && !extra.all.has(term) && matchesAsPrefix(token)) newWords.push(token);
        if (seen.has(term)) continue;
        seen.add(term);
        addTo(extra.all, term, doc);
      }
      for (const token of new Set(tokens.slice(0, strong))) addTo(extra.strong, this.#terms.intern(token), doc);
    });
    const all = renumberPostings(this.#all, this.#terms.size, renumbered, extra.all);
    const strong = renumberPostings(this.#strong, this.#terms.size, renumbered, extra.strong);
    const words = newWords.length === 0 ? this.#words : [...this.#words, ...newWords].sort();
    return new MemoryIndex({ ids, savedAt, updatedAt, dates, terms: this.#terms, ...all, strongOffsets: strong.offsets, strongPostings: strong.postings, words });
  }

  /** The new numbering: kept records in their order, added ones merged in by date. */
  #mergeOrder(
    gone: ReadonlySet<string>,
    added: readonly IndexedEntry[],
  ): { ids: string[]; savedAt: Float64Array; updatedAt: Float64Array; dates: Float64Array; renumbered: Int32Array; addedDocs: number[] } {
    const ids: string[] = [];
    const savedAt: number[] = [];
    const updatedAt: number[] = [];
    const dates: number[] = [];
    const renumbered = new Int32Array(this.#ids.length).fill(-1);
    const addedDocs: number[] = [];
    let k = 0;
    for (let doc = 0; doc <= this.#ids.length; doc++) {
      const id = this.#ids[doc];
      const kept = id !== undefined && !gone.has(id) ? { id, savedAt: this.#savedAt[doc] ?? 0, updatedAt: this.#updatedAt[doc] ?? 0, date: this.#dates[doc] ?? 0 } : null;
      // Added entries that come before this kept record (or all that remain, at the end).
      for (let next = added[k]; next !== undefined && (id === undefined || (kept !== null && newestFirst(next, kept) < 0)); next = added[++k]) {
        addedDocs.push(ids.length);
        ids.push(next.id);
        savedAt.push(next.savedAt);
        updatedAt.push(next.updatedAt);
        dates.push(recordDate(next));
      }
      if (kept === null) continue;
      renumbered[doc] = ids.length;
      ids.push(kept.id);
      savedAt.push(kept.savedAt);
      updatedAt.push(kept.updatedAt);
      dates.push(kept.date);
    }
    return { ids, savedAt: Float64Array.from(savedAt), updatedAt: Float64Array.from(updatedAt), dates: Float64Array.from(dates), renumbered, addedDocs };
  }

  get size(): number {
    return this.#ids.length;
  }

  /** Bytes held by the typed arrays, the number of distinct tokens, and of those kept as strings. */
  get footprint(): { postingBytes: number; terms: number; words: number } {
    const bytes = this.#all.offsets.byteLength + this.#all.postings.byteLength + this.#strong.offsets.byteLength + this.#strong.postings.byteLength;
    return { postingBytes: bytes + this.#terms.bytes + this.#dates.byteLength, terms: this.#terms.size, words: this.#words.length };
  }

  #docsOf(key: string, lists: PostingLists = this.#all): Int32Array {
    const term = this.#terms.get(key);
    if (term === undefined || term >= lists.offsets.length - 1) return new Int32Array(0);
    return lists.postings.subarray(lists.offsets[term] ?? 0, lists.offsets[term + 1] ?? 0);
  }

  /** Calls `visit` with the records of every word starting with `start` (a record may come more than once). */
  #eachStartingWith(start: string, lists: PostingLists, visit: (docs: Int32Array) => void): void {
    for (let i = lowerBound(this.#words, start); i < this.#words.length; i++) {
      const word = this.#words[i] ?? '';
      if (!word.startsWith(start)) break;
      visit(this.#docsOf(word, lists));
    }
  }

  #docsStartingWith(start: string): Int32Array {
    const seen = new Uint8Array(this.#ids.length);
    this.#eachStartingWith(start, this.#all, (docs) => {
      for (const doc of docs) seen[doc] = 1;
    });
    const out: number[] = [];
    for (let doc = 0; doc < seen.length; doc++) if (seen[doc] === 1) out.push(doc);
    return Int32Array.from(out);
  }

  #docsOfTerm(term: QueryTerm): Int32Array {
    return term.prefix ? this.#docsStartingWith(term.token) : this.#docsOf(term.token);
  }

  /** Records whose date is within the query's date range, in order. */
  #docsInDates(bounds: { from: number; to: number }): Int32Array {
    const out: number[] = [];
    for (let doc = 0; doc < this.#dates.length; doc++) {
      const date = this.#dates[doc] ?? 0;
      if (date >= bounds.from && date <= bounds.to) out.push(doc);
    }
    return Int32Array.from(out);
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
    const bounds = dateBounds(query);
    if (bounds) sets.push(keep(`dates:${bounds.from}:${bounds.to}`, () => this.#docsInDates(bounds)));
    if (sets.length === 0) return null;
    const [smallest, ...others] = sets.sort((a, b) => a.length - b.length);
    let result = smallest ?? new Int32Array(0);
    for (const other of others) result = intersectSorted(result, other);
    return result;
  }

  /**
   * The query's matches in the order the list shows them: those with more of the query's
   * words in their title, speakers or key points first, newest first among equals. Null
   * for the whole list.
   */
  ranked(query: LibraryQuery, remembered?: (key: string, read: () => Int32Array) => Int32Array): Int32Array | null {
    const docs = this.match(query, remembered);
    const terms = queryTerms(query.text ?? '');
    if (docs === null || terms.length === 0 || docs.length < 2) return docs;
    const score = this.#strongScores(terms);
    const most = Math.min(terms.length, 255);
    // A counting sort by score, highest first; each bucket keeps the newest-first order.
    const starts = new Int32Array(most + 2);
    for (const doc of docs) starts[most - (score[doc] ?? 0) + 1] = (starts[most - (score[doc] ?? 0) + 1] ?? 0) + 1;
    for (let bucket = 1; bucket < starts.length; bucket++) starts[bucket] = (starts[bucket] ?? 0) + (starts[bucket - 1] ?? 0);
    const out = new Int32Array(docs.length);
    for (const doc of docs) {
      const bucket = most - (score[doc] ?? 0);
      out[starts[bucket] ?? 0] = doc;
      starts[bucket] = (starts[bucket] ?? 0) + 1;
    }
    return out;
  }

  /** Per record, how many of `terms` are among its strong tokens. */
  #strongScores(terms: readonly QueryTerm[]): Uint8Array {
    const score = new Uint8Array(this.#ids.length);
    const counted = new Int32Array(this.#ids.length);
    terms.forEach((term, i) => {
      const count = (docs: Int32Array) => {
        for (const doc of docs) {
          // A record matched by several words of one prefix counts once for it.
          if (counted[doc] === i + 1) continue;
          counted[doc] = i + 1;
          if ((score[doc] ?? 0) < 255) score[doc] = (score[doc] ?? 0) + 1;
        }
      };
      if (term.prefix) this.#eachStartingWith(term.token, this.#strong, count);
      else count(this.#docsOf(term.token, this.#strong));
    });
    return score;
  }

  /** Every filter value in the index, with its term: read once per index. */
  #filters(): { kind: FilterKind; value: string; term: number }[] {
    if (this.#filterKeys) return this.#filterKeys;
    const keys: { kind: FilterKind; value: string; term: number }[] = [];
    for (const key of this.#terms.longTokens()) {
      const filter = filterOfKey(key);
      const term = this.#terms.get(key);
      if (filter && term !== undefined && term < this.#all.offsets.length - 1) keys.push({ ...filter, term });
    }
    return (this.#filterKeys = keys);
  }

  /**
   * For each filter, the records each of its values would leave: the rest of the query (words,
   * the other filters, dates) as it is and this filter set to that value, less `refused`. Values
   * no record would have are left out.
   */
  facetCounts(query: LibraryQuery, remembered?: (key: string, read: () => Int32Array) => Int32Array, refused: Int32Array = new Int32Array(0)): FacetCounts {
    const counts: FacetCounts = { site: new Map(), tag: new Map(), lang: new Map() };
    const filters = this.#filters();
    for (const kind of FILTER_KINDS) {
      const docs = this.match({ ...query, [kind]: null }, remembered);
      const inResult = docs === null ? null : new Uint8Array(this.#ids.length);
      if (docs && inResult) {
        for (const doc of docs) inResult[doc] = 1;
        // Records known not to match (a phrase read and not found): no value counts them.
        for (const doc of refused) if (doc >= 0) inResult[doc] = 0;
      }
      for (const filter of filters) {
        if (filter.kind !== kind) continue;
        const start = this.#all.offsets[filter.term] ?? 0;
        const end = this.#all.offsets[filter.term + 1] ?? 0;
        let count = 0;
        if (inResult === null) count = end - start;
        else for (let i = start; i < end; i++) count += inResult[this.#all.postings[i] ?? 0] ?? 0;
        if (count > 0) counts[kind].set(filter.value, count);
      }
    }
    return counts;
  }

  /** Everything the index is made of, to store it whole (search-index-copy.ts). */
  get parts(): IndexParts {
    return {
      ids: this.#ids,
      savedAt: this.#savedAt,
      updatedAt: this.#updatedAt,
      dates: this.#dates,
      terms: this.#terms,
      offsets: this.#all.offsets,
      postings: this.#all.postings,
      strongOffsets: this.#strong.offsets,
      strongPostings: this.#strong.postings,
      words: this.#words,
    };
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

  /** The record number of each id the index holds, in the same order. */
  docsOf(ids: readonly string[]): Int32Array {
    const wanted = new Map(ids.map((id, i) => [id, i]));
    const out = new Int32Array(ids.length).fill(-1);
    this.#ids.forEach((id, doc) => {
      const i = wanted.get(id);
      if (i !== undefined) out[i] = doc;
    });
    return out;
  }

  /** The newest `limit` ids after `offset`: the whole list, without a query. */
  newestIds(offset: number, limit: number): string[] {
    return this.#ids.slice(offset, offset + limit);
  }
}

/**
 * Every posting list through the new numbering, gone records left out, added ones merged in
 * (lists stay sorted: the renumbering keeps order). Terms past the old lists' end are new.
 */
function renumberPostings(old: PostingLists, termCount: number, renumbered: Int32Array, extra: ReadonlyMap<number, number[]>): PostingLists {
  let extraCount = 0;
  for (const docs of extra.values()) extraCount += docs.length;
  const postings = new Int32Array(old.postings.length + extraCount);
  const offsets = new Int32Array(termCount + 1);
  const oldTermCount = old.offsets.length - 1;
  let at = 0;
  for (let term = 0; term < termCount; term++) {
    const end = term < oldTermCount ? (old.offsets[term + 1] ?? 0) : 0;
    let i = term < oldTermCount ? (old.offsets[term] ?? 0) : end;
    const more = extra.get(term) ?? [];
    let j = 0;
    for (;;) {
      const renumberedDoc = i < end ? (renumbered[old.postings[i] ?? 0] ?? -1) : -1;
      if (i < end && renumberedDoc < 0) {
        i++;
        continue;
      }
      const add = more[j];
      if (i >= end && add === undefined) break;
      if (add === undefined || (i < end && renumberedDoc < add)) {
        postings[at++] = renumberedDoc;
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
