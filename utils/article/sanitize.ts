import createDOMPurify from 'dompurify';
import type { Config, DOMPurify, UponSanitizeAttributeHookEvent } from 'dompurify';
import { BLOCK_MARKER } from './block-elements';
import { imageSourceOf, type ImagePolicy } from './image-policy';

export type { ImagePolicy } from './image-policy';

/**
 * The sanitizer policy for article HTML. Article HTML is untrusted wherever it travels
 * (the message from the page, the library, an imported file); it is sanitized at the one
 * place it becomes DOM, components/SafeHtml.tsx, as Firefox's reader mode does. Page styles
 * and forms never reach the reading view: a page must not restyle or cover the UI.
 * Nothing but an `<img>` the image policy admits may fetch anything: no media, no posters,
 * no SVG images or `<use>`, no `<picture>` sources, no CSS (so no fonts and no `url()`).
 */
export const ARTICLE_SANITIZE_CONFIG = {
  // Video and audio go with their sources and tracks; SVG <image>, <use> and <feImage> stay
  // but lose their href (dropExternalReferences); <picture> keeps its <img>, not its sources.
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'base', 'link', 'meta', 'video', 'audio'],
  // `download` would let a page name a file the reader saves; `ping` reports clicks; only
  // an image's src is ever fetched (no srcset, no table or cell background).
  FORBID_ATTR: ['style', 'class', 'srcdoc', 'formaction', 'action', 'ping', 'download', 'background', 'srcset'],
  // One data attribute only: the block marker outline anchors point at (utils/article/blocks.ts).
  ALLOW_DATA_ATTR: false,
  ADD_ATTR: [BLOCK_MARKER],
  SANITIZE_NAMED_PROPS: true,
} satisfies Config;

/** Elements whose href navigates when the reader clicks; every other href is dropped. */
const NAVIGATING = /^a(?:rea)?$/iu;
// SVG paint servers, filters, masks and markers may name another document (Firefox fetches it).
const EXTERNAL_URL_FUNCTION = /url\s*\(\s*['"]?\s*(?!#)/iu;

export interface SanitizedArticle {
  fragment: DocumentFragment;
  /** Remote images the policy held back: what "Load images" would show. */
  heldImages: number;
}

const purifiers = new WeakMap<object, DOMPurify>();

function purifierFor(win: Window & typeof globalThis): DOMPurify {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win);
    purifiers.set(win, purifier);
  }
  return purifier;
}

function dropExternalReferences(node: Element, data: UponSanitizeAttributeHookEvent): void {
  const name = data.attrName;
  const isLink = name === 'href' || name === 'xlink:href';
  if (isLink ? !NAVIGATING.test(node.nodeName) : EXTERNAL_URL_FUNCTION.test(data.attrValue)) data.keepAttr = false;
}

/** Shows the image by `policy`, or removes it; 1 if it was a remote image held back. */
function placeImage(img: Element, policy: ImagePolicy): number {
  const source = imageSourceOf(img.getAttribute('src'), policy);
  if (source.kind !== 'load') {
    img.remove();
    return source.kind === 'held' ? 1 : 0;
  }
  img.setAttribute('src', source.url);
  // No cookies (anonymous CORS) and no referrer: the image host learns as little as the platform allows.
  img.setAttribute('crossorigin', 'anonymous');
  img.setAttribute('referrerpolicy', 'no-referrer');
  // Below the fold, an image is fetched only if the reader scrolls to it.
  img.setAttribute('loading', 'lazy');
  return 0;
}

/**
 * Sanitizes HTML into a fragment ready to append, images placed or held back by `policy`.
 * The hooks live for this one synchronous call, so they can close over its policy.
 */
export function sanitizeToFragment(html: string | Node, win: Window & typeof globalThis, policy: ImagePolicy): SanitizedArticle {
  const purify = purifierFor(win);
  let heldImages = 0;
  purify.addHook('uponSanitizeAttribute', dropExternalReferences);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'IMG') heldImages += placeImage(node as Element, policy);
  });
  try {
    const fragment = purify.sanitize(html, { ...ARTICLE_SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true });
    return { fragment, heldImages };
  } finally {
    purify.removeAllHooks();
  }
}
