import { t } from '../i18n/t';

interface Props {
  /** Reads the tab in front; absent once the browser has refused it (then `refusedHint` says why). */
  onReadThisTab?: (() => void) | undefined;
  /** "Click Lede's button…": the tab in front was asked for from the panel and the browser said no. */
  refusedHint?: string | undefined;
}

/**
 * The side panel's article belongs to a tab the reader has left: said where the toolbar's notices
 * go (it stays in view as the article scrolls), with the way to read the tab now in front.
 */
export function PanelTabNotice({ onReadThisTab, refusedHint }: Props) {
  return (
    <span class="page-changed panel-tab-notice" role="status">
      {refusedHint ?? t('panelFromPreviousTab')}
      {!refusedHint && onReadThisTab && (
        <button type="button" class="text-button page-changed-refresh panel-read-this-tab" onClick={onReadThisTab}>
          {t('panelReadThisTab')}
        </button>
      )}
    </span>
  );
}
