import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Article } from '@/utils/article/types';
import type { Outline } from '@/utils/outline/types';
import { openLibrary } from '@/utils/library/db';
import { saveOutline } from '@/utils/library/save';
import { keepLibraryPersistent } from '@/utils/library/usage';
import { t } from '../i18n/t';
import { announceLibraryChange } from '../clients/library-changes';
import { writeFailureMessage } from '../i18n/write-failure-message';

interface Props {
  article: Article;
  outline: Outline;
}

type State = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; created: boolean } | { kind: 'error'; message: string };

async function save(article: Article, outline: Outline): Promise<State> {
  let db;
  try {
    db = await openLibrary();
  } catch (error) {
    return { kind: 'error', message: t('libraryOpenFailed', error instanceof Error ? error.message : String(error)) };
  }
  try {
    const result = await saveOutline(db, article, outline);
    if (!result.ok) return { kind: 'error', message: writeFailureMessage(result) };
    announceLibraryChange();
    void keepLibraryPersistent();
    return { kind: 'saved', created: result.created };
  } finally {
    db.close();
  }
}

function openLibraryPage(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
}

/**
 * Saves the article's outline to the library and says what happened: "Saved", "Updated"
 * (same URL saved before) or why it failed. The write is one short transaction, so it
 * ends before a popup that is closed right after the click goes away.
 */
export function SaveButton({ article, outline }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const onClick = async () => {
    setState({ kind: 'saving' });
    setState(await save(article, outline));
  };
  // Ctrl+S / Cmd+S saves the outline: in the reading view, saving the page itself means this.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 's' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      void onClick();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [article, outline]);
  const label = state.kind === 'saved' ? t(state.created ? 'saveSaved' : 'saveUpdated') : t(state.kind === 'saving' ? 'saveSaving' : 'saveOutline');
  return (
    <span class="save-outline">
      <button
        type="button"
        class="tool-button save-button"
        aria-keyshortcuts="Control+S Meta+S"
        disabled={state.kind === 'saving'}
        onClick={() => void onClick()}
      >
        {label}
      </button>
      {state.kind === 'saved' && (
        <button type="button" class="tool-button open-library" onClick={openLibraryPage}>
          {t('saveOpenLibrary')}
        </button>
      )}
      <span class={state.kind === 'error' ? 'save-error' : 'visually-hidden'} role={state.kind === 'error' ? 'alert' : 'status'}>
        {state.kind === 'error' ? state.message : state.kind === 'saved' ? label : ''}
      </span>
    </span>
  );
}
