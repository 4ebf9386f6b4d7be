/**
 * `<figure><picture><noscript><img src="…"></noscript></picture><figcaption>…`: a picture the
 * page's script sets, its markup for readers without scripts kept in a `<noscript>`. Readability
 * takes a noscript's picture only in place of a placeholder picture before it, and a browser with
 * scripts on reads a noscript's content as text, not elements; so the picture was lost, and its
 * caption, with no picture to follow, became a paragraph of the story (the New Yorker's lead
 * caption, with its credit glued on, was the article's first key point). Runs on the clone, in
 * the caption pre-pass's walk (captions.ts): the picture takes the noscript's place there.
 */

/** More markup than one picture's tag with its sources is no lone picture. */
const MAX_NOSCRIPT_CHARS = 8_000;

/**
 * The picture a `<noscript>` holds, put in its place when its figure has no other; null when it
 * holds anything else, or when its picture follows a placeholder. Beside a placeholder, Readability
 * swaps the two itself (`_unwrapNoscriptImages`) but reads the noscript's elements only: read as
 * text, the placeholder (a blurred thumbnail, Medium's "?q=20") stayed. There the noscript is
 * given its picture as an element, as a browser without scripts parses it, and Readability swaps.
 */
export function pictureFromNoscript(noscript: Element): Element | null {
  const holder = noscript.closest('picture') ?? noscript.closest('figure');
  // Outside a figure, with no placeholder before it, a noscript's picture is as often a tracking pixel.
  const alone = holder !== null && !Array.from(holder.getElementsByTagName('img')).some((img) => !noscript.contains(img));
  const afterPlaceholder = !alone && holdsImage(noscript.previousElementSibling);
  if (!alone && !afterPlaceholder) return null;
  const img = noscriptImage(noscript);
  if (!img || !(img.hasAttribute('src') || img.hasAttribute('srcset'))) return null;
  if (alone) {
    noscript.replaceWith(img);
    return img;
  }
  if (img.parentNode !== noscript) noscript.replaceChildren(img);
  return null;
}

function holdsImage(el: Element | null): boolean {
  return el !== null && (el.localName === 'img' || el.getElementsByTagName('img').length === 1);
}

/** The noscript's one `<img>`: its element where it was parsed as markup (no scripts: the CLI), else parsed from its text. */
function noscriptImage(noscript: Element): Element | null {
  const only = noscript.firstElementChild;
  if (only) return noscript.childElementCount === 1 && only.localName === 'img' && (noscript.textContent ?? '').trim() === '' ? only : null;
  const text = noscript.textContent ?? '';
  if (text.length > MAX_NOSCRIPT_CHARS || !text.trimStart().toLowerCase().startsWith('<img') || typeof DOMParser === 'undefined') return null;
  // An inert document: nothing in it runs or loads. Only the <img> itself, without children, comes into the clone.
  let body: HTMLElement;
  try {
    body = new DOMParser().parseFromString(text, 'text/html').body;
  } catch {
    // A picture is not worth the read: whatever fails here leaves the noscript as it was.
    return null;
  }
  const parsed = body.firstElementChild;
  if (!parsed || body.childElementCount !== 1 || parsed.localName !== 'img' || (body.textContent ?? '').trim() !== '') return null;
  return noscript.ownerDocument.importNode(parsed, false);
}
