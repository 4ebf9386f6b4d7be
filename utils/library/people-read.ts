import type { IDBPTransaction } from 'idb';
import { LIST_ENTRIES, PEOPLE_MERGES, SPEAKERS, SPEAKER_QUOTES, type LibraryDatabase } from './db';
import type { LibrarySchema } from './db-schema';
import type { LibraryEntry, SpeakerSummary } from './schema';
import { byMostQuoted, combinePeople, madeKeyOf, nameKeyOf, peopleOf, searchTextOfKey, type PeopleSource, type Person, type QuotedArticle } from './people';
import { nameRange, summariesOf } from './speaker-index';
import type { PeopleWriteResult } from './people-merges';
import { partitionPeopleEntries, type MergeBackResult, type SeparateResult } from './people-splits';
import { sourcesOf, type SpeakerSource } from './people-sources';

/**
 * The People view's reads, from the stored index (speaker-index.ts) and the reader's merges
 * (people-merges.ts) and separations (people-splits.ts): the list from the summaries alone
 * (the names with a separation made again from their rows), one person's quotes when opened.
 */

/** One line of the list: a person, or people merged by hand into one. */
export interface PersonSummary {
  key: string;
  name: string;
  role: string | null;
  quotes: number;
  articles: number;
  latest: number;
  /** Folded names and roles, each word after a space (people.ts, searchPeople); a merged person's of all its people. */
  searchText: string;
  /** The people merged into this one by hand, as the list would show them apart; empty for most. */
  merged: SpeakerSummary[];
}

/** A person separated by hand, as listed on the page of the person they were taken from. */
export interface SeparatedPerson {
  key: string;
  name: string;
  role: string | null;
  quotes: number;
}

/** One person opened: every quote, where each comes from, and the separations by hand around them. */
export interface PersonDetail extends Person {
  /** Each article's speaker that makes up this person (people-sources.ts), newest article first. */
  sources: SpeakerSource[];
  /** People separated by hand from the people Lede made that this one is made of. */
  separated: SeparatedPerson[];
  /** For a person separated by hand: the person Lede made, whom "Merge back" returns them to, and its name while quoted. */
  separatedFrom: { key: string; name: string | null } | null;
}

/** What the People view is given (clients/library-client.ts): reads, and the reader's merges and splits. */
export interface PeopleAccess {
  /** Everyone quoted; null if `signal` aborts. */
  list(signal: AbortSignal): Promise<PersonSummary[] | null>;
  /** The first people of the list and how many there are, read before the rest (readFirstPeople); null when it cannot be told so. */
  first(count: number): Promise<FirstPeople | null>;
  person(key: string): Promise<PersonDetail | null>;
  merge(from: string, into: string): Promise<PeopleWriteResult>;
  split(key: string): Promise<PeopleWriteResult>;
  /** Takes article speakers (people.ts speakerRef) out of the person `from` into one of their own (people-splits.ts). */
  separate(refs: readonly string[], from: string): Promise<SeparateResult>;
  /** Undoes a separation: the person `key` back into the person Lede made. */
  mergeBack(key: string): Promise<MergeBackResult>;
}

const STORES = [SPEAKERS, SPEAKER_QUOTES, PEOPLE_MERGES, LIST_ENTRIES] as const;
type PeopleTx = IDBPTransaction<LibrarySchema, (typeof STORES)[number][], 'readonly'>;

function searchTextOf({ key }: SpeakerSummary): string {
  return searchTextOfKey(key);
}

function listed(summary: SpeakerSummary): PersonSummary {
  return { key: summary.key, name: summary.name, role: summary.role, quotes: summary.quotes, articles: summary.articles, latest: summary.latest, searchText: searchTextOf(summary), merged: [] };
}

function quotedArticle({ id, url, title, byline, published, siteName, lang, savedAt }: LibraryEntry): QuotedArticle {
  return { id, url, title, byline, published, siteName, lang, savedAt };
}

/** Everyone quoted under the folded names of `keys`, with every quote and its article read from the list's store, separations applied. */
async function readPeopleNamed(tx: PeopleTx, keys: ReadonlySet<string>, splits: ReadonlyMap<string, string>): Promise<Person[]> {
  const nameKeys = [...new Set([...keys].map(nameKeyOf))];
  const rows = (await Promise.all(nameKeys.map((nameKey) => tx.objectStore(SPEAKER_QUOTES).getAll(nameRange(nameKey))))).flat();
  const ids = [...new Set(rows.map((row) => row.article))];
  const entries = await Promise.all(ids.map((id) => tx.objectStore(LIST_ENTRIES).get(id)));
  const articles = new Map<string, QuotedArticle>();
  for (const entry of entries) if (entry) articles.set(entry.id, quotedArticle(entry));
  const sources: PeopleSource[] = [];
  for (const row of rows) {
    const article = articles.get(row.article);
    if (article) sources.push({ article, quotes: row.quotes, time: row.time });
  }
  return peopleOf(sources, splits);
}

/** The people of `keys` as one: `key` names them (combinePeople). */
async function readGroup(tx: PeopleTx, key: string, keys: ReadonlySet<string>, splits: ReadonlyMap<string, string>): Promise<Person | null> {
  return combinePeople(key, (await readPeopleNamed(tx, keys, splits)).filter((person) => keys.has(person.key)));
}

/**
 * The summaries with the reader's separations applied: the people of each name a separation
 * names made again from that name's rows (the stored summaries know nothing of them).
 */
