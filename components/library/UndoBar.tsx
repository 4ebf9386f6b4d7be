import { t } from '../../i18n/t';

interface Props {
  count: number;
  onUndo: () => void;
  onDismiss: () => void;
}

/** Shown after a delete: the deleted records are held by the page until the reader dismisses this. */
export function UndoBar({ count, onUndo, onDismiss }: Props) {
  return (
    <div class="undo-bar" role="status">
      <span>{t('libraryDeleted', String(count))}</span>
      <button type="button" onClick={onUndo}>
        {t('libraryUndo')}
      </button>
      <button type="button" class="undo-dismiss" aria-label={t('libraryDismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
