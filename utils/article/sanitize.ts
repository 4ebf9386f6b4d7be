import createDOMPurify from 'dompurify';
import type { Config, DOMPurify } from 'dompurify';
import { BLOCK_MARKER } from './blocks';

/**
 * The sanitizer policy for article HTML. Article HTML is untrusted wherever it travels
 * (the message from the page, the library, an imported file); it is sanitized at the one
 * place it becomes DOM, components/SafeHtml.tsx, as Firefox's reader mode does. Page styles
 * and forms never reach the reading view: a page must not restyle or cover the UI.
 */
export const ARTICLE_SANITIZE_CONFIG = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'base', 'link', 'meta'],
  FORBID_ATTR: ['style', 'class', 'srcdoc', 'formaction', 'action', 'ping'],
  // One data attribute only: the block marker outline anchors point at (utils/article/blocks.ts).
  ALLOW_DATA_ATTR: false,
  ADD_ATTR: [BLOCK_MARKER],
  SANITIZE_NAMED_PROPS: true,
} satisfies Config;

const purifiers = new WeakMap<object, DOMPurify>();

function purifierFor(win: Window & typeof globalThis): DOMPurify {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win);
    purifiers.set(win, purifier);
  }
  return purifier;
}

/** Sanitizes HTML into a fragment ready to append. */
export function sanitizeToFragment(html: string, win: Window & typeof globalThis): DocumentFragment {
  return purifierFor(win).sanitize(html, { ...ARTICLE_SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true });
}
