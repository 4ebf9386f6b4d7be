import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { applyToolbarChoice, listenForToolbarChoice } from '@/services/side-panel';
import { PANEL_REQUEST_KEY } from '@/utils/panel/panel-tabs';

/** The toolbar's setPopup and the manifest, which the fake browser does not have. */
function stubToolbar() {
  const setPopup = vi.fn(async (_details: { popup: string }) => undefined);
  Object.assign(fakeBrowser.action, { setPopup });
  Object.assign(fakeBrowser.runtime, { getManifest: () => ({ manifest_version: 3, name: 'Lede', version: '0.1.0', action: { default_popup: 'popup.html' } }) });
  return setPopup;
}

/** Chrome's side panel, and the toolbar. */
function stubPanelApis() {
  const open = vi.fn(async (_options: { windowId: number }) => undefined);
  Object.assign(fakeBrowser, { sidePanel: { open } });
  return { open, setPopup: stubToolbar() };
}

/** The tab the reader clicked Lede's button on: only the fields the click handler reads matter. */
const articleTab = { id: 5, windowId: 2, index: 0, active: true, pinned: false, highlighted: true, incognito: false } as Browser.tabs.Tab;

describe("Lede's toolbar button and the side panel", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    // reset() leaves what a test added to the fake browser.
    delete (fakeBrowser as { sidePanel?: unknown }).sidePanel;
  });

  it('opens the popup until the reader chooses the panel', async () => {
    const { setPopup } = stubPanelApis();
    await applyToolbarChoice();
    expect(setPopup).toHaveBeenLastCalledWith({ popup: 'popup.html' });
  });

  it('drops the popup when the reader chooses the panel, so the click reaches the background (and grants activeTab)', async () => {
    const { setPopup } = stubPanelApis();
    await fakeBrowser.storage.local.set({ toolbarOpens: 'panel' });
    await applyToolbarChoice();
    expect(setPopup).toHaveBeenLastCalledWith({ popup: '' });
  });

  it('keeps the popup where the browser has no side panel (Firefox for Android)', async () => {
    const setPopup = stubToolbar();
    await applyToolbarChoice('panel');
    expect(setPopup).toHaveBeenLastCalledWith({ popup: 'popup.html' });
  });

  it('opens the panel in the window of the click, before anything is awaited, and leaves it the tab to read', async () => {
    const { open } = stubPanelApis();
    listenForToolbarChoice();
    const before = Date.now();
    const clicked = fakeBrowser.action.onClicked.trigger(articleTab);
    // Synchronously: after an await the browser no longer counts the click as the reader's.
    expect(open).toHaveBeenCalledWith({ windowId: 2 });
    await clicked;
    await vi.waitFor(async () => {
      const stored = (await fakeBrowser.storage.session.get(PANEL_REQUEST_KEY))[PANEL_REQUEST_KEY];
      expect(stored).toMatchObject({ tabId: 5, windowId: 2 });
      expect((stored as { at: number }).at).toBeGreaterThanOrEqual(before);
    });
  });

  it('follows a change of choice made in the settings at once', async () => {
    const { setPopup } = stubPanelApis();
    listenForToolbarChoice();
    await fakeBrowser.storage.local.set({ toolbarOpens: 'panel' });
    await vi.waitFor(() => expect(setPopup).toHaveBeenLastCalledWith({ popup: '' }));
    await fakeBrowser.storage.local.set({ toolbarOpens: 'popup' });
    await vi.waitFor(() => expect(setPopup).toHaveBeenLastCalledWith({ popup: 'popup.html' }));
  });
});
