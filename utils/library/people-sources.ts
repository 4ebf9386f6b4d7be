import { foldForPeople, nameKeyOf, speakerRefOf, type Person, type QuotedArticle } from './people';

/**
 * Where a person's quotes come from: the speakers of single articles that Lede put together
 * as one person (same name and role, or a quote without a role given to the one person of
 * that name with one), and people merged by hand. What the reader sees before separating one
 * (people-splits.ts). Pure functions over the people as peopleOf makes them.
 */

/** One article's speaker, as one of the people of a person's page. */
export interface SpeakerSource {
  /** The person peopleOf made of them, before merges by hand: Lede's, or one the reader separated before. */
  person: string;
  article: QuotedArticle;
  /** As that article first names them. */
  name: string;
  /** The roles that article gives them, as written, in the article's order; empty when none. */
  roles: string[];
  /** The speakers (people.ts, speakerRef) a separation of this article's quotes names. */
  refs: string[];
  quotes: number;
  /** The article's date (published, else saved), epoch ms. */
  time: number;
}

/** The speakers of one person given one role (or none), across articles: what "Separate those quoted as …" takes. */
export interface RoleGroup {
  person: string;
  /** As first written; null for the quotes given no role. */
  role: string | null;
  refs: string[];
  articles: number;
}

function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** Every article's speaker of `people` (the members of one person), newest article first. */
export function sourcesOf(people: readonly Person[]): SpeakerSource[] {
  const sources: SpeakerSource[] = [];
  for (const person of people) {
    const nameKey = nameKeyOf(person.key);
    const byArticle = new Map<string, SpeakerSource>();
    for (const quote of person.quotes) {
      let source = byArticle.get(quote.article.id);
      if (!source) {
        source = { person: person.key, article: quote.article, name: quote.speaker, roles: [], refs: [], quotes: 0, time: quote.time };
        byArticle.set(quote.article.id, source);
        sources.push(source);
      }
      source.quotes++;
      if (quote.role) addOnce(source.roles, quote.role);
      addOnce(source.refs, speakerRefOf(nameKey, quote));
    }
  }
  return sources.sort((a, b) => b.time - a.time || (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
}

/** The role a speakerRef names, folded ('' for none). */
function roleKeyOfRef(ref: string): string {
  return ref.slice(ref.indexOf('|') + 1, ref.lastIndexOf('@'));
}

/** The article speakers of `sources` grouped by person and by the role each article gives (folded), in the order first met. */
export function roleGroupsOf(sources: readonly SpeakerSource[]): RoleGroup[] {
  const groups = new Map<string, RoleGroup>();
  for (const source of sources) {
    for (const ref of source.refs) {
      const roleKey = roleKeyOfRef(ref);
      const id = `${source.person}\n${roleKey}`;
      let group = groups.get(id);
      if (!group) {
        const role = roleKey === '' ? null : (source.roles.find((written) => foldForPeople(written) === roleKey) ?? roleKey);
        groups.set(id, (group = { person: source.person, role, refs: [], articles: 0 }));
      }
      group.refs.push(ref);
      group.articles++;
    }
  }
  return [...groups.values()];
}

/** How many article speakers each person (peopleOf's key) has among `sources`: one that is a whole person is separated by a merge's own button, or not at all. */
export function sourcesPerPerson(sources: readonly SpeakerSource[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const source of sources) counts.set(source.person, (counts.get(source.person) ?? 0) + 1);
  return counts;
}
