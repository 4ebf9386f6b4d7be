import type { IDBPTransaction } from 'idb';
import { LIST_ENTRIES, PEOPLE_MERGES, SPEAKERS, SPEAKER_QUOTES, type LibraryDatabase } from './db';
import type { LibrarySchema } from './db-schema';
import type { LibraryEntry, SpeakerSummary } from './schema';
import { byMostQuoted, combinePeople, nameKeyOf, peopleOf, type PeopleSource, type Person, type QuotedArticle } from './people';
import { nameRange } from './speaker-index';
import type { PeopleWriteResult } from './people-merges';

/**
 * The People view's reads, from the stored index (speaker-index.ts) and the reader's merges
 * (people-merges.ts): the list from the summaries alone, one person's quotes when opened.
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

/** What the People view is given (clients/library-client.ts): reads, and the reader's merges and splits. */
export interface PeopleAccess {
  /** Everyone quoted; null if `signal` aborts. */
  list(signal: AbortSignal): Promise<PersonSummary[] | null>;
  /** The first people of the list and how many there are, read before the rest (readFirstPeople); null when it cannot be told so. */
  first(count: number): Promise<FirstPeople | null>;
  person(key: string): Promise<Person | null>;
  merge(from: string, into: string): Promise<PeopleWriteResult>;
  split(key: string): Promise<PeopleWriteResult>;
}

const STORES = [SPEAKERS, SPEAKER_QUOTES, PEOPLE_MERGES, LIST_ENTRIES] as const;
type PeopleTx = IDBPTransaction<LibrarySchema, (typeof STORES)[number][], 'readonly'>;

function searchTextOf({ key }: SpeakerSummary): string {
  const role = key.slice(key.indexOf('|') + 1);
  return ` ${nameKeyOf(key)}${role ? ` ${role}` : ''}`;
}

function listed(summary: SpeakerSummary): PersonSummary {
  return { key: summary.key, name: summary.name, role: summary.role, quotes: summary.quotes, articles: summary.articles, latest: summary.latest, searchText: searchTextOf(summary), merged: [] };
}

function quotedArticle({ id, url, title, byline, published, siteName, lang, savedAt }: LibraryEntry): QuotedArticle {
  return { id, url, title, byline, published, siteName, lang, savedAt };
}

/** The people of `keys` with every quote, their articles read from the list's store: `key` names them (combinePeople). */
async function readGroup(tx: PeopleTx, key: string, keys: ReadonlySet<string>): Promise<Person | null> {
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
  return combinePeople(key, peopleOf(sources).filter((person) => keys.has(person.key)));
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
  const [summaries, merges] = await Promise.all([tx.objectStore(SPEAKERS).getAll(), tx.objectStore(PEOPLE_MERGES).getAll()]);
  if (signal?.aborted) return null;
  if (merges.length === 0) return summaries.map(listed).sort(byMostQuoted);
  const groups = groupsOf(merges);
  const byKey = new Map(summaries.map((summary) => [summary.key, summary]));
  const mergedAway = new Set(merges.map((merge) => merge.from));
  const people = summaries.filter((summary) => !groups.has(summary.key) && !mergedAway.has(summary.key)).map(listed);
  const combined = await Promise.all(
    [...groups].map(async ([key, keys]) => {
      const members = [...keys].flatMap((member) => byKey.get(member) ?? []);
      if (members.length === 0) return null;
      const person = await readGroup(tx, key, keys);
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
 * merged by hand: a merged person's place needs the whole list.
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

/** One person (or group merged by hand) with every quote and its article, for the person's page; null when no longer quoted. */
export async function readPerson(db: LibraryDatabase, key: string): Promise<Person | null> {
  const tx: PeopleTx = db.transaction([...STORES], 'readonly');
  const merges = await tx.objectStore(PEOPLE_MERGES).getAll();
  const root = merges.find((merge) => merge.from === key)?.into ?? key;
  const keys = groupsOf(merges).get(root) ?? new Set([root]);
  return readGroup(tx, root, keys);
}
