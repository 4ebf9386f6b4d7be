import { LIST_ENTRIES, type LibraryDatabase } from '../db';
import type { CitableRecord } from './model';

/**
 * The records to cite, from the list's entries alone: a citation needs the title, byline,
 * dates, site, address and language, all kept there, so the contents (outline, text, HTML:
 * most of the library's bytes) are never read. Newest saved first, as the list shows them;
 * with `ids`, those of them still saved.
 */
export async function readCitableEntries(db: LibraryDatabase, ids?: readonly string[]): Promise<CitableRecord[]> {
  const store = db.transaction(LIST_ENTRIES, 'readonly').store;
  if (!ids) return (await store.index('savedAt').getAll()).reverse();
  const entries = await Promise.all(ids.map((id) => store.get(id)));
  return entries.filter((entry) => entry !== undefined).sort((a, b) => b.savedAt - a.savedAt);
}
