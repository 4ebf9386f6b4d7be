import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ExtractResult } from '@/utils/read-page';
import { Reader } from '@/components/Reader';
import { StatusMessage } from '@/components/StatusMessage';
import { Skeleton } from '@/components/Skeleton';
import { SaveButton } from '@/components/SaveButton';
import { openLibraryPage, saveOutline } from '@/clients/save-client';
import { failureMessage } from '@/i18n/failure-message';
import { readArticleOfTab } from '@/clients/extract-client';
import { readHandoff } from '@/clients/reader-tab';
import { findTargetTabId } from '../../clients/target-tab';

/** The article the popup handed over, else the page read again (after a reload, or from a link). */
async function loadArticle(): Promise<ExtractResult> {
  const handedOver = await readHandoff(location.search);
  if (handedOver) return handedOver;
  return readArticleOfTab(await findTargetTabId(location.search).catch(() => null));
}

/** The full-tab reading view: opened from the popup's "Open in a tab". */
export function App() {
  const [result, setResult] = useState<ExtractResult | null>(null);
  const locale = browser.i18n.getUILanguage();

  useEffect(() => {
    void loadArticle().then(setResult);
  }, []);
  useEffect(() => {
    if (result?.ok) document.title = result.article.title;
  }, [result]);

  if (result === null) return <Skeleton />;
  // A page that is not an article was already shown anyway in the popup to get here.
  if (!result.ok) return <StatusMessage kind="error" message={failureMessage(result.reason)} />;
  return <Reader result={result} locale={locale} surface="tab" tools={<SaveButton onSave={() => saveOutline(result.article, result.outline)} onOpenLibrary={openLibraryPage} />} />;
}
