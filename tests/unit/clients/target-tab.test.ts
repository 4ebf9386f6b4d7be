import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findTargetTab, findTargetTabId } from '@/clients/target-tab';

/** tabs.query's answer (its typing also covers the callback form, so the stub is cast). */
function answerQuery(tabs: { id: number; url: string }[]): void {
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => tabs) as never);
}

describe('the tab a view reads', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('is the active tab, with the address the lookup gave, so the read need not ask for it again', async () => {
    // The fake keeps no current window: the active tab as the browser answers the query.
    answerQuery([{ id: 7, url: 'https://example.com/news' }]);
    expect(await findTargetTab('')).toEqual({ id: 7, url: 'https://example.com/news' });
  });

  it('is the tab the address names, with no address: nothing was looked up', async () => {
    expect(await findTargetTab('?tabId=42')).toEqual({ id: 42 });
    expect(await findTargetTabId('?tabId=42')).toBe(42);
  });

  it('is none when no tab is active', async () => {
    answerQuery([]);
    expect(await findTargetTab('')).toBeNull();
  });
});
