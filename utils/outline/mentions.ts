import type { Speaker } from './speakers';
import { foldWord } from '../text/tokens';
import { placesIn } from './speaker-names';

/** A person or organisation named in full somewhere before, with the block it was named in. */
interface Mention {
  speaker: Speaker;
  block: number;
  /** The name's first and last words, lower case: what a one-word mention ("Moon", "Bửu") is matched on. */
  first: string;
  last: string;
}

function contentWords(text: string, stopWords: ReadonlySet<string>): string[] {
  return text
    .toLowerCase()
    .split(/[\s,.()–—-]+/u)
    .filter((word) => word.length >= 2 && !stopWords.has(word));
}

/** The role to show for a later mention: its own, unless the full mention's says the same and more ("Tổng thống" of "Tổng thống Philippines"). */
function roleOf(later: string | null, full: string | null): string | null {
  if (later === null) return full;
  return full !== null && full.toLowerCase().includes(later.toLowerCase()) ? full : later;
}

/** Blocks back that a pronoun or a described speaker ("he", "ông", "the minister") may point to. */
const REACH = 3;

/**
 * "Tổng thống Hàn Quốc" is not "Tổng thống Mỹ Donald Trump": a description that names a place
 * is no one whose role names only other places.
 */
function otherPlace(places: ReadonlySet<string>, role: string): boolean {
  if (places.size === 0) return false;
  const own = placesIn(role);
  return own.size > 0 && ![...own].some((place) => places.has(place));
}

/**
 * The people named so far, nearest last: later mentions ("ông Quang", "Bửu", "Moon", "Porter"),
 * pronouns and described speakers ("the minister") resolve to the nearest fitting full mention,
 * or to no one.
 */
export class Mentions {
  private readonly list: Mention[] = [];
  /** The last group or organisation that spoke ("the officials", "the F.B.I."), and where: what "they" points to. */
  private lastGroup: { speaker: Speaker; block: number } | null = null;

  /**
   * `familyNames`: the article language's family names written first, folded ("nguyễn",
   * "đoàn"). A capitalised word alone that is one of them is not known as a person by it: "Đoàn"
   * opening a sentence is a word ("Đoàn liên ngành", the inspection team), not Đoàn Đình Thư.
   * With an honorific it still is ("ông Lưu" for Lưu Hạc: Chinese names are shortened to the
   * family name), and a family name the language does not list ("Moon") is known as ever.
   */
  constructor(
    private readonly familyNames: ReadonlySet<string> = new Set(),
    /** The words the article writes in lower case, folded (wordsWrittenLower). */
    private readonly lowerWords: ReadonlySet<string> = new Set(),
  ) {}

  /** The article writes `word` in lower case somewhere: with a capital it opens a sentence (NameContext). */
  readonly writesLower = (word: string): boolean => this.lowerWords.has(foldWord(word));

  add(speaker: Speaker, block: number): void {
    if (speaker.kind === 'described') return;
    const words = speaker.name.toLowerCase().split(' ');
    // A one-word name is no full mention to expand others to.
    const [first = '', last = ''] = words.length > 1 ? [words[0], words[words.length - 1]] : [];
    this.list.push({ speaker, block, first, last });
    if (this.list.length > 200) this.list.shift();
  }

  /** A one-word mention is known when a full name has it as its last word, or as its first unless that is a listed family name. */
  readonly knows = (word: string): boolean => this.byWord(word, this.familyNames.has(word.toLowerCase())) !== null;

  /**
   * The nearest full mention whose last word is `word`, else (unless `lastOnly`) the nearest whose
   * first word is: "Ryan" is Paul Ryan's, even after "Ryan Incorporated Central", his family's
   * firm, was named; "Moon" still finds Moon Jae-in when no one's name ends with it.
   */
  private byWord(word: string, lastOnly = false): Speaker | null {
    const lower = word.toLowerCase();
    const nearest = (matches: (mention: Mention) => boolean): Speaker | null => {
      for (let i = this.list.length - 1; i >= 0; i--) {
        const mention = this.list[i];
        if (mention && matches(mention)) return mention.speaker;
      }
      return null;
    };
    return nearest((mention) => mention.last === lower) ?? (lastOnly ? null : nearest((mention) => mention.first === lower));
  }

  /** The full mention a (possibly shorter) name refers to, else the name itself. */
  resolve(speaker: Speaker): Speaker {
    if (speaker.kind !== 'person') return speaker;
    const words = speaker.name.split(' ');
    const exact = [...this.list].reverse().find((m) => m.speaker.name === speaker.name);
    if (exact) return { ...exact.speaker, role: roleOf(speaker.role, exact.speaker.role) };
    if (words.length === 1) {
      const full = this.byWord(speaker.name);
      if (full) return { ...full, role: roleOf(speaker.role, full.role) };
    } else {
      // "Jane Porter" after "Councillor Jane Porter Smith" is rare; "Porter" after "John Porter" is the common case above.
      const longer = [...this.list].reverse().find((m) => m.speaker.name.endsWith(` ${speaker.name}`));
      if (longer) return { ...longer.speaker, role: roleOf(speaker.role, longer.speaker.role) };
    }
    return speaker;
  }

  /** The person a pronoun points to: the nearest person named within reach. */
  pronoun(block: number): Speaker | null {
    const last = [...this.list].reverse().find((m) => m.speaker.kind === 'person');
    return last && block - last.block <= REACH ? last.speaker : null;
  }

  addGroup(speaker: Speaker, block: number): void {
    this.lastGroup = { speaker, block };
  }

  /** The group a plural pronoun points to: the last group or organisation that spoke within reach; one person never. */
  group(block: number): Speaker | null {
    return this.lastGroup && block - this.lastGroup.block <= REACH ? this.lastGroup.speaker : null;
  }

  /**
   * "the minister", "nhà lãnh đạo Nhật Bản": the nearest person within reach whose role shares
   * a word with the description (not a stop word: "minister", "Nhật Bản").
   */
  described(phrase: string, block: number, stopWords: ReadonlySet<string>): Speaker | null {
    const words = new Set(contentWords(phrase, stopWords));
    if (words.size === 0) return null;
    const places = placesIn(phrase);
    for (let i = this.list.length - 1; i >= 0; i--) {
      const mention = this.list[i];
      if (!mention || block - mention.block > REACH) break;
      const role = mention.speaker.role ?? '';
      if (contentWords(role, stopWords).some((word) => words.has(word)) && !otherPlace(places, role)) return mention.speaker;
    }
    // "Thủ tướng", "the president" alone, far from the name: the one person named with exactly that role.
    const exact = this.list.filter((m) => m.speaker.role !== null && m.speaker.role.toLowerCase() === phrase.toLowerCase());
    const people = new Set(exact.map((m) => m.speaker.name));
    return people.size === 1 ? (exact[0]?.speaker ?? null) : null;
  }
}
