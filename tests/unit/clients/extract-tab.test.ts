import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stubScripting } from '../fake-scripting';
import { extractTab } from '@/clients/extract-tab';
import type { LiveResult } from '@/utils/read-live-part';

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  if (tab.id === undefined) throw new Error('fake tab has no id');
  return tab.id;
}

describe("the page's part of a read", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('refuses a browser page without injecting anything', async () => {
    const executeScript = stubScripting(async () => []);
    const tabId = await openTab('chrome://settings/');
    expect(await extractTab(tabId)).toEqual({ ok: false, reason: 'restricted' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('injects the extractor into the tab at once (not after the load ends) and hands back its result', async () => {
    const fromPage: LiveResult = { ok: false, reason: 'no-content' };
    const executeScript = stubScripting(async () => [{ result: fromPage }]);
    const tabId = await openTab('https://example.com/news');
    expect(await extractTab(tabId)).toEqual(fromPage);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/extract.js'], world: 'ISOLATED', injectImmediately: true });
  });

  it('refuses a page part whose reading lacks its fields', async () => {
    stubScripting(async () => [{ result: { ok: true, ms: 3, reading: { url: 'https://example.com/news', contentHtml: 7 } } }]);
    const tabId = await openTab('https://example.com/news');
    expect(await extractTab(tabId)).toMatchObject({ ok: false, reason: 'failed' });
  });

  it('turns an injection error into a reason a reader understands', async () => {
    stubScripting(async () => {
      throw new Error('Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.');
    });
    const tabId = await openTab('file:///tmp/a.html');
    expect(await extractTab(tabId)).toMatchObject({ ok: false, reason: 'file-access' });
  });

  it('checks an address it was given without asking the browser for the tab again', async () => {
    const executeScript = stubScripting(async () => [{ result: { ok: false, reason: 'no-content' } }]);
    const tabId = await openTab('https://example.com/news');
    const get = vi.spyOn(fakeBrowser.tabs, 'get');
    expect(await extractTab(tabId, 'https://example.com/news')).toEqual({ ok: false, reason: 'no-content' });
    expect(await extractTab(tabId, 'chrome://settings/')).toEqual({ ok: false, reason: 'restricted' });
    expect(get).not.toHaveBeenCalled();
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('says so when the tab has gone', async () => {
    stubScripting(async () => []);
    expect(await extractTab(987_654)).toEqual({ ok: false, reason: 'no-tab' });
  });
});