async function separatedSummaries(tx: PeopleTx, summaries: SpeakerSummary[], splits: ReadonlyMap<string, string>): Promise<SpeakerSummary[]> {
  if (splits.size === 0) return summaries;
  const names = new Set([...splits.values()].map(nameKeyOf));
  const made = await Promise.all([...names].map(async (nameKey) => summariesOf(await tx.objectStore(SPEAKER_QUOTES).getAll(nameRange(nameKey)), splits)));
  return [...summaries.filter((summary) => !names.has(summary.nameKey)), ...made.flat()];
}

/** Groups of people merged by hand, by the key each is merged into. */
function groupsOf(merges: readonly { from: string; into: string }[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const { from, into } of merges) {
    const group = groups.get(into);
    if (group) group.add(from);
    else groups.set(into, new Set([into, from]));
  }
  return groups;
}

/**
 * Everyone quoted, the most quoted first, people merged by hand as one: the summaries and the
 * merges in one read, and only for each merged group its quotes, to count them exactly (two
 * people merged may be quoted in the same article). Null if `signal` aborts meanwhile.
 */
export async function readPeople(db: LibraryDatabase, signal?: AbortSignal): Promise<PersonSummary[] | null> {
  const tx: PeopleTx = db.transaction([...STORES], 'readonly');
  const [stored, entries] = await Promise.all([tx.objectStore(SPEAKERS).getAll(), tx.objectStore(PEOPLE_MERGES).getAll()]);
  if (signal?.aborted) return null;
  if (entries.length === 0) return stored.map(listed).sort(byMostQuoted);
  const { merges, splits } = partitionPeopleEntries(entries);
  const summaries = await separatedSummaries(tx, stored, splits);
  const groups = groupsOf(merges);
  const byKey = new Map(summaries.map((summary) => [summary.key, summary]));
  const mergedAway = new Set(merges.map((merge) => merge.from));
  const people = summaries.filter((summary) => !groups.has(summary.key) && !mergedAway.has(summary.key)).map(listed);
  const combined = await Promise.all(
    [...groups].map(async ([key, keys]) => {
      const members = [...keys].flatMap((member) => byKey.get(member) ?? []);
      if (members.length === 0) return null;
      const person = await readGroup(tx, key, keys, splits);
      if (!person) return null;
      const merged = members.filter((member) => member.key !== key);
      return { key, name: person.name, role: person.role, quotes: person.quotes.length, articles: person.articles, latest: person.latest, searchText: members.map(searchTextOf).join(''), merged };
    }),
  );
  for (const person of combined) if (person) people.push(person);
  return signal?.aborted ? null : people.sort(byMostQuoted);
}

export interface FirstPeople {
  people: PersonSummary[];
  total: number;
}

/**
 * The first `count` people of the list (readPeople's order) and how many there are, read from
 * the summaries' rank index backwards: a view of 30,000 people shows its first page without
 * reading every summary (Firefox took about a second more for all). Null when people were
 * merged or separated by hand: their places need the whole list.
 */
export async function readFirstPeople(db: LibraryDatabase, count: number): Promise<FirstPeople | null> {
  const tx = db.transaction([SPEAKERS, PEOPLE_MERGES], 'readonly');
  const [merges, total] = await Promise.all([tx.objectStore(PEOPLE_MERGES).count(), tx.objectStore(SPEAKERS).count()]);
  if (merges > 0) return null;
  const read: SpeakerSummary[] = [];
  for (let cursor = await tx.objectStore(SPEAKERS).index('rank').openCursor(null, 'prev'); cursor; cursor = await cursor.continue()) {
    const last = read[count - 1];
    // Past `count`, only those ranked the same as the last: the key settles their order (byMostQuoted).
    if (last && (cursor.value.quotes !== last.quotes || cursor.value.latest !== last.latest)) break;
    read.push(cursor.value);
  }
  return { people: read.map(listed).sort(byMostQuoted).slice(0, count), total };
}

function separatedPerson({ key, name, role, quotes }: Person): SeparatedPerson {
  return { key, name, role, quotes: quotes.length };
}

/**
 * One person (or group merged by hand) with every quote and its article, where each comes
 * from, and the people separated from them, for the person's page; null when no longer quoted.
 */
export async function readPerson(db: LibraryDatabase, key: string): Promise<PersonDetail | null> {
  const tx: PeopleTx = db.transaction([...STORES], 'readonly');
  const { merges, splits } = partitionPeopleEntries(await tx.objectStore(PEOPLE_MERGES).getAll());
  const root = merges.find((merge) => merge.from === key)?.into ?? key;
  const keys = groupsOf(merges).get(root) ?? new Set([root]);
  const everyone = await readPeopleNamed(tx, keys, splits);
  const members = everyone.filter((person) => keys.has(person.key));
  const person = combinePeople(root, members);
  if (!person) return null;
  const made = new Set([...keys].map(madeKeyOf));
  const mergedAway = new Set(merges.map((merge) => merge.from));
  const separated = everyone.filter((other) => madeKeyOf(other.key) !== other.key && made.has(madeKeyOf(other.key)) && !keys.has(other.key) && !mergedAway.has(other.key));
  const origin = madeKeyOf(root);
  const separatedFrom = origin === root ? null : { key: origin, name: everyone.find((other) => other.key === origin)?.name ?? null };
  return { ...person, sources: sourcesOf(members), separated: separated.map(separatedPerson), separatedFrom };
}
