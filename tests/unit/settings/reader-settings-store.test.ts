import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadReaderSettings, readerSettingsItem } from '@/clients/reader-settings-store';
import { DEFAULT_SETTINGS } from '@/utils/settings/reader-settings';

describe('the stored reader settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are the defaults on a fresh install', async () => {
    expect(await loadReaderSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('come back as they were saved', async () => {
    const saved = { ...DEFAULT_SETTINGS, theme: 'dark' as const, textSize: 22 };
    await readerSettingsItem.setValue(saved);
    expect(await loadReaderSettings()).toEqual(saved);
  });

  it('keep the valid fields of a corrupted record and default the rest', async () => {
    await fakeBrowser.storage.local.set({ readerSettings: { theme: 'sepia', textSize: '22px', align: 'justify', columnWidth: -1 } });
    expect(await loadReaderSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', align: 'justify', columnWidth: 45 });
  });

  it('are the defaults when the record is not an object at all', async () => {
    await fakeBrowser.storage.local.set({ readerSettings: '{"theme":"dark"' });
    expect(await loadReaderSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
