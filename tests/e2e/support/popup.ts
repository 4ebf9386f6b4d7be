/**
 * The headline of a read that is over: the popup shows the article first and marks its layout
 * `outline-making` until the outline is there. Tests that look at the outline wait for this.
 */
export const READ_TITLE = '.layout:not(.outline-making) h1.article-title';

/** What the popup shows, read from its DOM: the same shape in Chromium and Firefox. */
export interface PopupSnapshot {
  view: 'loading' | 'status' | 'article' | 'other';
  title: string | null;
  /** The `datetime` attribute of `time.published`. */
  published: string | null;
  publishedText: string | null;
  byline: string | null;
  readingTime: string | null;
  /** The first non-empty paragraph of the article body. */
  firstParagraph: string | null;
  statusMessage: string | null;
  showAnyway: boolean;
  outlineItems: number;
}

/**
 * Runs inside the popup (passed to `evaluate`, or stringified for raw CDP), so it
 * must stay self-contained: no imports, no helpers from this module.
 */
export function readPopupSnapshot(): PopupSnapshot {
  const text = (selector: string): string | null => document.querySelector(selector)?.textContent?.trim() ?? null;
  const paragraphs = Array.from(document.querySelectorAll('.article-body p'));
  const first = paragraphs.map((p) => p.textContent?.trim() ?? '').find((t) => t.length > 0);
  // The popup shows the article while its outline is made (.outline-making): still loading for a test.
  const view = document.querySelector('article.reading-view')
    ? document.querySelector('.outline-making')
      ? 'loading'
      : 'article'
    : document.querySelector('.status')
      ? 'status'
      : document.querySelector('.skeleton')
        ? 'loading'
        : 'other';
  return {
    view,
    title: text('h1.article-title'),
    published: document.querySelector('time.published')?.getAttribute('datetime') ?? null,
    publishedText: text('time.published'),
    byline: text('.byline'),
    readingTime: text('.reading-time'),
    firstParagraph: first ?? null,
    statusMessage: text('.status-message'),
    showAnyway: document.querySelector('button.show-anyway') !== null,
    outlineItems: document.querySelectorAll('nav.outline .outline-item').length,
  };
}

type Evaluate = (snapshot: () => PopupSnapshot) => Promise<PopupSnapshot>;

/**
 * The popup as the tests see it, whatever drives the browser: Playwright, Puppeteer
 * over BiDi, or raw CDP all reduce to "evaluate this function in the popup".
 */
export class PopupPage {
  constructor(private readonly evaluate: Evaluate) {}

  snapshot(): Promise<PopupSnapshot> {
    return this.evaluate(readPopupSnapshot);
  }

  /**
   * Polls until the popup has left the skeleton. Evaluation may fail while the popup
   * is still navigating (Firefox swaps documents under the page): that is retried.
   */
  async settled(timeoutMs = 15_000): Promise<PopupSnapshot> {
    const deadline = Date.now() + timeoutMs;
    let last: PopupSnapshot | string = 'never evaluated';
    while (Date.now() < deadline) {
      try {
        last = await this.snapshot();
        if (last.view === 'article' || last.view === 'status') return last;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the popup did not settle in ${timeoutMs} ms; last seen: ${JSON.stringify(last)}`);
  }
}
