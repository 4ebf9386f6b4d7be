import { browser } from 'wxt/browser';
import type { Article } from '@/utils/article/types';
import type { Outline } from '@/utils/outline/types';
import { sendMessage, type SaveOutcome } from '@/utils/messages';

/** Saves through the background, which owns the writes of the popup and the full tab. */
export async function saveOutline(article: Article, outline: Outline): Promise<SaveOutcome> {
  try {
    return await sendMessage((m) => browser.runtime.sendMessage(m), 'UI_SAVE_OUTLINE', { article, outline });
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

export function openLibraryPage(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
}
