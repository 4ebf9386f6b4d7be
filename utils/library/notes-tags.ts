import { LIMITS, type SavedOutline, type WriteFailure } from './schema';
import { withSearchTokens } from './search-tokens';
import { cleanTags } from './clean-tags';
import { clampTime } from './repair';
import { writeTransaction, type LibraryDatabase } from './db';
import { getRecord, putRecord } from './records';

export { cleanTags };

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
    const updated = withSearchTokens({ ...record, note, tags, updatedAt: Math.max(now, clampTime(record.updatedAt, now) + 1) });
    await putRecord(tx, updated);
    return updated;
  });
  return result.ok ? { ok: true, record: result.value } : result;
}
