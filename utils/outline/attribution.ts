import { allLanguages, packFor, PACKS } from '../lang';
import { FoldedPattern } from '../text/case-fold';
import { escapeRegExp } from '../text/escape-regexp';

/**
 * Speech verbs (from the language packs, utils/lang) and the patterns around them that
 * name who is speaking. Every pattern runs on a window of at most WINDOW characters, so no regex sees more than that, whatever
 * the page holds (no catastrophic backtracking on a 200,000-word paragraph).
 */
export const WINDOW = 200;

/** Languages written without spaces: their verbs are not delimited by letters around them. */
const UNSPACED = new Set(['zh', 'ja']);

/** Pronouns that point back to the last speaker. */
export const PRONOUNS = new RegExp(`^(?:${allLanguages('speakerPronouns').join('|')})$`, 'iu');
/** The plural ones: "they said" is a group's or an organisation's statement, never one person's. */
export const PLURAL_PRONOUNS = new RegExp(`^(?:${allLanguages('pluralPronouns').join('|')})$`, 'iu');

function lettersAround(words: readonly string[]): string {
  // JavaScript's \b only knows ASCII letters; Vietnamese and French verbs need Unicode edges.
  return `(?<![\\p{L}\\p{M}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}])`;
}

const verbCache = new Map<string, FoldedPattern>();

/** A phrase as a pattern: each space matches a little white space (bounded, so no pattern scans a long run of it). */
function spaced(text: string): string {
  return escapeRegExp(text).replace(/ +/gu, '\\s{1,4}');
}

/**
 * A guard put before the verbs: no match starts at the verb of a set phrase that reports no
 * one's words ("nói chung", "换句话说", "is said to"). Each idiom is cut at its first speech
 * verb: the rest must stand just ahead, and only then is the whole idiom looked for behind
 * its end. Looking behind first, at every position, read long runs of spaces again and
 * again (5 s on 20,000 of them, tests/unit/regex-safety.test.ts).
 */
function idiomGuard(idioms: readonly string[], verbs: readonly string[], cjk: boolean, compounds: readonly string[] = []): string {
  const byLength = [...verbs].sort((a, b) => b.length - a.length);
  const guards: string[] = [];
  for (const idiom of idioms) {
    const lower = idiom.toLowerCase();
    const at = byLength.map((verb) => ({ verb, at: lower.indexOf(verb.toLowerCase()) })).filter((v) => v.at >= 0).sort((a, b) => a.at - b.at)[0];
    if (!at) continue;
    const before = idiom.slice(0, at.at);
    const rest = idiom.slice(at.at);
    guards.push(before === '' ? spaced(rest) : `${spaced(rest)}(?<=${compoundHeadGuard(before, compounds)}${spaced(before)}${spaced(rest)})`);
  }
  if (guards.length === 0) return '';
  // The word's end is asserted once after all the idioms, not after each: every Unicode class is
  // compiled on its own, and one per idiom made this guard most of the outline's cold start.
  return `(?!(?:${guards.join('|')})${cjk ? '' : '(?![\\p{L}\\p{M}])'})`;
}

/**
 * "Cục Hàng không cho biết" is "the Aviation Department said", not "did not say": an idiom that
 * opens with the last part of a word of two ("hàng không") is no idiom after that word's first.
 */
function compoundHeadGuard(before: string, compounds: readonly string[]): string {
  const first = before.trim().split(/\s+/u)[0]?.toLowerCase() ?? '';
  const heads = compounds.map((c) => c.split(' ')).filter((parts) => parts.length === 2 && parts[1] === first).map((parts) => escapeRegExp(parts[0] ?? ''));
  return heads.length === 0 ? '' : `(?<!(?<![\\p{L}\\p{M}])(?:${heads.join('|')})\\s{1,4})`;
}

/**
 * A guard put before the verbs: no match right after a passive or future auxiliary ("sera
 * confié à …", "a été annoncé"), where the verb is a participle of a passive, not a cue. The
 * auxiliary must stand as a word of its own: « s'est dit favorable » still reports. Bounded
 * white space, so a long run of spaces is read a few characters back at most.
 */
function passiveGuard(auxiliaries: readonly string[]): string {
  return auxiliaries.length === 0 ? '' : `(?<!(?<![\\p{L}\\p{M}'’])(?:${auxiliaries.map(escapeRegExp).join('|')})\\s{1,4})`;
}

/**
 * The speech verbs of a language (all of them when the language is unknown), matched in any case
 * by folding (utils/text/case-fold.ts): the packs write them in lower case, and this union
 * compiled with `iu` was the costliest pattern of the outline's first read.
 */
