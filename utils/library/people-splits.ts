import type { PeopleMerge, PeopleSplit, SavedOutline, WriteFailure } from './schema';
import { LIST_ENTRIES, PEOPLE_MERGES } from './db-schema';
import { writeTransaction, type LibraryDatabase, type WriteTransaction } from './db';
import { isPersonKey, madeKeyOf, nameKeyOf } from './people';
import { InvalidField, RECORD_ID, expectArray, expectObject, expectString } from './validate';

/**
 * The reader's word that people Lede put together on its own are not one: one article's
 * speaker (or several) taken out of the person Lede made ("Jane Doe, minister" in two
 * articles) into a person of their own, "jane doe|minister|<label>". Kept in the store of
 * merges by hand (people-merges.ts), `{ from: "<name|role>@<article>", into }`, so no
 * database upgrade was needed and the index (speaker-index.ts) is never rewritten for it;
 * applied when the people are read (people-read.ts, people.ts peopleOf).
 *
 * A separation names the speakers of the articles the reader saw. An article saved or
 * imported later with the same name and role joins the person Lede made, not the separated
 * one: Lede cannot tell which of the two it means (the reader can separate it too, and merge
 * it into the other by hand). A separation holds through saving the same article again while
 * it names the speaker the same way, and through delete and undo; "Merge back" undoes it.
 */

export type SeparateResult = { ok: true; key: string } | WriteFailure;
export type MergeBackResult = { ok: true; into: string } | WriteFailure;

/** Speakers separated at most, kept or imported: the reader never separates that many by hand. */
export const MAX_SPLITS = 10_000;

/** A stored entry that is a separation (its `from` names an article), not a merge of two people. */
export function isSplitEntry(entry: PeopleMerge): boolean {
  return entry.from.includes('@');
}

/** A separation as an export writes it, or null for a merge by hand. */
export function splitOf(entry: PeopleMerge): PeopleSplit | null {
  const at = entry.from.lastIndexOf('@');
  if (at < 0) return null;
  return { article: entry.from.slice(at + 1), speaker: entry.from.slice(0, at), into: entry.into };
}

/** The store's entries as merges by hand and separations (speakerRef → person), for reading the people. */
export function partitionPeopleEntries(entries: readonly PeopleMerge[]): { merges: PeopleMerge[]; splits: Map<string, string> } {
  const merges: PeopleMerge[] = [];
  const splits = new Map<string, string>();
  for (const entry of entries) {
    if (isSplitEntry(entry)) splits.set(entry.from, entry.into);
    else merges.push(entry);
  }
  return { merges, splits };
}

/** Whether `ref` names one article's speaker as people.ts speakerRef does, of the folded name `nameKey`. */
function isSpeakerRefOf(ref: string, nameKey: string): boolean {
  const split = splitOf({ from: ref, into: '' });
  return split !== null && RECORD_ID.test(split.article) && isPersonKey(split.speaker) && madeKeyOf(split.speaker) === split.speaker && nameKeyOf(split.speaker) === nameKey;
}

const REFUSED: WriteFailure = { ok: false, reason: 'failed', message: 'These quotes can no longer be separated: the library changed. Open the person again.' };

/** A key for the separated person no entry uses yet: the person Lede made, "|", the first article's id, numbered on when taken. */
function freeKey(base: string, article: string, entries: readonly PeopleMerge[]): string {
  const taken = new Set(entries.flatMap((entry) => [entry.from, entry.into]));
  let key = `${base}|${article}`;
  for (let n = 2; taken.has(key); n++) key = `${base}|${article}-${n}`;
  return key;
}

/**
 * Takes the speakers `refs` (people.ts speakerRef), now part of the person `from` (a key
 * peopleOf made, before merges by hand), out into a person of their own; returns its key.
 */
export async function separateSpeakers(db: LibraryDatabase, refs: readonly string[], from: string): Promise<SeparateResult> {
  const nameKey = nameKeyOf(from);
  const first = refs[0];
  if (!isPersonKey(from) || first === undefined || refs.length > MAX_SPLITS || !refs.every((ref) => isSpeakerRefOf(ref, nameKey))) return REFUSED;
  const article = splitOf({ from: first, into: '' })?.article ?? 'separated';
  const result = await writeTransaction(db, async (tx) => {
    const store = tx.objectStore(PEOPLE_MERGES);
    const key = freeKey(madeKeyOf(from), article, await store.getAll());
    await Promise.all(refs.map((ref) => store.put({ from: ref, into: key })));
    return key;
  });
  return result.ok ? { ok: true, key: result.value } : result;
}

/**
 * Undoes a separation: every speaker separated into `key` goes back to the person Lede made
 * of them (returned, as it is now named after merges by hand), and so do the people the
 * reader had merged into `key`.
 */
