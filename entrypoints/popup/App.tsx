import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ExtractResult } from '@/utils/article/types';
import { Reader } from '@/components/Reader';
import { StatusMessage } from '@/components/StatusMessage';
import { Skeleton } from '@/components/Skeleton';
import { SaveButton } from '@/components/SaveButton';
import { t } from '@/components/i18n';
import { failureMessage } from '@/components/failure-message';
import { readArticleOfTab } from '@/components/read-article';
import { openReaderTab } from '@/components/reader-tab';
import { useReaderSettings } from '@/components/reader-settings-store';
import { findTargetTabId } from './target-tab';

export interface Reading {
  tabId: number | null;
  result: ExtractResult;
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
  // Loaded here too so the skeleton and messages already wear the reader's theme.
  useReaderSettings();

  useEffect(() => {
    void pending.then(setReading);
  }, [pending]);

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
      tools={<SaveButton article={result.article} outline={result.outline} />}
    />
  );
}
