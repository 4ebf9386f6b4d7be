import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isMessage } from '@/utils/messages';
import type { ExtractResult } from '@/utils/read-page';
import { classifyInjectionError, classifyTabUrl } from '@/utils/page-access';

const EXTRACT_SCRIPT = '/content-scripts/extract.js';

function isExtractResult(value: unknown): value is ExtractResult {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

async function extractTab(tabId: number): Promise<ExtractResult> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { ok: false, reason: 'no-tab' };
  }
  const refused = classifyTabUrl(url);
  if (refused) return { ok: false, reason: refused };
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
    const result: unknown = injection?.result;
    return isExtractResult(result) ? result : { ok: false, reason: 'failed', detail: 'no result from the page' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: classifyInjectionError(message, url), detail: message };
  }
}

export default defineBackground(() => {
  // Registered synchronously: an MV3 worker that restarts only keeps listeners added at start.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isMessage(message)) return undefined;
    switch (message.type) {
      case 'UI_EXTRACT_TAB':
        return extractTab(message.payload.tabId);
    }
  });
});
