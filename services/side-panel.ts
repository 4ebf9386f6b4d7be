import { browser, type Browser } from 'wxt/browser';
import { sidePanelOpener } from '@/clients/side-panel';
import { toolbarOpensItem } from '@/clients/toolbar-opens';
import { PANEL_REQUEST_KEY, type PanelRequest } from '@/utils/panel/panel-tabs';
import { normalizeToolbarOpens, type ToolbarOpens } from '@/utils/settings/toolbar-button';

/** `action` in MV3; Firefox's MV2 build has `browserAction` only. */
function toolbarButton(): typeof browser.action | undefined {
  const action = browser.action as typeof browser.action | undefined;
  // The two share setPopup and onClicked, all this file uses.
  return action ?? (browser.browserAction as unknown as typeof browser.action | undefined);
}

/** The popup the manifest names: what the button opens again when the reader goes back to it. */
function manifestPopup(): string {
  const manifest = browser.runtime.getManifest();
  return manifest.action?.default_popup ?? manifest.browser_action?.default_popup ?? 'popup.html';
}

/**
 * The toolbar click (or its shortcut) when the button opens the panel. `action.onClicked` fires
 * only when the button has no popup, and it is what grants activeTab: Chrome's
 * `openPanelOnActionClick` opens the panel without firing it, so no access would be granted.
 * The panel is opened first, synchronously: both browsers refuse `open()` once the handler
 * has awaited anything (the click no longer counts as the reader's). Then the panel is told
 * which tab to read, through storage.session, which it finds whether it is starting or open.
 */
export function openPanelForClick(tab: Browser.tabs.Tab): void {
  const open = sidePanelOpener();
  if (!open) return;
  open(tab.windowId).catch(() => undefined);
  if (tab.id === undefined) return;
  const request: PanelRequest = { tabId: tab.id, windowId: tab.windowId, at: Date.now() };
  browser.storage.session.set({ [PANEL_REQUEST_KEY]: request }).catch(() => undefined);
}

/**
 * Makes the toolbar button open what the reader chose: no popup means a click fires onClicked
 * (openPanelForClick). Applied at every start of the background, since browsers forget
 * setPopup across restarts, and whenever the reader changes the choice.
 */
export async function applyToolbarChoice(choice?: ToolbarOpens): Promise<void> {
  try {
    const opens = choice ?? normalizeToolbarOpens(await toolbarOpensItem.getValue());
    const popup = opens === 'panel' && sidePanelOpener() ? '' : manifestPopup();
    await toolbarButton()?.setPopup({ popup });
  } catch {
    // No toolbar API (a test double) or storage unreadable: the manifest's popup stays.
  }
}

/** Wires the toolbar button's choice and the panel's click: called synchronously in the background's main(). */
export function listenForToolbarChoice(): void {
  toolbarButton()?.onClicked.addListener(openPanelForClick);
  toolbarOpensItem.watch((choice) => void applyToolbarChoice(normalizeToolbarOpens(choice)));
  browser.runtime.onStartup.addListener(() => void applyToolbarChoice());
  browser.runtime.onInstalled.addListener(() => void applyToolbarChoice());
  void applyToolbarChoice();
}
