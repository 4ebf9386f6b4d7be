import type { BodyPassContext } from './body-passes';
import { firstBlockElements, isCaptionElement } from './block-elements';
import { shortText } from './bounded-text';
import { opensWithBylinePrefix } from './byline-names';
import { isTitleEcho } from './header-echoes';
import { linkedChars } from './link-share';
import { words } from '../text/segment';

/**
 * The page's furniture that Readability kept above the story's own headline: a section's name
 * ("Local Sport"), a box's label ("EDITOR'S CHOICE", "VOTE") and the box's links, then the
 * headline the header already shows. The headline is where the story starts, so what stands
 * above it goes when every line of it is furniture: a link, a line mostly of links, or a label
 * of a few words without a figure. A byline, a dateline or a sentence there is the story's
 * header or its start, and leaves the body as it is (header-echoes.ts reads those lines).
 * Pictures and their captions stay; a box's thumbnails go with its links.
 */
const MAX_LINES_ABOVE = 8;
const MAX_LABEL_WORDS = 3;
const MAX_LINE_CHARS = 600;
const MIN_LINK_SHARE = 0.5;

/** A label of a few words with no figure in it (a date, a time, a count is the story's header) that signs nothing, or a line mostly of links. */
function isFurnitureLine(el: Element, text: string, lang: string | null): boolean {
  // "By <a>Kevin Affleck</a>": a byline linked to its writer's page still signs the story.
  if (opensWithBylinePrefix(text, lang)) return false;
  if (linkedChars(el) >= text.length * MIN_LINK_SHARE) return true;
  return !/\p{Nd}/u.test(text) && words(text, lang).length <= MAX_LABEL_WORDS;
}

/** Body pass: the furniture lines above the headline's echo leave; the echo itself is header-echoes.ts's to take. */
export function removeFurnitureAboveHeadline(root: Element, ctx: BodyPassContext): void {
  if (ctx.title === '') return;
  const above: Element[] = [];
  for (const el of firstBlockElements(root, MAX_LINES_ABOVE + 1)) {
    const text = shortText(el, MAX_LINE_CHARS);
    if (text === null) return;
    // A picture's empty paragraph and a caption are the lead picture's, above the headline or not.
    if (text === '' || isCaptionElement(el)) continue;
    if (isTitleEcho(text, ctx)) {
      for (const line of above) line.remove();
      return;
    }
    if (!isFurnitureLine(el, text, ctx.lang)) return;
    above.push(el);
  }
}
