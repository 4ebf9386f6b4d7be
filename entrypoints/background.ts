import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isMessage, type Message, type MessageName, type Response } from '@/utils/messages';
import { loadFinisher, readArticleInBackground, readOutlineInBackground } from '@/services/finish-tab';
import { saveOutlineToLibrary } from '@/services/save-outline';
import { openReaderTab, takeHandoff } from '@/services/reader-handoff';
import { listenForToolbarChoice } from '@/services/side-panel';

const FINISHED_IN_THE_VIEW = { ok: false, reason: 'failed', detail: 'this browser finishes reads in the view' } as const;

/** One handler per message: the switch makes the compiler check every response type. */
function handle(message: Message): Promise<Response<MessageName>> {
  switch (message.type) {
    // Only Firefox's background page finishes reads: Chrome's build leaves that code out.
    case 'UI_READ_ARTICLE':
      return import.meta.env.FIREFOX ? readArticleInBackground(message.payload.tabId, message.payload.url) : Promise.resolve(FINISHED_IN_THE_VIEW);
    case 'UI_READ_OUTLINE':
      return import.meta.env.FIREFOX ? readOutlineInBackground(message.payload.readId) : Promise.resolve(FINISHED_IN_THE_VIEW);
    case 'UI_SAVE_OUTLINE':
      return saveOutlineToLibrary(message.payload.article, message.payload.outline);
    case 'UI_OPEN_READER_TAB':
      return openReaderTab(message.payload.result, message.payload.tabId);
    case 'UI_TAKE_HANDOFF':
      return takeHandoff(message.payload.id);
  }
}

export default defineBackground(() => {
  // Registered synchronously: an MV3 worker that restarts only keeps listeners added at start.
  browser.runtime.onMessage.addListener((message: unknown) => (isMessage(message) ? handle(message) : undefined));
  // The toolbar button opens the popup or the side panel, as the reader chose in the settings.
  listenForToolbarChoice();
  // Firefox's background page has a DOM and finishes reads (services/finish-tab.ts): its code is
  // loaded now, once, so no click waits for it. Chrome's worker has no DOM and never loads it.
  if (import.meta.env.FIREFOX) void loadFinisher().catch(() => undefined);
});
