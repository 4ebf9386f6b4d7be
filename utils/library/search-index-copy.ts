import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DB_VERSION } from './migrations';
import { MemoryIndex } from './memory-index';
import { TermTable } from './term-table';
import { TimeSlices } from './time-slices';

/**
 * Bumped whenever what the copy holds or how the index reads it changes: an older copy is then
 * ignored. 2: the change-log position, and record numbers and run lengths in 16 bits where they
 * fit; 3: the term table's slots placed by a new hash (term-table.ts, mix); 4: the strong tokens'
 * rows (ranking) and each record's date (the date filter); 5: every part packed in one Blob (packIndex).
 */
const COPY_FORMAT = 5;
/**
 * The last database version whose migration rewrote the stored search tokens (5 dropped the
 * word beginnings). A copy saved at that version or later holds the same tokens the records do,
 * so an upgrade that leaves tokens alone (6: the change log; 7: the People index; 8: the store's
 * index of tokens dropped) keeps it, and the first search after the upgrade is answered from
 * memory like any other. A migration that changes tokens raises this to its version.
 */
const TOKENS_CHANGED_AT_VERSION = 5;
const COPY_KEY = 'index';
/** Measured when a copy is read and unpacked: its detail says how long each took, and the longest time slice. */
export const COPY_READ_MEASURE = 'lede-library-index-copy-read';
/** Beside the copy, its record count alone: read before the copy, to choose when to read it. */
const SIZE_KEY = 'size';

/** The numeric parts of an index, in the order they are packed. */
const SECTIONS = ['savedAt', 'updatedAt', 'dates', 'keys', 'values', 'longTerms', 'counts', 'postings', 'strongCounts', 'strongPostings'] as const;
type SectionName = (typeof SECTIONS)[number];
type SectionType = 'f64' | 'i32' | 'u16';
type Numbers = Float64Array | Int32Array | Uint16Array;

/** Where one part lies in the packed bytes. */
interface Section {
  name: SectionName;
  type: SectionType;
  offset: number;
  length: number;
}

interface StoredCopy {
  format: number;
  /** The library's DB_VERSION when the copy was made: a migration may change every record's tokens (TOKENS_CHANGED_AT_VERSION). */
  libraryVersion: number;
  /** The library's change-log position the index holds (change-log.ts). */
  position: number;
  /** Short tokens in the term table (TermTableParts.short). */
  shortTerms: number;
  sections: Section[];
  /** Where the strings (ids, words, long tokens, as UTF-8 JSON) lie in the packed bytes. */
  text: { offset: number; length: number };
  /**
   * Every part in one Blob. Read back as one ArrayBuffer, 20 MB of typed arrays at 10,000
   * outlines took 80 ms in Firefox where the same arrays stored as a structured-clone object
   * took 560–870 ms (and 20–35 against 45–130 ms in Chromium; load average 19 on two cores).
   */
  data: Blob;
}

/** The strings of an index, packed as one JSON text. */
interface StoredStrings {
  ids: string[];
  words: string[];
  long: string[];
}

/** A saved index and the change-log position it holds. */
export interface IndexCopy {
  index: MemoryIndex;
  position: number;
}

interface CopySchema extends DBSchema {
  copies: { key: string; value: StoredCopy | { records: number } };
}

/**
 * The in-memory search index saved whole, next to the library: a database of its own
 * (`<library>-search-index`), so the library's schema and migrations never carry it and
 * deleting it loses nothing. Loading it at open is one read of typed arrays, where a build
 * reads every record for seconds: the first search after opening is answered from memory.
 * It may be older than the library (saved before the last writes); the keeper checks it
 * against the list's entries and patches what changed (search-index-keeper.ts).
 */
function openCopies(libraryName: string): Promise<IDBPDatabase<CopySchema>> {
  return openDB<CopySchema>(`${libraryName}-search-index`, 1, {
    upgrade: (db) => {
      db.createObjectStore('copies');
    },
  });
}

const BYTES: Record<SectionType, number> = { f64: 8, i32: 4, u16: 2 };

function isSection(value: unknown): value is Section {
  if (typeof value !== 'object' || value === null) return false;
  const section = value as Partial<Section>;
  return (
    typeof section.name === 'string' &&
    (SECTIONS as readonly string[]).includes(section.name) &&
    (section.type === 'f64' || section.type === 'i32' || section.type === 'u16') &&
    Number.isInteger(section.offset) &&
    Number.isInteger(section.length)
  );
}

