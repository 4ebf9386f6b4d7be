import type { BodyPassContext } from './body-passes';
import { listBlockElements } from './blocks';
import { shortText } from './bounded-text';

/**
 * The reading view prints the title and byline in its own header, so the same lines at the
 * top of the body are echoes: the article's h1 kept by Readability (seen on RTL and CJK
 * pages), or a "By Jane Doe" line when the metadata already names Jane Doe.
 */
const LOOK_AT_FIRST = 3;
const BYLINE_MAX_CHARS = 80;
/** "By" in the languages whose bylines we meet; the name must follow. */
const BY_PREFIX = /^(?:by|from|por|par|von|di|door|av|af|bởi|tác giả)[\s:]+\p{Lu}/iu;

const fold = (text: string): string => text.normalize('NFC').toLocaleLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();

/** The title again, as a heading or as a plain line (a CMS that sets its headline in a p or div). */
function isTitleEcho(text: string, ctx: BodyPassContext): boolean {
  return ctx.title !== '' && text.length <= ctx.title.length * 2 && fold(text) === fold(ctx.title);
}

/**
 * The dateline printed under the echoed title ("Published 3 hours ago", "Publié le 12 mars
 * 2024 à 10h00"): the reading view prints the date in its header. Right after the echo, a
 * short line with a number and no sentence end is that dateline, in any language.
 */
const DATELINE_MAX_CHARS = 80;
function isDatelineAfterEcho(text: string): boolean {
  return text.length <= DATELINE_MAX_CHARS && /\p{Nd}/u.test(text) && !/[.!?。]$/u.test(text);
}

function isBylineEcho(text: string, ctx: BodyPassContext): boolean {
  if (text.length > BYLINE_MAX_CHARS || /[.!?。]$/u.test(text)) return false;
  const folded = fold(text);
  const named = ctx.knownBylines.some((name) => name !== '' && folded.includes(fold(name)));
  return named && (BY_PREFIX.test(text) || ctx.knownBylines.some((name) => fold(name) === folded));
}

/** The element after `el` that shows text: the dateline may sit in a div, which is no block. */
function nextWithText(el: Element): Element | null {
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) if (shortText(next, 0) !== '') return next;
  return null;
}

export function removeHeaderEchoes(root: Element, ctx: BodyPassContext): void {
  for (const el of listBlockElements(root).slice(0, LOOK_AT_FIRST)) {
    const text = shortText(el, BYLINE_MAX_CHARS * 4);
    if (text === null) continue;
    if (isTitleEcho(text, ctx)) {
      const next = nextWithText(el);
      const nextText = next ? shortText(next, DATELINE_MAX_CHARS) : null;
      if (next && nextText !== null && isDatelineAfterEcho(nextText)) next.remove();
      el.remove();
    } else if (isBylineEcho(text, ctx)) el.remove();
  }
}
