import type { ComponentType } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SavedOutline } from '@/utils/library/schema';
import { openLibraryClient, type LibraryClient } from '@/clients/library-client';
import { t } from '@/i18n/t';
import { StatusMessage } from '@/components/StatusMessage';
import { LibrarySearch } from '@/components/library/LibrarySearch';
import { LibraryResults } from '@/components/library/LibraryResults';
import type { SavedItemView as SavedItemViewType } from '@/components/library/SavedItemView';
import { ImportExport } from '@/components/library/ImportExport';
import { CitationExport, type CitationScope } from '@/components/library/CitationExport';
import { MatchCache } from '@/utils/library/match-cache';
import { UndoBar } from '@/components/library/UndoBar';
import { StorageUsage } from '@/components/library/StorageUsage';
import { LibraryClosedNotice } from '@/components/library/LibraryClosedNotice';
import type { LibraryClosedReason } from '@/utils/library/db';
import { useLibraryPage } from '@/hooks/use-library-page';
import { useLazyComponent } from '@/hooks/use-lazy-component';
import { writeFailureMessage } from '@/i18n/write-failure-message';

/** The library page: saved outlines, searchable, readable offline, exportable. */
export function App() {
  const [library, setLibrary] = useState<LibraryClient | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [opened, setOpened] = useState<SavedOutline | null>(null);
  /** The reading view, fetched with the first record opened: its sanitizer and outline are not part of opening the library. */
  const [SavedItemView, setSavedItemView] = useState<ComponentType<Parameters<typeof SavedItemViewType>[0]> | null>(null);
  const [deleted, setDeleted] = useState<SavedOutline[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [closed, setClosed] = useState<LibraryClosedReason | null>(null);
  const [mode, setMode] = useState<'articles' | 'people' | 'timeline'>('articles');
  /** Bumped by every write from this page: the People view is built again from what is now saved. */
  const [peopleRound, setPeopleRound] = useState(0);
  // The People view is fetched the first time it is shown: most visits to the library never open it.
  const PeopleView = useLazyComponent(mode === 'people', () => import('@/components/library/PeopleView').then((m) => m.PeopleView));
  const TimelineView = useLazyComponent(mode === 'timeline', () => import('@/components/library/TimelineView').then((m) => m.TimelineView));
  const view = useLibraryPage(library);
  const locale = browser.i18n.getUILanguage();

  useEffect(() => {
    document.title = t('libraryTitle');
    openLibraryClient(setClosed).then(setLibrary, (e: unknown) => setOpenError(e instanceof Error ? e.message : String(e)));
  }, []);

  // Stable across renders, so list rows that did not change are not re-rendered on each keystroke.
  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const open = useCallback(
    (id: string) => {
      if (!library) return;
      void Promise.all([library.get(id), import('@/components/library/SavedItemView')]).then(([record, module]) => {
        // A function given to a state setter is called as an updater: the component goes in one.
        setSavedItemView(() => module.SavedItemView);
        setOpened(record ?? null);
      });
    },
    [library],
  );

  if (openError !== null) return <StatusMessage kind="error" message={t('libraryOpenFailed', openError)} />;
  if (!library) return null;

  const afterWrite = () => {
    view.reload();
    setPeopleRound((round) => round + 1);
  };

  const remove = async (ids: string[]) => {
    const result = await library.remove(ids);
    if (!result.ok) return setError(writeFailureMessage(result));
    setError(null);
    setDeleted(result.deleted);
    setSelected(new Set());
    setOpened(null);
    afterWrite();
  };

  // Citations cover what the reader is looking at: the selection, else the search's results, else everything.
  const { text, site, tag, lang, from, to } = view.query;
  const searching = Boolean(text?.trim() || site || tag || lang || from || to);
  const citationScope: CitationScope = selected.size > 0 ? 'selected' : searching ? 'results' : 'all';
  const recordsToCite = async () => {
    let ids: readonly string[] | undefined = selected.size > 0 ? [...selected] : undefined;
    if (!ids && searching) ids = (await library.find(view.query, view.page?.total ?? 0, new MatchCache())).items.map((entry) => entry.id);
    return library.citableEntries(ids);
  };

  const undo = async () => {
    const result = await library.restore(deleted);
    if (!result.ok) return setError(writeFailureMessage(result));
    setDeleted([]);
    afterWrite();
  };


  return (
    <main class="library">
      <header class="library-header">
        <h1>{t('libraryTitle')}</h1>
        <StorageUsage usage={view.usage} locale={locale} />
      </header>
      {closed && <LibraryClosedNotice reason={closed} onReload={() => location.reload()} />}
      {error && <p class="library-error" role="alert">{error}</p>}
      {deleted.length > 0 && <UndoBar count={deleted.length} onUndo={() => void undo()} onDismiss={() => setDeleted([])} />}
      {!opened && (
        <nav class="library-views" aria-label={t('libraryViewsLabel')}>
          <button type="button" aria-pressed={mode === 'articles'} onClick={() => setMode('articles')}>
            {t('libraryViewArticles')}
          </button>
          <button type="button" aria-pressed={mode === 'people'} onClick={() => setMode('people')}>
            {t('libraryViewPeople')}
          </button>
          <button type="button" aria-pressed={mode === 'timeline'} onClick={() => setMode('timeline')}>
            {t('libraryViewTimeline')}
          </button>
        </nav>
      )}
      {/* Kept mounted (hidden) while an article opened from it is read: Back returns to the same person without reading every outline again. */}
      {mode === 'people' && PeopleView && (
        <div hidden={opened !== null} key={peopleRound}>
          <PeopleView people={library.people} locale={locale} onOpenArticle={open} />
        </div>
      )}
      {/* The same for the Timeline: Back returns to the month and groups the reader had open; every write here reads it again. */}
      {mode === 'timeline' && TimelineView && (
        <div hidden={opened !== null} key={peopleRound}>
          <TimelineView readEntries={library.timelineEntries} locale={locale} onOpenArticle={open} />
        </div>
      )}
      {opened && SavedItemView ? (
        <>
        <CitationExport scope="one" readRecords={async () => [opened]} />
        <SavedItemView record={opened} onSaveNote={(change) => library.updateNoteAndTags(opened.id, change)} locale={locale} onBack={() => setOpened(null)} onDelete={(id) => void remove([id])} onChanged={(record) => { setOpened(record); view.reload(); }} onSaveAnnotations={(annotations) => library.updateAnnotations(opened.id, annotations)} />
        </>
      ) : mode !== 'articles' ? null : (
        <>
          <LibrarySearch query={view.query} facets={view.facets} counts={view.counts} locale={locale} onChange={view.setQuery} />
          <div class="library-actions">
            <button type="button" class="danger" disabled={selected.size === 0} onClick={() => void remove([...selected])}>
              {t('libraryDeleteSelected')}
            </button>
            <ImportExport readRecords={library.recordsToExport} importText={library.importText} selectedIds={[...selected]} onImported={afterWrite} />
            <CitationExport scope={citationScope} readRecords={recordsToCite} />
          </div>
          {view.page && (
            <LibraryResults
              page={view.page}
              emptyLibrary={view.usage?.count === 0}
              selected={selected}
              locale={locale}
              onToggle={toggle}
              onSelect={setSelected}
              onOpen={open}
              onLoadMore={view.loadMore}
            />
          )}
        </>
      )}
    </main>
  );
}
