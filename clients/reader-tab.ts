import { browser } from 'wxt/browser';
import type { ExtractResult } from '@/utils/read-page';

type ArticleResult = Extract<ExtractResult, { ok: true }>;

/**
 * The popup hands the article it already has to the full tab through storage.session
 * (memory only, cleared when the browser quits; Chrome MV3, and Firefox 115+ in MV2 too),
 * so the tab shows it at once without reading the page again. Only the latest hand-off
 * is kept: a reloaded older tab reads its page again through `tabId`.
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
export async function openReaderTab(result: ArticleResult, tabId: number | null): Promise<void> {
  const params = new URLSearchParams();
  if (tabId !== null) params.set('tabId', String(tabId));
  const handoff = await storeHandoff(result);
  if (handoff) params.set('handoff', handoff);
  await browser.tabs.create({ url: `${browser.runtime.getURL('/reader.html')}?${params.toString()}` });
}

function isArticleResult(value: unknown): value is ArticleResult {
  if (typeof value !== 'object' || value === null) return false;
  const { ok, article, outline } = value as { ok?: unknown; article?: { title?: unknown; html?: unknown }; outline?: { sections?: unknown } };
  return ok === true && typeof article?.title === 'string' && typeof article.html === 'string' && Array.isArray(outline?.sections);
}

/** The article the popup handed over, or null when there is none (then the tab reads the page). */
export async function readHandoff(search: string): Promise<ArticleResult | null> {
  const id = new URLSearchParams(search).get('handoff');
  const session = sessionArea();
  if (!id || !session) return null;
  try {
    const key = HANDOFF_PREFIX + id;
    const value: unknown = (await session.get(key))[key];
    return isArticleResult(value) ? value : null;
  } catch {
    return null;
  }
}