function isStoredCopy(value: unknown): value is StoredCopy {
  if (typeof value !== 'object' || value === null) return false;
  const copy = value as Partial<StoredCopy>;
  return (
    copy.format === COPY_FORMAT &&
    typeof copy.libraryVersion === 'number' &&
    copy.libraryVersion >= TOKENS_CHANGED_AT_VERSION &&
    copy.libraryVersion <= DB_VERSION &&
    typeof copy.position === 'number' &&
    typeof copy.shortTerms === 'number' &&
    Array.isArray(copy.sections) &&
    copy.sections.every(isSection) &&
    typeof copy.text === 'object' &&
    copy.text !== null &&
    Number.isInteger(copy.text.offset) &&
    Number.isInteger(copy.text.length) &&
    copy.data instanceof Blob
  );
}

function isStrings(value: unknown): value is StoredStrings {
  if (typeof value !== 'object' || value === null) return false;
  const strings = value as Partial<StoredStrings>;
  const allStrings = (list: unknown): boolean => Array.isArray(list) && list.every((item) => typeof item === 'string');
  return allStrings(strings.ids) && allStrings(strings.words) && allStrings(strings.long);
}

/** Elements copied or summed between two checks of the time slice: well under a millisecond's work. */
const PIECE = 1 << 16;

/** Run lengths back to where each run starts: offsets[term] to offsets[term + 1]. */
async function offsetsOf(counts: Numbers, slices: TimeSlices): Promise<Int32Array<ArrayBuffer>> {
  const offsets = new Int32Array(counts.length + 1);
  let at = 0;
  for (let from = 0; from < counts.length; from += PIECE) {
    const to = Math.min(counts.length, from + PIECE);
    for (let term = from; term < to; term++) offsets[term + 1] = at += counts[term] ?? 0;
    await slices.between();
  }
  return offsets;
}

/**
 * A copy of one part, out of the packed bytes (the buffer is then dropped whole, not kept
 * alive by a view), 16-bit record numbers widened to 32, a piece per step: the whole copy at
 * 10,000 outlines took 290–680 ms at once on a busy machine, and a click on People waited
 * behind it. Throws a RangeError when the part does not lie within the bytes.
 */
async function unpacked(buffer: ArrayBuffer, section: Section, slices: TimeSlices): Promise<Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer>> {
  const { offset, length } = section;
  const source = section.type === 'f64' ? new Float64Array(buffer, offset, length) : section.type === 'i32' ? new Int32Array(buffer, offset, length) : new Uint16Array(buffer, offset, length);
  const target = section.type === 'f64' ? new Float64Array(length) : new Int32Array(length);
  for (let from = 0; from < length; from += PIECE) {
    target.set(source.subarray(from, from + PIECE), from);
    await slices.between();
  }
  return target;
}

/** The index from its packed form, in time slices; null when the parts do not fit together (a damaged copy). */
async function unpackIndex(copy: StoredCopy, buffer: ArrayBuffer, slices: TimeSlices): Promise<MemoryIndex | null> {
  const parts = new Map<SectionName, Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer>>();
  for (const section of copy.sections) parts.set(section.name, await unpacked(buffer, section, slices));
  const float = (name: SectionName): Float64Array | null => {
    const part = parts.get(name);
    return part instanceof Float64Array ? part : null;
  };
  const int = (name: SectionName): Int32Array<ArrayBuffer> | null => {
    const part = parts.get(name);
    return part instanceof Int32Array ? part : null;
  };
  // One JSON text, parsed at once (6–50 ms at 10,000 outlines on a busy machine): the longest slice left.
  const strings: unknown = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, copy.text.offset, copy.text.length)));
  await slices.between();
  if (!isStrings(strings)) return null;
  await slices.between();
  const [savedAt, updatedAt, dates] = [float('savedAt'), float('updatedAt'), float('dates')];
  const [keys, values, longTerms] = [int('keys'), int('values'), int('longTerms')];
  const [counts, postings, strongCounts, strongPostings] = [int('counts'), int('postings'), int('strongCounts'), int('strongPostings')];
  if (!savedAt || !updatedAt || !dates || !keys || !values || !longTerms || !counts || !postings || !strongCounts || !strongPostings) return null;
  const { ids, words, long } = strings;
  if (savedAt.length !== ids.length || updatedAt.length !== ids.length || dates.length !== ids.length) return null;
  if (keys.length !== values.length || longTerms.length !== long.length || strongCounts.length !== counts.length) return null;
  const offsets = await offsetsOf(counts, slices);
  const strongOffsets = await offsetsOf(strongCounts, slices);
  if (offsets[counts.length] !== postings.length || strongOffsets[strongCounts.length] !== strongPostings.length) return null;
  const terms = TermTable.fromParts({ long, longTerms, keys, values, short: copy.shortTerms });
  return new MemoryIndex({ ids, savedAt, updatedAt, dates, terms, offsets, postings, strongOffsets, strongPostings, words });
}

/**
 * The saved index, or null when there is none this release can read. `before(records)` runs
 * once the copy's record count is known and before the copy itself is read: the caller may
 * wait there (a large copy is not read beside the first list). Unpacked in time slices
 * (TimeSlices): the page answers clicks meanwhile, and waits between slices while `pause` says
 * (a search answered from the newest records meanwhile). Measured as COPY_READ_MEASURE.
 */
