import type { Annotation } from '@/utils/library/schema';
import { t } from '../../i18n/t';
import { HighlightNoteEditor } from './HighlightNoteEditor';

interface Props {
  annotations: readonly Annotation[];
  /** Highlights whose words are no longer in the saved text: listed, kept, not drawn. */
  missing: ReadonlySet<string>;
  editing: string | null;
  lang: string | undefined;
  dir: 'ltr' | 'rtl';
  onShow: (id: string) => void;
  onEdit: (id: string | null) => void;
  onSaveNote: (id: string, note: string) => void;
  onRemove: (id: string) => void;
}

/** Every highlight of the article in reading order, each with its note and what can be done with it. */
export function HighlightList({ annotations, missing, editing, lang, dir, onShow, onEdit, onSaveNote, onRemove }: Props) {
  const ordered = [...annotations].sort((a, b) => a.block - b.block || a.created - b.created);
  return (
    <section class="highlights" aria-labelledby="highlights-heading">
      <h3 id="highlights-heading">
        {t('libraryHighlightsHeading')} <span class="library-muted">({ordered.length})</span>
      </h3>
      {ordered.length === 0 && <p class="library-muted">{t('libraryHighlightsEmpty')}</p>}
      <ol class="highlight-list">
        {ordered.map((annotation) => (
          <li key={annotation.id} class="highlight-entry" id={`highlight-entry-${annotation.id}`} tabIndex={-1}>
            <blockquote class="highlight-quote" lang={lang} dir={dir}>
              {annotation.quote}
            </blockquote>
            {missing.has(annotation.id) && <p class="library-muted">{t('libraryHighlightMissing')}</p>}
            {editing === annotation.id ? (
              <HighlightNoteEditor initial={annotation.note} onSave={(note) => onSaveNote(annotation.id, note)} onCancel={() => onEdit(null)} />
            ) : (
              <>
                {annotation.note && <p class="highlight-note">{annotation.note}</p>}
                <div class="highlight-buttons">
                  {!missing.has(annotation.id) && (
                    <button type="button" onClick={() => onShow(annotation.id)}>
                      {t('libraryHighlightShow')}
                    </button>
                  )}
                  <button type="button" onClick={() => onEdit(annotation.id)}>
                    {t('libraryHighlightEdit')}
                  </button>
                  <button type="button" class="danger" onClick={() => onRemove(annotation.id)}>
                    {t('libraryHighlightRemove')}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
