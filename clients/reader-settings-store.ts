import { defineLocalItem } from './local-item';
import { DEFAULT_SETTINGS, normalizeSettings, settingsToRootStyle, type ReaderSettings } from '@/utils/settings/reader-settings';

/**
 * One record, shared by the popup and the full tab. Stored as `unknown` on purpose: every
 * read goes through normalizeSettings, which is the record's migration: whatever an older,
 * newer or corrupted version left becomes valid settings, field by field.
 */
export const readerSettingsItem = defineLocalItem<unknown>('readerSettings', DEFAULT_SETTINGS);

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

type Listener = (settings: ReaderSettings) => void;

/**
 * The one owner of the reader's settings in a page: it reads storage once, watches it once,
 * writes <html> and tells every subscriber. Two owners in one page (the app and the reader
 * each with a copy) once let the copy without the echo guard write stale values to <html>.
 */
export interface ReaderSettingsStore {
  current(): ReaderSettings;
  update(change: Partial<ReaderSettings>): void;
  /** Starts reading and watching storage with the first subscriber; stops after the last. */
  subscribe(listener: Listener): () => void;
}

export function createReaderSettingsStore(root: () => HTMLElement = () => document.documentElement): ReaderSettingsStore {
  let settings = normalizeSettings(undefined);
  const listeners = new Set<Listener>();
  // What this page wrote and storage has not yet echoed back. The echo of an older write
  // arrives after newer choices were made (fast arrow keys on a slider), and must not undo them.
  let unechoed: string[] = [];
  let stop: (() => void) | null = null;

  const show = (next: ReaderSettings) => {
    settings = next;
    applySettingsToRoot(next, root());
    for (const listener of listeners) listener(next);
  };

  const start = () => {
    let live = true;
    // A choice made before storage answered wins over what storage held.
    void loadReaderSettings().then((stored) => live && unechoed.length === 0 && show(stored));
    const unwatch = readerSettingsItem.watch((stored) => {
      const next = normalizeSettings(stored);
      const echo = unechoed.indexOf(JSON.stringify(next));
      if (echo >= 0) unechoed.splice(0, echo + 1);
      else show(next);
    });
    return () => {
      live = false;
      unwatch();
      unechoed = [];
    };
  };

  return {
    current: () => settings,
    update(change) {
      const next = normalizeSettings({ ...settings, ...change });
      unechoed.push(JSON.stringify(next));
      show(next);
      // A failed write only loses the memory of the choice; the page already shows it.
      readerSettingsItem.setValue(next).catch(() => undefined);
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!stop) stop = start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stop) {
          stop();
          stop = null;
        }
      };
    },
  };
}

let pageStore: ReaderSettingsStore | null = null;

/** This page's one settings store, made on first use. */
export function readerSettingsStore(): ReaderSettingsStore {
  pageStore ??= createReaderSettingsStore();
  return pageStore;
}
