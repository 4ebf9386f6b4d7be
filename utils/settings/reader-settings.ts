/**
 * The reader's typography choices: the schema, its defaults and the one function that
 * turns whatever storage holds into valid settings. Pure: the storage glue lives in components/.
 */

export const THEMES = ['light', 'sepia', 'dark', 'system'] as const;
export const FONTS = ['serif', 'sans', 'readable'] as const;
export const ALIGNMENTS = ['start', 'justify'] as const;

export type Theme = (typeof THEMES)[number];
export type FontChoice = (typeof FONTS)[number];
export type Alignment = (typeof ALIGNMENTS)[number];

export interface ReaderSettings {
  theme: Theme;
  font: FontChoice;
  /** Body text size in CSS pixels. */
  textSize: number;
  /** Unitless line height of the body. */
  lineHeight: number;
  /** Measure of the column in `ch`. */
  columnWidth: number;
  align: Alignment;
}

export type NumericSetting = 'textSize' | 'lineHeight' | 'columnWidth';

export interface Range {
  min: number;
  max: number;
  step: number;
}

/**
 * Line height never goes under 1.5: Vietnamese stacks two diacritics on a vowel (ệ, ẫ)
 * and tighter lines clip them; 1.5 is also WCAG 1.4.12's text-spacing floor.
 */
export const RANGES: Record<NumericSetting, Range> = {
  textSize: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.5, max: 2.2, step: 0.1 },
  columnWidth: { min: 45, max: 90, step: 5 },
};

/** "system" follows the browser, so a dark-mode reader never sees a white flash on first use. */
export const DEFAULT_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  theme: 'system',
  font: 'serif',
  textSize: 18,
  lineHeight: 1.6,
  columnWidth: 65,
  align: 'start',
});

function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}

/** Snaps to the range's grid and clamps; anything that is not a finite number gets the default. */
export function normalizeNumber(range: Range, value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const clamped = Math.min(range.max, Math.max(range.min, value));
  const steps = Math.round((clamped - range.min) / range.step);
  // Rounded to 2 decimals: 1.5 + 3 × 0.1 is 1.8000000000000003 in binary floating point.
  return Math.round((range.min + steps * range.step) * 100) / 100;
}

/**
 * Settings from storage, whatever an older or corrupted version left there:
 * each field that is missing or invalid falls back to its own default, the others are kept.
 */
export function normalizeSettings(stored: unknown): ReaderSettings {
  const raw: Record<string, unknown> = typeof stored === 'object' && stored !== null ? { ...stored } : {};
  return {
    theme: oneOf(THEMES, raw.theme, DEFAULT_SETTINGS.theme),
    font: oneOf(FONTS, raw.font, DEFAULT_SETTINGS.font),
    textSize: normalizeNumber(RANGES.textSize, raw.textSize, DEFAULT_SETTINGS.textSize),
    lineHeight: normalizeNumber(RANGES.lineHeight, raw.lineHeight, DEFAULT_SETTINGS.lineHeight),
    columnWidth: normalizeNumber(RANGES.columnWidth, raw.columnWidth, DEFAULT_SETTINGS.columnWidth),
    align: oneOf(ALIGNMENTS, raw.align, DEFAULT_SETTINGS.align),
  };
}

/** How the settings reach the page: data attributes for choices, custom properties for sizes. */
export function settingsToRootStyle(settings: ReaderSettings): {
  attributes: Record<'data-theme' | 'data-font' | 'data-align', string>;
  properties: Record<'--text-size' | '--line-height' | '--column-width', string>;
} {
  return {
    attributes: { 'data-theme': settings.theme, 'data-font': settings.font, 'data-align': settings.align },
    properties: {
      '--text-size': `${settings.textSize}px`,
      '--line-height': String(settings.lineHeight),
      '--column-width': `${settings.columnWidth}ch`,
    },
  };
}
