import type { Quote } from '../outline/types';
import type { CitableRecord } from './citations/model';

/**
 * Who said what across the library: every speaker of every saved outline's quotes, as the
 * outline resolved them (name and role per article), the same person merged across
 * articles when name and role agree once case, spacing, punctuation and diacritics are set
 * aside ("Nguyễn Văn Quang" and "NGUYEN VAN QUANG"). Pure functions over quotes: the stored
 * index (speaker-index.ts) keeps their results per person, and a person's quotes are grouped
 * again by them when the person is opened (people-read.ts).
 */

/** What a person's quote points back to: the saved article, with what a citation needs. */
export type QuotedArticle = CitableRecord;

/** One saved article and its outline's quotes: what the People view is built from. */
export interface PeopleSource {
  article: QuotedArticle;
  quotes: readonly Quote[];
  /** The article's date when already known (the quote index keeps it), else read from the article. */
  time?: number;
}

export interface PersonQuote {
  text: string;
  kind: Quote['kind'];
  /** The quote's block in the saved article (the outline's anchor). */
  block: number;
  article: QuotedArticle;
  /** The article's date (published, else saved), epoch ms. */
  time: number;
  /** The speaker as that article names them, and the role it gives them there (null for none): where the quote came from. */
  speaker: string;
  role: string | null;
}

export interface Person {
  /** Stable while the library does not change: the folded name and role. */
  key: string;
  /** The spelling used most often, not one in capitals only, with its diacritics when spellings tie. */
  name: string;
  role: string | null;
  /** Newest article first, then in the article's order. */
  quotes: PersonQuote[];
  /** How many saved articles quote this person. */
  articles: number;
  /** The newest article's date (published, else saved), epoch ms. */
  latest: number;
  /** Folded name and role, each word after a space: what a search is matched against. */
  searchText: string;
}

const folded = new Map<string, string>();

/**
 * Letters and digits without diacritics or case, words separated by one space: "Nguyễn  Văn
 * Quang" → "nguyen van quang", "Đặng" → "dang". Cached: the same speakers recur across thousands of quotes.
 */
export function foldForPeople(text: string): string {
  let out = folded.get(text);
  if (out === undefined) {
    out = text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    // Bounded: a library of hostile names must not grow the cache without end.
    if (folded.size > 200_000) folded.clear();
    folded.set(text, out);
  }
  return out;
}

interface Group {
  quotes: PersonQuote[];
}

export function articleTime(article: Pick<QuotedArticle, 'published' | 'savedAt'>): number {
  const published = article.published ? Date.parse(article.published) : Number.NaN;
  return Number.isNaN(published) ? article.savedAt : published;
}

/** Letters outside ASCII: between two spellings used as often, the one with its diacritics is the name as written. */
function marks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) n++;
  return n;
}

/** Spellings in capitals only ("NGUYỄN VĂN QUANG") are a site's typography, not how the name is written. */
function hasLowerCase(text: string): boolean {
  return text !== text.toUpperCase();
}

/** Whether spelling `a` names the person better than `b`: not in capitals only, then used more often, then with its diacritics. */
function betterSpelling(a: string, aCount: number, b: string, bCount: number): boolean {
  const lowerA = hasLowerCase(a);
  if (lowerA !== hasLowerCase(b)) return lowerA;
  if (aCount !== bCount) return aCount > bCount;
  const marksA = marks(a);
  const marksB = marks(b);
  // Last, the code-unit order: the same name whatever order the articles were read in.
  return marksA !== marksB ? marksA > marksB : a < b;
}

function mostUsed(spellings: readonly string[]): string | null {
  const first = spellings[0];
  if (first === undefined || spellings.every((spelling) => spelling === first)) return first ?? null;
  const counts = new Map<string, number>();
  for (const spelling of spellings) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  let best = first;
  let bestCount = counts.get(first) ?? 0;
  for (const [spelling, n] of counts) {
    if (betterSpelling(spelling, n, best, bestCount)) {
      best = spelling;
      bestCount = n;
    }
  }
  return best;
}

