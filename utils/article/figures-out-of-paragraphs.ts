import type { BodyPassContext } from './body-passes';

/**
 * A figure set inside a paragraph ("<p><figure><img>…<figcaption>…</figcaption></figure></p>":
 * pages wrap a picture in a p, and the caption passes make it a figure where it stands). The
 * DOM holds it, but HTML cannot: the view parses the article's HTML again, and the parser
 * closes the paragraph before the figure, leaving an empty paragraph (a blank line) on each
 * side of the picture. The paragraph is parted around the figure here, as the parser would,
 * without the empty halves.
 */
export function liftFiguresOutOfParagraphs(root: Element, _ctx: BodyPassContext): void {
  for (const figure of root.querySelectorAll('p > figure')) {
    const paragraph = figure.parentElement;
    if (!paragraph || !root.contains(paragraph)) continue;
    const rest = paragraph.cloneNode(false) as Element;
    while (figure.nextSibling) rest.append(figure.nextSibling);
    paragraph.after(figure);
    figure.after(rest);
    for (const half of [paragraph, rest]) if (isEmptyParagraph(half)) half.remove();
  }
}

function isEmptyParagraph(el: Element): boolean {
  return el.firstElementChild === null && (el.textContent ?? '').trim() === '';
}
