import { packFor, perPack } from '../lang';

/**
 * Stop words, from each language's pack (utils/lang): the function words that say nothing
 * about what an article is about, for the outline's scoring.
 */
const stopWordSet = perPack((pack): ReadonlySet<string> => new Set(pack.stopWords));
const NONE: ReadonlySet<string> = new Set();

/** The stop words of a language; an empty set for a language we have no list for. */
export function stopWordsFor(lang: string | null): ReadonlySet<string> {
  const pack = packFor(lang);
  return pack ? stopWordSet(pack) : NONE;
}

const CJK_START = 0x2e80;

function isDigits(term: string): boolean {
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

const HIRAGANA_FIRST = 0x3041;
const HIRAGANA_LAST = 0x309f;

/**
 * A run of hiragana, a term of its own (utils/text/tokens.ts): in Japanese news it writes the
 * grammar (particles, endings: "について", "された"); the content is in kanji and katakana.
 */
function isHiragana(term: string): boolean {
  const code = term.charCodeAt(0);
  return code >= HIRAGANA_FIRST && code <= HIRAGANA_LAST;
}

/**
 * Content words: folded terms that are neither stop words nor bare numbers nor single
 * letters (a single CJK character is a word). Char codes, not a regex per term: this runs
 * on every word of the article.
 */
export function contentTerms(terms: readonly string[], stop: ReadonlySet<string>): string[] {
  return terms.filter((term) => !stop.has(term) && !isDigits(term) && !isHiragana(term) && (term.length > 1 || term.charCodeAt(0) >= CJK_START));
}

/** A stem and its clitic after an apostrophe: "he’d", "i'm", "they’ll", "we're", "you've", "didn’t". */
const CLITIC = /^(.+?)(n['’]t|['’](?:d|m|s|ll|re|ve|t))$/u;

/**
 * A stop word with its clitic ("he’d", "it's", "i'm") or a verb's negation ("didn’t", "can't")
 * says no more than the stop word: a topic's label was "He’d tell" and "Whether I’m". A noun's
 * possessive ("obama’s") stays a content word.
 */
export function isContractedStopWord(term: string, stop: ReadonlySet<string>): boolean {
  if (!term.includes("'") && !term.includes('’')) return false;
  const [, stem = '', clitic = ''] = CLITIC.exec(term) ?? [];
  return clitic.startsWith('n') || (clitic !== '' && stop.has(stem));
}
