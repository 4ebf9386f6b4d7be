import type { Article } from '../../../utils/article/types';
import type { LibraryDatabase } from '../../../utils/library/db';
import type { SaveResult } from '../../../utils/library/save';
import type { SavedOutline, WriteFailure } from '../../../utils/library/schema';
import type { Outline } from '../../../utils/outline/types';

/**
 * The library page's test hooks (entrypoints/library/main.tsx, e2e builds only) as a browser
 * test reaches them through `window`: one type for every library test, in either browser.
 */
export interface LibraryHookWindow {
  ledeLibraryE2E: {
    openLibrary(): Promise<LibraryDatabase>;
    saveOutline(db: LibraryDatabase, article: Article, outline: Outline): Promise<SaveResult>;
    putRecords(db: LibraryDatabase, records: SavedOutline[]): Promise<{ ok: true } | WriteFailure>;
  };
}
