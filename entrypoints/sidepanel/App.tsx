import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Reader } from '@/components/Reader';
import { StatusMessage } from '@/components/StatusMessage';
import { Skeleton } from '@/components/Skeleton';
import { SaveButton } from '@/components/SaveButton';
import { PanelTabNotice } from '@/components/PanelTabNotice';
import { openLibraryPage, saveOutline } from '@/clients/save-client';
import { readArticleOfTab } from '@/clients/extract-client';
import { openReaderTab } from '@/clients/reader-tab';
import { toolbarShortcut } from '@/clients/panel-requests';
import { toolbarOpensItem } from '@/clients/toolbar-opens';
import { normalizeToolbarOpens, type ToolbarOpens } from '@/utils/settings/toolbar-button';
import { t } from '@/i18n/t';
import { failureMessage } from '@/i18n/failure-message';
import { usePanelTabs } from '@/hooks/use-panel-tabs';
import { useLazyComponent } from '@/hooks/use-lazy-component';
import { loadPageChangedNotice } from '@/components/load-page-changed-notice';
import type { ShownRead } from '@/components/PageChangedNotice';
import { showsPreviousTab, tabShown } from '@/utils/panel/panel-tabs';

/** Who asked for the read: Lede's button (which grants access to the tab) or the panel's own "Read this tab". */
type Asker = 'click' | 'panel';

type View = { kind: 'waiting' } | { kind: 'reading'; tabId: number } | { kind: 'read'; read: ShownRead };

/** "Click Lede's button", with the shortcut the reader has, when one is set. */
function useClickHint(): string {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => void toolbarShortcut().then(setShortcut), []);
  return shortcut ? t('panelClickToReadKeys', shortcut) : t('panelClickToRead');
}

/**
 * What the toolbar button opens now. A panel opened from the browser's own menu while the button
 * still opens the popup would wait for clicks that never reach it: it says how to choose it instead.
 */
function useToolbarOpens(): ToolbarOpens | null {
  const [opens, setOpens] = useState<ToolbarOpens | null>(null);
  useEffect(() => {
    void toolbarOpensItem.getValue().then((stored) => setOpens(normalizeToolbarOpens(stored)), () => setOpens(null));
    return toolbarOpensItem.watch((stored) => setOpens(normalizeToolbarOpens(stored)));
  }, []);
  return opens;
}

/**
 * The side panel: the popup's reading view beside the page, for the tab the reader clicked Lede's
 * button on. It reads a tab only when asked: the click (or shortcut) on the button, or its own
 * "Read this tab", which works only where the browser already lets Lede in (a click in the panel
 * grants nothing in Chrome or Firefox: activeTab comes from the button, the shortcut, a menu item).
 */
export function App() {
  const { tabs, request, checked } = usePanelTabs();
  const [view, setView] = useState<View>({ kind: 'waiting' });
  const [showAnyway, setShowAnyway] = useState(false);
  const latest = useRef(0);
  const clickHint = useClickHint();
  const toolbarOpens = useToolbarOpens();
  const locale = browser.i18n.getUILanguage();

  // A tab "Read this tab" was refused for: the browser lets Lede in only after a click on its button there.
  const [refusedTabId, setRefusedTabId] = useState<number | null>(null);

  const read = useCallback((tabId: number, asker: Asker) => {
    const id = ++latest.current;
    // The button's read replaces the view at once; the panel's own keeps the article until it succeeds.
    if (asker === 'click') setView({ kind: 'reading', tabId });
    void readArticleOfTab(tabId).then((result) => {
      if (id !== latest.current) return;
      // Without the click the browser refuses the tab (it reads as "restricted"): say so, keep the article.
      if (asker === 'panel' && !result.ok && result.reason === 'restricted') {
        setRefusedTabId(tabId);
        return;
      }
      setShowAnyway(false);
      setRefusedTabId(null);
      setView({ kind: 'read', read: { tabId, result } });
    });
  }, []);
  useEffect(() => {
    if (request) read(request.tabId, 'click');
  }, [request, read]);

  const shownTabId = view.kind === 'reading' ? view.tabId : view.kind === 'read' ? view.read.tabId : null;
  const { activeTabId } = tabs;
  const notice =
    showsPreviousTab(tabShown(tabs, shownTabId)) && activeTabId !== null ? (
      <PanelTabNotice onReadThisTab={() => read(activeTabId, 'panel')} refusedHint={refusedTabId === activeTabId ? clickHint : undefined} />
    ) : null;
  const result = view.kind === 'read' ? view.read.result : null;
  const PageChangedNotice = useLazyComponent(result?.pageLoading, loadPageChangedNotice);
  useEffect(() => {
    document.title = result?.ok ? `${result.article.title} · Lede` : 'Lede';
  }, [result]);

  // Until the click that opened the panel is found, nothing to say: the hint would flash on every open.
  if (view.kind === 'waiting') {
    if (!checked) return <Skeleton />;
    return <StatusMessage kind="info" message={toolbarOpens === 'popup' ? t('panelChooseInSettings') : clickHint} />;
  }
  if (view.kind === 'reading') return <Skeleton />;
  const { read: shown } = view;
  if (!shown.result.ok) {
    return (
      <StatusMessage kind="error" message={failureMessage(shown.result.reason)}>
        {notice}
      </StatusMessage>
    );
  }
  const article = shown.result;
  if (!article.article.readerable && !showAnyway) {
    return (
      <StatusMessage kind="info" message={t('notArticle')}>
        <button type="button" class="show-anyway" onClick={() => setShowAnyway(true)}>
          {t('showAnyway')}
        </button>
        {notice}
      </StatusMessage>
    );
  }
  return (
    <Reader
      result={article}
      locale={locale}
      surface="tab"
      onOpenInTab={() => void openReaderTab(article, shown.tabId)}
      tools={
        <>
          {notice}
          <SaveButton onSave={() => saveOutline(article.article, article.outline)} onOpenLibrary={openLibraryPage} />
          {PageChangedNotice && (
            <PageChangedNotice shown={shown} readTab={readArticleOfTab} onRead={(again) => setView({ kind: 'read', read: again })} />
          )}
        </>
      }
    />
  );
}
