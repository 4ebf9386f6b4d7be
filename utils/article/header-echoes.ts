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

function isTitleEcho(el: Element, text: string, ctx: BodyPassContext): boolean {
  return /^H[1-6]$/u.test(el.tagName.toUpperCase()) && ctx.title !== '' && fold(text) === fold(ctx.title);
}

function isBylineEcho(text: string, ctx: BodyPassContext): boolean {
  if (text.length > BYLINE_MAX_CHARS || /[.!?。]$/u.test(text)) return false;
  const folded = fold(text);
  const named = ctx.knownBylines.some((name) => name !== '' && folded.includes(fold(name)));
  return named && (BY_PREFIX.test(text) || ctx.knownBylines.some((name) => fold(name) === folded));
}

export function removeHeaderEchoes(root: Element, ctx: BodyPassContext): void {
  for (const el of listBlockElements(root).slice(0, LOOK_AT_FIRST)) {
    const text = shortText(el, BYLINE_MAX_CHARS * 4);
    if (text !== null && (isTitleEcho(el, text, ctx) || isBylineEcho(text, ctx))) el.remove();
  }
}
