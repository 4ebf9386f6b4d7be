import { browser } from 'wxt/browser';

/**
 * The tab the popup reads: the active tab, as when the reader clicks the toolbar button.
 * Test builds may name it (`?tabId=` in Chromium, `?tabUrl=` in Firefox, whose
 * tabs.query cannot match a URL with a port).
 */
export async function findTargetTabId(search: string): Promise<number | null> {
  const params = new URLSearchParams(search);
  const tabId = Number(params.get('tabId'));
  if (Number.isInteger(tabId) && tabId > 0) return tabId;
  const tabUrl = params.get('tabUrl');
  if (tabUrl) {
    const tabs = await browser.tabs.query({});
    return tabs.find((tab) => tab.url === tabUrl)?.id ?? null;
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}
