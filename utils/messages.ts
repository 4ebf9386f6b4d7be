import type { ExtractResult } from './read-page';
import type { LiveResult } from './read-live-part';
import type { Article } from './article/types';
import type { Outline } from './outline/types';

/** A result that holds an article: what the popup hands to the full tab. */
export type ArticleResult = Extract<ExtractResult, { ok: true }>;
/** A read that failed, and why: the same reasons wherever the read was finished. */
export type ReadFailure = Extract<ExtractResult, { ok: false }>;
/**
 * The article of a read finished in the background (Firefox), with the id its outline is asked for by;
 * `pagePartAt`, `metadataAt`, `madeAt`: when the page's part reached the background, its metadata was
 * read and its article made there (performance.timeOrigin + now(), ms), so the view can place
 * the background's steps on its own timeline (READ_MARKS); `pageStartAt` and `pageMs`: when the
 * page's script started (its own clock, absent where it had none) and how long it ran.
 */
export type ArticleRead =
  | { ok: true; article: Article; readId: string; pageLoading: boolean; pagePartAt: number; metadataAt: number; madeAt: number; pageStartAt?: number; pageMs: number }
  | ReadFailure;
/** The outline of that read; `ms` and `pageMs` as in ExtractResult. */
export type OutlineRead = { ok: true; outline: Outline; ms: number; pageMs: number } | ReadFailure;

/** What a save from the popup or the full tab comes back as; `message` is for the reader's eyes. */
export type SaveOutcome = { ok: true; created: boolean } | { ok: false; reason: 'quota' | 'failed'; message: string };

/**
 * Every message that crosses contexts, named after the context that sends it
 * (UI_ = popup or extension page, BG_ = background). Request and response types sit side
 * by side; REQUEST_CHECKS and RESPONSE_CHECKS check both at the boundary, since the other side may be an
 * older worker, a changed page, or a bug.
 */
export interface MessageMap {
  /**
   * Firefox: the background page (it has a DOM, and its finishing code is loaded once, not on every
   * popup) reads a tab's article and finishes it; the outline follows on UI_READ_OUTLINE.
   */
  /** `url`: the tab's address where the view already had it (extractTab then checks it without asking the browser). */
  UI_READ_ARTICLE: { request: { tabId: number; url?: string }; response: ArticleRead };
  /** The outline of a read UI_READ_ARTICLE answered, by its id; asked once. */
  UI_READ_OUTLINE: { request: { readId: string }; response: OutlineRead };
  /** Popup or full tab saves an outline: the background owns the writes of these pages. */
  UI_SAVE_OUTLINE: { request: { article: Article; outline: Outline }; response: SaveOutcome };
  /** Popup opens the full tab and hands it the article it already has. */
  UI_OPEN_READER_TAB: { request: { result: ArticleResult; tabId: number | null }; response: { ok: boolean } };
  /** The full tab takes the article the popup handed over (null: read the page again). */
  UI_TAKE_HANDOFF: { request: { id: string }; response: ArticleResult | null };
}

export type MessageName = keyof MessageMap;
export type Request<K extends MessageName> = MessageMap[K]['request'];
export type Response<K extends MessageName> = MessageMap[K]['response'];

export type Message = {
  [K in MessageName]: { type: K; payload: Request<K> };
}[MessageName];

/**
 * The events every extension page hears at once (a BroadcastChannel of the extension
 * origin): IndexedDB has no change events of its own.
 */
export interface BroadcastMap {
  /**
   * Something saved, deleted, imported or edited: open library pages reload their list and
   * patch their search index with the records `ids` names (all the write touched).
   */
  BG_LIBRARY_CHANGED: { ids: string[] };
}
export type BroadcastName = keyof BroadcastMap;
export type Broadcast = { [K in BroadcastName]: { type: K; payload: BroadcastMap[K] } }[BroadcastName];

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isNullableString = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

function isArticle(value: unknown): value is Article {
  if (!isObject(value)) return false;
  const { url, title, html, text, bylines, byline, published, lang, dir, wordCount, figures, readerable } = value;
  return (
    isString(url) && isString(title) && isString(html) && isString(text) && isStringList(bylines) && isNullableString(byline) &&
    isNullableString(published) && isNullableString(lang) && (dir === 'ltr' || dir === 'rtl') && typeof wordCount === 'number' &&
    Array.isArray(figures) && typeof readerable === 'boolean'
  );
}

function isOutline(value: unknown): value is Outline {
  return isObject(value) && Array.isArray(value.sections) && Array.isArray(value.quotes) && Array.isArray(value.keyPoints);
}

