// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLibraryPage, type LibraryView } from '@/hooks/use-library-page';
import type { LibraryClient } from '@/clients/library-client';
import type { LibraryPage, LibraryQuery } from '@/utils/library/search';
import type { LibraryEntry } from '@/utils/library/schema';
import type { MemoryIndex } from '@/utils/library/memory-index';

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const entry = (id: string): LibraryEntry => ({ id, title: id, savedAt: 0, updatedAt: 0, tags: [] }) as unknown as LibraryEntry;
const LIST: LibraryPage = { total: 3, items: [entry('a'), entry('b'), entry('c')] };
const PARTIAL: LibraryPage = { total: 1, items: [entry('a')], partial: true };
const COMPLETE: LibraryPage = { total: 2, items: [entry('a'), entry('c')] };
const INDEX = { size: 3, footprint: { postingBytes: 0, terms: 0, words: 0 } } as unknown as MemoryIndex;

/**
 * A client whose search index comes when the test says, and whose answer from the newest
 * records (LibraryPage.partial) to a search typed before then also comes when the test says.
 */
function slowClient() {
  const index = deferred<MemoryIndex | null>();
  const newest = deferred<LibraryPage>();
  let ready = false;
  let indexAsked = false;
  const client = {
    find: (query: LibraryQuery) => (!query.text ? Promise.resolve(LIST) : ready ? Promise.resolve(COMPLETE) : newest.promise),
    searchIndex: () => {
      indexAsked = true;
      return index.promise.then((built) => {
        ready = true;
        return built;
      });
    },
    openIndexCopy: () => undefined,
    listShown: () => undefined,
    changedElsewhere: () => undefined,
    facets: () => Promise.resolve({ sites: [], tags: [], langs: [] }),
    facetCounts: () => Promise.resolve(null),
    usage: () => new Promise(() => undefined),
  } as unknown as LibraryClient;
  return { client, index, newest, asked: () => indexAsked };
}

let container: HTMLElement;
// The page starts the index when idle: by a timer where there is no requestIdleCallback, which jsdom never calls back.
beforeEach(() => vi.stubGlobal('requestIdleCallback', undefined));
afterEach(() => {
  vi.unstubAllGlobals();
  act(() => render(null, container));
  container.remove();
});

/** Past the page's idle start of the index (whenIdle: 50 ms by a timer). */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 100)));

describe('the library page answering a search before the index is ready', () => {
  it('asks again when the index came while the newest records were read: the complete answer follows, nothing is left partial', async () => {
    const { client, index, newest, asked } = slowClient();
    const shown: (LibraryPage | null)[] = [];
    let view: LibraryView | null = null;
    function Probe() {
      view = useLibraryPage(client);
      if (shown.at(-1) !== view.page) shown.push(view.page);
      return null;
    }
    container = document.createElement('div');
    document.body.append(container);
    await act(async () => render(<Probe />, container));
    // The first list, then the page asks for the index when idle.
    await settle();
    await settle();
    expect(asked(), 'the index asked for').toBe(true);
    await act(async () => view?.setQuery({ text: 'dang' }));
    // The index is ready before the newest records have answered: it will not say so again.
    await act(async () => index.resolve(INDEX));
    await act(async () => newest.resolve(PARTIAL));
    await settle();
    expect(shown.filter((page) => page !== null)).toEqual([LIST, PARTIAL, COMPLETE]);
  });
});
