import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Article } from '@/utils/article/types';
import { READ_MARKS } from '@/utils/read-marks';
import { ArticleHeader } from './ArticleHeader';
import { SafeHtml } from './SafeHtml';

interface Props {
  article: Article;
  locale: string;
  onBodyRendered?: (body: HTMLElement) => void;
  /** The article element, a Tab stop: focused, the arrow keys, Page Down, Space and End scroll it. */
  articleRef?: RefObject<HTMLElement>;
}

/**
 * Wide tables and code scroll sideways inside the column. A region that scrolls must be
 * reachable by keyboard to be scrolled, so it gets a tab stop (axe: scrollable-region-focusable).
 * Tables are wrapped rather than turned into blocks, which would lose their table semantics.
 */
function letWideBlocksScroll(body: HTMLElement): void {
  for (const table of body.querySelectorAll('table')) {
    const wrapper = document.createElement('div');
    wrapper.className = 'table-scroll';
    wrapper.tabIndex = 0;
    table.replaceWith(wrapper);
    wrapper.append(table);
  }
  for (const pre of body.querySelectorAll('pre')) pre.tabIndex = 0;
}

/**
 * A page's own <main> inside ours would make two main landmarks for a screen reader;
 * it becomes a plain <div> (role="none" is not allowed on <main>). Neither is a block
 * of the outline, so anchors still point at the same elements.
 */
function demotePageLandmarks(body: HTMLElement): void {
  for (const main of body.querySelectorAll('main')) {
    const plain = document.createElement('div');
    plain.append(...main.childNodes);
    main.replaceWith(plain);
  }
  for (const el of body.querySelectorAll('[role="main"]')) el.removeAttribute('role');
}

export function ArticleView({ article, locale, onBodyRendered, articleRef }: Props) {
  // The body comes a frame after the header: sanitizing it and laying it out cost the first frame
  // tens of milliseconds in Firefox (the popup's "article → title"), and the reader looks at the title first.
  const [bodyShown, setBodyShown] = useState(false);
  // Preact runs effects after the frame is painted: the title is on screen by then.
  useEffect(() => {
    if (performance.getEntriesByName(READ_MARKS.titleVisible).length === 0) performance.mark(READ_MARKS.titleVisible);
    setBodyShown(true);
  }, []);

  return (
    <article ref={articleRef} tabIndex={0} class="reading-view" aria-label={article.title} lang={article.lang ?? undefined} dir={article.dir}>
      <ArticleHeader article={article} locale={locale} />
      {bodyShown && (
        <SafeHtml
          class="article-body"
          html={article.html}
          images="load"
          lang={article.lang ?? undefined}
          dir={article.dir}
          onRendered={(body) => {
            letWideBlocksScroll(body);
            demotePageLandmarks(body);
            onBodyRendered?.(body);
          }}
        />
      )}
    </article>
  );
}
