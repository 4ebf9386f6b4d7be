import type { DBSchema } from 'idb';
import type { ChangeEntry, LibraryEntry, OutlineContent, PeopleMerge, SearchEntry, SpeakerQuotes, SpeakerSummary } from './schema';

/**
 * The library is three object stores sharing one key, the record's id. A saved outline
 * is split across them by size and use (records.ts puts it together again):
 * - `listEntries`: what the list shows and filters on, a few hundred bytes per record
 *   (called `outlines` up to database version 3, when it still held whole outlines);
 * - `contents`: the outline, text and HTML, read only when one record is opened or exported;
 * - `searchIndex`: the record's search tokens, read to build the in-memory search index (memory-index.ts)
 *   and to patch it after a write; up to version 7 a multi-entry index over them answered searches
 *   until that index was ready (migrations.ts, dropTokensIndex);
 * - `changes` (version 6): which records each write touched, in order (change-log.ts), so a
 *   saved copy of the search index learns what changed since it was saved without reading the list.
 * - `speakerQuotes`, `speakers` (version 7): the People view's index (speaker-index.ts), each
 *   saved article's quotes per speaker and one small summary per person, written with the record
 *   in the same transaction, so the view opens by reading the summaries only;
 * - `peopleMerges` (version 7): the reader's hand-made merges of two people into one (people-merges.ts).
 * Browsers read a store's records whole, so keeping the list's store small is what lets
 * a large library open and search quickly (one store of full records was several times slower in Chromium).
 */
export const LIST_ENTRIES = 'listEntries';
/** The list's store as database versions 1–3 named it; version 4 renames it in place. */
export const LEGACY_LIST_STORE = 'outlines';
export const CONTENTS = 'contents';
export const SEARCH_INDEX = 'searchIndex';
export const CHANGES = 'changes';
export const SPEAKER_QUOTES = 'speakerQuotes';
export const SPEAKERS = 'speakers';
export const PEOPLE_MERGES = 'peopleMerges';
export const ALL_STORES = [LIST_ENTRIES, CONTENTS, SEARCH_INDEX, CHANGES, SPEAKER_QUOTES, SPEAKERS, PEOPLE_MERGES] as const;
export type LibraryStoreName = (typeof ALL_STORES)[number];

/** Typed view of the database for idb: the stores and the indexes the library queries. */
export interface LibrarySchema extends DBSchema {
  listEntries: {
    key: string;
    value: LibraryEntry;
    indexes: {
      url: string;
      savedAt: number;
      siteName: string;
      lang: string;
      tags: string;
    };
  };
  contents: {
    key: string;
    value: OutlineContent;
  };
  searchIndex: {
    key: string;
    value: SearchEntry;
  };
  changes: {
    /** Given by the store (autoIncrement): the order of the writes. */
    key: number;
    value: ChangeEntry;
  };
  speakerQuotes: {
    /** [nameKey, article]: one person's quotes are one key range. */
    key: [string, string];
    value: SpeakerQuotes;
    indexes: { article: string };
  };
  speakers: {
    key: string;
    value: SpeakerSummary;
    indexes: { nameKey: string; rank: [number, number] };
  };
  peopleMerges: {
    key: string;
    value: PeopleMerge;
  };
}
