import { segmenterFor } from './segmenter';
import { NEVER_OVER, runToEnd, type SliceOver } from '../steps';

/**
 * Fast word tokens for the outline. Intl.Segmenter's word mode costs 30–60 ms per
 * 10,000 words in V8 even paragraph by paragraph (and grows quadratically on one long
 * string, since every segment object carries the whole input), which alone would break
 * the outline's 50 ms budget. Scripts that separate words with spaces (Latin, Vietnamese
 * syllables, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Hangul…) are cut by a Unicode
 * letter regex, which is what the segmenter does for them anyway; only runs of scripts
 * written without spaces (Han, Kana, Thai, Lao, Khmer, Myanmar) go through Intl.Segmenter.
 */
export const NO_SPACE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー々]+/u;
/** A letter or digit run; apostrophes inside keep "don't" and "l'homme" whole. */
const SPACED_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;
const TOKEN = new RegExp(`${NO_SPACE_RUN.source}|${SPACED_WORD.source}`, 'gu');
const NO_SPACE_RUNS = new RegExp(NO_SPACE_RUN.source, 'gu');

/**
 * The text with spaces around each run of a script written without them, so that a Latin word
 * or a figure written against it ("DeepMind表示", "5G技术") is a token of its own, not one run
 * with the Chinese after it (letters of every script are \p{L}). Text without such runs comes
 * back as it is, with no copy.
 */
function spacedRuns(text: string): string {
  return UNSPACED_BLOCKS.test(text) ? text.replace(NO_SPACE_RUNS, ' $& ') : text;
}

/**
 * The Unicode blocks that hold every character of NO_SPACE_RUN (Thai, Lao, Myanmar, Khmer, CJK and
 * kana, compatibility ideographs, half-width katakana, the supplementary ideographs). A test of plain
 * ranges is several times cheaper than one of script properties, and most texts have none of them.
 */
export const UNSPACED_BLOCKS = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\u2E80-\u9FFF\uA9E0-\uA9FF\uAA60-\uAA7F\uF900-\uFAFF\uFF66-\uFF9F\u{116D0}-\u{116FF}\u{16FE0}-\u{16FFF}\u{1AFF0}-\u{1B16F}\u{1F200}-\u{1F2FF}\u{20000}-\u{3FFFF}]/u;

/** Whether a token's first character may open a run of a script written without spaces. */
function mayOpenUnspacedRun(ch: string): boolean {
  return UNSPACED_BLOCKS.test(ch) && NO_SPACE_RUN.test(ch);
}

/**
 * The longest run handed to Intl.Segmenter in one call. Breaking a run without spaces into words
 * costs more than linear time, all of it on the first step of the iterator (Firefox ESR, Thai:
 * 1,000 characters 6 ms, 4,000 25 ms, 8,000 180 ms, 16,000 over 300 ms), so one long unspaced
 * run (tests/e2e/pages/hostile-layout.ts "thai-run") held the popup's thread in a single call.
 * Text as written has spaces or punctuation far more often than this: only such runs are cut.
 */
const SEGMENTED_WINDOW = 1_000;
/**
 * Words starting this close to a window's end are segmented again with the text after it: the
 * window may have cut the last one, and a dictionary looks a few words ahead to place a break.
 */
const WINDOW_OVERLAP = 50;

/** The end of a window of `run` from `from`, moved back off the second half of a surrogate pair. */
function windowEnd(run: string, from: number): number {
  const end = from + SEGMENTED_WINDOW;
  const code = run.charCodeAt(end);
  return code >= 0xdc00 && code <= 0xdfff ? end - 1 : end;
}

/**
 * Pushes the words of a run of a script written without spaces, segmenting a long run window by
 * window; between two windows it yields when `sliceOver` says so (a pause may come there).
 */
function* segmentRun(run: string, lang: string | null, out: string[], sliceOver: SliceOver): Generator<void, void> {
  const segmenter = segmenterFor(lang, 'word');
  let from = 0;
  while (run.length - from > SEGMENTED_WINDOW) {
    const end = windowEnd(run, from);
    const parts = Array.from(segmenter.segment(run.slice(from, end)), ({ index, segment }) => ({ index, segment }));
    let resume = parts.findIndex(({ index }) => index >= end - from - WINDOW_OVERLAP);
    if (resume === -1) resume = parts.length - 1;
    const at = parts[resume]?.index ?? 0;
    // One segment over the whole window: nothing to resume at, the window's end is taken as a break.
    const kept = at > 0 ? parts.slice(0, resume) : parts;
    for (const part of kept) out.push(part.segment);
    from = at > 0 ? from + at : end;
    if (sliceOver()) yield;
  }
  for (const part of segmenter.segment(run.slice(from))) out.push(part.segment);
}

/** The words of `text` as written, split at spaces and marks only: no unspaced run is segmented, for what spaced scripts alone tell (case). */
export function spacedWords(text: string): string[] {
  return text.match(SPACED_WORD) ?? [];
}

/** Word tokens as written (case kept), in order. */
export function wordTokens(text: string, lang: string | null): string[] {
  const out: string[] = [];
  for (const match of spacedRuns(text).matchAll(TOKEN)) {
    const token = match[0];
    if (mayOpenUnspacedRun(token[0] ?? '')) {
      // Every piece of such a run is a word: it holds letters only. Firefox's segmenter (ICU4X)
      // marks some dictionary words as not word-like ("個人", "無線", "さ"), which dropped them.
      runToEnd(segmentRun(token, lang, out, NEVER_OVER));
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

/**
 * Terms of Han and kana, by script alone: each Han character, each katakana run (a loanword:
 * "ウクライナ"), each hiragana run (grammar: "について"). Chromium's ICU and Firefox's ICU4X cut
 * Chinese and Japanese words with different dictionaries ("在|地球|轨道" vs "在地|球|轨道"), so
 * anything the outline matches on words (key phrases, centrality, overlap with the title) came
 * out differently in the two browsers. Characters are the units Chinese ROUGE is counted in,
 * and a repeated phrase is a repeated run of them whatever the dictionary says.
 */
const HAN_KANA_TERM = /\p{Script=Katakana}[\p{Script=Katakana}ー]*|\p{Script=Hiragana}[\p{Script=Hiragana}ー]*|\p{Script=Han}|ー+/gu;
const HAN_KANA_START = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]/u;

/** Folded terms for matching; the text is folded once, not word by word (per-word normalize() was a third of the outline's time). */
export function termsOf(text: string, lang: string | null): string[] {
  return runToEnd(termsInSlices(text, lang, NEVER_OVER));
}

/** termsOf in slices: a long run of Thai, Lao, Khmer or Myanmar may be left between two of its windows (utils/outline/input.ts). */
export function* termsInSlices(text: string, lang: string | null, sliceOver: SliceOver): Generator<void, string[]> {
  const out: string[] = [];
  for (const match of spacedRuns(foldWord(text)).matchAll(TOKEN)) {
    const token = match[0];
    if (HAN_KANA_START.test(token[0] ?? '')) {
      for (const piece of token.matchAll(HAN_KANA_TERM)) out.push(piece[0]);
    } else if (mayOpenUnspacedRun(token[0] ?? '')) {
      yield* segmentRun(token, lang, out, sliceOver);
    } else {
      out.push(token);
    }
  }
  return out;
}

/** The language subtag of a BCP 47 tag: "vi-VN" → "vi". */
export function baseLanguage(lang: string | null): string | null {
  if (!lang) return null;
  const base = lang.toLowerCase().split(/[-_]/u)[0];
  return base ? base : null;
}
