import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import type { LiveResult } from '@/utils/read-live-part';
import { sendMessage, type ArticleResult } from '@/utils/messages';
import { makeArticle, makeOutline } from './library/helpers';

type Injection = { result: unknown }[];

function stubScripting(impl: () => Promise<Injection>) {
  const executeScript = vi.fn(impl);
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  return executeScript;
}

async function askToExtract(tabId: number): Promise<LiveResult> {
  const [response]: unknown[] = await fakeBrowser.runtime.onMessage.trigger({ type: 'UI_EXTRACT_TAB', payload: { tabId } }, {}, () => undefined);
  return (await response) as LiveResult;
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

  it('injects the extractor into the tab at once (not after the load ends) and hands back its result', async () => {
    const fromPage: LiveResult = { ok: false, reason: 'no-content' };
    const executeScript = stubScripting(async () => [{ result: fromPage }]);
    const tabId = await openTab('https://example.com/news');
    expect(await askToExtract(tabId)).toEqual(fromPage);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/extract.js'], world: 'ISOLATED', injectImmediately: true });
  });

  it('refuses a page part whose reading lacks its fields', async () => {
    stubScripting(async () => [{ result: { ok: true, ms: 3, reading: { url: 'https://example.com/news', contentHtml: 7 } } }]);
    const tabId = await openTab('https://example.com/news');
    expect(await askToExtract(tabId)).toMatchObject({ ok: false, reason: 'failed' });
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

  it('ignores a Lede message whose payload has the wrong shape', async () => {
    const executeScript = stubScripting(async () => []);
    const responses = await fakeBrowser.runtime.onMessage.trigger({ type: 'UI_EXTRACT_TAB', payload: { tabId: 'all' } }, {}, () => undefined);
    expect(responses).toEqual([undefined]);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('saves an outline for the popup, and says "updated" the second time', async () => {
    const article = makeArticle({ url: `https://background.example/${Math.random()}` });
    const send = async (message: unknown) => (await fakeBrowser.runtime.onMessage.trigger(message, {}, () => undefined))[0];
    expect(await sendMessage(send, 'UI_SAVE_OUTLINE', { article, outline: makeOutline() })).toEqual({ ok: true, created: true });
    expect(await sendMessage(send, 'UI_SAVE_OUTLINE', { article, outline: makeOutline() })).toEqual({ ok: true, created: false });
  });

  it("hands the popup's article to the full tab it opens, once per hand-off id", async () => {
    const result: ArticleResult = { ok: true, article: makeArticle({ title: 'Handed over' }), outline: makeOutline(), ms: 3 };
    const send = async (message: unknown) => (await fakeBrowser.runtime.onMessage.trigger(message, {}, () => undefined))[0];
    expect(await sendMessage(send, 'UI_OPEN_READER_TAB', { result, tabId: 7 })).toEqual({ ok: true });
    const tabs = await fakeBrowser.tabs.query({});
    const opened = new URL(tabs.at(-1)?.url ?? 'about:blank');
    expect(opened.searchParams.get('tabId')).toBe('7');
    const id = opened.searchParams.get('handoff') ?? '';
    expect((await sendMessage(send, 'UI_TAKE_HANDOFF', { id }))?.article.title).toBe('Handed over');
    expect(await sendMessage(send, 'UI_TAKE_HANDOFF', { id: 'unknown' })).toBeNull();
  });

  it("refuses, at the boundary, a response that does not have the message's shape", async () => {
    await expect(sendMessage(async () => ({ ok: 'yes' }), 'UI_EXTRACT_TAB', { tabId: 1 })).rejects.toThrow('UI_EXTRACT_TAB: unexpected response');
  });
});
