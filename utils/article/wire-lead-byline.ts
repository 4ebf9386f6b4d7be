import type { BodyPassContext } from './body-passes';
import { listBlockElements } from './block-elements';
import { normalizeSpace } from '../text/segment';
import { isCreditLine } from './byline-credits';
import { stripPrefixes } from './byline-names';

/**
 * Korean and Japanese stories open with where they were filed and who filed them, in brackets
 * before the first sentence: "(서울=연합뉴스) 홍길동 기자 = 정부는 …" (place = agency, then the
 * reporter and their title), "【ワシントン=山田太郎】米政府は …" (place = reporter). The pages often
 * mark no author elsewhere; the opening names one. The text stays: it is the story's first line
 * as the paper prints it.
 */

/** Only the story's first paragraphs can open so; a bracket further down is a quotation's or a list's. */
const LOOK_AT_FIRST = 2;
/** The bracket and what follows it: a place and a name or an agency are a few characters each. */
const HEAD_CHARS = 80;

/** "(서울=연합뉴스)", "[서울=뉴시스]": the place and the agency in brackets. */
const KOREAN_BRACKET = String.raw`[(（[]\s?[^=＝()（）[\]]{1,15}\s?[=＝]\s?[^()（）[\]]{1,20}\s?[)）\]]`;
/** The name and its title after the bracket, closed by "=": "홍길동 기자 =". */
const KOREAN_REPORTER = String.raw`\s?([^=＝\s][^=＝]{0,20}?)\s?[=＝]`;
/** "(서울=연합뉴스) 홍길동 기자 =": the name and its title after the bracket. */
const KOREAN_WIRE = new RegExp(`^${KOREAN_BRACKET}${KOREAN_REPORTER}`, 'u');
/** "【ワシントン=山田太郎】", "【ロンドン=共同】": the name or agency after the place, inside the lenticular brackets. */
const JAPANESE_WIRE = /^【[^【】=＝]{1,15}[=＝]([^【】=＝]{1,20})】/u;
/** Either opening whole, the Korean reporter optional ("(서울=연합뉴스) 정부는 …"), with the space after it. */
const WIRE_OPENING = new RegExp(`^(?:${KOREAN_BRACKET}(?:${KOREAN_REPORTER})?|${JAPANESE_WIRE.source.slice(1)})\\s?`, 'u');

/** The text after a Korean or Japanese wire opening; the text itself when it has none. */
export function withoutWireOpening(text: string): string {
  const opening = WIRE_OPENING.exec(text);
  return opening ? text.slice(opening[0].length) : text;
}

/** A name as these leads write it: a few characters of Hangul, Han or kana, or capitalised words. */
const LEAD_NAME = /^(?:[\p{Script=Hangul}\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,8}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})$/u;

/** The reporter or agency the opening names, or null. */
export function wireLeadByline(text: string, lang: string | null): string | null {
  const head = normalizeSpace(text.slice(0, HEAD_CHARS));
  const korean = KOREAN_WIRE.exec(head);
  if (korean?.[1]) {
    // The title after the name ("기자", "특파원") is the page's pack's: only on pages in that language.
    const name = stripPrefixes(korean[1], lang);
    return name !== korean[1].trim() && LEAD_NAME.test(name) ? name : null;
  }
  const japanese = JAPANESE_WIRE.exec(head)?.[1]?.trim();
  if (!japanese) return null;
  const name = stripPrefixes(japanese, lang);
  return LEAD_NAME.test(name) || isCreditLine(name) ? name : null;
}

/** Body pass: the name a Korean or Japanese opening gives, when nothing before it in the body signed the story. */
export function readWireLeadByline(root: Element, ctx: BodyPassContext): void {
  if (ctx.bylines.length > 0) return;
  for (const block of listBlockElements(root).slice(0, LOOK_AT_FIRST)) {
    const name = wireLeadByline(block.textContent ?? '', ctx.lang);
    if (name) {
      ctx.bylines.push(name);
      return;
    }
  }
}
