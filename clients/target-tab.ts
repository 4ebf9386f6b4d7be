import { browser } from 'wxt/browser';

/**
 * The tab the popup reads: the active tab, as when the reader clicks the toolbar button.
 * The full tab names the tab it reads (`?tabId=`, so a reload reads the page again); the
 * browser tests name it the same way in Chromium, and by `?tabUrl=` in Firefox test builds
 * (whose tabs.query cannot match a URL with a port).
 */
export async function findTargetTabId(search: string): Promise<number | null> {
  return (await findTargetTab(search))?.id ?? null;
}

/** A tab to read; `url` when the search for it gave it, so the read need not ask the browser again. */
export interface TargetTab {
  id: number;
  url?: string;
}

/** As findTargetTabId, with the tab's address where the tabs were looked up (the toolbar popup's case). */
export async function findTargetTab(search: string): Promise<TargetTab | null> {
  const params = new URLSearchParams(search);
  const tabId = Number(params.get('tabId'));
  if (Number.isInteger(tabId) && tabId > 0) return { id: tabId };
  // Firefox's browser tests only: the release build drops this branch.
  const tabUrl = import.meta.env.MODE === 'e2e' ? params.get('tabUrl') : null;
  if (tabUrl) {
    const tabs = await browser.tabs.query({});
    return found(tabs.find((tab) => tab.url === tabUrl));
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return found(active);
}

function found(tab: { id?: number; url?: string } | undefined): TargetTab | null {
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}
