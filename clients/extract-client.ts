import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messages';
import type { ExtractResult } from '@/utils/read-page';

/** The view gives up waiting after this long; the page itself is never blocked by us. */
export const EXTRACT_TIMEOUT_MS = 10_000;

/** Asks the background to read the article of a tab; every failure comes back as a value. */
export async function readArticleOfTab(tabId: number | null): Promise<ExtractResult> {
  if (tabId === null) return { ok: false, reason: 'no-tab' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ExtractResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), EXTRACT_TIMEOUT_MS);
  });
  try {
    const reading = sendMessage((m) => browser.runtime.sendMessage(m), 'UI_EXTRACT_TAB', { tabId });
    return await Promise.race([reading, timeout]);
  } catch {
    return { ok: false, reason: 'failed' };
  } finally {
    clearTimeout(timer);
  }
}