/** Groups by folded name, then by folded role ('' for a quote without one). */
function groupQuotes(sources: readonly PeopleSource[]): Map<string, Map<string, Group>> {
  const byName = new Map<string, Map<string, Group>>();
  for (const { article, quotes, time: known } of sources) {
    // Once per article: parsing its date once per quote was a third of the build.
    const time = known ?? articleTime(article);
    for (const quote of quotes) {
      const speaker = quote.speaker?.trim();
      if (!speaker) continue;
      const nameKey = foldForPeople(speaker);
      if (nameKey === '') continue;
      const role = quote.role?.trim() ?? '';
      const roleKey = role ? foldForPeople(role) : '';
      let roles = byName.get(nameKey);
      if (!roles) byName.set(nameKey, (roles = new Map()));
      let group = roles.get(roleKey);
      if (!group) roles.set(roleKey, (group = { quotes: [] }));
      group.quotes.push({ text: quote.text, kind: quote.kind, block: quote.anchor.block, article, time, speaker, role: role || null });
    }
  }
  return byName;
}

/**
 * A quote without a role belongs to the one person of that name who has a role, when there
 * is exactly one: the outline names the role at the first mention only. With two roles
 * ("Jane Doe, minister" and "Jane Doe, actress") it cannot be told whose it is, and stays apart.
 */
function mergeRoleless(roles: Map<string, Group>): void {
  if (roles.size !== 2) return;
  const roleless = roles.get('');
  if (!roleless) return;
  const [, other] = [...roles].find(([key]) => key !== '') ?? [];
  if (!other) return;
  // A loop, not push(...list): a speaker quoted 100,000 times would overflow the call stack.
  for (const quote of roleless.quotes) other.quotes.push(quote);
  roles.delete('');
}

function byDateThenPlace(a: PersonQuote, b: PersonQuote): number {
  if (a.time !== b.time) return b.time - a.time;
  if (a.article.id !== b.article.id) return a.article.id < b.article.id ? -1 : 1;
  return a.block - b.block;
}

/** Every spelling met, one per quote (most people have one), and every role given. */
function spellingsOf(quotes: readonly PersonQuote[]): { names: string[]; roles: string[] } {
  const names: string[] = [];
  const roles: string[] = [];
  for (const quote of quotes) {
    names.push(quote.speaker);
    if (quote.role) roles.push(quote.role);
  }
  return { names, roles };
}

function personOf(key: string, quotes: PersonQuote[]): Person {
  if (quotes.length > 1) quotes.sort(byDateThenPlace);
  const { names, roles } = spellingsOf(quotes);
  const nameKey = nameKeyOf(key);
  return {
    key,
    name: mostUsed(names) ?? nameKey,
    role: mostUsed(roles),
    quotes,
    articles: articleCount(quotes),
    latest: quotes[0]?.time ?? 0,
    searchText: searchTextOfKey(key),
  };
}

/** Folded name and role of a person's key, each word after a space (searchPeople); a separated person's label is not searched. */
export function searchTextOfKey(key: string): string {
  const [name = '', role = ''] = key.split('|', 2);
  return ` ${name}${role ? ` ${role}` : ''}`;
}

/**
 * One article's speaker as the index holds them: folded name, folded role as that article
 * gives it ('' for none), and the article. The reader's separations (people-splits.ts) name
 * speakers so: "nguyen van quang|chu tich@<article id>" ("@" is neither in folded text nor in an id).
 */
export function speakerRef(nameKey: string, roleKey: string, article: string): string {
  return `${nameKey}|${roleKey}@${article}`;
}

/** A quote's speaker in the form speakerRef gives. */
export function speakerRefOf(nameKey: string, quote: PersonQuote): string {
  return speakerRef(nameKey, quote.role ? foldForPeople(quote.role) : '', quote.article.id);
}

/**
 * Takes the speakers the reader separated (`splits`: speakerRef → the person they are now)
 * out of the people Lede made, into people of their own. Applied after the automatic grouping,
 * so the people left keep their keys, and an article saved later joins them, not a separated
 * one: Lede cannot tell which of the two a new article means.
 */
function separate(nameKey: string, quotes: PersonQuote[], splits: ReadonlyMap<string, string>, apart: Map<string, PersonQuote[]>): PersonQuote[] {
  const kept: PersonQuote[] = [];
  for (const quote of quotes) {
    const into = splits.get(speakerRefOf(nameKey, quote));
    if (into === undefined) {
      kept.push(quote);
      continue;
    }
    const group = apart.get(into);
    if (group) group.push(quote);
    else apart.set(into, [quote]);
  }
  return kept;
}

