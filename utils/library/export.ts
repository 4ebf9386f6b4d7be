import type { ExportedOutline, SavedOutline } from './schema';
import { STORE, type LibraryDatabase } from './db';
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
  const tx = db.transaction(STORE, 'readonly');
  if (ids) {
    const records = await Promise.all(ids.map((id) => tx.store.get(id)));
    return records.filter((r): r is SavedOutline => r !== undefined).sort((a, b) => b.savedAt - a.savedAt).map(withoutTokens);
  }
  return (await tx.store.index('savedAt').getAll()).reverse().map(withoutTokens);
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
