import type { ExportedOutline, SavedOutline } from './schema';
import { CONTENTS, LIST_ENTRIES, readTransaction, type LibraryDatabase } from './db';
import { getRecord, joinRecord } from './records';
import { libraryToMarkdown } from './export-markdown';

export const EXPORT_FORMAT = 'lede-library';
export const EXPORT_VERSION = 1;

/** What a JSON export holds: a header that says what the file is, then every record in full. */
export interface LibraryFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  items: ExportedOutline[];
}

function withoutTokens({ searchTokens, ...exported }: SavedOutline): ExportedOutline {
  void searchTokens; // derived from the rest, so recomputed on import rather than trusted from a file
  return exported;
}

/** All records (newest saved first), or those with the given ids in the same order. */
export async function recordsToExport(db: LibraryDatabase, ids?: readonly string[]): Promise<ExportedOutline[]> {
  const tx = readTransaction(db);
  if (ids) {
    const records = await Promise.all(ids.map((id) => getRecord(tx, id)));
    return records.filter((r): r is SavedOutline => r !== undefined).sort((a, b) => b.savedAt - a.savedAt).map(withoutTokens);
  }
  // Two bulk reads joined in memory: one request per record would be far slower for thousands.
  const [entries, contents] = await Promise.all([tx.objectStore(LIST_ENTRIES).index('savedAt').getAll(), tx.objectStore(CONTENTS).getAll()]);
  const contentOf = new Map(contents.map((content) => [content.id, content]));
  return entries.reverse().map((entry) => withoutTokens(joinRecord(entry, contentOf.get(entry.id), undefined)));
}

/** Complete and lossless: import of this text restores the same records. */
export function libraryToJson(records: readonly ExportedOutline[], exportedAt: number): string {
  const file: LibraryFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(exportedAt).toISOString(), items: [...records] };
  return JSON.stringify(file, null, 1);
}

export { libraryToMarkdown };

export function exportFileName(kind: 'json' | 'md', exportedAt: number): string {
  return `lede-library-${new Date(exportedAt).toISOString().slice(0, 10)}.${kind}`;
}
