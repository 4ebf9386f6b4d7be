import type { ExportedOutline, PeopleMerge, PeopleSplit, SavedOutline } from './schema';
import { CONTENTS, LIST_ENTRIES, PEOPLE_MERGES, readTransaction, type LibraryDatabase } from './db';
import { partitionPeopleEntries, splitOf } from './people-splits';
import { getRecord, joinRecord } from './records';
import { libraryToMarkdown } from './export-markdown';
import { checked, expectRecord } from './validate';
import { clampTime, repairRecord } from './repair';

export const EXPORT_FORMAT = 'lede-library';
/**
 * 2: `people`, the reader's merges of people (people-merges.ts). 3: `people.splits`, the
 * speakers the reader separated (people-splits.ts). A file without separations is written as
 * version 2, so the release before still imports it; files of version 1 import as before.
 */
export const EXPORT_VERSION = 3;

/** What a JSON export holds: a header that says what the file is, then every record in full, then the reader's merges and separations of people if any. */
export interface LibraryFile {
  format: typeof EXPORT_FORMAT;
  version: 2 | typeof EXPORT_VERSION;
  exportedAt: string;
  items: ExportedOutline[];
  people?: { merges: PeopleMerge[]; splits?: PeopleSplit[] };
}

function withoutTokens({ searchTokens, ...exported }: SavedOutline): ExportedOutline {
  void searchTokens; // derived from the rest, so recomputed on import rather than trusted from a file
  return exported;
}

async function storedRecords(db: LibraryDatabase, ids?: readonly string[]): Promise<SavedOutline[]> {
  const tx = readTransaction(db);
  if (ids) {
    const records = await Promise.all(ids.map((id) => getRecord(tx, id)));
    return records.filter((r): r is SavedOutline => r !== undefined).sort((a, b) => b.savedAt - a.savedAt);
  }
  // Two bulk reads joined in memory: one request per record would be far slower for thousands.
  const [entries, contents] = await Promise.all([tx.objectStore(LIST_ENTRIES).index('savedAt').getAll(), tx.objectStore(CONTENTS).getAll()]);
  const contentOf = new Map(contents.map((content) => [content.id, content]));
  return entries.reverse().map((entry) => joinRecord(entry, contentOf.get(entry.id), undefined));
}

/**
 * The record as import will take it back: as stored when it passes import's checks and
 * has no far-future time, otherwise repaired (repair.ts); null when it cannot be.
 */
export function exportable(record: SavedOutline, now: number): ExportedOutline | null {
  const exported = withoutTokens(record);
  const valid = checked(() => expectRecord(exported, 'record'));
  // Import normalises the URL and clamps times: a record it would change is exported as it will read back.
  const asImported = valid.ok && valid.value.url === exported.url && clampTime(exported.savedAt, now) === exported.savedAt && clampTime(exported.updatedAt, now) === exported.updatedAt;
  if (asImported) return exported;
  return repairRecord(exported as unknown as Record<string, unknown>, now);
}

export interface RecordsForExport {
  records: ExportedOutline[];
  /** The reader's merges of people, all of them: few, and harmless where their people are not in the file. */
  merges: PeopleMerge[];
  /** The speakers the reader separated in the records exported (the others could not be placed on import); absent for none. */
  splits?: PeopleSplit[];
  /** Stored records that no import would accept and no repair can save (no usable address): left out. */
  skipped: number;
}

/** All records (newest saved first), or those with the given ids, each one import will take back. */
export async function libraryExport(db: LibraryDatabase, ids?: readonly string[], now: number = Date.now()): Promise<RecordsForExport> {
  const records: ExportedOutline[] = [];
  let skipped = 0;
  for (const record of await storedRecords(db, ids)) {
    const fit = exportable(record, now);
    if (fit) records.push(fit);
    else skipped++;
  }
  const entries = await db.getAll(PEOPLE_MERGES);
  const { merges } = partitionPeopleEntries(entries);
  const exported = new Set(records.map((record) => record.id));
  const splits = entries.flatMap((entry) => splitOf(entry) ?? []).filter((split) => exported.has(split.article));
  return { records, merges, splits, skipped };
}

/** All records (newest saved first), or those with the given ids in the same order. */
export async function recordsToExport(db: LibraryDatabase, ids?: readonly string[], now: number = Date.now()): Promise<ExportedOutline[]> {
  return (await libraryExport(db, ids, now)).records;
}

/** Complete and lossless: import of this text restores the same records, merges and separations of people. */
export function libraryToJson(records: readonly ExportedOutline[], exportedAt: number, merges: readonly PeopleMerge[] = [], splits: readonly PeopleSplit[] = []): string {
  const version = splits.length > 0 ? EXPORT_VERSION : 2;
  const file: LibraryFile = { format: EXPORT_FORMAT, version, exportedAt: new Date(exportedAt).toISOString(), items: [...records] };
  if (merges.length > 0 || splits.length > 0) file.people = splits.length > 0 ? { merges: [...merges], splits: [...splits] } : { merges: [...merges] };
  return JSON.stringify(file, null, 1);
}

export { libraryToMarkdown };

export function exportFileName(kind: 'json' | 'md', exportedAt: number): string {
  return `lede-library-${new Date(exportedAt).toISOString().slice(0, 10)}.${kind}`;
}
