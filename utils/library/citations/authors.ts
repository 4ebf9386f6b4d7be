import { bylineNames, withoutSiteName } from '../../article/byline-names';
import { isCreditLine } from '../../article/byline-credits';
import { allLanguages, packFor, perPack, type LanguagePack } from '../../lang';
import { baseLanguage, wordTokens } from '../../text/tokens';
import { normalizeSpace } from '../../text/segment';
import { opensWithTerm } from '../../text/leading-term';

/**
 * Authors of a citation from the saved byline. A person has a family and a given name, as
 * citation styles need them to write "Doe, J."; an organisation, a news agency or a name
 * whose parts cannot be told apart ("Thu Hà", a pen name; "王小明") is kept whole as a
 * literal name, which every format carries as written.
 */
export type CitationName = { family: string; given: string; suffix?: string } | { literal: string };

/** Languages that write the family name first. Hungarian would belong here; Lede has no pack for it yet. */
const FAMILY_FIRST = new Set(['vi', 'zh', 'ja', 'ko']);

/** Scripts written without spaces between words: a name there is one run, kept whole. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

const GENERATIONAL = /^(?:jr|sr|ii|iii|iv)\.?$/iu;

function alternatives(pieces: readonly string[]): string {
  return pieces.length > 0 ? pieces.join('|') : '(?!)';
}

interface NameWords {
  /** "Phóng viên", "Senior Reporter", "Dr.": words before a name that say what the person is. */
  leadingTitle: RegExp;
  /** A word of a role anywhere in a part after a comma ("Jane Doe, Staff Writer"). */
  roleWord: RegExp;
  /** Terms of one or more words ("báo", "công an"): see opensWithTerm. */
  organisationWords: readonly string[];
  particles: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
}

/** The lists of a pack this module reads: one pack's, or every pack's together. */
type NameLists = Pick<LanguagePack, 'roles' | 'roleModifiers' | 'honorifics' | 'organisationWords' | 'nameParticles' | 'surnames'>;

function nameWords(lists: NameLists): NameWords {
  const title = `(?:(?:${alternatives(lists.roleModifiers)})\\s+)*(?:${alternatives([...lists.roles, ...lists.honorifics])})`;
  return {
    leadingTitle: new RegExp(`^(?:${title}\\s+)+`, 'iu'),
    roleWord: new RegExp(`(?:^|\\s)(?:${alternatives(lists.roles)})(?=\\s|$)`, 'iu'),
    organisationWords: lists.organisationWords,
    particles: new Set(lists.nameParticles),
    surnames: new Set(lists.surnames.map((word) => word.normalize('NFC'))),
  };
}

const ownWords = perPack((pack) => nameWords(pack));
let everyWords: NameWords | null = null;

/** The page's language's words; every language's when it is unknown or Lede has no pack for it. */
function wordsFor(lang: string | null): NameWords {
  const pack = packFor(lang);
  if (pack) return ownWords(pack);
  everyWords ??= nameWords({
    roles: allLanguages('roles'),
    roleModifiers: allLanguages('roleModifiers'),
    honorifics: allLanguages('honorifics'),
    organisationWords: allLanguages('organisationWords'),
    nameParticles: allLanguages('nameParticles'),
    surnames: allLanguages('surnames'),
  });
  return everyWords;
}

/** "Senator Jane Doe", "Bác sĩ Trần Minh Châu" → the name, only when a capitalised name is left: "Editor" alone stays (and is no name). */
function withoutLeadingTitle(name: string, words: NameWords): string {
  const title = words.leadingTitle.exec(name);
  if (!title) return name;
  const rest = name.slice(title[0].length).trim();
  return /^\p{Lu}/u.test(rest) ? rest : name;
}

/** Each comma part of the byline, without the parts that describe rather than name ("Staff Writer", "Thông tấn xã"). */
function bylineParts(byline: string, words: NameWords): string[] {
  // Split on the mark, then trimmed: /\s*[,;]\s*/ retried every space of a long run (quadratic).
  const parts = normalizeSpace(byline).split(/[,;]/u).map((part) => part.trim()).filter((part) => part !== '');
  return parts.filter((part, i) => i === 0 || !(words.roleWord.test(part) || /^\p{Ll}/u.test(part)) || isCreditLine(part));
}

function isOrganisation(name: string, words: NameWords): boolean {
  if (isCreditLine(name)) return true;
  return opensWithTerm(name, words.organisationWords);
}

/** A person's name split as the language writes it; a literal name when it cannot be split safely. */
function personName(name: string, lang: string | null, words: NameWords): CitationName {
  const parts = wordTokens(name, lang).length >= 2 ? name.split(/\s+/u) : [];
  if (parts.length < 2 || UNSPACED.test(name)) return { literal: name };
  const base = baseLanguage(lang) ?? '';
  if (FAMILY_FIRST.has(base)) {
    // "Nguyễn Văn Quang": the family name first, but only a known one: "Thu Hà" is a pen name.
    const [family = '', ...given] = parts;
    return words.surnames.has(family.normalize('NFC')) ? { family, given: given.join(' ') } : { literal: name };
  }
  // "Martin Luther King Jr.": the suffix is neither the family nor the given name.
  const suffix = parts.length > 2 && GENERATIONAL.test(parts.at(-1) ?? '') ? parts.pop() : undefined;
  let cut = parts.length - 1;
  // "Vincent van Gogh", "Ursula von der Leyen": the particles belong to the family name.
  while (cut > 1 && words.particles.has(parts[cut - 1] ?? '')) cut--;
  const person = { family: parts.slice(cut).join(' '), given: parts.slice(0, cut).join(' ') };
  return suffix ? { ...person, suffix } : person;
}

/**
 * The authors a saved byline names, in order: "By" and "Theo" and role words removed (the
 * language packs' words), several authors split, the site itself never an author.
 */
export function citationAuthors(byline: string | null, lang: string | null, siteName: string | null): CitationName[] {
  if (!byline?.trim()) return [];
  const words = wordsFor(lang);
  const names: string[] = [];
  const seen = new Set<string>();
  for (const part of bylineParts(byline, words)) {
    for (const found of bylineNames(part, lang)) {
      const name = withoutLeadingTitle(found, words);
      const key = name.normalize('NFC').toLocaleLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        names.push(name);
      }
    }
  }
  return withoutSiteName(names, siteName).map((name) => (isOrganisation(name, words) ? { literal: name } : personName(name, lang, words)));
}
