import type { DBSchema } from 'idb';
import type { SavedOutline } from './schema';

export const STORE = 'outlines';

/** Typed view of the database for idb: one store, keyed by id, with the indexes the library queries. */
export interface LibrarySchema extends DBSchema {
  outlines: {
    key: string;
    value: SavedOutline;
    indexes: {
      url: string;
      savedAt: number;
      siteName: string;
      lang: string;
      tags: string;
      searchTokens: string;
    };
  };
}