export function speechVerbPattern(lang: string | null, flags = 'u'): FoldedPattern {
  const key = `${lang ?? '*'}|${flags}`;
  let pattern = verbCache.get(key);
  if (!pattern) {
    const pack = packFor(lang);
    const own = pack && pack.speechVerbs.length > 0 ? pack : null;
    // Longest first: an alternation takes the first alternative that fits, and "cho biết" would
    // end the verb of "cho biết thêm, …" before its adverb.
    const words = [...(own ? own.speechVerbs : allLanguages('speechVerbs'))].sort((a, b) => b.length - a.length);
    const idioms = own ? own.speechIdioms : allLanguages('speechIdioms');
    // CJK verbs are not delimited by letters around them.
    const cjk = own !== null && UNSPACED.has(own.code);
    const guard = idiomGuard(idioms, words, cjk, own ? own.stopWordCompounds : allLanguages('stopWordCompounds'));
    if (cjk) pattern = new FoldedPattern(`${guard}(?:${words.map(escapeRegExp).join('|')})`, flags);
    else {
      // After a determiner the verb is an adjective ("a promised five films"), like a participle after
      // an auxiliary. The article's own language only: English "a" is French "a déclaré".
      const passive = passiveGuard(own ? [...own.passiveAuxiliaries, ...own.determiners] : allLanguages('passiveAuxiliaries'));
      // "Braynard is quoted as saying": a passive that reports, so not behind the passive guard.
      const unguarded = new Set(own ? own.passiveSpeechVerbs : allLanguages('passiveSpeechVerbs'));
      const alternatives = (list: string[]) => list.map(escapeRegExp).join('|');
      // "…, so der Minister": only right after a comma or a closing mark; "so gut wie" is no cue.
      const commaCues = new Set(own ? own.commaCues : allLanguages('commaCues'));
      const afterComma = commaCues.size === 0 ? '' : `|(?<=[,，»«“”"]\\s{0,3})(?:${alternatives([...commaCues])})`;
      const guarded = words.filter((word) => !unguarded.has(word) && !commaCues.has(word));
      const verbs = unguarded.size === 0 ? `(?:${passive}(?:${alternatives(guarded)})${afterComma})` : `(?:${passive}(?:${alternatives(guarded)})|(?:${alternatives([...unguarded])})${afterComma})`;
      pattern = new FoldedPattern(`${guard}(?<![\\p{L}\\p{M}])${verbs}(?![\\p{L}\\p{M}])`, flags);
    }
    verbCache.set(key, pattern);
  }
  return pattern;
}

type WordListField = 'tenseAuxiliaries' | 'hearingVerbs';
const wordPatternCache = new Map<string, FoldedPattern | null>();

/**
 * Any word of one of the article language's lists ("had", "will"; "heard"), as a word of its
 * own, or null when the language lists none.
 */
export function packWordPattern(lang: string | null, field: WordListField): FoldedPattern | null {
  const key = `${field}:${lang ?? '*'}`;
  if (!wordPatternCache.has(key)) {
    const words = (packFor(lang)?.[field] ?? []).map(escapeRegExp);
    wordPatternCache.set(key, words.length === 0 ? null : new FoldedPattern(`(?<![\\p{L}\\p{M}])(?:${words.join('|')})(?![\\p{L}\\p{M}])`, 'u'));
  }
  return wordPatternCache.get(key) ?? null;
}

/** "that" after a speech verb, in every pack's language ("rằng", "que", "dass"), as regex alternatives. */
export const COMPLEMENTIZERS = allLanguages('complementizers').map(escapeRegExp).join('|');

/** "Reuters dẫn lời ông X …", "quoting X": the person named after the cue is the speaker, not the outlet. */
export const QUOTING_CUE = new RegExp(lettersAround(allLanguages('quotingCues')), 'iu');

/** "Laut Olaf Scholz wird …": the cue opening a sentence, with no comma after its source. */
export const ACCORDING_TO_START = new RegExp(`^\\s*${lettersAround(allLanguages('accordingTo'))}\\s+`, 'iu');

export const ACCORDING_TO_PATTERN = new RegExp(`${lettersAround(allLanguages('accordingTo'))}\\s+([^,，:;]{2,120})[,，]\\s*`, 'iu');

/** Cues before a quoted phrase that make it a name or a title, not a statement. */
const spacedCues = PACKS.filter((pack) => !UNSPACED.has(pack.code)).flatMap((pack) => pack.titleCues);
const unspacedCues = PACKS.filter((pack) => UNSPACED.has(pack.code)).flatMap((pack) => pack.titleCues);
export const TITLE_CUES = new FoldedPattern(`${lettersAround(spacedCues)}\\s*[:,]?\\s*$|(?:${unspacedCues.join('|')})\\s*$`, 'u');
