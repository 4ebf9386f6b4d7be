import { useEffect } from 'preact/hooks';

interface Actions {
  toggleSettings: () => void;
  /** Present only while the settings panel is open. */
  closeSettings?: (() => void) | undefined;
  /** Present only where the view can move to a full tab. */
  openInTab?: (() => void) | undefined;
}

/** Keys typed into a text field are the reader's text (and Vietnamese Telex uses "s" as a tone mark). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['range', 'radio', 'checkbox', 'button'].includes(target.type);
}

/** Back to the item the reader was on (the roving tabindex's stop), else the first. */
function focusOutline(): void {
  (document.querySelector<HTMLElement>('.outline .outline-item[tabindex="0"]') ?? document.querySelector<HTMLElement>('.outline .outline-item'))?.focus();
}

/**
 * Single-key shortcuts inside the reading view: S settings, T full tab, O outline,
 * Escape closes the settings. The outline itself handles the arrow keys.
 */
export function useReaderKeys({ toggleSettings, closeSettings, openInTab }: Actions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const action =
        event.key === 'Escape' ? closeSettings
        : event.key === 's' || event.key === 'S' ? toggleSettings
        : event.key === 't' || event.key === 'T' ? openInTab
        : event.key === 'o' || event.key === 'O' ? focusOutline
        : undefined;
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [toggleSettings, closeSettings, openInTab]);
}
