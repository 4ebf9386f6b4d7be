import type { BodyPassContext } from './body-passes';

/**
 * Images that show nothing: the spacer GIFs older layouts set between cells (5×8, 10×1) and
 * the one-pixel counters. Left in, each was an empty paragraph of the reading view, and four
 * of them made a short story look like a gallery of pictures. A decorative rule (464×2) goes
 * too. Only sizes the page states are read: an image without them may be a photo, and a stated
 * 0 is no size (a CMS's "auto": 570×0 is a photo).
 */
const MAX_SPACER_SIDE = 10;
const MAX_RULE_SIDE = 2;

/** A width or height the element states in pixels ("20", "20px"); null when absent, relative or 0. */
export function statedSide(img: Element, name: 'width' | 'height'): number | null {
  const value = img.getAttribute(name);
  if (value === null || !/^\s*\d+(?:\.\d+)?(?:px)?\s*$/u.test(value)) return null;
  const side = Number.parseFloat(value);
  return side > 0 ? side : null;
}

export function isSpacerImage(img: Element): boolean {
  const width = statedSide(img, 'width');
  const height = statedSide(img, 'height');
  if (width === null || height === null) return false;
  return (width <= MAX_SPACER_SIDE && height <= MAX_SPACER_SIDE) || Math.min(width, height) <= MAX_RULE_SIDE;
}

/** Body pass: removes the images that only hold space. */
export function removeSpacerImages(root: Element, _ctx: BodyPassContext): void {
  for (const img of root.querySelectorAll('img')) if (isSpacerImage(img)) img.remove();
}
