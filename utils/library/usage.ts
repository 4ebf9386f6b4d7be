import { ALL_STORES } from './db-schema';
import { LIST_ENTRIES, type LibraryDatabase } from './db';

export interface StorageUsage {
  bytes: number;
  /** What the browser allows this extension, when it says. */
  quota: number | null;
  /** True when counted from the records because the browser gave no estimate. */
  approximate: boolean;
  count: number;
}

/** The part of StorageManager this module needs; tests and Node pass their own. */
export interface StorageEstimator {
  estimate(): Promise<{ usage?: number; quota?: number }>;
}

function browserStorage(): StorageEstimator | undefined {
  const nav = (globalThis as { navigator?: { storage?: StorageEstimator } }).navigator;
  return nav?.storage;
}

async function countedBytes(db: LibraryDatabase): Promise<number> {
  let bytes = 0;
  for (const name of ALL_STORES) {
    for (let cursor = await db.transaction(name, 'readonly').store.openCursor(); cursor; cursor = await cursor.continue()) {
      // UTF-16 in memory; browsers store compressed, so this overstates rather than hides usage.
      bytes += JSON.stringify(cursor.value).length * 2;
    }
  }
  return bytes;
}

/**
 * Space the library takes: the browser's own estimate for the extension's origin when it
 * has one (that is what counts against the quota), else a count from the records.
 */
export async function storageUsage(db: LibraryDatabase, storage: StorageEstimator | undefined = browserStorage()): Promise<StorageUsage> {
  const count = await db.count(LIST_ENTRIES);
  if (storage) {
    try {
      const estimate = await storage.estimate();
      if (typeof estimate.usage === 'number') return { bytes: estimate.usage, quota: estimate.quota ?? null, approximate: false, count };
    } catch {
      // Some browsers refuse estimates in private windows; fall back to counting.
    }
  }
  return { bytes: await countedBytes(db), quota: null, approximate: true, count };
}

/** Asks the browser not to evict the library under storage pressure; harmless if refused. */
export async function keepLibraryPersistent(): Promise<boolean> {
  const nav = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean> } } }).navigator;
  try {
    return (await nav?.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
