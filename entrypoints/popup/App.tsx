import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Reader } from '@/components/Reader';
import { StatusMessage } from '@/components/StatusMessage';
import { Skeleton } from '@/components/Skeleton';
import { SaveButton } from '@/components/SaveButton';
import { openLibraryPage, saveOutline } from '@/clients/save-client';
import { t } from '@/i18n/t';
import { failureMessage } from '@/i18n/failure-message';
import { readArticleOfTab, type TabResult } from '@/clients/extract-client';
import type { Article } from '@/utils/article/types';
import type { Outline } from '@/utils/outline/types';
import type { SaveOutcome } from '@/utils/messages';
import { openReaderTab } from '@/clients/reader-tab';
import { findTargetTab } from '@/clients/target-tab';
import { useLazyComponent } from '@/hooks/use-lazy-component';
import { loadPageChangedNotice } from '@/components/load-page-changed-notice';
import { FIRST_ANSWER_MARK } from './first-answer-mark';
import { afterPaint } from '@/utils/dom/after-paint';
import { READ_MARKS } from '@/utils/read-marks';

export interface Reading {
  tabId: number | null;
  result: TabResult;
}

/** A read under way: the article comes first (`article`), then the whole read with its outline. */
export interface PendingReading {
  article: Promise<Article>;
  reading: Promise<Reading>;
}

export function readTargetTab(): PendingReading {
  let showArticle: (article: Article) => void = () => undefined;
  const article = new Promise<Article>((resolve) => (showArticle = resolve));
  const reading = (async () => {
    const tab = await findTargetTab(location.search).catch(() => null);
    return { tabId: tab?.id ?? null, result: await readArticleOfTab(tab?.id ?? null, showArticle, tab?.url) };
  })();
  return { article, reading };
}

function markOnce(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}

/** The outline shown while it is being made: the article is on screen, its outline follows. */
const OUTLINE_PENDING: Outline = { sections: [], quotes: [], keyPoints: [] };

/** `pending` was started before the first render, so reading the page overlaps loading the UI. */
export function App({ pending }: { pending: PendingReading }) {
  const [reading, setReading] = useState<Reading | null>(null);
  const [early, setEarly] = useState<Article | null>(null);
  const [showAnyway, setShowAnyway] = useState(false);
  const locale = browser.i18n.getUILanguage();

  useEffect(() => {
    void pending.article.then(setEarly);
    void pending.reading.then(setReading);
  }, [pending]);
  const PageChangedNotice = useLazyComponent(reading?.result.pageLoading, loadPageChangedNotice);
  const answered = reading !== null || early !== null;
  // Marked in the task after the frame that drew the answer: an effect runs later still, after
  // every effect the answer's components queued (19 ms later at the median in the Firefox popup,
  // 166 ms at p95: npm run bench:browser -- --verbose, marks title-visible and first-answer).
  useLayoutEffect(() => {
    if (answered) void afterPaint().then(() => markOnce(FIRST_ANSWER_MARK));
  }, [answered]);
  // The whole read on screen, outline included: how long the outline keeps the reader waiting.
  useLayoutEffect(() => {
    if (reading !== null) void afterPaint().then(() => markOnce(READ_MARKS.done));
  }, [reading]);

  // The article before its outline: on a long page the outline takes as long as the rest of the read.
  const outlinePending = reading === null;
  const result: TabResult | null = reading?.result ?? (early && { ok: true, article: early, outline: OUTLINE_PENDING, ms: 0 });
  if (result === null) return <Skeleton />;
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
  // Save and Open in tab pressed while the outline is made wait for it: they keep their place.
  const whole = async (): Promise<Reading> => reading ?? (await pending.reading);
  const save = async (): Promise<SaveOutcome> => {
    const { result: done } = await whole();
    return done.ok ? saveOutline(done.article, done.outline) : { ok: false, reason: 'failed', message: failureMessage(done.reason) };
  };
  const openInTab = async (): Promise<void> => {
    const { result: done, tabId } = await whole();
    if (done.ok) await openReaderTab(done, tabId);
  };
  return (
    <Reader
      result={result}
      locale={locale}
      surface="popup"
      outlinePending={outlinePending}
      onOpenInTab={() => void openInTab()}
      tools={
        <>
          <SaveButton onSave={save} onOpenLibrary={openLibraryPage} />
          {PageChangedNotice && reading && <PageChangedNotice shown={reading} readTab={readArticleOfTab} onRead={setReading} />}
        </>
      }
    />
  );
}
