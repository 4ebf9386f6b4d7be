/**
 * Tells open library pages that the library changed in another page (a save from the
 * popup, an edit in a second library tab). IndexedDB has no change events, and every
 * extension page shares this origin, so a BroadcastChannel reaches them all.
 */
const CHANNEL = 'lede-library-changes';

export function announceLibraryChange(): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `onChange` when another page changes the library; returns the unsubscribe function. */
export function listenForLibraryChanges(onChange: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => onChange();
  return () => channel.close();
}
