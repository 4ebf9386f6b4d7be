import { allLanguages } from '../lang';
import { words } from '../text/segment';

/** Every pack's section words, each word of them: "Nation & World", "Tin tức" are read word by word. */
let sectionWordSet: ReadonlySet<string> | null = null;
function sectionWords(): ReadonlySet<string> {
  sectionWordSet ??= new Set(allLanguages('sectionWords').flatMap((phrase) => words(phrase, null)));
  return sectionWordSet;
}

/** A section's name is a word or a few. */
const MAX_SECTION_WORDS = 4;

/**
 * "World", "News", "UK Latest", "Thời sự": a name made only of the packs' section words, which
 * names a part of a site (in a title's suffix, or in a byline's place), never a story or a person.
 */
export function isSectionName(text: string): boolean {
  const nameWords = words(text.toLocaleLowerCase(), null);
  return nameWords.length > 0 && nameWords.length <= MAX_SECTION_WORDS && nameWords.every((word) => sectionWords().has(word));
}
