import { allLanguages } from '../lang';
import { pitchWordsIn } from '../lang/pitch-words';
import { FoldedPattern } from '../text/case-fold';
import { escapeRegExp } from '../text/escape-regexp';
import { normalizeSpace, words } from '../text/segment';
import { endsLikeSentence } from '../text/sentences';
import { opensWithBylinePrefix } from './byline-names';
import { shortText } from './bounded-text';
import { writerLinkSelector } from './writer-links';

/**
 * A line closing the body that sends the reader elsewhere on the site: a lone link to a section
 * ("Business", "Sci. & Tech.", "Next page >"), an invitation to the site's forums or newsletter
 * that ends in its link ("Have your say on the latest news in our Forums", "Receive our free
 * E-Newsletter"), a call to subscribe that ends in an exclamation mark where its form was
 * ("… with the BuzzFeed Daily newsletter!"), a pointer that ends in "click here" or "bấm vào đây". Readability keeps them
 * when they share the story's container. The story says what it says before them: in any
 * language they are told by ending in a link, by their shape or by the packs' words.
 */
const MAX_POINTER_CHARS = 160;
/** A section's name, or the site's name in a way out ("More Football News from TEAMtalk"); past four words, never a sentence. */
const MAX_SECTION_LINK_WORDS = 6;
const MAX_NAME_WORDS = 4;
/** Blocks that hold a line of their own; a list item or a cell belongs to a list or a table. */
const LINE_BLOCKS = new Set(['P', 'DIV', 'CENTER']);

const OPENS_DISCUSSION = new FoldedPattern(`^(?:${allLanguages('commentOpeners').map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
const POINTER_PHRASES = allLanguages('pointerPhrases').map(escapeRegExp).join('|');
/** The pointer's words, then at most the one word its link is set on ("bấm vào <a>đây</a>"). */
const ENDS_IN_POINTER = new FoldedPattern(`(?:^|[^\\p{L}])(?:${POINTER_PHRASES})(?: [^ ]+)?$`, 'u');
/** A link that opens with the pointer's words ("Interesting? <a>Click here to explore further</a>"). */
const OPENS_WITH_POINTER = new FoldedPattern(`^(?:${POINTER_PHRASES})(?![\\p{L}])`, 'u');
/** A link's text that is an address the story gives: it stays. */
const ADDRESS = /:\/\/|www\.|@/u;
/** Marks and spaces closing a line ("Next page >", "… here."). The lookbehind starts the run once (regex-safety). */
const CLOSING_MARKS = /(?<![\p{P}\p{S}\s])[\p{P}\p{S}\s]+$/u;

/** A line that ends in an exclamation mark (the full-width one too). */
const EXCLAIMS = /[!！]$/u;

const bare = (text: string): string => normalizeSpace(text).replace(CLOSING_MARKS, '');

/** The block's last link, when nothing but marks follows it; null otherwise. */
function closingLink(el: Element, text: string): Element | null {
  const links = Array.from(el.querySelectorAll('a'));
  const last = links.at(-1);
  if (!last) return null;
  // A link with no address is a script's (Readability drops "javascript:" addresses); one to this page's anchor is a footnote's or a table of contents'.
  const href = last.getAttribute('href');
  const linkText = bare(last.textContent ?? '');
  if (href === '' || href?.startsWith('#') === true || linkText === '' || last.querySelector('img') !== null) return null;
  return text.endsWith(linkText) ? last : null;
}

/** The link is the whole line, a section's name of a few words. */
function isSectionLink(link: Element, text: string, lang: string | null): boolean {
  if (bare(link.textContent ?? '') !== text || ADDRESS.test(text) || /\p{Nd}/u.test(text)) return false;
  const count = words(text, lang).length;
  return count <= MAX_NAME_WORDS || (count <= MAX_SECTION_LINK_WORDS && !endsLikeSentence(normalizeSpace(link.textContent ?? '')));
}

/** Whether `el`, a block closing the body, is such a line. A byline linked to its writer's page signs the story. */
export function isClosingPointer(el: Element, lang: string | null): boolean {
  if (!LINE_BLOCKS.has(el.tagName)) return false;
  // Read with a bound: the body's last block may be a paragraph of a million characters.
  const line = normalizeSpace(shortText(el, MAX_POINTER_CHARS) ?? '');
  const text = bare(line);
  // "(Condensed from “Spiritual Partnership”. To read more, please CLICK HERE)": a note in parentheses is the editor's, about the text's source.
  if (text === '' || text.length > MAX_POINTER_CHARS || /^[(（[]/u.test(text) || opensWithBylinePrefix(text, lang) || el.querySelector(writerLinkSelector()) !== null) return false;
  const link = closingLink(el, text);
  // "Keep up with the latest daily buzz with the BuzzFeed Daily newsletter!": a call to subscribe whose form is gone, told by its exclamation.
  if (!link) return EXCLAIMS.test(line) && pitchWordsIn(text).length > 0;
  return isSectionLink(link, text, lang) || OPENS_DISCUSSION.test(text) || ENDS_IN_POINTER.test(text) || OPENS_WITH_POINTER.test(bare(link.textContent ?? '')) || pitchWordsIn(text).length > 0;
}
