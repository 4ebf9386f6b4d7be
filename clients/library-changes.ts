import type { Broadcast } from '@/utils/messages';

/** The channel of the events typed in utils/messages.ts (BroadcastMap). */
const BROADCAST_CHANNEL = 'lede-events';

function isBroadcast(value: unknown): value is Broadcast {
  if (typeof value !== 'object' || value === null) return false;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  return type === 'BG_LIBRARY_CHANGED' && typeof payload === 'object' && payload !== null;
}

/**
 * Tells open library pages that the library changed in another page or in the background
 * (a save from the popup, an edit in a second library tab). IndexedDB has no change events,
 * and every extension page and the background share this origin, so a BroadcastChannel
 * reaches them all. The events are typed in utils/messages.ts like every message.
 */
export function announceLibraryChange(): void {
  const channel = new BroadcastChannel(BROADCAST_CHANNEL);
  const event: Broadcast = { type: 'BG_LIBRARY_CHANGED', payload: {} };
  channel.postMessage(event);
  channel.close();
}

/** Calls `onChange` when another context changes the library; returns the unsubscribe function. */
export function listenForLibraryChanges(onChange: () => void): () => void {
  const channel = new BroadcastChannel(BROADCAST_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isBroadcast(event.data) && event.data.type === 'BG_LIBRARY_CHANGED') onChange();
  };
  return () => channel.close();
}
