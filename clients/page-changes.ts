import type { TabResult } from './extract-client';
import { grewMaterially } from '@/utils/article/page-growth';

/** Between two looks at a page that was still loading when it was read. */
export const RECHECK_MS = 2_500;
/** Looks at most: a page whose ads never stop loading is not read again forever. */
const MAX_LOOKS = 4;

/**
 * Reads a page that was still loading when it was read (`shown`) again every RECHECK_MS while it
 * still loads (at most MAX_LOOKS times, and never once it has loaded), and calls `onChanged` once
 * its article has grown materially beyond what the reader sees (utils/article/page-growth.ts).
 * Each look costs the page only its own part of a read, as the first one did. Returns `stop`.
 * `readTab` (clients/extract-client.ts readArticleOfTab) is handed in: the watching is tested without a browser.
 */
export function watchPageChanges(tabId: number, shown: TabResult, readTab: (tabId: number) => Promise<TabResult>, onChanged: () => void): () => void {
  let stopped = false;
  let looks = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (!shown.ok || !shown.pageLoading) return () => undefined;
  const wordsShown = shown.article.wordCount;
  const look = async (): Promise<void> => {
    looks += 1;
    const again = await readTab(tabId);
    if (stopped) return;
    if (again.ok && grewMaterially(wordsShown, again.article.wordCount)) {
      onChanged();
      return;
    }
    if (again.pageLoading && looks < MAX_LOOKS) timer = setTimeout(() => void look(), RECHECK_MS);
  };
  timer = setTimeout(() => void look(), RECHECK_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
