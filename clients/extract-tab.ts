import { browser } from 'wxt/browser';
import { isLiveResult } from '@/utils/messages';
import type { LiveResult } from '@/utils/read-live-part';
import { classifyInjectionError, classifyTabUrl } from '@/utils/page-access';

// entrypoints/extract.ts, in the isolated world: never the page's own (MAIN) world, where the page
// could replace the DOM methods the extractor calls.
const EXTRACT_SCRIPT = '/extract.js';

/**
 * Injects the extractor into the tab the reader clicked Lede on (activeTab) and checks what it
 * returns: from the view in Chrome (clients/extract-client.ts), from the background page in
 * Firefox, where that page finishes reads (services/finish-tab.ts). At once, not after the page's
 * load ends: readers click Lede on heavy pages whose ads never stop loading, and the document as
 * it stands is read.
 */
export async function extractTab(tabId: number, knownUrl?: string): Promise<LiveResult> {
  let url = knownUrl;
  // The address is checked before anything is injected. The toolbar popup found its tab with
  // tabs.query, which gave the address: asking again cost a round trip to a browser busy opening
  // the popup (marks page-asked to page-start of `npm run bench:browser -- --verbose`: 13 ms less
  // at the median in Chromium without it).
  if (url === undefined) {
    try {
      url = (await browser.tabs.get(tabId)).url;
    } catch {
      return { ok: false, reason: 'no-tab' };
    }
  }
  const refused = classifyTabUrl(url);
  if (refused) return { ok: false, reason: refused };
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT], world: 'ISOLATED', injectImmediately: true });
    const result: unknown = injection?.result;
    return isLiveResult(result) ? result : { ok: false, reason: 'failed', detail: 'no result from the page' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: classifyInjectionError(message, url), detail: message };
  }
}
