import type { Article } from '@/utils/article/types';
import type { ArticleRead, OutlineRead, ReadFailure } from '@/utils/messages';
import { extractTab } from '@/clients/extract-tab';
import { warmUntil } from '@/utils/warm-until';

/**
 * Firefox's background page reads and finishes a tab's article (UI_READ_ARTICLE), then makes its
 * outline once the view asks for it (UI_READ_OUTLINE), having drawn the article. The finishing code is
 * loaded once, when the background starts, not in every popup: in Firefox that load was the
 * longest wait between the click and the title. Chrome's background is a worker without a DOM,
 * so there the view finishes the read itself (clients/extract-client.ts).
 */

type Finisher = typeof import('@/utils/finish-reading');
let finisher: Promise<Finisher> | null = null;

/** Loads the finishing code; the background calls it at start so the first read finds it ready. */
export function loadFinisher(): Promise<Finisher> {
  finisher ??= import('@/utils/finish-reading').catch((error: unknown) => {
    finisher = null;
    throw error;
  });
  return finisher;
}

/** A view that closed before asking for its outline leaves it here this long at most. */
const OUTLINE_KEPT_MS = 60_000;
const outlines = new Map<string, Promise<OutlineRead>>();

/**
 * The outline is made once the view asks for it, which it does when the article is on screen:
 * the background and every extension page share one thread in Firefox, and the outline's slices
 * held the view's first frame of the article back. A view that never asks (closed at once) waits
 * this long at most.
 */
const OUTLINE_ASK_WAIT_MS = 300;
const outlineAsks = new Map<string, () => void>();

function outlineAsked(readId: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, OUTLINE_ASK_WAIT_MS);
    outlineAsks.set(readId, () => {
      clearTimeout(timer);
      resolve();
    });
  }).finally(() => outlineAsks.delete(readId));
}

function keep(readId: string, outline: Promise<OutlineRead>): void {
  outlines.set(readId, outline);
  setTimeout(() => outlines.delete(readId), OUTLINE_KEPT_MS);
}

/** Now, on the clock every extension page shares (ms since the epoch): the view marks the background's steps by it. */
function clock(): number {
  return performance.timeOrigin + performance.now();
}

export async function readArticleInBackground(tabId: number, url?: string): Promise<ArticleRead> {
  const loading = loadFinisher();
  const [live, { finishReadingInSteps }] = await Promise.all([warmUntil(extractTab(tabId, url), loading), loading]);
  if (!live.ok) return live;
  const pagePartAt = clock();
  let metadataAt = pagePartAt;
  let madeAt = pagePartAt;
  let showArticle: (article: Article) => void = () => undefined;
  const article = new Promise<Article>((resolve) => (showArticle = resolve));
  const readId = crypto.randomUUID();
  const steps = {
    beforeOutline: () => outlineAsked(readId),
    onMetadata: () => (metadataAt = clock()),
    onArticle: (made: Article) => {
      madeAt = clock();
      showArticle(made);
    },
  };
  const whole = finishReadingInSteps(live, new DOMParser(), steps).catch(
    (error: unknown): ReadFailure => ({ ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) }),
  );
  // The article is handed over as soon as it is made; a read that fails before it answers now.
  const first = await Promise.race([article, whole]);
  if (!('ok' in first)) {
    keep(readId, whole.then((done): OutlineRead => (done.ok ? { ok: true, outline: done.outline, ms: done.ms, pageMs: done.pageMs ?? live.ms } : done)));
    return { ok: true, article: first, readId, pageLoading: live.reading.loading, pagePartAt, metadataAt, madeAt, pageStartAt: live.startedAt, pageMs: live.ms };
  }
  // Finished without handing the article over: it failed.
  return first.ok ? { ok: false, reason: 'failed', detail: 'no article' } : first;
}

export async function readOutlineInBackground(readId: string): Promise<OutlineRead> {
  outlineAsks.get(readId)?.();
  const outline = outlines.get(readId);
  outlines.delete(readId);
  return outline ?? { ok: false, reason: 'failed', detail: 'no such read' };
}
