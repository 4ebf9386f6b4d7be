import type { BodyPassContext } from './body-passes';
import { listBlockElements } from './block-elements';
import { hasVisibleText } from './bounded-text';

/**
 * A heading with nothing after it announces a section that is not there: the list of links,
 * the comments or the video it named was left behind by Readability or taken by an earlier
 * pass ("More on this story", "Comments (12)", "Photos"). In any language it is furniture
 * once it closes the body. A picture, a video or a table after it is its section.
 */
const HEADING = /^H[1-6]$/u;
const SECTION_CONTENT = 'img, picture, video, audio, iframe, svg, table, figure, object, embed';

function showsSomething(el: Element): boolean {
  return hasVisibleText(el) || el.matches(SECTION_CONTENT) || el.querySelector(SECTION_CONTENT) !== null;
}

/** Nothing shown after `el` up to the body root. */
function closesBody(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) if (showsSomething(next)) return false;
  }
  return true;
}

export function removeTrailingHeadings(root: Element, _ctx: BodyPassContext): void {
  const blocks = listBlockElements(root).filter((el) => hasVisibleText(el));
  // A heading and its sub-heading may both be left empty ("Related" › "Elsewhere"); the story's blocks stay.
  for (let i = blocks.length - 1; i > 0; i--) {
    const el = blocks[i];
    if (!el || !HEADING.test(el.tagName) || !closesBody(el, root)) break;
    el.remove();
  }
}
