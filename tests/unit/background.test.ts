import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stubScripting } from './fake-scripting';
import background from '@/entrypoints/background';
import { sendMessage, type ArticleResult } from '@/utils/messages';
import { makeArticle, makeOutline } from './library/helpers';

describe('the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    background.main();
  });

  it('ignores messages that are not Lede messages', async () => {
    const responses = await fakeBrowser.runtime.onMessage.trigger({ type: 'SOMETHING_ELSE' }, {}, () => undefined);
    expect(responses).toEqual([undefined]);
  });

  it('ignores a Lede message whose payload has the wrong shape', async () => {
    const executeScript = stubScripting(async () => []);
    const responses = await fakeBrowser.runtime.onMessage.trigger({ type: 'UI_READ_ARTICLE', payload: { tabId: 'all' } }, {}, () => undefined);
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
    await expect(sendMessage(async () => ({ ok: 'yes' }), 'UI_READ_ARTICLE', { tabId: 1 })).rejects.toThrow('UI_READ_ARTICLE: unexpected response');
  });
});