export async function mergeBack(db: LibraryDatabase, key: string): Promise<MergeBackResult> {
  const made = madeKeyOf(key);
  if (!isPersonKey(key) || made === key) return REFUSED;
  const result = await writeTransaction(db, async (tx) => {
    const store = tx.objectStore(PEOPLE_MERGES);
    const entries = await store.getAll();
    const merges = new Map(entries.filter((entry) => !isSplitEntry(entry)).map((entry) => [entry.from, entry.into]));
    // Merges always point at a person not merged further (people-merges.ts): one step finds where the made person is listed.
    const mergedTo = merges.get(made);
    const target = mergedTo === undefined || mergedTo === key ? made : mergedTo;
    const writes: Promise<unknown>[] = [];
    for (const entry of entries) {
      if (entry.into === key && (isSplitEntry(entry) || entry.from === target)) writes.push(store.delete(entry.from));
      else if (entry.into === key) writes.push(store.put({ from: entry.from, into: target }));
      else if (entry.from === key) writes.push(store.delete(entry.from));
    }
    await Promise.all(writes);
    return target;
  });
  return result.ok ? { ok: true, into: result.value } : result;
}

/** The separations to export: all of them, or those of the articles `ids`. */
export async function readSplits(db: LibraryDatabase, ids?: readonly string[]): Promise<PeopleSplit[]> {
  const wanted = ids ? new Set(ids) : null;
  const splits: PeopleSplit[] = [];
  for (const entry of await db.getAll(PEOPLE_MERGES)) {
    const split = splitOf(entry);
    if (split && (!wanted || wanted.has(split.article))) splits.push(split);
  }
  return splits;
}

function expectKey(value: unknown, path: string, separated: boolean): string {
  const key = expectString(value, path, 2_250);
  if (!isPersonKey(key) || (madeKeyOf(key) !== key) !== separated) {
    throw new InvalidField(path, separated ? 'expected a person separated by hand ("name|role|label", folded)' : 'expected a speaker as Lede names them ("name|role", folded)');
  }
  return key;
}

/**
 * The separations of an export file (its `people.splits`), checked whole: each an article's
 * id, a speaker, and a separated person of the same name; no speaker of an article twice.
 * Throws InvalidField, as the item checks do.
 */
export function expectSplits(value: unknown, path: string): PeopleSplit[] {
  const seen = new Set<string>();
  return expectArray(value, path, MAX_SPLITS).map((entry, i) => {
    const at = `${path}[${i}]`;
    const fields = expectObject(entry, at);
    for (const key of Object.keys(fields)) if (!['article', 'speaker', 'into'].includes(key)) throw new InvalidField(`${at}.${key}`, 'unknown field');
    const article = expectString(fields.article, `${at}.article`, 100);
    if (!RECORD_ID.test(article)) throw new InvalidField(`${at}.article`, 'expected letters, digits, "-" or "_"');
    const speaker = expectKey(fields.speaker, `${at}.speaker`, false);
    const into = expectKey(fields.into, `${at}.into`, true);
    if (nameKeyOf(into) !== nameKeyOf(speaker)) throw new InvalidField(`${at}.into`, 'a speaker separated into someone of another name');
    const from = `${speaker}@${article}`;
    if (seen.has(from)) throw new InvalidField(at, 'separated twice');
    seen.add(from);
    return { article, speaker, into };
  });
}

/**
 * An import's separations, in its transaction (import.ts), after its records are written:
 * each follows its article to the id it has in this library (found by address: an article
 * already saved keeps its own id), and the reader's own decision on a speaker wins.
 */
export async function importSplits(tx: WriteTransaction, splits: readonly PeopleSplit[], records: readonly Pick<SavedOutline, 'id' | 'url'>[]): Promise<void> {
  if (splits.length === 0) return;
  const urlOf = new Map(records.map((record) => [record.id, record.url]));
  const store = tx.objectStore(PEOPLE_MERGES);
  const byUrl = tx.objectStore(LIST_ENTRIES).index('url');
  const [kept, localIds] = await Promise.all([
    store.getAllKeys(),
    Promise.all(splits.map(async ({ article }) => {
      const url = urlOf.get(article);
      return url === undefined ? undefined : byUrl.getKey(url);
    })),
  ]);
  const local = new Set(kept);
  const writes: Promise<unknown>[] = [];
  splits.forEach(({ speaker, into }, i) => {
    const id = localIds[i];
    const from = id === undefined ? null : `${speaker}@${id}`;
    if (from === null || local.has(from)) return;
    local.add(from);
    writes.push(store.put({ from, into }));
  });
  await Promise.all(writes);
}
