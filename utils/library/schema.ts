import type { Outline } from '../outline/types';

/**
 * The one definition of what the library keeps. Every record says which shape it was
 * written in (`schemaVersion`), so an older record met anywhere (an upgrade, an import,
 * a popup still running the previous release) can be migrated instead of misread.
 */
export const SCHEMA_VERSION = 2;

export interface SavedOutline {
  schemaVersion: typeof SCHEMA_VERSION;
  /** Stable across updates of the same URL; a random UUID. */
  id: string;
  /** Normalised (no fragment, no tracking parameters): the key that makes "save again" an update. */
  url: string;
  title: string;
  byline: string | null;
  /** ISO 8601 as the article gave it. */
  published: string | null;
  siteName: string | null;
  /** BCP 47 tag, or null when unknown. */
  lang: string | null;
  dir: 'ltr' | 'rtl';
  /** Epoch milliseconds: numbers sort and index the same in every browser, date strings do not. */
  savedAt: number;
  updatedAt: number;
  note: string;
  tags: string[];
  outline: Outline;
  /** Article plain text, for reading offline. */
  text: string;
  /** Article HTML as extracted, untrusted: rendered only through SafeHtml, which sanitizes it. */
  html?: string;
  /** Derived from title, outline, note and tags by search-tokens.ts; never imported from a file. */
  searchTokens: string[];
}

/** What the list shows and filters on; the rest of a record is read only when it is opened. */
export type LibraryEntry = Omit<SavedOutline, 'outline' | 'text' | 'html' | 'searchTokens'>;

/** The large part of a record, stored apart from its entry under the same id. */
export interface OutlineContent {
  id: string;
  outline: Outline;
  text: string;
  html?: string;
}

/** A record's search tokens, stored apart so that matching never reads records. */
export interface SearchEntry {
  id: string;
  tokens: string[];
}

/** One write in the library's change log (change-log.ts): the records it put or deleted. */
export interface ChangeEntry {
  ids: string[];
}

/** A record as it leaves the library in an export: everything except what is derived from it. */
export type ExportedOutline = Omit<SavedOutline, 'searchTokens'>;

export const LIMITS = {
  /** Imports larger than this are refused before parsing, so a huge file cannot freeze the page. */
  importBytes: 50 * 1024 * 1024,
  noteChars: 10_000,
  tagChars: 60,
  tags: 50,
  titleChars: 2_000,
  urlChars: 8_192,
  shortChars: 1_000,
  textChars: 5_000_000,
  outlineItems: 5_000,
  /**
   * Rows of one outline in all (sections, their items, quotes, key points, their items).
   * Each list's own cap still let one item carry millions of rows (5,000 sections of 5,000
   * items each); a 505,000-row item froze the library page for 26 s on import.
   */
  outlineRows: 10_000,
  itemChars: 20_000,
  /** A search token longer than this is cut: prefixes still match and keys stay small. */
  tokenChars: 64,
} as const;

/** How far ahead of the clock an imported time may be (clock skew between machines); later ones are set to the time of import. */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** Outcome of a write, phrased for the UI: a quota error and other failures read differently. */
export type WriteFailure = { ok: false; reason: 'quota' | 'failed'; message: string };
