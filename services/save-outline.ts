import type { Article } from '@/utils/article/types';
import type { Outline } from '@/utils/outline/types';
import type { SaveOutcome } from '@/utils/messages';
import { openLibrary } from '@/utils/library/db';
import { saveOutline } from '@/utils/library/save';
import { announceLibraryChange } from '@/clients/library-changes';

/**
 * Saves from the popup and the full tab, done by the background: those pages stay small
 * (no database code in the popup) and one context writes for them. The write is one short
 * transaction, and the background outlives a popup closed right after the click.
 */
export async function saveOutlineToLibrary(article: Article, outline: Outline): Promise<SaveOutcome> {
  let db;
  try {
    db = await openLibrary();
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  try {
    const result = await saveOutline(db, article, outline);
    if (!result.ok) return { ok: false, reason: result.reason, message: result.message };
    announceLibraryChange([result.record.id]);
    return { ok: true, created: result.created };
  } finally {
    db.close();
  }
}
