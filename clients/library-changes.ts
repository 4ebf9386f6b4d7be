import type { Broadcast } from '@/utils/messages';

/** The channel of the events typed in utils/messages.ts (BroadcastMap). */
const BROADCAST_CHANNEL = 'lede-events';
/** More ids than a library can hold (import's limit): anything longer is no event of ours. */
const MAX_IDS = 100_000;

/**
 * The records a change names, or null when it names none a page can trust: an event from
 * an older release (no ids) or anything malformed. Null makes a page rebuild its index.
 */
function changedIds(payload: unknown): string[] | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { ids } = payload as { ids?: unknown };
  if (!Array.isArray(ids) || ids.length > MAX_IDS) return null;
  return ids.every((id): id is string => typeof id === 'string') ? ids : null;
}

function isLibraryChange(value: unknown): value is { type: 'BG_LIBRARY_CHANGED'; payload: unknown } {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'BG_LIBRARY_CHANGED';
}

/**
 * Tells open library pages that the library changed in another page or in the background
 * (a save from the popup, an edit in a second library tab), naming the records the write
 * touched. IndexedDB has no change events, and every extension page and the background
 * share this origin, so a BroadcastChannel reaches them all. The events are typed in
 * utils/messages.ts like every message.
 */
export function announceLibraryChange(ids: readonly string[]): void {
  const channel = new BroadcastChannel(BROADCAST_CHANNEL);
  const event: Broadcast = { type: 'BG_LIBRARY_CHANGED', payload: { ids: [...ids] } };
  channel.postMessage(event);
  channel.close();
}

/**
 * Calls `onChange` with the changed ids (null: unknown) when a context changes the
 * library; returns the unsubscribe function. A page hears its own announcements too.
 */
export function listenForLibraryChanges(onChange: (ids: string[] | null) => void): () => void {
  const channel = new BroadcastChannel(BROADCAST_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isLibraryChange(event.data)) onChange(changedIds(event.data.payload));
  };
  return () => channel.close();
}
