import type { Outline, Quote } from '../outline/types';

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
  /** The reader's highlights with notes (annotations.ts); absent when there are none. Kept with the content, not the list's entry. */
  annotations?: Annotation[];
  /** Derived from title, outline, note and tags by search-tokens.ts; never imported from a file. */
  searchTokens: string[];
}

/**
 * One highlight of the saved text, found again by its words rather than by DOM offsets: the
 * quote with the text just before and after it (to tell repeats apart and to re-find it when
 * the text changed a little) and the block it starts in (data-lede-block, as outline anchors).
 */
export interface Annotation {
  /** Unique within its record: letters, digits, "-" or "_". */
  id: string;
  /** The highlighted words, white space collapsed. */
  quote: string;
  /** Up to ANNOTATION_CONTEXT characters before and after the quote, white space collapsed. */
  prefix: string;
  suffix: string;
  /** Block index (the paragraph) the quote starts in when it was made: a hint, never trusted alone. */
  block: number;
  /** The reader's note; empty for a bare highlight. */
  note: string;
  /** Epoch milliseconds. */
  created: number;
}

/** What the list shows and filters on; the rest of a record is read only when it is opened. */
export type LibraryEntry = Omit<SavedOutline, 'outline' | 'text' | 'html' | 'annotations' | 'searchTokens'>;

/** The large part of a record, stored apart from its entry under the same id. */
export interface OutlineContent {
  id: string;
  outline: Outline;
  text: string;
  html?: string;
  annotations?: Annotation[];
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

/**
 * One saved article's quotes by one speaker, the name folded (people.ts, foldForPeople):
 * the People view's quote index (speaker-index.ts), rewritten with its record.
 */
export interface SpeakerQuotes {
  nameKey: string;
  /** The saved record's id. */
  article: string;
  /** The article's date (published, else saved), epoch ms: a person's newest quote is found without the record. */
  time: number;
  /** As the outline has them, in its order. */
  quotes: Quote[];
}

/** One person as the People view lists them, kept up to date with the quote index (speaker-index.ts). */
export interface SpeakerSummary {
  /** The folded name and role, "nguyen van quang|chu tich ubnd": the person's identity. */
  key: string;
  nameKey: string;
  /** The spelling that names the person (people.ts, mostUsed). */
  name: string;
  role: string | null;
  quotes: number;
  articles: number;
  /** The newest article's date, epoch ms. */
  latest: number;
}

/** The reader's decision that the person `from` is the person `into` (people-merges.ts); always a person not merged further. */
export interface PeopleMerge {
  from: string;
  into: string;
}

/**
 * The reader's decision that one article's speaker is not the person Lede made of them
 * (people-splits.ts): `speaker` ("name|role", folded, the role as that article gives it) in
 * the saved `article` is the person `into`, a person separated by hand ("name|role|label").
 * Stored with the merges, as `{ from: "<speaker>@<article>", into }`; exported as this.
 */
export interface PeopleSplit {
  article: string;
  speaker: string;
  into: string;
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
  /** Highlights per saved article, and the longest highlighted passage. */
  annotations: 1_000,
  annotationChars: 20_000,
  /** Context an import accepts before and after a highlight (Lede keeps ANNOTATION_CONTEXT, annotations-anchor.ts). */
  annotationContextChars: 200,
} as const;

/** How far ahead of the clock an imported time may be (clock skew between machines); later ones are set to the time of import. */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** Outcome of a write, phrased for the UI: a quota error and other failures read differently. */
export type WriteFailure = { ok: false; reason: 'quota' | 'failed'; message: string };
