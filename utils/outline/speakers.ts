import { stopWordsFor } from '../text/stop-words';
import { allLanguages } from '../lang';

/** A person named as a quote's source. */
export interface Speaker {
  name: string;
  role: string | null;
}

/** Words before a name that say it is a person (Vietnamese honorifics, titles of address), from the language packs. */
const HONORIFICS = new RegExp(`(?:^|\\s)(${allLanguages('honorifics').join('|')})\\s+$`, 'iu');
/** Role words, so "Phó bí thư Nguyễn Văn Quang" splits into a role and a name. */
const ROLE_WORDS = new RegExp(`(?:^|\\s)((?:(?:${allLanguages('roleModifiers').join('|')}) )?(?:${allLanguages('roles').join('|')}))\\s*$`, 'iu');
/** Words that open the name of an organisation or a place, not a person. */
const NOT_A_PERSON = new RegExp(`^(?:${allLanguages('organisationWords').join('|')})$`, 'iu');
/** Lower-case particles inside names: "Ludwig van Beethoven", "Charles de Gaulle". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(allLanguages('nameParticles'));
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

interface NameRun {
  start: number;
  end: number;
  words: string[];
  /** Preceded by an honorific ("ông", "Mr"): a person, even when only the given name is written. */
  honoured?: boolean;
}

/** Runs of capitalised words (with name particles inside), with their character offsets. */
function nameRuns(phrase: string): NameRun[] {
  const runs: NameRun[] = [];
  let current: NameRun | null = null;
  for (const match of phrase.matchAll(/[\p{L}\p{M}'’.-]+/gu)) {
    const word = match[0];
    const at = match.index;
    const capital = CAPITALISED.test(word);
    const joinable = current !== null && phrase.slice(current.end, at).trim() === '';
    if (capital && current && joinable) {
      current.words.push(word);
      current.end = at + word.length;
    } else if (!capital && current && joinable && NAME_PARTICLES.has(word)) {
      current.words.push(word);
      current.end = at + word.length;
    } else {
      if (current) runs.push(current);
      current = capital ? { start: at, end: at + word.length, words: [word] } : null;
    }
  }
  if (current) runs.push(current);
  return runs.map(trimParticles).filter((run) => run.words.length > 0);
}

/**
 * An honorific written with a capital at the start of a sentence ("Ông Trần Văn Hùng") is not
 * part of the name: the one-word honorifics, since a name run is split into single words.
 */
const LEADING_HONORIFIC = new RegExp(`^(?:${allLanguages('honorifics').filter((h) => !h.includes(' ')).join('|')})$`, 'iu');

function trimParticles(run: NameRun): NameRun {
  while (run.words.length > 1 && LEADING_HONORIFIC.test(run.words[0] ?? '')) {
    run.words.shift();
    run.honoured = true;
  }
  while (run.words.length > 0 && NAME_PARTICLES.has(run.words[run.words.length - 1] ?? '')) run.words.pop();
  return run;
}

/** Leading role words inside a capitalised run ("Mayor John Smith") move to the role. */
function splitLeadingRole(run: NameRun): { name: string; role: string | null } {
  for (let cut = run.words.length - 1; cut >= 1; cut--) {
    const head = run.words.slice(0, cut).join(' ');
    if (ROLE_WORDS.test(head)) return { name: run.words.slice(cut).join(' '), role: head };
  }
  return { name: run.words.join(' '), role: null };
}

function roleAfter(phrase: string, end: number): string | null {
  const rest = phrase.slice(end);
  const match = /^\s*(?:[–—-]|,)\s*(.+)$/u.exec(rest);
  const role = match?.[1]?.replace(/(?<![\s,;:–—-])[\s,;:–—-]+$/u, '').trim();
  return role && role.length >= 2 ? role : null;
}

function roleBefore(phrase: string, start: number): string | null {
  const before = phrase.slice(Math.max(0, start - 60), start);
  const match = ROLE_WORDS.exec(before);
  return match?.[1] ? match[1].trim() : null;
}

/** Capitalised words that are not names: days, months, and the capital of a sentence's first word. */
const NOT_A_NAME = new RegExp(`^(?:${allLanguages('notNames').join('|')})$`, 'iu');

function isPersonRun(run: NameRun, lang: string | null, phrase: string): boolean {
  const first = run.words[0] ?? '';
  if (NOT_A_PERSON.test(first)) return false;
  if (run.words.length === 1 && !run.honoured) {
    const word = first.toLowerCase();
    // "We're", "It's", "Tuesday", or a sentence's first word followed by more of the sentence.
    if (/['’]/u.test(word) || NOT_A_NAME.test(word) || stopWordsFor(lang).has(word)) return false;
    if (/^\p{Lu}+$/u.test(first) && first.length > 3) return false;
    if (run.start === 0 && phrase.trim().length > first.length + 1) return false;
  }
  // Vietnamese names are two to four syllables; elsewhere one capitalised word can be a surname.
  if (run.honoured) return run.words.length <= 5;
  return lang === 'vi' ? run.words.length >= 2 && run.words.length <= 5 : run.words.length <= 5;
}

/**
 * The person in a phrase that introduces a statement ("ông Nguyễn Văn Quang – Phó bí thư, …",
 * "Phó bí thư Nguyễn Văn Quang", "Mayor John Smith", "John Smith, the city's mayor"): the
 * name after an honorific first, else the capitalised run nearest the verb; the role is what
 * follows the name after a dash or a comma, else the role words just before it.
 */
export function parseSpeaker(phrase: string, lang: string | null, prefer: 'first' | 'last' = 'last'): Speaker | null {
  const runs = nameRuns(phrase)
    .map((run) => ({ ...run, honoured: run.honoured === true || HONORIFICS.test(phrase.slice(Math.max(0, run.start - 12), run.start)) }))
    .filter((run) => isPersonRun(run, lang, phrase));
  if (runs.length === 0) return null;
  const honoured = runs.find((run) => run.honoured);
  // After a verb ("sagte Anna Weber am Montag") the speaker comes first; before it, nearest the verb.
  const run = honoured ?? firstBeforeSeparator(phrase, runs) ?? (prefer === 'first' ? runs[0] : runs[runs.length - 1]);
  if (!run) return null;
  const split = splitLeadingRole(run);
  const role = split.role ?? roleAfter(phrase, run.end) ?? roleBefore(phrase, run.start);
  return { name: split.name, role };
}

/** In "Name – role, more role" the name is the run before the first dash. */
function firstBeforeSeparator(phrase: string, runs: NameRun[]): NameRun | undefined {
  const dash = phrase.search(/\s[–—-]\s/u);
  if (dash < 0) return undefined;
  return runs.filter((run) => run.end <= dash).pop();
}

/** A later mention ("ông Quang", "Smith") of a speaker already named in full. */
export function resolveMention(name: string, known: Speaker[]): Speaker | null {
  const words = name.split(' ');
  if (words.length > 1 && known.some((s) => s.name === name)) return known.find((s) => s.name === name) ?? null;
  // Vietnamese speakers are called by their given name, the last syllable; English ones by the surname, also last.
  const last = words[words.length - 1] ?? '';
  const matches = known.filter((s) => s.name !== name && s.name.split(' ').pop() === last);
  return matches.length === 1 ? (matches[0] ?? null) : null;
}
