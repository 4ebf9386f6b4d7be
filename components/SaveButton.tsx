import { useEffect, useState } from 'preact/hooks';
import type { SaveOutcome } from '@/utils/messages';
import { t } from '../i18n/t';
import { writeFailureMessage } from '../i18n/write-failure-message';

interface Props {
  /** Saves the outline (through the background in the popup and the full tab). */
  onSave: () => Promise<SaveOutcome>;
  onOpenLibrary: () => void;
}

type State = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; created: boolean } | { kind: 'error'; message: string };

async function save(onSave: Props['onSave']): Promise<State> {
  const result = await onSave();
  return result.ok ? { kind: 'saved', created: result.created } : { kind: 'error', message: writeFailureMessage(result) };
}

/**
 * Saves the article's outline to the library and says what happened: "Saved", "Updated"
 * (same URL saved before) or why it failed. The write is one short transaction, so it
 * ends before a popup that is closed right after the click goes away.
 */
export function SaveButton({ onSave, onOpenLibrary }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const onClick = async () => {
    setState({ kind: 'saving' });
    setState(await save(onSave));
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
  }, [onSave]);
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
        <button type="button" class="tool-button open-library" onClick={onOpenLibrary}>
          {t('saveOpenLibrary')}
        </button>
      )}
      <span class={state.kind === 'error' ? 'save-error' : 'visually-hidden'} role={state.kind === 'error' ? 'alert' : 'status'}>
        {state.kind === 'error' ? state.message : state.kind === 'saved' ? label : ''}
      </span>
    </span>
  );
}
