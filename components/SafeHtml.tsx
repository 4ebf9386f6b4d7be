import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeToFragment } from '@/utils/article/sanitize';

interface Props {
  html: string;
  class?: string;
  lang?: string | undefined;
  dir?: 'ltr' | 'rtl';
  /** Called with the container once the sanitized article is in the document. */
  onRendered?: (container: HTMLElement) => void;
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
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    img.addEventListener('error', () => img.closest('figure')?.classList.add('broken') ?? img.remove(), { once: true });
  }
}

/**
 * The one place page-derived HTML enters the extension's UI: sanitized by DOMPurify
 * into a fragment and appended, never assigned as markup.
 */
export function SafeHtml({ html, class: className, lang, dir, onRendered }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const container = ref.current;
    if (!container) return;
    const fragment = sanitizeToFragment(html, window);
    hardenLinks(fragment);
    quietImages(fragment);
    container.replaceChildren(fragment);
    onRendered?.(container);
  }, [html]);
  return <div ref={ref} class={className} lang={lang} dir={dir} />;
}
