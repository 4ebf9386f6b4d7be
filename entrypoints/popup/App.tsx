import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messages';
import type { ExtractResult } from '@/utils/article/types';
import type { Anchor } from '@/utils/outline/types';
import { listBlockElements } from '@/utils/article/blocks';
import { ArticleView } from '@/components/ArticleView';
import { OutlinePanel } from '@/components/OutlinePanel';
import { StatusMessage } from '@/components/StatusMessage';
import { Skeleton } from '@/components/Skeleton';
import { t } from '@/components/i18n';
import { failureMessage } from '@/components/failure-message';
import { findTargetTabId } from './target-tab';

/** The popup gives up waiting after this long; the page itself is never blocked by us. */
const EXTRACT_TIMEOUT_MS = 10_000;

function withTimeout(promise: Promise<ExtractResult>): Promise<ExtractResult> {
  const timeout = new Promise<ExtractResult>((resolve) =>
    setTimeout(() => resolve({ ok: false, reason: 'timeout' }), EXTRACT_TIMEOUT_MS),
  );
  return Promise.race([promise, timeout]);
}

async function readTargetTab(): Promise<ExtractResult> {
  const tabId = await findTargetTabId(location.search);
  if (tabId === null) return { ok: false, reason: 'no-tab' };
  try {
    return await withTimeout(sendMessage((m) => browser.runtime.sendMessage(m), 'UI_EXTRACT_TAB', { tabId }));
  } catch {
    return { ok: false, reason: 'failed' };
  }
}

function jumpTo(body: HTMLElement | null, anchor: Anchor): void {
  const target = body ? listBlockElements(body)[anchor.block] : undefined;
  if (!target) return;
  body?.querySelector('.highlight')?.classList.remove('highlight');
  target.classList.add('highlight');
  target.scrollIntoView({ behavior: 'smooth', block: 'center' });
}

export function App() {
  const [result, setResult] = useState<ExtractResult | null>(null);
  const [showAnyway, setShowAnyway] = useState(false);
  const body = useRef<HTMLElement | null>(null);
  const locale = browser.i18n.getUILanguage();

  useEffect(() => {
    void readTargetTab().then(setResult);
  }, []);

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
  return (
    <div class="layout" dir={result.article.dir}>
      <OutlinePanel outline={result.outline} onJump={(anchor) => jumpTo(body.current, anchor)} />
      <ArticleView article={result.article} locale={locale} onBodyRendered={(el) => (body.current = el)} />
    </div>
  );
}
