import { browser } from 'wxt/browser';

/** Firefox's sidebar API; @wxt-dev/browser's types are Chrome's, which have no sidebarAction. */
interface WithSidebar {
  sidebarAction?: { open?: () => Promise<void> };
}

/** Chrome's side panel or Firefox's sidebar, whichever this browser has; null on Firefox for Android. */
export function sidePanelOpener(): ((windowId: number) => Promise<void>) | null {
  const sidePanel = (browser as { sidePanel?: { open?: unknown } }).sidePanel;
  if (typeof sidePanel?.open === 'function') return (windowId) => browser.sidePanel.open({ windowId });
  const sidebar = (browser as unknown as WithSidebar).sidebarAction;
  const open = sidebar?.open;
  if (sidebar && typeof open === 'function') return () => open.call(sidebar);
  return null;
}

/** Whether the reader can choose the panel at all: Firefox for Android has no sidebar. */
export function sidePanelSupported(): boolean {
  return sidePanelOpener() !== null;
}
