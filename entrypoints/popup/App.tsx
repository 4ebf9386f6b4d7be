import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Reader } from '@/components/Reader';
import { StatusMessage } from '@/components/StatusMessage';
import { Skeleton } from '@/components/Skeleton';
import { SaveButton } from '@/components/SaveButton';
import { openLibraryPage, saveOutline } from '@/clients/save-client';
import { t } from '@/i18n/t';
import { failureMessage } from '@/i18n/failure-message';
import { readArticleOfTab, type TabResult } from '@/clients/extract-client';
import { openReaderTab } from '@/clients/reader-tab';
import { findTargetTabId } from '../../clients/target-tab';
import { useLazyComponent } from '@/hooks/use-lazy-component';
import { loadPageChangedNotice } from '@/components/load-page-changed-notice';

export interface Reading {
  tabId: number | null;
  result: TabResult;
}

export async function readTargetTab(): Promise<Reading> {
  const tabId = await findTargetTabId(location.search).catch(() => null);
  return { tabId, result: await readArticleOfTab(tabId) };
}

/** `pending` was started before the first render, so reading the page overlaps loading the UI. */
export function App({ pending }: { pending: Promise<Reading> }) {
  const [reading, setReading] = useState<Reading | null>(null);
  const [showAnyway, setShowAnyway] = useState(false);
  const locale = browser.i18n.getUILanguage();

  useEffect(() => {
    void pending.then(setReading);
  }, [pending]);
  const PageChangedNotice = useLazyComponent(reading?.result.pageLoading, loadPageChangedNotice);

  if (reading === null) return <Skeleton />;
  const { result, tabId } = reading;
  if (!result.ok) return <StatusMessage kind="error" message={failureMessage(result.reason)} />;
  if (!result.article.readerable && !showAnyway) {
    return (
      <StatusMessage kind="info" message={t('notArticle')}>
        <button type="button" class="show-anyway" onClick={() => setShowAnyway(true)}>
          {t('showAnyway')}
        </button>
      </StatusMessage>
    );
  }
  return (
    <Reader
      result={result}
      locale={locale}
      surface="popup"
      onOpenInTab={() => void openReaderTab(result, tabId)}
      tools={
        <>
          <SaveButton onSave={() => saveOutline(result.article, result.outline)} onOpenLibrary={openLibraryPage} />
          {PageChangedNotice && <PageChangedNotice shown={reading} readTab={readArticleOfTab} onRead={setReading} />}
        </>
      }
    />
  );
}
