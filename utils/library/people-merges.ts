import type { PeopleMerge, WriteFailure } from './schema';
import { PEOPLE_MERGES } from './db-schema';
import { writeTransaction, type LibraryDatabase, type WriteTransaction } from './db';
import { isPersonKey } from './people';
import { InvalidField, expectArray, expectObject, expectString } from './validate';
import { isSplitEntry } from './people-splits';

/**
 * The reader's own word on who is who: two people the library lists apart ("Nguyễn Văn
 * Quang, Chủ tịch UBND" and "ông Quang") merged into one, or such a merge undone. Kept in
 * their own store by person key (people.ts), so a merge holds through later saves and
 * deletes and the index (speaker-index.ts) never needs rewriting for it; applied when the
 * people are read (people-read.ts). Every merge points at a person not merged further, so
 * a person's group is the merges into its key.
 */

export type PeopleWriteResult = { ok: true } | WriteFailure;

/** Merges kept at most: a file with more is refused, and the reader never makes that many by hand. */
export const MAX_MERGES = 10_000;

/** Where `key` ends up: the person it was merged into, or itself. */
export function mergedInto(merges: ReadonlyMap<string, string>, key: string): string {
  return merges.get(key) ?? key;
}

/** The merges by hand: the store also keeps the reader's separations (people-splits.ts), which are no merge. */
async function mergeMap(tx: WriteTransaction): Promise<Map<string, string>> {
  return new Map((await tx.objectStore(PEOPLE_MERGES).getAll()).filter((entry) => !isSplitEntry(entry)).map((merge) => [merge.from, merge.into]));
}

/** Puts `from` (and whoever was merged into it) into `into`'s group, inside the caller's transaction. */
async function mergeInTx(tx: WriteTransaction, merges: Map<string, string>, from: string, into: string): Promise<boolean> {
  const root = mergedInto(merges, into);
  const source = mergedInto(merges, from);
  if (root === source) return false;
  const store = tx.objectStore(PEOPLE_MERGES);
  const moved = [source, ...[...merges].filter(([, target]) => target === source).map(([key]) => key)];
  for (const key of moved) merges.set(key, root);
  await Promise.all(moved.map((key) => store.put({ from: key, into: root })));
  return true;
}

const NOT_A_PERSON: WriteFailure = { ok: false, reason: 'failed', message: 'This person is no longer in the library.' };

/** Lists `from` as part of the person `into` from now on (both person keys). */
export async function mergePeople(db: LibraryDatabase, from: string, into: string): Promise<PeopleWriteResult> {
  if (!isPersonKey(from) || !isPersonKey(into)) return NOT_A_PERSON;
  const result = await writeTransaction(db, async (tx) => mergeInTx(tx, await mergeMap(tx), from, into));
  return result.ok ? { ok: true } : result;
}

/**
 * Undoes merges: `key` taken out of the group it was merged into, or, for the person a group
 * is named after, the whole group apart again.
 */
export async function splitPerson(db: LibraryDatabase, key: string): Promise<PeopleWriteResult> {
  const result = await writeTransaction(db, async (tx) => {
    const store = tx.objectStore(PEOPLE_MERGES);
    const merges = await mergeMap(tx);
    const apart = merges.has(key) ? [key] : [...merges].filter(([, target]) => target === key).map(([from]) => from);
    await Promise.all(apart.map((from) => store.delete(from)));
  });
  return result.ok ? { ok: true } : result;
}

/** Every merge by hand, in key order: what an export carries. */
export async function readMerges(db: LibraryDatabase): Promise<PeopleMerge[]> {
  return (await db.getAll(PEOPLE_MERGES)).filter((entry) => !isSplitEntry(entry));
}

function expectPersonKey(value: unknown, path: string): string {
  const key = expectString(value, path, 2_250);
  if (!isPersonKey(key)) throw new InvalidField(path, 'expected a person as Lede names them ("name|role", folded)');
  return key;
}

/**
 * The merges of an export file (its `people.merges`), checked whole: each a pair of person
 * keys, no person merged twice or into itself. Throws InvalidField, as the item checks do.
 * The file's separations (`people.splits`) are people-splits.ts's to check.
 */
export function expectMerges(value: unknown, path: string): PeopleMerge[] {
  const fields = expectObject(value, path);
  for (const key of Object.keys(fields)) if (key !== 'merges' && key !== 'splits') throw new InvalidField(`${path}.${key}`, 'unknown field');
  const seen = new Set<string>();
  return expectArray(fields.merges, `${path}.merges`, MAX_MERGES).map((entry, i) => {
    const at = `${path}.merges[${i}]`;
    const merge = expectObject(entry, at);
    for (const key of Object.keys(merge)) if (key !== 'from' && key !== 'into') throw new InvalidField(`${at}.${key}`, 'unknown field');
    const from = expectPersonKey(merge.from, `${at}.from`);
    const into = expectPersonKey(merge.into, `${at}.into`);
    if (from === into) throw new InvalidField(at, 'a person merged into themself');
    if (seen.has(from)) throw new InvalidField(`${at}.from`, 'merged twice');
    seen.add(from);
    return { from, into };
  });
}

/**
 * An import's merges, in its transaction (import.ts): the reader's own merges win over the
 * file's where they disagree, and chains in the file are followed to the person they end at.
 */
export async function importMerges(tx: WriteTransaction, merges: readonly PeopleMerge[]): Promise<void> {
  const current = await mergeMap(tx);
  const local = new Set(current.keys());
  for (const { from, into } of merges) {
    if (local.has(from)) continue;
    await mergeInTx(tx, current, from, into);
  }
}
