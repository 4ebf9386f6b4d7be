import { segmenterFor } from './segmenter';

/**
 * Fast word tokens for the outline. Intl.Segmenter's word mode costs 30–60 ms per
 * 10,000 words in V8 even paragraph by paragraph (and grows quadratically on one long
 * string, since every segment object carries the whole input), which alone would break
 * the outline's 50 ms budget. Scripts that separate words with spaces (Latin, Vietnamese
 * syllables, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Hangul…) are cut by a Unicode
 * letter regex, which is what the segmenter does for them anyway; only runs of scripts
 * written without spaces (Han, Kana, Thai, Lao, Khmer, Myanmar) go through Intl.Segmenter.
 */
const NO_SPACE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー々]+/u;
/** A letter or digit run; apostrophes inside keep "don't" and "l'homme" whole. */
const SPACED_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;
const TOKEN = new RegExp(`${NO_SPACE_RUN.source}|${SPACED_WORD.source}`, 'gu');

/** Word tokens as written (case kept), in order. */
export function wordTokens(text: string, lang: string | null): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    if (NO_SPACE_RUN.test(token[0] ?? '')) {
      // Every piece of such a run is a word: it holds letters only. Firefox's segmenter (ICU4X)
      // marks some dictionary words as not word-like ("個人", "無線", "さ"), which dropped them.
      for (const part of segmenterFor(lang, 'word').segment(token)) out.push(part.segment);
    } else {
      out.push(token);
    }
  }
  return out;
}

/** The form a word is compared in: NFC, lower case. Diacritics stay: in Vietnamese "bàn" and "bạn" are different words. */
export function foldWord(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/** Folded word tokens; the text is folded once, not word by word (per-word normalize() was a third of the outline's time). */
export function termsOf(text: string, lang: string | null): string[] {
  return wordTokens(foldWord(text), lang);
}

/** The language subtag of a BCP 47 tag: "vi-VN" → "vi". */
export function baseLanguage(lang: string | null): string | null {
  if (!lang) return null;
  const base = lang.toLowerCase().split(/[-_]/u)[0];
  return base ? base : null;
}
