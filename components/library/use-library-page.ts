import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryDatabase } from '@/utils/library/db';
import { findOutlines, libraryFacets, type LibraryFacets, type LibraryPage, type LibraryQuery } from '@/utils/library/search';
import { storageUsage, type StorageUsage } from '@/utils/library/usage';
import { listenForLibraryChanges } from './library-changes';

export const PAGE_SIZE = 50;

export interface LibraryView {
  query: LibraryQuery;
  setQuery: (query: LibraryQuery) => void;
  page: LibraryPage;
  facets: LibraryFacets;
  usage: StorageUsage | null;
  loadMore: () => void;
  /** Re-reads list, filters and usage: after a write here or in another page. */
  reload: () => void;
}

const NO_FACETS: LibraryFacets = { sites: [], tags: [], langs: [] };

/**
 * The list as the query says, kept current. Results of a slower, older query never
 * replace those of the newer one the reader has typed since.
 */
export function useLibraryPage(db: LibraryDatabase | null): LibraryView {
  const [query, setQuery] = useState<LibraryQuery>({});
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [page, setPage] = useState<LibraryPage>({ total: 0, items: [] });
  const [facets, setFacets] = useState<LibraryFacets>(NO_FACETS);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [version, setVersion] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    if (!db) return;
    const ticket = ++latest.current;
    void findOutlines(db, query, { limit }).then((result) => {
      if (ticket === latest.current) setPage(result);
    });
  }, [db, query, limit, version]);

  useEffect(() => {
    if (!db) return;
    void libraryFacets(db).then(setFacets);
    void storageUsage(db).then(setUsage);
  }, [db, version]);

  const reload = () => setVersion((v) => v + 1);
  useEffect(() => listenForLibraryChanges(reload), []);

  return {
    query,
    setQuery: (next) => {
      setLimit(PAGE_SIZE);
      setQuery(next);
    },
    page,
    facets,
    usage,
    loadMore: () => setLimit((n) => n + PAGE_SIZE),
    reload,
  };
}
