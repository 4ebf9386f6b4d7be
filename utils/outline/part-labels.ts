import { packFor } from '../lang';
import { termsOf } from '../text/tokens';

/**
 * What a key phrase must be to label a part the page did not make (issue 13): a phrase that
 * tells the reader what the part is about. One word is not ("Hoạt động", "文化", the article
 * alone cannot tell a generic word from a subject), nor a bare name ("Đống Đa", "席尔霍尔茨":
 * who or where, not what), nor a piece cut from a longer phrase ("mặt còn hạn" of "mặt còn
 * hạn chế", "文化方" of "文化方面", "项研究" of "一项研究").
 */

/** Han, kana and Thai are written without spaces: the term next to a phrase is its next character. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const LETTER = /[\p{L}\p{M}\p{N}]/u;
const WORD_AFTER = /^\s+([\p{L}\p{M}\p{N}]+)/u;
/** What may stand before a word that opens a sentence: nothing, a full stop, an opening quote or bracket. */
const SENTENCE_START = /(?:^|[.!?…:;“"«„「『(\[–—-])\s*$/u;
/** An aside in brackets between a name and its verb: "席尔霍尔茨(Stephanie Schierholz)表示", "Lan (Hà Nội) cho biết". */
const ASIDE = /^\s*(?:[(（][^)）]{0,80}[)）])?\s*,?\s*/u;

/** The word that ends before `at` after white space, read backwards (a regex anchored at the end would retry from every letter). */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/u.test(text.charAt(end - 1))) end -= 1;
  if (end === at) return '';
  let start = end;
  while (start > 0 && LETTER.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start, end);
}

/** Every place the article writes `phrase` (lower case, `lower[i]` the lower-cased paragraphs) as whole words. */
function* uses(lower: readonly string[], phrase: string): Generator<{ text: string; at: number; end: number }> {
  const unspaced = UNSPACED.test(phrase);
  for (const text of lower) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      // "bridge" inside "bridges" is another word; characters of unspaced scripts have no such edge.
      if (!unspaced && (LETTER.test(text.charAt(at - 1)) || LETTER.test(text.charAt(end)))) continue;
      yield { text, at, end };
    }
  }
}

export function isOneWord(phrase: string, lang: string | null): boolean {
  const perWord = UNSPACED.test(phrase) ? Math.max(2, packFor(lang)?.termsPerWord ?? 1) : (packFor(lang)?.termsPerWord ?? 1);
  return termsOf(phrase, null).length <= perWord;
}

/**
 * A phrase every use of which has the same content word after it (or before it) is a piece of
 * a longer phrase: "mặt còn hạn" is always "mặt còn hạn chế". A stop word beside it does not
 * count ("the harbour bridge again" still has its phrase).
 */
export function isCutPiece(lower: readonly string[], phrase: string, stop: ReadonlySet<string>): boolean {
  const unspaced = UNSPACED.test(phrase);
  const after = new Set<string>();
  const before = new Set<string>();
  for (const { text, at, end } of uses(lower, phrase)) {
    const next = unspaced ? (UNSPACED.test(text.charAt(end)) ? text.charAt(end) : '') : (WORD_AFTER.exec(text.slice(end))?.[1] ?? '');
    const prev = unspaced ? (UNSPACED.test(text.charAt(at - 1)) ? text.charAt(at - 1) : '') : wordBefore(text, at);
    after.add(next === '' || stop.has(next) ? `\u0000${after.size}` : next);
    before.add(prev === '' || stop.has(prev) ? `\u0000${before.size}` : prev);
  }
  return (after.size === 1 && ![...after][0]?.startsWith('\u0000')) || (before.size === 1 && ![...before][0]?.startsWith('\u0000'));
}

/**
 * "项研究" of "一项研究" and "这项研究": in an unspaced script, a phrase that follows a number or a
 * demonstrative (the pack's numberWords and counterOpeners) in every use starts with the measure
 * word between them, so it is a piece too, though the characters before it differ.
 */
export function followsCounter(lower: readonly string[], phrase: string, lang: string | null): boolean {
  const pack = packFor(lang);
  if (!pack || pack.counterOpeners.length === 0 || !UNSPACED.test(phrase)) return false;
  const openers = new Set([...pack.counterOpeners, ...pack.numberWords]);
  let seen = 0;
  for (const { text, at } of uses(lower, phrase)) {
    if (!openers.has(text.charAt(at - 1))) return false;
    seen += 1;
  }
  return seen > 0;
}

/**
 * A name: where the script has capitals, every use inside a sentence is capitalised ("Đống
 * Đa", "Ban Thường vụ"); in any script, the article makes it the speaker of a speech verb
 * ("席尔霍尔茨(…)表示", "Warren said").
 */
export function isBareName(texts: readonly string[], lower: readonly string[], phrase: string, lang: string | null): boolean {
  const verbs = packFor(lang)?.speechVerbs ?? [];
  const cased = phrase.toLocaleUpperCase() !== phrase;
  let inside = 0;
  let capitalised = 0;
  for (let i = 0; i < lower.length; i++) {
    const text = texts[i] ?? '';
    const low = lower[i] ?? '';
    // toLowerCase keeps the length of every Latin, Cyrillic, Greek and Vietnamese text; where it does not, case is not read.
    const sameLength = text.length === low.length;
    for (const { at, end } of uses([low], phrase)) {
      const rest = low.slice(end).replace(ASIDE, '');
      if (verbs.some((verb) => rest.startsWith(verb) && (UNSPACED.test(verb) || !LETTER.test(rest.charAt(verb.length))))) return true;
      if (!cased || !sameLength || SENTENCE_START.test(text.slice(0, at))) continue;
      inside += 1;
      const first = text.charAt(at);
      if (first !== first.toLocaleLowerCase()) capitalised += 1;
    }
  }
  return inside > 0 && capitalised === inside;
}
