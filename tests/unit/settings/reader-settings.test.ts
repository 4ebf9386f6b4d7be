import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, settingsToRootStyle } from '@/utils/settings/reader-settings';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('gives the defaults for a value that is not an object at all', () => {
    for (const junk of ['dark', 42, true, ['dark', 20], '{"theme":"dark"}']) {
      expect(normalizeSettings(junk)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps every valid field as stored', () => {
    const stored = { theme: 'sepia', font: 'readable', textSize: 22, lineHeight: 1.9, columnWidth: 50, align: 'justify' };
    expect(normalizeSettings(stored)).toEqual(stored);
  });

  it('replaces only the corrupted fields with their defaults', () => {
    const stored = { theme: 'neon', font: 'sans', textSize: 'big', lineHeight: Number.NaN, columnWidth: 80, align: 7 };
    expect(normalizeSettings(stored)).toEqual({
      theme: DEFAULT_SETTINGS.theme,
      font: 'sans',
      textSize: DEFAULT_SETTINGS.textSize,
      lineHeight: DEFAULT_SETTINGS.lineHeight,
      columnWidth: 80,
      align: DEFAULT_SETTINGS.align,
    });
  });

  it('fills in fields an older version did not store and drops ones it no longer knows', () => {
    const older = { theme: 'dark', fontSize: 20, textSize: 20 };
    expect(normalizeSettings(older)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 20 });
    expect(normalizeSettings(older)).not.toHaveProperty('fontSize');
  });

  it('never lets the line height clip diacritics: values under 1.5 become 1.5', () => {
    expect(normalizeSettings({ lineHeight: 1.1 }).lineHeight).toBe(1.5);
    expect(normalizeSettings({ lineHeight: -3 }).lineHeight).toBe(1.5);
  });

  it('clamps sizes to their range and snaps them to the slider steps', () => {
    expect(normalizeSettings({ textSize: 400 }).textSize).toBe(28);
    expect(normalizeSettings({ textSize: 17.4 }).textSize).toBe(17);
    expect(normalizeSettings({ lineHeight: 1.83 }).lineHeight).toBe(1.8);
    expect(normalizeSettings({ columnWidth: 63 }).columnWidth).toBe(65);
    expect(normalizeSettings({ columnWidth: Number.POSITIVE_INFINITY }).columnWidth).toBe(DEFAULT_SETTINGS.columnWidth);
  });

  it('does not read prototype keys as settings', () => {
    const sneaky: unknown = JSON.parse('{"__proto__": {"theme": "dark"}}');
    expect(normalizeSettings(sneaky).theme).toBe(DEFAULT_SETTINGS.theme);
  });
});

describe('settingsToRootStyle', () => {
  it('writes choices as data attributes and sizes as CSS lengths', () => {
    const style = settingsToRootStyle({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 20, lineHeight: 1.7, columnWidth: 55 });
    expect(style.attributes).toEqual({ 'data-theme': 'dark', 'data-font': 'serif', 'data-align': 'start' });
    expect(style.properties).toEqual({ '--text-size': '20px', '--line-height': '1.7', '--column-width': '55ch' });
  });
});
