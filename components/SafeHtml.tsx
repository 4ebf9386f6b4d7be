import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeToFragment, type ImagePolicy } from '@/utils/article/sanitize';
import { LONG_TEXT_CHARS, splitLongBlocks } from '@/utils/dom/long-blocks';

interface Props {
  html: string;
  class?: string;
  lang?: string | undefined;
  dir?: 'ltr' | 'rtl';
  /**
   * `load`: the page's own images, as the live popup and full tab show them; `hold`: none
   * (saved and imported articles, until the reader asks), counted for onRendered.
   */
  images: ImagePolicy['remote'];
  /** Called with the container once the sanitized article is in the document. */
  onRendered?: (container: HTMLElement, heldImages: number) => void;
}

function hardenLinks(root: ParentNode): void {
  for (const a of root.querySelectorAll('a')) {
    if (a.hasAttribute('href')) {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    } else {
      // A link whose unsafe href the sanitizer dropped would look clickable and do nothing.
      a.replaceWith(...a.childNodes);
    }
  }
}

function quietImages(root: ParentNode): void {
  for (const img of root.querySelectorAll('img')) {
    img.addEventListener('error', () => img.closest('figure')?.classList.add('broken') ?? img.remove(), { once: true });
  }
}

/**
 * The one place page-derived HTML enters the extension's UI: sanitized by DOMPurify
 * into a fragment and appended, never assigned as markup.
 */
export function SafeHtml({ html, class: className, lang, dir, images, onRendered }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const container = ref.current;
    if (!container) return;
    // A body this large is sanitized in a task of its own, after the header and outline are
    // on screen, and split and shown in another: receiving, rendering, sanitizing and laying
    // out a megabyte in one task kept the popup from answering for more than 200 ms.
    const large = html.length >= LONG_TEXT_CHARS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const later = (step: () => void): void => {
      if (large) timer = setTimeout(step);
      else step();
    };
    const show = (input: string | Node) => {
      if (!live) return;
      const { fragment, heldImages } = sanitizeToFragment(input, window, { remote: images });
      hardenLinks(fragment);
      quietImages(fragment);
      later(() => {
        // Before anything is in the document, so the browser never lays out a hostile
        // paragraph whole (utils/dom/long-blocks.ts).
        container.classList.toggle('long-text', splitLongBlocks(fragment) > LONG_TEXT_CHARS);
        // Firefox lays out every `content-visibility: auto` piece in the first layout after they
        // arrive, near the viewport or not (165-185 ms for a million quote marks in the popup,
        // firefox-hostile-layout.test.ts); pieces skipped for that frame and then made `auto`
        // cost about 35 ms in all. No effect when nothing was split.
        container.classList.add('first-frame');
        container.replaceChildren(fragment);
        // Harmless if the view is gone by then: the container is only detached.
        requestAnimationFrame(() => setTimeout(() => container.classList.remove('first-frame')));
        onRendered?.(container, heldImages);
      });
    };
    // A body this large may hide a block of thousands of inline elements: as text, it costs
    // the sanitizer and the layout a fraction. That code is loaded only for such bodies, and the
    // body is parsed in one task and flattened and sanitized in the next (20,000 elements: 50-70 ms
    // in one task of the Firefox popup).
    if (large) {
      void import('@/utils/dom/flatten-dense-blocks').then(({ parseInert, flattenDenseBlocks }) => {
        if (!live) return;
        const body = parseInert(html, window);
        later(() => show(flattenDenseBlocks(body)));
      });
    } else show(html);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [html, images]);
  return <div ref={ref} class={className} lang={lang} dir={dir} />;
}
