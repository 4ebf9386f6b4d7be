import { LIMITS, type Annotation, type SavedOutline, type WriteFailure } from './schema';
import type { TextQuote } from './annotations-anchor';
import { withSearchTokens } from './search-tokens';
import { clampTime } from './repair';
import { writeTransaction, type LibraryDatabase } from './db';
import { getRecord, putRecord } from './records';
import { checked, expectAnnotations } from './validate';

/** Control characters a pasted note may carry: refused by import, so never stored. */
const NOTE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

export function cleanAnnotationNote(note: string): string {
  return note.replace(NOTE_CONTROLS, '').slice(0, LIMITS.noteChars);
}

/** A new highlight of the selected words, with the reader's note (empty for none). */
export function newAnnotation(selected: TextQuote & { block: number }, note: string, now: number, id: string = crypto.randomUUID()): Annotation {
  return { id, quote: selected.quote.slice(0, LIMITS.annotationChars), prefix: selected.prefix, suffix: selected.suffix, block: selected.block, note: cleanAnnotationNote(note), created: now };
}

function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return a.id === b.id && a.quote === b.quote && a.prefix === b.prefix && a.suffix === b.suffix && a.block === b.block && a.note === b.note && a.created === b.created;
}

/**
 * Two copies' highlights (an import of an article already saved): every highlight of either
 * is kept; one both have, by id, comes from the copy edited last. Returns `mine` itself when
 * the other copy adds or changes nothing, so a merge can tell there is nothing to write.
 */
export function mergeAnnotations(mine: readonly Annotation[] | undefined, theirs: readonly Annotation[] | undefined, theirsNewer: boolean): Annotation[] | undefined {
  if (!theirs || theirs.length === 0) return mine ? [...mine] : undefined;
  const merged = new Map((mine ?? []).map((annotation) => [annotation.id, annotation]));
  let changed = false;
  for (const annotation of theirs) {
    const known = merged.get(annotation.id);
    if (known && (sameAnnotation(known, annotation) || !theirsNewer)) continue;
    merged.set(annotation.id, annotation);
    changed = true;
  }
  if (!changed && mine) return [...mine];
  return [...merged.values()].sort((a, b) => a.created - b.created).slice(0, LIMITS.annotations);
}

export function sameAnnotations(a: readonly Annotation[] | undefined, b: readonly Annotation[] | undefined): boolean {
  const left = a ?? [];
  const right = b ?? [];
  return left.length === right.length && left.every((annotation, i) => {
    const other = right[i];
    return other !== undefined && sameAnnotation(annotation, other);
  });
}

/** The record with these highlights; none leaves no empty field behind, so an export reads as before highlights existed. */
export function withAnnotations<T extends { annotations?: Annotation[] }>(record: T, annotations: readonly Annotation[] | undefined): T {
  const { annotations: _old, ...rest } = record;
  void _old;
  return (annotations && annotations.length > 0 ? { ...rest, annotations: [...annotations] } : rest) as T;
}

/**
 * Replaces one record's highlights in its own transaction (the rest of the record untouched),
 * checked as an import would check them, so whatever is stored exports and imports back.
 */
export async function updateAnnotations(
  db: LibraryDatabase,
  id: string,
  annotations: readonly Annotation[],
  now: number = Date.now(),
): Promise<{ ok: true; record: SavedOutline } | WriteFailure> {
  const valid = checked(() => expectAnnotations(annotations, 'annotations'));
  if (!valid.ok) return { ok: false, reason: 'failed', message: valid.message };
  const result = await writeTransaction(db, async (tx) => {
    const record = await getRecord(tx, id);
    if (!record) throw new Error('This saved outline no longer exists (deleted in another window?).');
    const updated = withSearchTokens(withAnnotations({ ...record, updatedAt: Math.max(now, clampTime(record.updatedAt, now) + 1) }, valid.value));
    await putRecord(tx, updated);
    return updated;
  });
  return result.ok ? { ok: true, record: result.value } : result;
}
