import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPage, type ExtractResult } from '@/utils/read-page';

// Injected on demand by the background (activeTab): no `matches`, so no host permission.
export default defineContentScript({
  registration: 'runtime',
  main(): ExtractResult {
    if (document.contentType === 'application/pdf') return { ok: false, reason: 'pdf' };
    try {
      return readPage(document, document.URL);
    } catch (error) {
      return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
  },
});
