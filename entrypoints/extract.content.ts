import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '@/utils/article/extract-article';
import type { ExtractResult } from '@/utils/article/types';

// Injected on demand by the background (activeTab): no `matches`, so no host permission.
export default defineContentScript({
  registration: 'runtime',
  main(): ExtractResult {
    if (document.contentType === 'application/pdf') return { ok: false, reason: 'pdf' };
    try {
      return extractArticle(document, document.URL);
    } catch (error) {
      return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
  },
});
