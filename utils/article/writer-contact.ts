import type { BodyPassContext } from './body-passes';
import { listBlockElements } from './block-elements';
import { shortText } from './bounded-text';
import { words } from '../text/segment';
import { foldWord } from '../text/tokens';

/**
 * The writer's address printed with the story: "Write to Siobhan Gorman at siobhan.gorman@wsj.com",
 * "Jayda Evans: 206-464-2067 or jevans@seattletimes.com", or the address alone ("rhuff@nydailynews.com").
 * The header names the writer; the line is a way to reach them, not a line of the story. Known in
 * any language by an e-mail address and the name of a writer the page signs with, in the line's
 * words or in the address itself ("rhuff@…" under Richard Huff's story): the words around it ("can
 * be reached at", "Liên hệ") are not read, and an address the story gives ("For tickets, write to
 * box@theatre.org", "let's talk: pippin@…") stays.
 */

/** Only the body's edges hold it: under the byline, or after the last paragraph. */
const EDGE_BLOCKS = 4;
const MAX_LINE_CHARS = 160;

/** A word that is an address: something, "@", a domain with a dot. Read word by word, so no pattern scans a long text. */
const EMAIL = /^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$/u;
/** What a phone number is written with: "206-464-2067", "(504) 826-3393", "+84 24 3825 2222". */
const PHONE_PART = /^[+(]?\d[\d().-]*$/u;
/** Punctuation around a word: "(jevans@seattletimes.com).", "Evans:". The lookbehind starts the trailing run once (regex-safety). */
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|(?<![\p{P}\p{S}])[\p{P}\p{S}]+$/gu;

/** The line's words: its addresses, and what it says besides them and its phone numbers; null when it gives no address. */
function contactParts(text: string): { addresses: string[]; rest: string } | null {
  const words = text.split(' ').map((word) => word.replace(EDGE_PUNCTUATION, '')).filter((word) => word !== '');
  const addresses = words.filter((word) => EMAIL.test(word));
  if (addresses.length === 0) return null;
  return { addresses, rest: words.filter((word) => !EMAIL.test(word) && !PHONE_PART.test(word)).join(' ') };
}

/** An address's or a name's letters only, lower case: "j.o-brien" → "jobrien". */
const lettersOf = (text: string): string => foldWord(text).replace(/[^\p{L}]/gu, '');

/** A name's words, letters only: "Richard Huff" → ["richard", "huff"], "Jo O'Brien" → ["jo", "obrien"]. */
const nameParts = (name: string): string[] => words(name, null).map(lettersOf).filter((part) => part !== '');

/**
 * An address made of the writer's name, as newsrooms make them: "rhuff@" or "richard.huff@" for
 * Richard Huff, "huff@". A given name alone ("richard@") is no sign: anyone may write under it.
 */
function addressNames(address: string, name: string): boolean {
  const local = lettersOf(address.slice(0, address.indexOf('@')));
  const parts = nameParts(name);
  const family = parts[parts.length - 1];
  const given = parts[0];
  if (!family || !given || parts.length < 2) return false;
  return [family, `${given.charAt(0)}${family}`, `${given}${family}`].includes(local);
}

const LATIN = /\p{Script=Latin}/u;

function isWriterContact(text: string, writers: readonly string[]): boolean {
  if (text.length > MAX_LINE_CHARS || !text.includes('@')) return false;
  const parts = contactParts(text);
  if (!parts) return false;
  const rest = foldWord(parts.rest);
  // "hong@yna.co.kr" alone under 홍길동's story: an address spells a name only in Latin letters, so under a
  // writer named in another script the address alone is theirs, as Korean and Chinese papers print it.
  if (parts.rest === '' && writers.some((name) => name !== '' && !LATIN.test(name))) return true;
  return writers.some((name) => nameParts(name).length >= 2 && (rest.includes(foldWord(name)) || parts.addresses.some((address) => addressNames(address, name))));
}

export function removeWriterContacts(root: Element, ctx: BodyPassContext): void {
  const blocks = listBlockElements(root).filter((el) => shortText(el, 0) !== '');
  // A body of a few lines is all edge: the line may be all the page says.
  if (blocks.length <= EDGE_BLOCKS) return;
  const writers = [...ctx.knownBylines, ...ctx.bylines, ...(ctx.lineBylines ?? [])];
  if (writers.length === 0) return;
  for (const block of new Set([...blocks.slice(0, EDGE_BLOCKS), ...blocks.slice(-EDGE_BLOCKS)])) {
    const text = shortText(block, MAX_LINE_CHARS);
    if (text && isWriterContact(text, writers)) block.remove();
  }
}
