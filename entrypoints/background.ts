import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isMessage, type Message, type MessageName, type Response } from '@/utils/messages';
import { extractTab } from '@/services/extract-tab';
import { saveOutlineToLibrary } from '@/services/save-outline';
import { openReaderTab, takeHandoff } from '@/services/reader-handoff';
import { listenForToolbarChoice } from '@/services/side-panel';

/** One handler per message: the switch makes the compiler check every response type. */
function handle(message: Message): Promise<Response<MessageName>> {
  switch (message.type) {
    case 'UI_EXTRACT_TAB':
      return extractTab(message.payload.tabId);
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
});
