import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { watchPanelRequests } from '@/clients/panel-requests';
import { findTargetTabId } from '@/clients/target-tab';
import { NO_PANEL_TABS, tabActivated, tabRemoved, type PanelRequest, type PanelTabs } from '@/utils/panel/panel-tabs';

export interface PanelTabsState {
  /** The panel's window and the tab in front of it (`shownTabId` is the caller's). */
  tabs: PanelTabs;
  /** The latest click on Lede's button for this window: a new object for every click. */
  request: PanelRequest | null;
  /** Whether the click that opened the panel, if any, has been looked for: until then the panel says nothing. */
  checked: boolean;
}

/**
 * The tab a panel page opened by URL names (`?tabId=`, or `?tabUrl=` in Firefox test builds),
 * as the full tab does: how the browser tests drive the panel page, which no click opened.
 */
async function namedTab(search: string): Promise<number | null> {
  const params = new URLSearchParams(search);
  // `tabUrl` in Firefox's test builds only: the release build drops the name (release-bundle.test.ts).
  const named = params.has('tabId') || (import.meta.env.MODE === 'e2e' && params.has('tabUrl'));
  if (!named) return null;
  return findTargetTabId(search).catch(() => null);
}

/**
 * The side panel's window, kept up to date: which tab is in front, and each click on Lede's
 * button meant for this panel. The panel reads nothing by itself: the clicks say what to read.
 */
export function usePanelTabs(): PanelTabsState {
  const [tabs, setTabs] = useState<PanelTabs>(NO_PANEL_TABS);
  const [request, setRequest] = useState<PanelRequest | null>(null);
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    let live = true;
    let stopRequests = () => undefined as void;
    const onActivated = (info: { tabId: number; windowId: number }) => setTabs((state) => tabActivated(state, info));
    const onRemoved = (tabId: number) => setTabs((state) => tabRemoved(state, tabId));
    // Before anything is awaited, so no activation is missed while the window is looked up.
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onRemoved.addListener(onRemoved);
    const take = (next: PanelRequest) => setRequest((last) => (last && last.at === next.at && last.tabId === next.tabId ? last : next));

    void (async () => {
      const [current, own, named] = await Promise.all([
        browser.windows.getCurrent(),
        browser.tabs.getCurrent().catch(() => undefined),
        namedTab(location.search),
      ]);
      if (!live || current.id === undefined) return;
      const windowId = current.id;
      const ownTabId = own?.id ?? null;
      const [active] = await browser.tabs.query({ active: true, windowId });
      if (!live) return;
      const activeTabId = active?.id !== undefined && active.id !== ownTabId ? active.id : null;
      setTabs((state) => ({ ...state, windowId, ownTabId, activeTabId: state.activeTabId ?? activeTabId }));
      if (named !== null) take({ tabId: named, windowId, at: Date.now() });
      stopRequests = watchPanelRequests(windowId, take, () => setChecked(true));
    })().catch(() => setChecked(true));

    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      stopRequests();
    };
  }, []);

  return { tabs, request, checked };
}
