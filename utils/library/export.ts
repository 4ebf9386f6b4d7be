import type { ExportedOutline, PeopleMerge, SavedOutline } from './schema';
import { CONTENTS, LIST_ENTRIES, PEOPLE_MERGES, readTransaction, type LibraryDatabase } from './db';
import { getRecord, joinRecord } from './records';
import { libraryToMarkdown } from './export-markdown';
import { checked, expectRecord } from './validate';
import { clampTime, repairRecord } from './repair';

export const EXPORT_FORMAT = 'lede-library';
/** 2: `people`, the reader's merges of people (people-merges.ts). Files of version 1 import as before. */
export const EXPORT_VERSION = 2;

/** What a JSON export holds: a header that says what the file is, then every record in full, then the reader's merges of people if any. */
export interface LibraryFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  items: ExportedOutline[];
  people?: { merges: PeopleMerge[] };
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
  return { records, merges: await db.getAll(PEOPLE_MERGES), skipped };
}

/** All records (newest saved first), or those with the given ids in the same order. */
export async function recordsToExport(db: LibraryDatabase, ids?: readonly string[], now: number = Date.now()): Promise<ExportedOutline[]> {
  return (await libraryExport(db, ids, now)).records;
}

/** Complete and lossless: import of this text restores the same records and merges of people. */
export function libraryToJson(records: readonly ExportedOutline[], exportedAt: number, merges: readonly PeopleMerge[] = []): string {
  const file: LibraryFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(exportedAt).toISOString(), items: [...records] };
  if (merges.length > 0) file.people = { merges: [...merges] };
  return JSON.stringify(file, null, 1);
}

export { libraryToMarkdown };

export function exportFileName(kind: 'json' | 'md', exportedAt: number): string {
  return `lede-library-${new Date(exportedAt).toISOString().slice(0, 10)}.${kind}`;
}
