import type { BodyPassContext } from './body-passes';
import { shortText } from './bounded-text';
import { CREDIT_ATTR, placeUnder, uncaptionedImageBefore } from './captions';
import { isOtherCreditLine } from './byline-credits';

/**
 * A picture's credit on a line of its own, with no caption: "(Credit: Apple)" in a span after a
 * CNET picture, "Ảnh: Hoàng Hà" or "图：新华社" in the paragraph under one. Written so, it is the
 * credit of the picture just before it and goes under that picture as its credit; one with no
 * picture before it is a credit left behind, which the boilerplate pass takes out.
 */

/** A credit line is a label and a name or two (isOtherCreditLine reads at most 40 characters after the label). */
const MAX_CREDIT_LINE_CHARS = 60;

/**
 * The uncaptioned picture right before the line: the picture element itself as the line's
 * sibling (`<img> <span>(Credit: Apple)</span>`, which the block walk of uncaptionedImageBefore
 * steps over, having no text), else the one picture of the block before it.
 */
function pictureBefore(line: Element, root: Element): Element | null {
  const sibling = line.previousElementSibling;
  if (sibling?.localName === 'img') return sibling.closest('figure')?.querySelector('figcaption') ? null : sibling;
  return uncaptionedImageBefore(line, root);
}

/** "(Credit: Apple)" → "Credit: Apple": the brackets set the line apart in the page; under the picture, the credit is apart already. */
function withoutBrackets(text: string): string {
  return /^[(（[].*[)）\]]$/u.test(text) ? text.slice(1, -1).trim() : text;
}

function asCredit(doc: Document, line: Element, text: string): void {
  const credit = doc.createElement('span');
  credit.setAttribute(CREDIT_ATTR, '');
  credit.textContent = withoutBrackets(text);
  line.replaceChildren(credit);
}

/**
 * `<figure><img><cite>Getty Images</cite></figure>`: a figure with no caption names where its
 * picture comes from in a `cite`; it is the picture's credit, not a line of the story (nor, in the
 * outline, a section's heading).
 */
function placeFigureCites(root: Element, doc: Document): void {
  for (const cite of Array.from(root.querySelectorAll('figure cite'))) {
    const figure = cite.closest('figure');
    const picture = figure?.querySelector('img');
    if (!figure || !picture || figure.querySelector('figcaption')) continue;
    const text = shortText(cite, MAX_CREDIT_LINE_CHARS);
    if (!text) continue;
    asCredit(doc, cite, text);
    placeUnder(doc, picture, cite, root);
  }
}

/** Body pass, after normalizeCaptions: each credit line right after an uncaptioned picture becomes that picture's credit. */
export function placeCreditLines(root: Element, _ctx: BodyPassContext): void {
  const doc = root.ownerDocument;
  placeFigureCites(root, doc);
  for (const line of Array.from(root.querySelectorAll('p, div, span'))) {
    if (!root.contains(line) || line.closest('figcaption, figure') || line.querySelector('img, picture, video, figure, p, div')) continue;
    const text = shortText(line, MAX_CREDIT_LINE_CHARS);
    if (!text || !isOtherCreditLine(text)) continue;
    const picture = pictureBefore(line, root);
    if (!picture) continue;
    asCredit(doc, line, text);
    placeUnder(doc, picture, line, root);
  }
}
