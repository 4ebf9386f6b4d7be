import { useEffect, useRef, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, settingsToRootStyle, type ReaderSettings } from '@/utils/settings/reader-settings';

/**
 * One record, shared by the popup and the full tab. Stored as `unknown` on purpose:
 * whatever an older or corrupted version left is read through normalizeSettings.
 * A future change of shape bumps `version` and adds its step to `migrations`.
 */
export const readerSettingsItem = storage.defineItem<unknown>('local:readerSettings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

/** Applies the settings to <html> at once: nothing is re-extracted or re-rendered for a change. */
export function applySettingsToRoot(settings: ReaderSettings, root: HTMLElement = document.documentElement): void {
  const { attributes, properties } = settingsToRootStyle(settings);
  for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
  for (const [name, value] of Object.entries(properties)) root.style.setProperty(name, value);
}

/** The stored settings, made valid; the defaults when storage cannot be read. */
export async function loadReaderSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await readerSettingsItem.getValue().catch(() => undefined));
}

/**
 * The reader's settings, kept in step with storage: a change made in the popup shows
 * in an open full tab too. Starts from the defaults so the first frame never waits.
 */
export function useReaderSettings(): [ReaderSettings, (change: Partial<ReaderSettings>) => void] {
  const [settings, setSettings] = useState<ReaderSettings>(() => normalizeSettings(undefined));
  const latest = useRef(settings);
  // What this page wrote and storage has not yet echoed back. The echo of an older write
  // arrives after newer choices were made (fast arrow keys on a slider), and must not undo them.
  const unechoed = useRef<string[]>([]);

  useEffect(() => {
    let current = true;
    const show = (next: ReaderSettings) => {
      latest.current = next;
      setSettings(next);
    };
    void loadReaderSettings().then((stored) => current && unechoed.current.length === 0 && show(stored));
    const unwatch = readerSettingsItem.watch((stored) => {
      const next = normalizeSettings(stored);
      const echo = unechoed.current.indexOf(JSON.stringify(next));
      if (echo >= 0) unechoed.current.splice(0, echo + 1);
      else show(next);
    });
    return () => {
      current = false;
      unwatch();
    };
  }, []);

  useEffect(() => applySettingsToRoot(settings), [settings]);

  const update = (change: Partial<ReaderSettings>) => {
    const next = normalizeSettings({ ...latest.current, ...change });
    latest.current = next;
    setSettings(next);
    unechoed.current.push(JSON.stringify(next));
    // A failed write only loses the memory of the choice; the page already shows it.
    readerSettingsItem.setValue(next).catch(() => undefined);
  };
  return [settings, update];
}
