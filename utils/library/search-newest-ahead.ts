import type { LibraryDatabase } from './db';
import { MemoryIndexBuilder } from './memory-index';
import { readNewestRecords, type NewestIndexed } from './search-newest-scan';
import { TimeSlices } from './time-slices';

/**
 * The newest records read and indexed (every token they hold) in time slices: a keystroke or
 * a paint that comes meanwhile waits one slice at most. About 100 records' tokens take 10–20 ms
 * to intern in Chromium on a busy machine, which a first search would otherwise spend.
 */
export async function readAndIndexNewest(db: LibraryDatabase): Promise<NewestIndexed> {
  const records = await readNewestRecords(db);
  const slices = new TimeSlices();
  const builder = new MemoryIndexBuilder(records.entries);
  for (const search of records.searches) {
    if (search) builder.add(search);
    await slices.between();
  }
  const index = builder.build();
  slices.done();
  return { ...records, index };
}

/**
 * The newest records read and indexed once, as the page's first list is read (beside it, not
 * after it): a first search typed while the saved index is read (or built) then only ranks
 * them, as the next keystrokes rank the whole index. Started after the list, their read took
 * most of a first search typed as the list appeared (86 ms of 125 in Chromium at 50,000
 * outlines while the saved copy was read), and their index 10–20 ms more.
 * Any write here or in another page drops them (a later search reads them afresh), and so does
 * the index once it is held: no answer is ever made from records older than the last write heard.
 */
export class NewestRecordsAhead {
  readonly #db: LibraryDatabase;
  #records: Promise<NewestIndexed | null> | null = null;
  #asked = false;

  constructor(db: LibraryDatabase) {
    this.#db = db;
  }

  /** Starts the read, the first time only: after a write, the records are read again by the search that needs them. */
  readOnce(): void {
    if (this.#asked) return;
    this.#asked = true;
    // Null if the read failed (the database closed meanwhile): the search that takes it reads again and meets the failure there.
    this.#records = readAndIndexNewest(this.#db).catch(() => null);
  }

  /** What was read and indexed ahead (perhaps still being read), or null when nothing current is held. */
  get records(): Promise<NewestIndexed | null> | null {
    return this.#records;
  }

  /**
   * Once what was asked is read and indexed (at once when nothing is being read). The index's
   * build and a large saved copy's read wait for it: their reads, beside these 100 records',
   * made a first search typed as the list appeared wait 130–600 ms for them in Chromium at
   * 50,000 outlines on a busy machine.
   */
  async settled(): Promise<void> {
    await this.#records;
  }

  /** A write here or elsewhere, or the index is held: what was read may be stale, or is no longer needed. */
  drop(): void {
    this.#records = null;
  }
}
