import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '@/utils/library/schema';
import { t } from '../../i18n/t';

interface Props {
  initial: string;
  onSave: (note: string) => void;
  onCancel: () => void;
  onRemove?: () => void;
}

/** The reader's note on one highlight: focused when it opens, Escape cancels, Ctrl+Enter saves. */
export function HighlightNoteEditor({ initial, onSave, onCancel, onRemove }: Props) {
  const [note, setNote] = useState(initial);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  const submit = (event: Event) => {
    event.preventDefault();
    onSave(note);
  };
  return (
    <form
      class="highlight-note-editor"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
      }}
    >
      <label>
        {t('libraryHighlightNoteLabel')}
        <textarea ref={box} value={note} rows={3} maxLength={LIMITS.noteChars} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="highlight-buttons">
        <button type="submit">{t('libraryHighlightSaveNote')}</button>
        <button type="button" onClick={onCancel}>
          {t('libraryHighlightCancel')}
        </button>
        {onRemove && (
          <button type="button" class="danger" onClick={onRemove}>
            {t('libraryHighlightRemove')}
          </button>
        )}
      </div>
    </form>
  );
}
