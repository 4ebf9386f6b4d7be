import { browser } from 'wxt/browser';
import { isArticleResult, type ArticleResult } from '@/utils/messages';

/**
 * The popup hands the article it already has to the full tab through storage.session
 * (memory only, cleared when the browser quits; Chrome MV3, and Firefox 115+ in MV2 too),
 * so the tab shows it at once without reading the page again. Only the latest hand-off
 * is kept: a reloaded older tab reads its page again through `tabId`. The background keeps
 * it (no module state: an MV3 worker may restart between the two messages).
 */
const HANDOFF_PREFIX = 'handoff:';

function sessionArea(): typeof browser.storage.session | undefined {
  // Older Firefox builds have no storage.session; the tab then reads the page itself.
  return 'session' in browser.storage ? browser.storage.session : undefined;
}

async function storeHandoff(result: ArticleResult): Promise<string | null> {
  const session = sessionArea();
  if (!session) return null;
  try {
    const previous = Object.keys(await session.get(null)).filter((key) => key.startsWith(HANDOFF_PREFIX));
    if (previous.length > 0) await session.remove(previous);
    const id = crypto.randomUUID();
    await session.set({ [HANDOFF_PREFIX + id]: result });
    return id;
  } catch {
    // Over quota (a huge article): the tab will read the page again instead.
    return null;
  }
}

/** Opens the reading view in a full tab, with the article if it can be handed over. */
export async function openReaderTab(result: ArticleResult, tabId: number | null): Promise<{ ok: boolean }> {
  const params = new URLSearchParams();
  if (tabId !== null) params.set('tabId', String(tabId));
  const handoff = await storeHandoff(result);
  if (handoff) params.set('handoff', handoff);
  await browser.tabs.create({ url: `${browser.runtime.getURL('/reader.html')}?${params.toString()}` });
  return { ok: true };
}

/** The article handed over under `id`, or null when there is none (then the tab reads the page). */
export async function takeHandoff(id: string): Promise<ArticleResult | null> {
  const session = sessionArea();
  if (!session) return null;
  try {
    const key = HANDOFF_PREFIX + id;
    const value: unknown = (await session.get(key))[key];
    return isArticleResult(value) ? value : null;
  } catch {
    return null;
  }
}
