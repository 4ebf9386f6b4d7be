import type { Article } from '../article/types';
import type { Outline } from '../outline/types';
import { LIMITS, SCHEMA_VERSION, type ExportedOutline, type LibraryEntry, type SavedOutline, type WriteFailure } from './schema';
import { isReadableUrl, normalizeArticleUrl } from './normalize-url';
import { withSearchTokens } from './search-tokens';
import { checked, expectRecord } from './validate';
import { LIST_ENTRIES, writeTransaction, type LibraryDatabase } from './db';
import { putRecord } from './records';

export type SaveResult = { ok: true; created: boolean; record: SavedOutline } | WriteFailure;

const LANG_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/u;

/** Pages write `vi_VN` or worse; the library keeps only tags it can later filter on and export. */
function cleanLang(lang: string | null): string | null {
  const tag = lang?.trim().replace(/_/gu, '-') ?? '';
  return LANG_TAG.test(tag) && tag.length <= 35 ? tag : null;
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

function clipNullable(text: string | null, max: number): string | null {
  return text === null ? null : clip(text, max);
}

/**
 * What a save stores from the article. Oversized fields are cut to the limits that
 * import enforces, so everything the library holds can always be exported and imported back.
 */
function articleFields(article: Article, outline: Outline, url: string) {
  const html = article.html.length <= LIMITS.textChars ? { html: article.html } : {};
  return {
    url,
    title: clip(article.title, LIMITS.titleChars),
    byline: clipNullable(article.byline, LIMITS.shortChars),
    published: clipNullable(article.published, 100),
    siteName: clipNullable(article.siteName, LIMITS.shortChars),
    lang: cleanLang(article.lang),
    dir: article.dir,
    outline,
    text: clip(article.text, LIMITS.textChars),
    ...html,
  };
}

function newRecord(fields: ReturnType<typeof articleFields>, now: number, existing: LibraryEntry | undefined): ExportedOutline {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: existing?.id ?? crypto.randomUUID(),
    savedAt: existing?.savedAt ?? now,
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
    const candidate = checked(() => expectRecord(newRecord(fields, now, existing), 'record'));
    if (!candidate.ok) throw new Error(`This article cannot be saved: ${candidate.message}`);
    const record = withSearchTokens(candidate.value);
    await putRecord(tx, record);
    return { created: existing === undefined, record };
  });
  return result.ok ? { ok: true, ...result.value } : result;
}
