// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { usePanelTabs, type PanelTabsState } from '@/hooks/use-panel-tabs';
import { PANEL_REQUEST_KEY } from '@/utils/panel/panel-tabs';

const WINDOW = 3;
let container: HTMLElement;
let seen: PanelTabsState | null = null;

function Probe() {
  seen = usePanelTabs();
  return null;
}

const tab = (id: number) => ({ id, windowId: WINDOW, index: 0, active: true, pinned: false, highlighted: true, incognito: false }) as Browser.tabs.Tab;

/** The panel's window and the tab in front, as a real side panel sees them (it is no tab itself). */
function stubWindow(activeTabId: number) {
  const panelWindow = { id: WINDOW, focused: true, alwaysOnTop: false, incognito: false } as Browser.windows.Window;
  // Cast: the spied methods' last overload is the callback form, which returns nothing.
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockImplementation((async () => panelWindow) as unknown as typeof fakeBrowser.windows.getCurrent);
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockImplementation((async () => undefined) as unknown as typeof fakeBrowser.tabs.getCurrent);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [tab(activeTabId)]) as unknown as typeof fakeBrowser.tabs.query);
}

async function open(): Promise<void> {
  await act(async () => {
    render(<Probe />, container);
  });
  await vi.waitFor(() => expect(seen?.checked).toBe(true));
}

beforeEach(() => {
  fakeBrowser.reset();
  seen = null;
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

describe('the side panel following its window', () => {
  it('takes the click that opened it, and knows the tab in front', async () => {
    stubWindow(11);
    await fakeBrowser.storage.session.set({ [PANEL_REQUEST_KEY]: { tabId: 11, windowId: WINDOW, at: Date.now() } });
    await open();
    expect(seen?.request).toMatchObject({ tabId: 11, windowId: WINDOW });
    expect(seen?.tabs).toMatchObject({ windowId: WINDOW, activeTabId: 11, ownTabId: null });
  });

  it('opened with no click, has nothing to read', async () => {
    stubWindow(11);
    await open();
    expect(seen?.request).toBeNull();
  });

  it('gets each later click on the button in its window, and none from another window', async () => {
    stubWindow(11);
    await open();
    await act(async () => {
      await fakeBrowser.storage.session.set({ [PANEL_REQUEST_KEY]: { tabId: 12, windowId: 9, at: Date.now() } });
    });
    expect(seen?.request).toBeNull();
    await act(async () => {
      await fakeBrowser.storage.session.set({ [PANEL_REQUEST_KEY]: { tabId: 12, windowId: WINDOW, at: Date.now() } });
    });
    await vi.waitFor(() => expect(seen?.request?.tabId).toBe(12));
  });

  it('follows the tab in front of its window, and forgets a closed one', async () => {
    stubWindow(11);
    await open();
    await act(async () => {
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 12, windowId: WINDOW });
    });
    expect(seen?.tabs.activeTabId).toBe(12);
    await act(async () => {
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 40, windowId: 9 });
    });
    expect(seen?.tabs.activeTabId).toBe(12);
    await act(async () => {
      await fakeBrowser.tabs.onRemoved.trigger(12, { windowId: WINDOW, isWindowClosing: false });
    });
    expect(seen?.tabs.activeTabId).toBeNull();
  });
});
