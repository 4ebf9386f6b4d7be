import { LIMITS, SCHEMA_VERSION, type SavedOutline } from './schema';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { upgradeRecord } from './migrations';
import { withSearchTokens } from './search-tokens';
import { InvalidField, checked, expectArray, expectObject, expectRecord, expectString } from './validate';
import { writeTransaction, type LibraryDatabase } from './db';
import { mergeByUrl, type MergeCounts } from './merge';

export type ImportFailure = { ok: false; reason: 'too-large' | 'invalid' | 'quota' | 'failed'; message: string };
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

function expectItem(value: unknown, path: string): SavedOutline {
  const fields = expectObject(value, path);
  const version = fields.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new InvalidField(`${path}.schemaVersion`, `${version} is newer than this version of Lede understands (${SCHEMA_VERSION}); update Lede first`);
  }
  return withSearchTokens(expectRecord(upgradeRecord({ ...fields }), path));
}

function expectLibraryFile(root: unknown): SavedOutline[] {
  const file = expectObject(root, 'file');
  if (file.format !== EXPORT_FORMAT) throw new InvalidField('format', `expected "${EXPORT_FORMAT}" (this is not a Lede library export)`);
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) throw new InvalidField('version', 'expected a whole number');
  if (file.version > EXPORT_VERSION) throw new InvalidField('version', `${file.version} is newer than this version of Lede understands (${EXPORT_VERSION}); update Lede first`);
  for (const key of Object.keys(file)) {
    if (!['format', 'version', 'exportedAt', 'items'].includes(key)) throw new InvalidField(key, 'unknown field');
  }
  if (file.exportedAt !== undefined) expectString(file.exportedAt, 'exportedAt', 100);
  return expectArray(file.items, 'items', MAX_ITEMS).map((item, i) => expectItem(item, `items[${i}]`));
}

/**
 * Reads and checks a whole library file without touching the database: every field of
 * every item, so a bad file is refused before anything from it is written.
 */
export function parseLibraryFile(text: string): { ok: true; records: SavedOutline[] } | ImportFailure {
  const tooLarge = checkImportSize(utf8ByteLength(text));
  if (tooLarge) return tooLarge;
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'invalid', message: `The file is not valid JSON (it may be truncated or damaged): ${detail}` };
  }
  const result = checked(() => expectLibraryFile(root));
  return result.ok ? { ok: true, records: result.value } : { ok: false, reason: 'invalid', message: result.message };
}

/**
 * Imports a JSON export, merging by URL (the newer `updatedAt` wins, nothing is
 * duplicated). All of it is written in one transaction: a failure part-way imports nothing.
 */
export async function importLibrary(db: LibraryDatabase, text: string): Promise<ImportResult> {
  const parsed = parseLibraryFile(text);
  if (!parsed.ok) return parsed;
  const result = await writeTransaction(db, (tx) => mergeByUrl(tx, parsed.records));
  return result.ok ? { ok: true, counts: result.value } : result;
}
