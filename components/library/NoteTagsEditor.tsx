import { useEffect, useState } from 'preact/hooks';
import type { SavedOutline } from '@/utils/library/schema';
import { LIMITS } from '@/utils/library/schema';
import { parseTagInput, type NoteAndTags } from '@/utils/library/notes-tags';
import type { WriteFailure } from '@/utils/library/schema';
import { t } from '../../i18n/t';
import { writeFailureMessage } from '../../i18n/write-failure-message';

interface Props {
  record: SavedOutline;
  /** Writes the note and tags; the library client tells other pages. */
  onSave: (change: NoteAndTags) => Promise<{ ok: true; record: SavedOutline } | WriteFailure>;
  onSaved: (record: SavedOutline) => void;
}

/** The reader's own words about a saved article: a short note and comma-separated tags. */
export function NoteTagsEditor({ record, onSave, onSaved }: Props) {
  const [note, setNote] = useState(record.note);
  const [tags, setTags] = useState(record.tags.join(', '));
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  useEffect(() => {
    setNote(record.note);
    setTags(record.tags.join(', '));
  }, [record.id]);

  const save = async (event: Event) => {
    event.preventDefault();
    const result = await onSave({ note, tags: parseTagInput(tags) });
    if (result.ok) {
      setTags(result.record.tags.join(', '));
      onSaved(result.record);
      setStatus({ ok: true, message: t('libraryNoteSaved') });
    } else setStatus({ ok: false, message: writeFailureMessage(result) });
  };

  return (
    <form class="note-tags" onSubmit={(e) => void save(e)}>
      <label>
        {t('libraryNoteLabel')}
        <textarea value={note} maxLength={LIMITS.noteChars} rows={3} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {t('libraryTagsLabel')}
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <button type="submit">{t('librarySaveNote')}</button>
      {status && (
        <p class={status.ok ? 'library-notice' : 'library-error'} role={status.ok ? 'status' : 'alert'}>
          {status.message}
        </p>
      )}
    </form>
  );
}
