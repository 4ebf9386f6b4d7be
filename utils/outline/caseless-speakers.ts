import { packFor, PACKS } from '../lang';
import type { Speaker } from './speakers';

/**
 * Speakers in scripts without capitals (Chinese, Japanese), where a name cannot be told by
 * its case: the name is found next to an office from the pack's roles, written before it
 * in Chinese ("外交部发言人毛宁") and after it in Japanese ("岸田文雄首相").
 */

const CASELESS = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}]/u;
const CJK_NAME = /^[\p{Script=Han}\p{Script=Katakana}・·ー]{2,4}$/u;
/** A foreign name written with a middle dot (戴夫·汉森): longer than a native one. */
const DOTTED_NAME = /^[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?:[·・][\p{Script=Han}\p{Script=Katakana}ー]{1,6}){1,2}$/u;
/** Before an office a surname alone may be one character (菅官房長官). */
const CJK_NAME_BEFORE_ROLE = /^[\p{Script=Han}\p{Script=Katakana}・·ー]{1,4}$/u;
/** "（62）": an age after the name. */
const AGE = /[（(][0-9０-９]{1,3}[）)]/gu;
/** Possessive particles: what stands before the last one is the speaker's company or country (小関社の…). */
const POSSESSIVE = /^.*[のの]/u;
/** Longer than this, the phrase is a clause, not a speaker. */
const MAX_SPEAKER_CHARS = 30;

export function isCaseless(phrase: string): boolean {
  return CASELESS.test(phrase.replace(/^[\s、，,：:「」『』“”"]+/u, ''));
}

function cjkPacks(lang: string | null) {
  const own = packFor(lang);
  return own && own.script === 'Hani' ? [own] : PACKS.filter((pack) => pack.script === 'Hani');
}

const rolesCache = new Map<string, string[]>();
/** The pack's offices, longest first, so "官房長官" wins over "長官". */
function rolesOf(lang: string | null): string[] {
  const key = lang ?? '*';
  let roles = rolesCache.get(key);
  if (!roles) {
    roles = cjkPacks(lang).flatMap((pack) => pack.roles).sort((a, b) => b.length - a.length);
    rolesCache.set(key, roles);
  }
  return roles;
}

/** The subject of a verb-final clause: after the quotation particle, before the subject marker ("と岸田首相は" → "岸田首相"). */
function subjectOf(phrase: string, lang: string | null): string {
  let text = trimPunctuation(phrase);
  for (const pack of cjkPacks(lang)) {
    for (const particle of pack.quoteParticles) if (text.startsWith(particle)) text = text.slice(particle.length);
    const markers = pack.subjectMarkers.map((marker) => text.indexOf(marker)).filter((at) => at > 0);
    if (markers.length > 0) text = text.slice(0, Math.min(...markers));
  }
  return trimPunctuation(text);
}

/** Without the spaces and commas around; a loop, since `[…]+$` backtracks on a long run of them. */
function trimPunctuation(text: string): string {
  const edge = /[\s、，,：:。]/u;
  let start = 0;
  let end = text.length;
  while (start < end && edge.test(text[start] ?? '')) start++;
  while (end > start && edge.test(text[end - 1] ?? '')) end--;
  return text.slice(start, end);
}

function nameAndRole(subject: string, lang: string | null): Speaker | null {
  for (const role of rolesOf(lang)) {
    if (subject.endsWith(role) && subject.length > role.length) {
      const name = subject.slice(0, -role.length);
      // "外務省の報道官": an office, not a name, before the role.
      if (CJK_NAME_BEFORE_ROLE.test(name)) return { name, role: role === '氏' || role === 'さん' ? null : role, kind: 'person' };
    }
    const at = subject.lastIndexOf(role);
    if (at >= 0) {
      const name = subject.slice(at + role.length);
      if (CJK_NAME.test(name)) return { name, role: subject.slice(0, at + role.length), kind: 'person' };
    }
  }
  return null;
}

/** "そのうえで菅官房長官", "それでも、サンタクロース": a connective opening the clause is not the speaker. */
function withoutConnective(subject: string, lang: string | null): string {
  for (const pack of cjkPacks(lang)) {
    const connective = pack.connectives.find((c) => subject.startsWith(c) && subject.length > c.length);
    if (connective) return subject.slice(connective.length).replace(/^[、，,\s]+/u, '');
  }
  return subject;
}

function holdsStopWord(subject: string, lang: string | null): boolean {
  return cjkPacks(lang).some((pack) => pack.stopWords.some((word) => word.length === 1 && subject.includes(word)));
}

/** "他进一步", "她补充": a pronoun and an adverb before the verb; the pronoun rule resolves it, not a name. */
export function startsWithPronoun(subject: string, lang: string | null): boolean {
  return cjkPacks(lang).some((pack) => pack.speakerPronouns.some((p) => subject.startsWith(p) && subject.length - p.length <= 4));
}

/**
 * "像汉森这样的专家认为": experts like Hanson, and Hanson the one named; the frame's opener may stand
 * in the sentence before, cut off by a stray "?" in the name ("像戴夫?汉森"). Never the whole phrase.
 */
function exampleSpeaker(subject: string, lang: string | null): Speaker | null | undefined {
  for (const pack of cjkPacks(lang)) {
    for (const frame of pack.exampleFrames) {
      const [opener = '', closer = ''] = frame.split('…');
      if (closer === '') continue;
      const at = subject.lastIndexOf(closer);
      if (at < 0) continue;
      const role = subject.slice(at + closer.length);
      if (!rolesOf(lang).includes(role)) return null;
      const before = subject.slice(0, at);
      const from = opener !== '' && before.includes(opener) ? before.lastIndexOf(opener) + opener.length : 0;
      const name = before.slice(from).replace(/^.*[^\p{Script=Han}\p{Script=Katakana}・·ー]/u, '');
      return CJK_NAME.test(name) || DOTTED_NAME.test(name) ? { name, role, kind: 'person' } : null;
    }
  }
  return undefined;
}

export function parseCaselessSpeaker(phrase: string, lang: string | null): Speaker | null {
  const subject = withoutConnective(subjectOf(phrase, lang), lang).replace(AGE, '');
  if (subject === '' || subject.length > MAX_SPEAKER_CHARS) return null;
  const example = exampleSpeaker(subject, lang);
  if (example !== undefined) return example;
  // "ＡＢＣ社の小関義明社長": the person after the possessive, when there is one with an office.
  const found = nameAndRole(subject, lang) ?? nameAndRole(subject.replace(POSSESSIVE, ''), lang);
  if (found) return found;
  if (startsWithPronoun(subject, lang)) return null;
  // A name alone, without an office, must hold no function word ("但这种说法", "人们普遍认为" are no names).
  if (CJK_NAME.test(subject) && !holdsStopWord(subject, lang)) return { name: subject, role: null, kind: 'person' };
  // An office without a name ("外务省的发言人", "モルディブの交渉官"); any other clause ("但这种", "人们普遍") names no one.
  return subject.length <= 15 && rolesOf(lang).some((role) => subject.endsWith(role)) ? { name: subject, role: null, kind: 'described' } : null;
}
