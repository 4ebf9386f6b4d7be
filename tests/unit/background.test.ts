import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import type { ExtractResult } from '@/utils/read-page';

type Injection = { result: unknown }[];

function stubScripting(impl: () => Promise<Injection>) {
  const executeScript = vi.fn(impl);
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  return executeScript;
}

async function askToExtract(tabId: number): Promise<ExtractResult> {
  const [response]: unknown[] = await fakeBrowser.runtime.onMessage.trigger({ type: 'UI_EXTRACT_TAB', payload: { tabId } }, {}, () => undefined);
  return (await response) as ExtractResult;
}

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  if (tab.id === undefined) throw new Error('fake tab has no id');
  return tab.id;
}

describe('the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    background.main();
  });

  it('refuses a browser page without injecting anything', async () => {
    const executeScript = stubScripting(async () => []);
    const tabId = await openTab('chrome://settings/');
    expect(await askToExtract(tabId)).toEqual({ ok: false, reason: 'restricted' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('injects the extractor into the tab and hands back its result', async () => {
    const fromPage: ExtractResult = { ok: false, reason: 'no-content' };
    const executeScript = stubScripting(async () => [{ result: fromPage }]);
    const tabId = await openTab('https://example.com/news');
    expect(await askToExtract(tabId)).toEqual(fromPage);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/extract.js'] });
  });

  it('turns an injection error into a reason a reader understands', async () => {
    stubScripting(async () => {
      throw new Error('Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.');
    });
    const tabId = await openTab('file:///tmp/a.html');
    expect(await askToExtract(tabId)).toMatchObject({ ok: false, reason: 'file-access' });
  });

  it('says so when the tab has gone', async () => {
    stubScripting(async () => []);
    expect(await askToExtract(987_654)).toEqual({ ok: false, reason: 'no-tab' });
  });

  it('ignores messages that are not Lede messages', async () => {
    const responses = await fakeBrowser.runtime.onMessage.trigger({ type: 'SOMETHING_ELSE' }, {}, () => undefined);
    expect(responses).toEqual([undefined]);
  });
});