export function isArticleResult(value: unknown): value is ArticleResult {
  return isObject(value) && value.ok === true && isArticle(value.article) && isOutline(value.outline) && typeof value.ms === 'number';
}

function isFailure(value: Fields): boolean {
  return value.ok === false && isString(value.reason) && (value.detail === undefined || isString(value.detail));
}

/**
 * The page's part of a read, as the injected script returns it (clients/extract-tab.ts): its shape
 * is checked here (a reading whose inner fields are wrong fails in finishReading, and the reader is
 * told the read failed), its body HTML is sanitized where shown.
 */
export function isLiveResult(value: unknown): value is LiveResult {
  if (!isObject(value)) return false;
  if (value.ok !== true) return isFailure(value);
  const reading = value.reading;
  return (
    typeof value.ms === 'number' && isObject(reading) && isString(reading.url) && isString(reading.pageTitle) &&
    typeof reading.loading === 'boolean' && isString(reading.contentHtml) && isString(reading.pageHtml) && isString(reading.baseUrl) &&
    isObject(reading.readability)
  );
}

function isSaveOutcome(value: unknown): value is SaveOutcome {
  if (!isObject(value)) return false;
  if (value.ok === true) return typeof value.created === 'boolean';
  return value.ok === false && (value.reason === 'quota' || value.reason === 'failed') && isString(value.message);
}

const isTime = (value: unknown): value is number => typeof value === 'number';

function isArticleRead(value: Record<string, unknown>): boolean {
  const times = isTime(value.pagePartAt) && isTime(value.metadataAt) && isTime(value.madeAt) && isTime(value.pageMs);
  return times && isArticle(value.article) && isString(value.readId) && typeof value.pageLoading === 'boolean' && (value.pageStartAt === undefined || isTime(value.pageStartAt));
}

const isTabId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

type Check<T> = (value: unknown) => value is T;

/**
 * The runtime checks of every response, where the UI receives it. The request checks are
 * a table of their own, so the popup does not carry the background's half.
 */
export const RESPONSE_CHECKS: { [K in MessageName]: Check<Response<K>> } = {
  UI_READ_ARTICLE: (value): value is ArticleRead => isObject(value) && (value.ok === true ? isArticleRead(value) : isFailure(value)),
  UI_READ_OUTLINE: (value): value is OutlineRead =>
    isObject(value) && (value.ok === true ? isOutline(value.outline) && typeof value.ms === 'number' && typeof value.pageMs === 'number' : isFailure(value)),
  UI_SAVE_OUTLINE: isSaveOutcome,
  UI_OPEN_READER_TAB: (value): value is Response<'UI_OPEN_READER_TAB'> => isObject(value) && typeof value.ok === 'boolean',
  UI_TAKE_HANDOFF: (value): value is Response<'UI_TAKE_HANDOFF'> => value === null || isArticleResult(value),
};

/** The runtime checks of every request, where the background receives it. */
export const REQUEST_CHECKS: { [K in MessageName]: Check<Request<K>> } = {
  UI_READ_ARTICLE: (value): value is Request<'UI_READ_ARTICLE'> => isObject(value) && isTabId(value.tabId) && (value.url === undefined || isString(value.url)),
  UI_READ_OUTLINE: (value): value is Request<'UI_READ_OUTLINE'> => isObject(value) && isString(value.readId),
  UI_SAVE_OUTLINE: (value): value is Request<'UI_SAVE_OUTLINE'> => isObject(value) && isArticle(value.article) && isOutline(value.outline),
  UI_OPEN_READER_TAB: (value): value is Request<'UI_OPEN_READER_TAB'> => isObject(value) && isArticleResult(value.result) && (value.tabId === null || isTabId(value.tabId)),
  UI_TAKE_HANDOFF: (value): value is Request<'UI_TAKE_HANDOFF'> => isObject(value) && isString(value.id),
};

/** A message of ours with a payload that passes its check; anything else is not for us. */
export function isMessage(value: unknown): value is Message {
  if (!isObject(value) || !isString(value.type) || !Object.hasOwn(REQUEST_CHECKS, value.type)) return false;
  return REQUEST_CHECKS[value.type as MessageName](value.payload);
}

export class MessageRefused extends Error {}

/**
 * The one way UI code sends a message: the response type follows from the name, and a
 * response that does not have that shape is refused here rather than trusted downstream.
 */
export async function sendMessage<K extends MessageName>(send: (message: unknown) => Promise<unknown>, type: K, payload: Request<K>): Promise<Response<K>> {
  const response = await send({ type, payload });
  const check = RESPONSE_CHECKS[type] as Check<Response<K>>;
  if (!check(response)) throw new MessageRefused(`${type}: unexpected response`);
  return response;
}
