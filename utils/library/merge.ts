import { LIMITS, type SavedOutline } from './schema';
import type { WriteTransaction } from './db';
import { LIST_ENTRIES } from './db-schema';
import { getRecord, putRecord } from './records';
import { withSearchTokens } from './search-tokens';
import { unionTags } from './clean-tags';
import { clipText } from './fit-outline';
import { mergeAnnotations, sameAnnotations, withAnnotations } from './annotations';

export interface MergeCounts {
  added: number;
  /** Already saved: replaced by a newer copy, or given the other copy's note or tags. */
  updated: number;
  /** Already in the library in the same or a newer version, with nothing to add. */
  unchanged: number;
}

export interface MergeOptions {
  /** Checked between batches: aborting throws, so the caller's transaction rolls back. */
  signal?: AbortSignal;
  /** Items merged so far, of all. */
  onProgress?: (done: number, total: number) => void;
  /** The ids of the records each batch wrote (to tell other pages which records changed). */
  onWritten?: (ids: string[]) => void;
}

/** Records looked up and written per step: enough to keep requests in flight, few enough to report progress. */
const BATCH = 200;

/**
 * The reader's note first; another copy's note is added after it when it says something
 * the reader's does not. Merging the same copy again finds it there and changes nothing.
 */
export function mergeNotes(mine: string, theirs: string): string {
  const other = theirs.trim();
  if (other === '' || mine.includes(other)) return mine;
  if (mine.trim() === '') return theirs;
  return clipText(`${mine}\n\n${other}`, LIMITS.noteChars);
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}

/**
 * Two copies of one article: the newer `updatedAt` gives the article (title, outline,
 * text), but the reader's words are never replaced: tags are joined, notes and highlights kept both.
 * Returns null when the saved copy already holds everything the other brings.
 */
export function mergeCopies(saved: SavedOutline, other: SavedOutline): SavedOutline | null {
  const note = mergeNotes(saved.note, other.note);
  const tags = unionTags(saved.tags, other.tags);
  const otherNewer = other.updatedAt > saved.updatedAt;
  // Highlights are the reader's words too: those of both copies are kept.
  const annotations = mergeAnnotations(saved.annotations, other.annotations, otherNewer);
  if (otherNewer) {
    // The local id stays: the open library page and any undo refer to it.
    return withSearchTokens(withAnnotations({ ...other, id: saved.id, savedAt: Math.min(saved.savedAt, other.savedAt), note, tags }, annotations));
  }
  if (note === saved.note && sameTags(tags, saved.tags) && sameAnnotations(annotations, saved.annotations)) return null;
  return withSearchTokens(withAnnotations({ ...saved, note, tags }, annotations));
}

function cancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
}

/** What the library holds under each URL of a batch, read with all requests in flight at once. */
async function savedByUrl(tx: WriteTransaction, urls: readonly string[]): Promise<Map<string, SavedOutline>> {
  const entries = tx.objectStore(LIST_ENTRIES);
  const found = await Promise.all(urls.map((url) => entries.index('url').get(url)));
  const records = await Promise.all(found.map((entry) => (entry ? getRecord(tx, entry.id) : undefined)));
  const out = new Map<string, SavedOutline>();
  records.forEach((record, i) => {
    const url = urls[i];
    if (record && url !== undefined) out.set(url, record);
  });
  return out;
}

async function takenIds(tx: WriteTransaction, ids: readonly string[]): Promise<Set<string>> {
  const entries = tx.objectStore(LIST_ENTRIES);
  const keys = await Promise.all(ids.map((id) => entries.getKey(id)));
  return new Set(ids.filter((_, i) => keys[i] !== undefined));
}

/**
 * Puts records into the library by URL, inside the caller's transaction: a URL not yet
 * saved is added, a saved one merged (mergeCopies). Used by import and by undo, so
 * re-inserting deleted records can never overwrite what was saved since. Work goes in
 * batches whose requests are all in flight together; only IndexedDB requests are awaited,
 * so the transaction stays open to the end and one failure still imports nothing.
 */
export async function mergeByUrl(tx: WriteTransaction, records: readonly SavedOutline[], options: MergeOptions = {}): Promise<MergeCounts> {
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  /** The state of every URL this merge has met, after the items merged so far. */
  const current = new Map<string, SavedOutline>();
  const usedIds = new Set<string>();
  for (let start = 0; start < records.length; start += BATCH) {
    cancelled(options.signal);
    const batch = records.slice(start, start + BATCH);
    const unseen = [...new Set(batch.map((record) => record.url).filter((url) => !current.has(url)))];
    for (const [url, record] of await savedByUrl(tx, unseen)) current.set(url, record);
    const taken = await takenIds(tx, batch.map((record) => record.id));
    const writes = new Map<string, SavedOutline>();
    for (const incoming of batch) {
      const saved = current.get(incoming.url);
      let next: SavedOutline | null;
      if (saved) {
        next = mergeCopies(saved, incoming);
        if (next) counts.updated++;
        else counts.unchanged++;
      } else {
        // An id already used by another URL (a hand-edited or hostile file) must not overwrite it.
        const idFree = !taken.has(incoming.id) && !usedIds.has(incoming.id);
        next = idFree ? incoming : { ...incoming, id: crypto.randomUUID() };
        counts.added++;
      }
      if (!next) continue;
      usedIds.add(next.id);
      current.set(next.url, next);
      writes.set(next.url, next);
    }
    await Promise.all([...writes.values()].map((record) => putRecord(tx, record)));
    options.onWritten?.([...writes.values()].map((record) => record.id));
    options.onProgress?.(start + batch.length, records.length);
  }
  return counts;
}
