import { t } from '../i18n/t';

interface Props {
  onReadThisTab: () => void;
}

/**
 * The side panel's article belongs to a tab the reader has left: said where the toolbar's notices
 * go (it stays in view as the article scrolls), with the way to read the tab now in front.
 */
export function PanelTabNotice({ onReadThisTab }: Props) {
  return (
    <span class="page-changed panel-tab-notice" role="status">
      {t('panelFromPreviousTab')}
      <button type="button" class="text-button page-changed-refresh panel-read-this-tab" onClick={onReadThisTab}>
        {t('panelReadThisTab')}
      </button>
    </span>
  );
}