/** The list's order: the most quoted first, then the most recently quoted, then by key, so the order never depends on reading order. */
export function byMostQuoted(a: { quotes: number; latest: number; key: string }, b: { quotes: number; latest: number; key: string }): number {
  return b.quotes - a.quotes || b.latest - a.latest || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Everyone quoted in `sources`, the most quoted first; the speakers the reader separated
 * (`splits`, speakerRef → person key) as the people they were separated into.
 */
export function peopleOf(sources: readonly PeopleSource[], splits: ReadonlyMap<string, string> = new Map()): Person[] {
  const people: Person[] = [];
  const apart = new Map<string, PersonQuote[]>();
  for (const [nameKey, roles] of groupQuotes(sources)) {
    mergeRoleless(roles);
    for (const [roleKey, group] of roles) {
      const quotes = splits.size === 0 ? group.quotes : separate(nameKey, group.quotes, splits, apart);
      if (quotes.length > 0) people.push(personOf(`${nameKey}|${roleKey}`, quotes));
    }
  }
  for (const [key, quotes] of apart) people.push(personOf(key, quotes));
  return people.sort((a, b) => byMostQuoted({ ...a, quotes: a.quotes.length }, { ...b, quotes: b.quotes.length }));
}

/** The folded name of a person's key ("nguyen van quang|chu tich" → "nguyen van quang"); folded text never holds "|". */
export function nameKeyOf(key: string): string {
  return key.slice(0, Math.max(0, key.indexOf('|')));
}

/** What tells apart the people separated by hand from one person Lede made: letters, digits, "-", "_" (an article's id, numbered on). */
const SEPARATED_LABEL = /^[A-Za-z0-9_-]{1,120}$/u;

/**
 * Whether `key` is a person's key as peopleOf makes them: a folded name, "|", a folded role
 * or nothing, and for a person separated by hand (people-splits.ts) "|" and a label. Keys
 * from a file are checked so: nothing else can name a person.
 */
export function isPersonKey(key: string): boolean {
  if (key.length > 2_250) return false;
  const [name = '', role = '', label, ...rest] = key.split('|');
  if (name === '' || rest.length > 0 || (label !== undefined && !SEPARATED_LABEL.test(label))) return false;
  return key.indexOf('|') > 0 && foldForPeople(name) === name && foldForPeople(role) === role;
}

/** The person Lede made that a separated person was taken from ("jane doe|minister|a1" → "jane doe|minister"); a person Lede made is their own. */
export function madeKeyOf(key: string): string {
  const second = key.indexOf('|', key.indexOf('|') + 1);
  return second < 0 ? key : key.slice(0, second);
}

/** Articles among quotes sorted by byDateThenPlace: one article's quotes are next to each other. */
function articleCount(quotes: readonly PersonQuote[]): number {
  let articles = 0;
  for (let i = 0; i < quotes.length; i++) if (i === 0 || quotes[i]?.article.id !== quotes[i - 1]?.article.id) articles++;
  return articles;
}

/**
 * The people the reader merged by hand as one (people-merges.ts): named by `key`'s person
 * when still quoted, else by the most quoted of them; every quote, newest first.
 */
export function combinePeople(key: string, people: readonly Person[]): Person | null {
  const first = people.find((person) => person.key === key) ?? people[0];
  if (!first) return null;
  if (people.length === 1) return { ...first, key };
  const quotes = people.flatMap((person) => person.quotes).sort(byDateThenPlace);
  return { key, name: first.name, role: first.role, quotes, articles: articleCount(quotes), latest: quotes[0]?.time ?? 0, searchText: people.map((person) => person.searchText).join('') };
}

/** Scripts written without spaces: a query word there may start anywhere in a name. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * People whose name or role holds every word of `query`, each as the start of a word
 * ("nguyen van q" finds "Nguyễn Văn Quang"; "quang" finds him too, "uang" does not),
 * in the list's order. An empty query is everyone.
 */
export function searchPeople<P extends { searchText: string }>(people: readonly P[], query: string): readonly P[] {
  const words = foldForPeople(query).split(' ').filter((word) => word !== '');
  if (words.length === 0) return people;
  const needles = words.map((word) => (UNSPACED.test(word) ? word : ` ${word}`));
  return people.filter((person) => needles.every((needle) => person.searchText.includes(needle)));
}

/** Quotes grouped by article, in the person's order (newest article first): the view and the Markdown export list them so. */
export function quotesByArticle(quotes: readonly PersonQuote[]): [QuotedArticle, PersonQuote[]][] {
  const groups = new Map<QuotedArticle, PersonQuote[]>();
  for (const quote of quotes) {
    const group = groups.get(quote.article);
    if (group) group.push(quote);
    else groups.set(quote.article, [quote]);
  }
  return [...groups];
}
