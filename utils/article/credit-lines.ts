import type { BodyPassContext } from './body-passes';
import { hasVisibleText, shortText } from './bounded-text';
import { CREDIT_ATTR, placeUnder } from './captions';
import { isOtherCreditLine } from './byline-credits';

/**
 * A picture's credit on a line of its own, with no caption: "(Credit: Apple)" in a span after a
 * CNET picture, "Ảnh: Hoàng Hà" or "图：新华社" in the paragraph under one. Written so, it is the
 * credit of the picture just before it and goes under that picture as its credit; one with no
 * picture before it is a credit left behind, which the boilerplate pass takes out.
 */

/** A credit line is a label and a name or two (isOtherCreditLine reads at most 40 characters after the label). */
const MAX_CREDIT_LINE_CHARS = 60;
/** Steps up from the line while it is all its wrapper holds ("<div><p>Ảnh: …</p></div>"). */
const MAX_CLIMB = 2;
/** A block of one picture carries a few words of its own at most. */
const MAX_PICTURE_BLOCK_CHARS = 40;

/** The one picture an element is or holds, when it holds little text besides. */
function onlyPicture(el: Element): Element | null {
  if (el.localName === 'img') return el;
  const images = el.querySelectorAll('img');
  if (images.length !== 1 || el.querySelector('figcaption')) return null;
  return shortText(el, MAX_PICTURE_BLOCK_CHARS) === null ? null : (images[0] ?? null);
}

/** The previous sibling that shows something: text, or a picture. */
function previousShown(el: Element): Element | null {
  let sibling = el.previousElementSibling;
  while (sibling && sibling.localName !== 'img' && !hasVisibleText(sibling) && !sibling.querySelector('img')) sibling = sibling.previousElementSibling;
  return sibling;
}

/** The picture right before the line, or before the wrappers that hold nothing but the line. */
function pictureBefore(line: Element, root: Element): Element | null {
  let current = line;
  for (let depth = 0; depth <= MAX_CLIMB && current !== root; depth++) {
    const before = previousShown(current);
    if (before) return onlyPicture(before);
    const parent = current.parentElement;
    if (!parent || parent === root || shortText(parent, MAX_CREDIT_LINE_CHARS) !== shortText(line, MAX_CREDIT_LINE_CHARS)) return null;
    current = parent;
  }
  return null;
}

/** "(Credit: Apple)" → "Credit: Apple": the brackets set the line apart in the page; under the picture, the credit is apart already. */
function withoutBrackets(text: string): string {
  return /^[(（[].*[)）\]]$/u.test(text) ? text.slice(1, -1).trim() : text;
}

/** Body pass, after normalizeCaptions: each credit line right after an uncaptioned picture becomes that picture's credit. */
export function placeCreditLines(root: Element, _ctx: BodyPassContext): void {
  const doc = root.ownerDocument;
  for (const line of Array.from(root.querySelectorAll('p, div, span'))) {
    if (!root.contains(line) || line.closest('figcaption, figure') || line.querySelector('img, picture, video, figure, p, div')) continue;
    const text = shortText(line, MAX_CREDIT_LINE_CHARS);
    if (!text || !isOtherCreditLine(text)) continue;
    const picture = pictureBefore(line, root);
    if (!picture || picture.closest('figure')?.querySelector('figcaption')) continue;
    const credit = doc.createElement('span');
    credit.setAttribute(CREDIT_ATTR, '');
    credit.textContent = withoutBrackets(text);
    line.replaceChildren(credit);
    placeUnder(doc, picture, line, root);
  }
}
