import { useEffect } from 'preact/hooks';

/** What the reading view's single keys do; an absent action leaves its key to the browser. */
export interface ReaderKeyActions {
  toggleSettings: () => void;
  /** Present only while a panel (settings, the narrow outline) is open over the article. */
  closePanel?: (() => void) | undefined;
  /** Present only where the view can move to a full tab. */
  openInTab?: (() => void) | undefined;
  focusOutline: () => void;
  toggleOutline: () => void;
  focusArticle: () => void;
  showHelp: () => void;
  copyOutline: () => void;
  /** Present until the read-aloud bar is there; the bar then handles its own keys. */
  readAloud?: (() => void) | undefined;
}

/** Keys typed into a text field are the reader's text (and Vietnamese Telex uses "s" as a tone mark). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['range', 'radio', 'checkbox', 'button'].includes(target.type);
}

/** Whether a key press is a plain single-key shortcut (Shift allowed: "?" and "O" need it on many layouts). */
export function isPlainKey(event: KeyboardEvent): boolean {
  return !event.defaultPrevented && !event.altKey && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
}

function actionFor(event: KeyboardEvent, actions: ReaderKeyActions): (() => void) | undefined {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key === 'Escape') return actions.closePanel;
  if (key === '?') return actions.showHelp;
  if (key === 'o') return event.shiftKey ? actions.toggleOutline : actions.focusOutline;
  if (event.shiftKey) return undefined;
  if (key === 's') return actions.toggleSettings;
  if (key === 't') return actions.openInTab;
  if (key === 'a') return actions.focusArticle;
  if (key === 'c') return actions.copyOutline;
  if (key === 'r') return actions.readAloud;
  return undefined;
}

/**
 * Single-key shortcuts inside the reading view (listed in the "?" overlay, ShortcutsHelp.tsx):
 * S settings, T full tab, O outline, Shift+O show or hide it, A article, C copy the outline,
 * R read aloud, ? keys,
 * Escape closes a panel. The outline handles its arrow keys, the read-aloud bar its own keys.
 */
export function useReaderKeys(actions: ReaderKeyActions, enabled = true): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!isPlainKey(event)) return;
      const action = actionFor(event, actions);
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
}
