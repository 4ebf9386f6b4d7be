/**
 * Which tab the side panel (Firefox: the sidebar) shows, and whether that is still the tab the
 * reader looks at. Pure: clients/panel-requests.ts and hooks/use-panel-tabs.ts do the browser part.
 */

/** storage.session key: the toolbar click leaves the tab to read here for the panel it opened. */
export const PANEL_REQUEST_KEY = 'panelRequest';

/**
 * A panel that starts later than this after the click that opened it does not take the click as
 * its own: a panel opened from the browser's own menu minutes later reads nothing unasked.
 */
export const REQUEST_MAX_AGE_MS = 10_000;

/** What the background leaves for the panel on a toolbar click or the shortcut. */
export interface PanelRequest {
  tabId: number;
  windowId: number;
  /** Date.now() of the click: a second click on the same tab is a new request (read it again). */
  at: number;
}

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

export function isPanelRequest(value: unknown): value is PanelRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { tabId, windowId, at } = value as Record<string, unknown>;
  return isId(tabId) && isId(windowId) && typeof at === 'number' && Number.isFinite(at);
}

/**
 * The request a panel in `windowId` acts on: one made for its own window, and, for a request the
 * panel finds when it starts (`found: 'at start'`), made just before. A request that arrives while
 * the panel is open is always the reader's click in that window.
 */
export function requestForPanel(value: unknown, windowId: number, now: number, found: 'at start' | 'while open'): PanelRequest | null {
  if (!isPanelRequest(value) || value.windowId !== windowId) return null;
  if (found === 'at start' && (now - value.at > REQUEST_MAX_AGE_MS || value.at > now + 1000)) return null;
  return value;
}

/** The panel's view of its window: the tab in front, and the tab whose article it shows. */
export interface PanelTabs {
  windowId: number | null;
  activeTabId: number | null;
  /** The panel page's own tab when it was opened as a page (tests, a bookmark): never "the page in front". */
  ownTabId: number | null;
  shownTabId: number | null;
}

export const NO_PANEL_TABS: PanelTabs = Object.freeze({ windowId: null, activeTabId: null, ownTabId: null, shownTabId: null });

/** A tab came to the front somewhere: only the panel's own window counts, and never the panel's own tab. */
export function tabActivated(state: PanelTabs, activated: { tabId: number; windowId: number }): PanelTabs {
  if (activated.windowId !== state.windowId || activated.tabId === state.ownTabId) return state;
  return activated.tabId === state.activeTabId ? state : { ...state, activeTabId: activated.tabId };
}

/**
 * A tab was closed. The tab in front is unknown until the browser says which comes forward
 * (onActivated, for any tab but the panel page's own): no notice about a tab that is gone.
 */
export function tabRemoved(state: PanelTabs, tabId: number): PanelTabs {
  return tabId === state.activeTabId ? { ...state, activeTabId: null } : state;
}

/** The panel now shows the article of `tabId` (null: nothing). */
export function tabShown(state: PanelTabs, tabId: number | null): PanelTabs {
  return tabId === state.shownTabId ? state : { ...state, shownTabId: tabId };
}

/**
 * The panel shows an article and the reader has moved to another tab (or closed the article's):
 * the panel says the article is from the previous tab and offers to read this one.
 */
export function showsPreviousTab(state: PanelTabs): boolean {
  return state.shownTabId !== null && state.activeTabId !== null && state.activeTabId !== state.shownTabId;
}
