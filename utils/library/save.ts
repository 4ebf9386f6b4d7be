import type { Article } from '../article/types';
import type { Outline } from '../outline/types';
import { LIMITS, SCHEMA_VERSION, type ExportedOutline, type LibraryEntry, type SavedOutline, type WriteFailure } from './schema';
import { isReadableUrl, normalizeArticleUrl } from './normalize-url';
import { withSearchTokens } from './search-tokens';
import { checked, expectRecord, isUsableLangTag } from './validate';
import { clipText, fitOutline } from './fit-outline';
import { clampTime } from './repair';
import { CONTENTS, LIST_ENTRIES, writeTransaction, type LibraryDatabase } from './db';
import { putRecord } from './records';

export type SaveResult = { ok: true; created: boolean; record: SavedOutline } | WriteFailure;

/**
 * Pages write `vi_VN`, `en-a` or worse; the library keeps only tags Intl accepts (in its
 * canonical form, `vi-VN`), which it can later segment, filter on and export.
 */
export function cleanLang(lang: string | null): string | null {
  const tag = lang?.trim().replace(/_/gu, '-') ?? '';
  if (!isUsableLangTag(tag)) return null;
  const canonical = Intl.getCanonicalLocales(tag)[0];
  return canonical !== undefined && isUsableLangTag(canonical) ? canonical : null;
}

function clipNullable(text: string | null, max: number): string | null {
  return text === null ? null : clipText(text, max);
}

/**
 * What a save stores from the article. Oversized fields are cut to the limits that
 * import enforces, the outline too (fit-outline.ts), so a page with a 30,000-character
 * heading can be saved and everything the library holds can be exported and imported back.
 */
function articleFields(article: Article, outline: Outline, url: string) {
  const html = article.html.length <= LIMITS.textChars ? { html: article.html } : {};
  return {
    url,
    title: clipText(article.title, LIMITS.titleChars),
    byline: clipNullable(article.byline, LIMITS.shortChars),
    published: clipNullable(article.published, 100),
    siteName: clipNullable(article.siteName, LIMITS.shortChars),
    lang: cleanLang(article.lang),
    dir: article.dir,
    outline: fitOutline(outline),
    text: clipText(article.text, LIMITS.textChars),
    ...html,
  };
}

function newRecord(fields: ReturnType<typeof articleFields>, now: number, existing: LibraryEntry | undefined): ExportedOutline {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: existing?.id ?? crypto.randomUUID(),
    // A date an older release let in from the far future would keep this entry first for ever.
    savedAt: existing ? clampTime(existing.savedAt, now) : now,
    updatedAt: now,
    note: existing?.note ?? '',
    tags: existing?.tags ?? [],
    ...fields,
  };
}

/**
 * Saves an article's outline: one record per (normalised) URL, so saving again updates
 * the entry and keeps the reader's note and tags. The lookup and the write share one
 * transaction, so two pages saving at once cannot both create the same URL or lose one
 * another's writes.
 */
export async function saveOutline(db: LibraryDatabase, article: Article, outline: Outline, now: number = Date.now()): Promise<SaveResult> {
  const url = normalizeArticleUrl(article.url);
  if (url === null || !isReadableUrl(url)) {
    return { ok: false, reason: 'failed', message: 'Only web pages and local files can be saved.' };
  }
  const fields = articleFields(article, outline, url);
  const result = await writeTransaction(db, async (tx) => {
    const existing = await tx.objectStore(LIST_ENTRIES).index('url').get(url);
    // The reader's highlights stay with the article saved again: they are found again by their words, not offsets.
    const annotations = existing ? (await tx.objectStore(CONTENTS).get(existing.id))?.annotations : undefined;
    const candidate = checked(() => expectRecord({ ...newRecord(fields, now, existing), ...(annotations ? { annotations } : {}) }, 'record'));
    if (!candidate.ok) throw new Error(`This article cannot be saved: ${candidate.message}`);
    const record = withSearchTokens(candidate.value);
    await putRecord(tx, record);
    return { created: existing === undefined, record };
  });
  return result.ok ? { ok: true, ...result.value } : result;
}