export async function loadIndexCopy(
  libraryName: string,
  before: (records: number) => Promise<void> = () => Promise.resolve(),
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<IndexCopy | null> {
  const db = await openCopies(libraryName);
  try {
    const size: unknown = await db.get('copies', SIZE_KEY);
    const records = typeof size === 'object' && size !== null && 'records' in size && typeof size.records === 'number' ? size.records : 0;
    await before(records);
    const started = performance.now();
    const copy: unknown = await db.get('copies', COPY_KEY);
    if (!isStoredCopy(copy)) return null;
    // Read while the connection is open: the Blob is backed by the database's file.
    const buffer = await copy.data.arrayBuffer();
    const read = performance.now();
    const slices = new TimeSlices(8, pause);
    const index = await unpackIndex(copy, buffer, slices);
    slices.done();
    performance.measure(COPY_READ_MEASURE, { start: started, detail: { readMs: read - started, unpackMs: performance.now() - read, longestSliceMs: slices.longestMs, bytes: buffer.byteLength } });
    return index ? { index, position: copy.position } : null;
  } catch (error) {
    // A part that lies outside the bytes, or strings that are not JSON: a damaged copy, built again.
    if (error instanceof RangeError || error instanceof SyntaxError) return null;
    throw error;
  } finally {
    db.close();
  }
}

/** Rows as run lengths: how many records each term has. */
function runLengths(offsets: Int32Array, narrow: boolean): Uint16Array | Int32Array {
  const counts = narrow ? new Uint16Array(offsets.length - 1) : new Int32Array(offsets.length - 1);
  for (let term = 0; term < counts.length; term++) counts[term] = (offsets[term + 1] ?? 0) - (offsets[term] ?? 0);
  return counts;
}

/** Record numbers below 65,536 in 16 bits: one typed-array copy (Uint16Array.from walks an iterator, several times slower). */
function narrowed(values: Int32Array): Uint16Array {
  const narrow = new Uint16Array(values.length);
  narrow.set(values);
  return narrow;
}

/**
 * Every part of the index in one run of bytes, each aligned to 8: the numbers (record numbers
 * and run lengths in 16 bits below 65,536 records: 22 MB → 13 MB at 10,000 outlines), then the
 * strings as UTF-8 JSON. One Blob is read back far faster than the same arrays as a
 * structured-clone object (StoredCopy.data).
 */
function packIndex(index: MemoryIndex): { sections: Section[]; text: { offset: number; length: number }; data: Blob; shortTerms: number; records: number } {
  const { terms, offsets, postings, strongOffsets, strongPostings, ids, words, savedAt, updatedAt, dates } = index.parts;
  const narrow = ids.length < 0x10000;
  const table = terms.toParts();
  const numbers: Record<SectionName, Numbers> = {
    savedAt,
    updatedAt,
    dates,
    keys: table.keys,
    values: table.values,
    longTerms: table.longTerms,
    counts: runLengths(offsets, narrow),
    postings: narrow ? narrowed(postings) : postings,
    strongCounts: runLengths(strongOffsets, narrow),
    strongPostings: narrow ? narrowed(strongPostings) : strongPostings,
  };
  const sections: Section[] = [];
  let at = 0;
  for (const name of SECTIONS) {
    const part = numbers[name];
    const type: SectionType = part instanceof Float64Array ? 'f64' : part instanceof Int32Array ? 'i32' : 'u16';
    sections.push({ name, type, offset: at, length: part.length });
    at += Math.ceil((part.length * BYTES[type]) / 8) * 8;
  }
  const strings: StoredStrings = { ids: [...ids], words: [...words], long: table.long };
  const text = new TextEncoder().encode(JSON.stringify(strings));
  const bytes = new Uint8Array(at + text.length);
  for (const section of sections) {
    const part = numbers[section.name];
    bytes.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), section.offset);
  }
  bytes.set(text, at);
  return { sections, text: { offset: at, length: text.length }, data: new Blob([bytes]), shortTerms: table.short, records: ids.length };
}

/** Replaces the saved index with `index`, which holds the library up to change-log position `position`. */
export async function saveIndexCopy(libraryName: string, index: MemoryIndex, position: number): Promise<void> {
  const { records, ...packed } = packIndex(index);
  const copy: StoredCopy = { format: COPY_FORMAT, libraryVersion: DB_VERSION, position, ...packed };
  const db = await openCopies(libraryName);
  try {
    const tx = db.transaction('copies', 'readwrite');
    await Promise.all([tx.store.put(copy, COPY_KEY), tx.store.put({ records }, SIZE_KEY), tx.done]);
  } finally {
    db.close();
  }
}
