import { useEffect, useState } from 'preact/hooks';
import type { TabResult } from '@/clients/extract-client';
import { watchPageChanges } from '@/clients/page-changes';
import { t } from '../i18n/t';

/** A read as a view keeps it: with the tab it came from. */
export interface ShownRead {
  tabId: number | null;
  result: TabResult;
}

interface Props {
  shown: ShownRead;
  /** clients/extract-client.ts readArticleOfTab, handed in: importing it here would make the popup fetch its stylesheet again with this file. */
  readTab: (tabId: number | null) => Promise<TabResult>;
  /** The new read, to show instead. */
  onRead: (read: ShownRead) => void;
}

/**
 * "Page changed — Refresh", once a page read before it finished loading has kept adding to its
 * article (clients/page-changes.ts watches it); Refresh reads it again. Nothing is shown until
 * then. Fetched only for such a page (hooks/use-page-changed-notice.ts): the popup loads less.
 */
export function PageChangedNotice({ shown, readTab, onRead }: Props) {
  // The read the page changed after, not a flag: a flag reset in an effect stays true for the
  // render that shows the new read, and the notice stood under the refreshed article for a frame.
  const [changedAfter, setChangedAfter] = useState<TabResult | null>(null);
  const { tabId, result } = shown;
  useEffect(() => (tabId === null ? undefined : watchPageChanges(tabId, result, readTab, () => setChangedAfter(result))), [tabId, result, readTab]);
  const changed = changedAfter === result;
  const refresh = () => void readTab(tabId).then((again) => onRead({ tabId, result: again }));
  return changed ? (
    <span class="page-changed" role="status">
      {t('pageChanged')}
      <button type="button" class="text-button page-changed-refresh" onClick={refresh}>
        {t('refreshRead')}
      </button>
    </span>
  ) : null;
}
