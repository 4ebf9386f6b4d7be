/**
 * What Lede's toolbar button (and its shortcut) opens: the popup or the side panel. Its own
 * record beside the typography settings: the popup never loads it, and "Reset" there leaves it.
 */

export const TOOLBAR_OPENS = ['popup', 'panel'] as const;
export type ToolbarOpens = (typeof TOOLBAR_OPENS)[number];

/** The popup: it works in every browser Lede runs in (Firefox for Android has no sidebar). */
export const DEFAULT_TOOLBAR_OPENS: ToolbarOpens = 'popup';

/** storage.local key of the choice. */
export const TOOLBAR_OPENS_KEY = 'toolbarOpens';

/** Whatever storage holds, as a valid choice. */
export function normalizeToolbarOpens(stored: unknown): ToolbarOpens {
  return TOOLBAR_OPENS.find((choice) => choice === stored) ?? DEFAULT_TOOLBAR_OPENS;
}
