import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { IN_PAGE_BUDGET_MS, readLivePart, type LiveResult } from '@/utils/read-live-part';

/**
 * Injected on demand by the background (activeTab) into the isolated world, and returns the
 * result as the script's last value. An unlisted script, not a content script: WXT's content
 * script context announces itself to the page (a window message and a document event named
 * after the extension id) before `main` runs, which let a page fingerprint Lede and rewrite
 * itself before it was read. This script posts, dispatches and changes nothing in the page.
 * It does only what needs the live page: Readability on a clone, and the page's HTML in one
 * native call for its metadata; the popup or the full tab reads the metadata from that copy and
 * finishes the read (utils/finish-reading.ts), so the page is busy for this part alone.
 */
export default defineUnlistedScript((): LiveResult => {
  if (document.contentType === 'application/pdf') return { ok: false, reason: 'pdf' };
  try {
    return readLivePart(document, document.URL, { budgetMs: IN_PAGE_BUDGET_MS });
  } catch (error) {
    return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
});
