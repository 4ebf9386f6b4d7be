import type { ExtractResult } from './read-page';

/**
 * Every message that crosses contexts, named after the context that sends it
 * (UI_ = popup or extension page). Request and response types sit side by side.
 */
export interface MessageMap {
  /** Popup asks the background to read the article of a tab. */
  UI_EXTRACT_TAB: { request: { tabId: number }; response: ExtractResult };
}

export type MessageName = keyof MessageMap;

export type Message = {
  [K in MessageName]: { type: K; payload: MessageMap[K]['request'] };
}[MessageName];

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'UI_EXTRACT_TAB';
}

/** The one way UI code sends a message: the response type follows from the name. */
export async function sendMessage<K extends MessageName>(
  send: (message: unknown) => Promise<unknown>,
  type: K,
  payload: MessageMap[K]['request'],
): Promise<MessageMap[K]['response']> {
  return (await send({ type, payload })) as MessageMap[K]['response'];
}
