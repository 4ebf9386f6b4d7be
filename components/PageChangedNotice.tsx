import { useEffect, useState } from 'preact/hooks';
import type { TabRead } from '@/clients/extract-client';
import { watchPageChanges } from '@/clients/page-changes';
import { t } from '../i18n/t';

/** A read as a view keeps it: with the tab it came from. */
export interface ShownRead extends TabRead {
  tabId: number | null;
}

interface Props {
  shown: ShownRead;
  /** clients/extract-client.ts readTab, handed in: importing it here would make the popup fetch its stylesheet again with this file. */
  readTab: (tabId: number | null) => Promise<TabRead>;
  /** The new read, to show instead. */
  onRead: (read: ShownRead) => void;
}

/**
 * "Page changed — Refresh", once a page read before it finished loading has kept adding to its
 * article (clients/page-changes.ts watches it); Refresh reads it again. Nothing is shown until
 * then. Fetched only for such a page (hooks/use-page-changed-notice.ts): the popup loads less.
 */
export function PageChangedNotice({ shown, readTab, onRead }: Props) {
  const [changed, setChanged] = useState(false);
  const { tabId } = shown;
  useEffect(() => {
    setChanged(false);
    return tabId === null ? undefined : watchPageChanges(tabId, shown, readTab, () => setChanged(true));
  }, [tabId, shown, readTab]);
  const refresh = () => void readTab(tabId).then((read) => onRead({ ...read, tabId }));
  return changed ? (
    <span class="page-changed" role="status">
      {t('pageChanged')}
      <button type="button" class="text-button page-changed-refresh" onClick={refresh}>
        {t('refreshRead')}
      </button>
    </span>
  ) : null;
}
