import { browser } from 'wxt/browser';
import { PANEL_REQUEST_KEY, requestForPanel, type PanelRequest } from '@/utils/panel/panel-tabs';

/**
 * Calls back with each toolbar click (or shortcut) meant for the panel in `windowId`: the one
 * that opened it, found in storage.session when the panel starts, and every later one.
 * The same request may be reported twice (found at start and seen changing): callers compare `at`.
 * `onChecked`: the start is checked (a request found or none), so the panel may say "click Lede".
 */
export function watchPanelRequests(windowId: number, onRequest: (request: PanelRequest) => void, onChecked: () => void = () => undefined): () => void {
  let live = true;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session') return;
    const request = requestForPanel(changes[PANEL_REQUEST_KEY]?.newValue, windowId, Date.now(), 'while open');
    if (request) onRequest(request);
  };
  browser.storage.onChanged.addListener(listener);
  browser.storage.session
    .get(PANEL_REQUEST_KEY)
    .then((stored) => {
      const request = requestForPanel(stored[PANEL_REQUEST_KEY], windowId, Date.now(), 'at start');
      if (live && request) onRequest(request);
    })
    .catch(() => undefined)
    .finally(() => live && onChecked());
  return () => {
    live = false;
    browser.storage.onChanged.removeListener(listener);
  };
}

/** The toolbar button's shortcut as the reader set it (chrome://extensions/shortcuts), or null. */
export async function toolbarShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    const command = commands.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action');
    return command?.shortcut ? command.shortcut : null;
  } catch {
    return null;
  }
}
