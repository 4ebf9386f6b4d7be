import { describe, expect, it } from 'vitest';
import {
  NO_PANEL_TABS,
  REQUEST_MAX_AGE_MS,
  requestForPanel,
  showsPreviousTab,
  tabActivated,
  tabRemoved,
  tabShown,
  type PanelTabs,
} from '@/utils/panel/panel-tabs';

const NOW = 1_750_000_000_000;
const WINDOW = 7;
const inWindow: PanelTabs = { ...NO_PANEL_TABS, windowId: WINDOW, activeTabId: 11 };

describe('which tab the panel reads', () => {
  it('takes the click that opened it, in its own window', () => {
    const click = { tabId: 11, windowId: WINDOW, at: NOW - 300 };
    expect(requestForPanel(click, WINDOW, NOW, 'at start')).toEqual(click);
  });

  it("ignores a click in another window: that window's panel reads it", () => {
    expect(requestForPanel({ tabId: 11, windowId: 8, at: NOW }, WINDOW, NOW, 'while open')).toBeNull();
  });

  it('does not read, when opened from the browser menu later, the tab an old click named', () => {
    const old = { tabId: 11, windowId: WINDOW, at: NOW - REQUEST_MAX_AGE_MS - 1 };
    expect(requestForPanel(old, WINDOW, NOW, 'at start')).toBeNull();
  });

  it('reads every click that arrives while it is open, however long it has been open', () => {
    const click = { tabId: 12, windowId: WINDOW, at: NOW - 60_000 };
    expect(requestForPanel(click, WINDOW, NOW, 'while open')).toEqual(click);
  });

  it('reads nothing from a malformed record', () => {
    expect(requestForPanel(undefined, WINDOW, NOW, 'at start')).toBeNull();
    expect(requestForPanel({ tabId: '11', windowId: WINDOW, at: NOW }, WINDOW, NOW, 'at start')).toBeNull();
    expect(requestForPanel({ tabId: 11, windowId: WINDOW, at: Number.NaN }, WINDOW, NOW, 'while open')).toBeNull();
  });
});

describe('the panel after the reader changes tabs', () => {
  it('shows no notice while the article is the tab in front', () => {
    expect(showsPreviousTab(tabShown(inWindow, 11))).toBe(false);
  });

  it('says the article is from the previous tab once another tab comes to the front', () => {
    const moved = tabActivated(tabShown(inWindow, 11), { tabId: 12, windowId: WINDOW });
    expect(moved.activeTabId).toBe(12);
    expect(showsPreviousTab(moved)).toBe(true);
  });

  it('drops the notice when the reader goes back to the article tab', () => {
    const away = tabActivated(tabShown(inWindow, 11), { tabId: 12, windowId: WINDOW });
    expect(showsPreviousTab(tabActivated(away, { tabId: 11, windowId: WINDOW }))).toBe(false);
  });

  it('drops the notice once the tab in front is read', () => {
    const away = tabActivated(tabShown(inWindow, 11), { tabId: 12, windowId: WINDOW });
    expect(showsPreviousTab(tabShown(away, 12))).toBe(false);
  });

  it('says nothing about a tab in front that was closed, until the next one comes forward', () => {
    const away = tabActivated(tabShown(inWindow, 11), { tabId: 12, windowId: WINDOW });
    const closed = tabRemoved(away, 12);
    expect(showsPreviousTab(closed)).toBe(false);
    expect(showsPreviousTab(tabActivated(closed, { tabId: 13, windowId: WINDOW }))).toBe(true);
  });

  it('ignores tabs changing in another window', () => {
    const shown = tabShown(inWindow, 11);
    expect(tabActivated(shown, { tabId: 40, windowId: 8 })).toBe(shown);
  });

  it("never counts its own tab as the page in front (the panel page opened as a tab, as the browser tests do)", () => {
    const asPage = tabShown({ ...inWindow, ownTabId: 99 }, 11);
    expect(showsPreviousTab(tabActivated(asPage, { tabId: 99, windowId: WINDOW }))).toBe(false);
  });

  it('shows no notice before it has read anything, or before it knows the tab in front', () => {
    expect(showsPreviousTab(inWindow)).toBe(false);
    expect(showsPreviousTab(tabShown({ ...inWindow, activeTabId: null }, 11))).toBe(false);
  });
});
