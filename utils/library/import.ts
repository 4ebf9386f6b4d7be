import { LIMITS, SCHEMA_VERSION, type PeopleMerge, type PeopleSplit, type SavedOutline } from './schema';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { upgradeRecord } from './migrations';
import { directionOfLanguage } from '../lang';
import { withSearchTokens } from './search-tokens';
import { InvalidField, checked, expectArray, expectObject, expectRecord, expectString } from './validate';
import { writeTransaction, type LibraryDatabase } from './db';
import { mergeByUrl, type MergeCounts } from './merge';
import { clampTime } from './repair';
import { expectMerges, importMerges } from './people-merges';
import { expectSplits, importSplits } from './people-splits';
import { nextTask } from '../dom/next-task';

export type ImportFailure = { ok: false; reason: 'too-large' | 'invalid' | 'quota' | 'failed' | 'cancelled'; message: string };
export type ImportResult = { ok: true; counts: MergeCounts } | ImportFailure;

const MAX_ITEMS = 100_000;

/** Bytes the text takes as UTF-8 (the size of the file it came from), without allocating a copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Refuses a file by its size alone, before reading it: the UI calls this with File.size. */
export function checkImportSize(bytes: number): ImportFailure | null {
  if (bytes <= LIMITS.importBytes) return null;
  return { ok: false, reason: 'too-large', message: `The file is ${megabytes(bytes)}; Lede imports library files of up to ${megabytes(LIMITS.importBytes)}.` };
}

function expectItem(value: unknown, path: string, now: number): SavedOutline {
  const fields = expectObject(value, path);
  const version = fields.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new InvalidField(`${path}.schemaVersion`, `${version} is newer than this version of Lede understands (${SCHEMA_VERSION}); update Lede first`);
  }
  const record = expectRecord(upgradeRecord({ ...fields }, directionOfLanguage), path);
  return withSearchTokens({ ...record, savedAt: clampTime(record.savedAt, now), updatedAt: clampTime(record.updatedAt, now) });
}

/** The file's header and its merges and separations of people checked, its items not yet. */
function expectLibraryFile(root: unknown): { items: unknown[]; merges: PeopleMerge[]; splits: PeopleSplit[] } {
  const file = expectObject(root, 'file');
  if (file.format !== EXPORT_FORMAT) throw new InvalidField('format', `expected "${EXPORT_FORMAT}" (this is not a Lede library export)`);
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) throw new InvalidField('version', 'expected a whole number');
  if (file.version > EXPORT_VERSION) throw new InvalidField('version', `${file.version} is newer than this version of Lede understands (${EXPORT_VERSION}); update Lede first`);
  for (const key of Object.keys(file)) {
    if (!['format', 'version', 'exportedAt', 'items', 'people'].includes(key)) throw new InvalidField(key, 'unknown field');
  }
  if (file.exportedAt !== undefined) expectString(file.exportedAt, 'exportedAt', 100);
  const merges = file.people === undefined ? [] : expectMerges(file.people, 'people');
  const splits = file.people === undefined ? undefined : expectObject(file.people, 'people').splits;
  return { items: expectArray(file.items, 'items', MAX_ITEMS), merges, splits: splits === undefined ? [] : expectSplits(splits, 'people.splits') };
}

/** A checked file: its records, and the reader's merges and separations of people it carries. */
export type CheckedFile = { ok: true; records: SavedOutline[]; merges: PeopleMerge[]; splits: PeopleSplit[] };

export type ImportPhase = 'checking' | 'writing';

export interface ImportOptions {
  /** The time of import: times more than a day after it are set to it. */
  now?: number;
  /** Cancels the import; nothing of it is written. */
  signal?: AbortSignal;
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
  /** The ids of the records written, batch by batch; they count only if the import succeeds. */
  onWritten?: (ids: string[]) => void;
}

/** Checking runs in slices of this many milliseconds, then lets the page paint and take clicks. */
const SLICE_MS = 40;

function parseJson(text: string): { ok: true; root: unknown } | ImportFailure {
  // A UTF-16 unit is at most three bytes of UTF-8: a file that short is within the limit uncounted
  // (counting 20 MB of text cost 100 ms of a 1,000-item import).
  const tooLarge = text.length * 3 <= LIMITS.importBytes ? null : checkImportSize(utf8ByteLength(text));
  if (tooLarge) return tooLarge;
  try {
    return { ok: true, root: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'invalid', message: `The file is not valid JSON (it may be truncated or damaged): ${detail}` };
  }
}

/**
 * Reads and checks a whole library file without touching the database: every field of
 * every item, so a bad file is refused before anything from it is written.
 */
export function parseLibraryFile(text: string, now: number = Date.now()): CheckedFile | ImportFailure {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const result = checked(() => {
    const { items, merges, splits } = expectLibraryFile(parsed.root);
    return { records: items.map((item, i) => expectItem(item, `items[${i}]`, now)), merges, splits };
  });
  return result.ok ? { ok: true, ...result.value } : { ok: false, reason: 'invalid', message: result.message };
}

const CANCELLED: ImportFailure = { ok: false, reason: 'cancelled', message: 'The import was cancelled; nothing was imported.' };

/** parseLibraryFile in slices, yielding between them, with progress and cancel. */
async function checkFile(text: string, now: number, options: ImportOptions): Promise<CheckedFile | ImportFailure> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const file = checked(() => expectLibraryFile(parsed.root));
  if (!file.ok) return { ok: false, reason: 'invalid', message: file.message };
  const { items, merges, splits } = file.value;
  const records: SavedOutline[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    const item = checked(() => expectItem(items[i], `items[${i}]`, now));
    if (!item.ok) return { ok: false, reason: 'invalid', message: item.message };
    records.push(item.value);
    if (performance.now() - sliceStart > SLICE_MS) {
      options.onProgress?.('checking', i + 1, items.length);
      await nextTask();
      if (options.signal?.aborted) return CANCELLED;
      sliceStart = performance.now();
    }
  }
  return { ok: true, records, merges, splits };
}

async function runImport(db: LibraryDatabase, text: string, options: ImportOptions): Promise<ImportResult> {
  const now = options.now ?? Date.now();
  const checkedFile = await checkFile(text, now, options);
  if (!checkedFile.ok) return checkedFile;
  const { records, merges, splits } = checkedFile;
  options.onProgress?.('checking', records.length, records.length);
  if (options.signal?.aborted) return CANCELLED;
  const onProgress = (done: number, total: number) => options.onProgress?.('writing', done, total);
  const result = await writeTransaction(db, async (tx) => {
    const counts = await mergeByUrl(tx, records, { signal: options.signal, onProgress, onWritten: options.onWritten });
    // In the same transaction: a file whose records fail leaves no merges behind, and the other way round.
    await importMerges(tx, merges);
    await importSplits(tx, splits, records);
    return counts;
  });
  if (result.ok) return { ok: true, counts: result.value };
  return options.signal?.aborted ? CANCELLED : result;
}

/**
 * Imports a JSON export, merging by URL (merge.ts: the newer copy gives the article, the
 * reader's notes and tags are kept and joined with the file's). The file is checked whole
 * first, then written in one transaction: a refusal, a failure part-way or a cancel
 * imports nothing. Whatever goes wrong comes back as a message, never as a throw.
 */
export async function importLibrary(db: LibraryDatabase, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  try {
    return await runImport(db, text, options);
  } catch (error) {
    const detail = error instanceof Error || error instanceof DOMException ? error.message : String(error);
    return { ok: false, reason: 'failed', message: detail || 'The import failed.' };
  }
}
