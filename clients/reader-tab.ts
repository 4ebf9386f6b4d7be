import { browser } from 'wxt/browser';
import { sendMessage, type ArticleResult } from '@/utils/messages';

const send = (message: unknown) => browser.runtime.sendMessage(message);

/** Opens the reading view in a full tab; the background hands the article over. */
export async function openReaderTab(result: ArticleResult, tabId: number | null): Promise<void> {
  await sendMessage(send, 'UI_OPEN_READER_TAB', { result, tabId }).catch(() => undefined);
}

/** The article the popup handed over, or null when there is none (then the tab reads the page). */
export async function readHandoff(search: string): Promise<ArticleResult | null> {
  const id = new URLSearchParams(search).get('handoff');
  if (!id) return null;
  return sendMessage(send, 'UI_TAKE_HANDOFF', { id }).catch(() => null);
}
