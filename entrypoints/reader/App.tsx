import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ExtractResult } from '@/utils/read-page';
import { Reader } from '@/components/Reader';
import { StatusMessage } from '@/components/StatusMessage';
import { Skeleton } from '@/components/Skeleton';
import { SaveButton } from '@/components/SaveButton';
import { openLibraryPage, saveOutline } from '@/clients/save-client';
import { failureMessage } from '@/i18n/failure-message';
import { readArticleOfTab, type TabResult } from '@/clients/extract-client';
import { readHandoff } from '@/clients/reader-tab';
import { findTargetTabId } from '../../clients/target-tab';
import { useLazyComponent } from '@/hooks/use-lazy-component';
import { loadPageChangedNotice } from '@/components/load-page-changed-notice';

interface Loaded {
  tabId: number | null;
  result: TabResult;
}

/**
 * The article the popup handed over, else the page read again (after a reload, or from a link).
 * Either says whether the page was still loading when read ("Page changed" then watches it).
 */
async function loadArticle(): Promise<Loaded> {
  const tabId = await findTargetTabId(location.search).catch(() => null);
  const handedOver = await readHandoff(location.search);
  if (handedOver) return { tabId, result: handedOver };
  return { tabId, result: await readArticleOfTab(tabId) };
}

/** The full-tab reading view: opened from the popup's "Open in a tab". */
export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const result: ExtractResult | null = loaded?.result ?? null;
  const locale = browser.i18n.getUILanguage();
  const PageChangedNotice = useLazyComponent(loaded?.result.pageLoading, loadPageChangedNotice);

  useEffect(() => {
    void loadArticle().then(setLoaded);
  }, []);
  useEffect(() => {
    if (result?.ok) document.title = result.article.title;
  }, [result]);

  if (loaded === null || result === null) return <Skeleton />;
  // A page that is not an article was already shown anyway in the popup to get here.
  if (!result.ok) return <StatusMessage kind="error" message={failureMessage(result.reason)} />;
  return (
    <Reader
      result={result}
      locale={locale}
      surface="tab"
      tools={
        <>
          <SaveButton onSave={() => saveOutline(result.article, result.outline)} onOpenLibrary={openLibraryPage} />
          {PageChangedNotice && <PageChangedNotice shown={loaded} readTab={readArticleOfTab} onRead={setLoaded} />}
        </>
      }
    />
  );
}
