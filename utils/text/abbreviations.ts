import { allLanguages, packFor, perPack, type LanguagePack } from '../lang';

/**
 * Abbreviations after which a sentence does not end ("Dr.", "TP.", "z. B.", "M."), from the
 * language packs. Entries of one letter ("M.", "Q.") match as written, since "m." after a
 * number is a unit that may end a sentence; longer ones match in any case ("dr." = "Dr.").
 */
interface AbbreviationSet {
  exact: ReadonlySet<string>;
  folded: ReadonlySet<string>;
}

function buildSet(list: readonly string[]): AbbreviationSet {
  const exact = new Set(list);
  const folded = new Set(list.filter((entry) => letterCount(entry) >= 2).map((entry) => entry.toLowerCase()));
  return { exact, folded };
}

function letterCount(text: string): number {
  let n = 0;
  for (const ch of text) if (ch !== '.' && ch !== ' ') n++;
  return n;
}

const setOfPack = perPack((pack: LanguagePack) => buildSet(pack.abbreviations));
let everyLanguage: AbbreviationSet | undefined;

/** The page language's abbreviations; every language's when Lede has no pack for it. */
export function abbreviationsFor(lang: string | null): AbbreviationSet {
  const pack = packFor(lang);
  if (pack) return setOfPack(pack);
  everyLanguage ??= buildSet(allLanguages('abbreviations'));
  return everyLanguage;
}

function has(set: AbbreviationSet, token: string): boolean {
  return set.exact.has(token) || (letterCount(token) >= 2 && set.folded.has(token.toLowerCase()));
}

/** "PGS.TS." and "GS.TS.BS.": titles written together, each one in the list. */
function isDottedChain(set: AbbreviationSet, token: string): boolean {
  if (token.indexOf('.') >= token.length - 1) return false;
  const parts = token.split('.');
  if (parts.length < 3 || parts[parts.length - 1] !== '') return false;
  return parts.slice(0, -1).every((part) => part !== '' && has(set, `${part}.`));
}

/**
 * True when `token` (the word before a full stop, its dot included) is an abbreviation,
 * alone or with the word before or after it ("z." + "B.", "p." + "ex.").
 */
export function isAbbreviation(set: AbbreviationSet, token: string, before: string, after: string): boolean {
  if (has(set, token) || isDottedChain(set, token)) return true;
  if (before !== '' && has(set, `${before} ${token}`)) return true;
  return after.endsWith('.') && has(set, `${token} ${after}`);
}
