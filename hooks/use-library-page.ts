import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryClient } from '@/clients/library-client';
import { MatchCache } from '@/utils/library/match-cache';
import type { LibraryFacets, LibraryPage, LibraryQuery } from '@/utils/library/search';
import type { FacetCounts } from '@/utils/library/memory-index';
import type { StorageUsage } from '@/utils/library/usage';
import { listenForLibraryChanges } from '../clients/library-changes';

export const PAGE_SIZE = 50;

/**
 * Marked each time a list of results reaches the screen (the first one after opening,
 * then one per query). Benchmarks and browser tests time the library by it.
 */
export const RESULTS_SHOWN_MARK = 'lede-library-results';

/** Marked when the in-memory search index is ready; its detail says how long it took and its size. */
export const INDEX_READY_MARK = 'lede-library-index';

export interface LibraryView {
  query: LibraryQuery;
  setQuery: (query: LibraryQuery) => void;
  /** Null until the first results arrive, so an unread library never flashes "nothing saved". */
  page: LibraryPage | null;
  facets: LibraryFacets;
  /** Per filter value, the records it would leave with the rest of the query; null until the search index is ready. */
  counts: FacetCounts | null;
  usage: StorageUsage | null;
  loadMore: () => void;
  /** Re-reads list, filters and usage: after a write here or in another page. */
  reload: () => void;
}

const NO_FACETS: LibraryFacets = { sites: [], tags: [], langs: [] };

/** Runs `work` when the page is idle (or after half a second at the latest); returns the cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 50);
  return () => clearTimeout(handle);
}

/**
 * The list as the query says, kept current. Results of a slower, older query never
 * replace those of the newer one the reader has typed since.
 */
export function useLibraryPage(library: LibraryClient | null): LibraryView {
  const [query, setQuery] = useState<LibraryQuery>({});
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [page, setPage] = useState<LibraryPage | null>(null);
  const [facets, setFacets] = useState<LibraryFacets>(NO_FACETS);
  const [counts, setCounts] = useState<FacetCounts | null>(null);
  /** Bumped when the search index is ready: the filters' counts can then be read. */
  const [indexRound, setIndexRound] = useState(0);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [version, setVersion] = useState(0);
  /** Bumped when a change names no records: the index is dropped and built again. */
  const [rebuilds, setRebuilds] = useState(0);
  const latest = useRef(0);
  /** Bumped when the index is ready after a page answered from the newest records alone (LibraryPage.partial): asked again. */
  const [findRound, setFindRound] = useState(0);
  const partialShown = useRef(false);
  // A fresh cache for every version of the library: matches read before a write are stale after it.
  const cache = useMemo(() => new MatchCache(), [library, version]);
  const currentCache = useRef(cache);
  currentCache.current = cache;

  // The saved copy of the search index is read as the page opens, beside the first list: one
  // read of typed arrays and of the writes logged since (search-index-keeper.ts), so the index
  // is ready about when the list is and the first search is answered from memory like the next.
  // A very large library's copy waits for the first list (listShown below).
  useEffect(() => library?.openIndexCopy(), [library]);

  useEffect(() => {
    if (!library) return;
    const ticket = ++latest.current;
    void library.find(query, limit, cache).then((result) => {
      if (ticket !== latest.current) return;
      partialShown.current = result.partial === true;
      setPage(result);
      // The index came while the newest records were read: it will not say so again, so ask it now.
      if (result.partial === true && currentCache.current.index) setFindRound((round) => round + 1);
    });
  }, [library, query, limit, cache, findRound]);

  const shown = page !== null;
  useEffect(() => {
    if (!library || !shown) return;
    library.listShown();
    // Without a saved copy, the index is built once the first list is on screen, when the page
    // is idle (a search with words typed before then starts it at once and waits for it; filters
    // alone read the store's indexes). Changes are patched into it
    // (library-client.ts); a change during the build restarts it only when the change names no records.
    const building = new AbortController();
    const cancelStart = whenIdle(() => {
      const started = performance.now();
      void library.searchIndex(() => currentCache.current.whenIdle(), building.signal).then((index) => {
        if (!index) return;
        currentCache.current.useIndex(index);
        setIndexRound((round) => round + 1);
        if (partialShown.current) setFindRound((round) => round + 1);
        performance.mark(INDEX_READY_MARK, { detail: { ms: performance.now() - started, records: index.size, ...index.footprint } });
      });
    });
    return () => {
      cancelStart();
      building.abort();
    };
  }, [library, shown, rebuilds]);

  // Counted from memory once the results are on screen: never in the way of the list.
  useEffect(() => {
    if (!library || !page) return;
    let current = true;
    void library.facetCounts(query, cache).then((next) => {
      if (current) setCounts(next);
    });
    return () => {
      current = false;
    };
  }, [library, page, indexRound]);

  useEffect(() => {
    if (!library) return;
    void library.facets().then(setFacets);
    void library.usage().then(setUsage);
  }, [library, version]);

  const reload = () => setVersion((v) => v + 1);
  useEffect(() => {
    if (!library) return;
    return listenForLibraryChanges((ids) => {
      library.changedElsewhere(ids);
      if (ids === null) setRebuilds((n) => n + 1);
      reload();
    });
  }, [library]);

  return {
    query,
    setQuery: (next) => {
      setLimit(PAGE_SIZE);
      setQuery(next);
    },
    page,
    facets,
    counts,
    usage,
    loadMore: () => setLimit((n) => n + PAGE_SIZE),
    reload,
  };
}
