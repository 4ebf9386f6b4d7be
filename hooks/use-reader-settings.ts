import { useEffect, useState } from 'preact/hooks';
import type { ReaderSettings } from '@/utils/settings/reader-settings';
import { readerSettingsStore } from '@/clients/reader-settings-store';

/**
 * The reader's settings, kept in step with storage through the page's one store: a change
 * made in the popup shows in an open full tab too. Any number of components may call this;
 * they share one owner, so none of them can write stale values to <html>.
 */
export function useReaderSettings(): [ReaderSettings, (change: Partial<ReaderSettings>) => void] {
  const store = readerSettingsStore();
  const [settings, setSettings] = useState<ReaderSettings>(() => store.current());
  useEffect(() => {
    const unsubscribe = store.subscribe(setSettings);
    setSettings(store.current());
    return unsubscribe;
  }, [store]);
  return [settings, store.update];
}
