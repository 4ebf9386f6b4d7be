import { LIMITS, type SavedOutline, type WriteFailure } from './schema';
import { foldForSearch, withSearchTokens } from './search-tokens';
import { writeTransaction, type LibraryDatabase } from './db';
import { getRecord, putRecord } from './records';

/**
 * Tags as the reader typed them, minus what would make two look like one: surrounding
 * space, runs of space, and duplicates that differ only in case or diacritics.
 */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/gu, ' ').trim().slice(0, LIMITS.tagChars);
    const key = foldForSearch(tag);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length === LIMITS.tags) break;
  }
  return out;
}

/** "a, b; c" as typed in one box → ["a", "b", "c"]. */
export function parseTagInput(input: string): string[] {
  return cleanTags(input.split(/[,;，、]/u));
}

export interface NoteAndTags {
  note?: string;
  tags?: readonly string[];
}

/** Changes the note and/or tags of one record in its own transaction; the rest of the record is untouched. */
export async function updateNoteAndTags(
  db: LibraryDatabase,
  id: string,
  change: NoteAndTags,
  now: number = Date.now(),
): Promise<{ ok: true; record: SavedOutline } | WriteFailure> {
  const result = await writeTransaction(db, async (tx) => {
    const record = await getRecord(tx, id);
    if (!record) throw new Error('This saved outline no longer exists (deleted in another window?).');
    const note = change.note === undefined ? record.note : change.note.slice(0, LIMITS.noteChars);
    const tags = change.tags === undefined ? record.tags : cleanTags(change.tags);
    const updated = withSearchTokens({ ...record, note, tags, updatedAt: Math.max(now, record.updatedAt + 1) });
    await putRecord(tx, updated);
    return updated;
  });
  return result.ok ? { ok: true, record: result.value } : result;
}
