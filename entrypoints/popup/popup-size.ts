import { browser } from 'wxt/browser';

/** What the popup asks for: Chrome and Firefox stop popups at 800×600, borders included. */
const WANTED = { inline: 780, block: 580 };
/** Room the browser keeps above a popup (its own toolbar) and around it on a small screen. */
const SCREEN_MARGIN = { inline: 16, block: 120 };

/** Whether this document is the toolbar popup itself, not popup.html opened in a tab (Firefox for Android, tests). */
function isToolbarPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return true;
  }
}

/**
 * The popup takes the size the browser allows: at most 780×580, less on a small screen;
 * opened as a tab it fills the tab. A popup's window is sized after its content, so the
 * size comes from the screen, never from the window (100vh there would shrink it to nothing).
 */
export function sizePopup(root: HTMLElement): void {
  if (!isToolbarPopup()) {
    root.dataset.fill = 'window';
    return;
  }
  const inline = Math.min(WANTED.inline, screen.availWidth - SCREEN_MARGIN.inline);
  const block = Math.min(WANTED.block, screen.availHeight - SCREEN_MARGIN.block);
  if (inline > 0) root.style.setProperty('--popup-inline-size', `${inline}px`);
  if (block > 0) root.style.setProperty('--popup-block-size', `${Math.max(300, block)}px`);
}
