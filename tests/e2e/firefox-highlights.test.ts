import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../utils/article/types';
import type { Outline } from '../../utils/outline/types';
import { FIREFOX_E2E_BUILD } from './support/builds';
import { clickButton, launchFirefoxWithExtension, navigateToExtensionPage, pollPage, setFirefoxViewport, type FirefoxWithExtension } from './support/firefox';
import { startTestServer, type TestServer } from './support/test-server';
import { HIGHLIGHT_ARTICLE, HIGHLIGHT_OUTLINE, NOTE, SELECTED_BLOCK, SELECTED_WORDS, dragOverSelectedWords, highlightState, wordsRect } from './support/highlight-article';
import type { LibraryHookWindow } from './support/library-hooks';

/**
 * Highlights in Firefox ESR, as chromium-highlights.test.ts: a mouse drag over the second of
 * two identical sentences, Highlight, a note typed, a reload, the same words drawn and listed.
 */

const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));

/** Clicks the visible button whose text is `label` inside `scope`. */
async function reloadAndOpen(page: Page): Promise<void> {
  // page.reload() waits for a navigation event BiDi does not send for extension pages.
  await page.evaluate(() => setTimeout(() => location.reload(), 0));
  await pollPage(page, () => (document.querySelectorAll('.library-item').length === 1 ? true : null), undefined, 'the saved article listed');
  await page.evaluate(() => document.querySelector<HTMLButtonElement>('.library-item-title')?.click());
  await pollPage(page, () => (document.querySelector('.article-body [data-lede-block="2"]') && document.querySelector('.highlights') ? true : null), undefined, 'the article open');
}

describe('Firefox ESR (e2e build): highlights on a saved article', () => {
  let server: TestServer;
  let firefox: FirefoxWithExtension;
  let library: Page;

  beforeAll(async () => {
    server = await startTestServer();
    firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD);
    library = await firefox.browser.newPage();
    await setFirefoxViewport(library, { width: 1100, height: 820 });
    await library.goto(server.url('/pages/start.html'));
    await navigateToExtensionPage(library, 'library.html');
    await pollPage(library, () => ('ledeLibraryE2E' in window && location.protocol === 'moz-extension:' ? true : null), undefined, 'the library page');
    const saved = await library.evaluate(async (article: Article, outline: Outline) => {
      const hook = (window as unknown as LibraryHookWindow).ledeLibraryE2E;
      const db = await hook.openLibrary();
      const result = await hook.saveOutline(db, article, outline);
      db.close();
      return result.ok;
    }, HIGHLIGHT_ARTICLE, HIGHLIGHT_OUTLINE);
    expect(saved).toBe(true);
    await reloadAndOpen(library);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('highlights the words dragged over, with a note, and shows them again after a reload', async () => {
    await dragOverSelectedWords({
      inPage: (fn) => library.evaluate(fn),
      selectedWordsRect: () => library.evaluate(wordsRect, { words: SELECTED_WORDS, block: SELECTED_BLOCK }),
      mouse: library.mouse,
    });
    await pollPage(library, () => (document.querySelector('.highlight-popover') ? true : null), undefined, 'the Highlight button');
    await clickButton(library, 'Highlight and add a note', '.highlight-popover');
    await pollPage(library, () => (document.activeElement?.matches('.highlight-popover textarea') ? true : null), undefined, 'the note box focused');
    await library.keyboard.type(NOTE);
    await clickButton(library, 'Save note', '.highlight-popover');
    const state = () => pollPage(library, highlightState, undefined, 'the highlight drawn and listed with its note');
    await pollPage(library, () => (document.querySelector('.highlight-note') && document.querySelector('mark.reader-highlight') ? true : null), undefined, 'the note listed');
    expect(await state()).toEqual({ marks: [{ block: '2', text: SELECTED_WORDS }], listed: [SELECTED_WORDS], notes: [NOTE] });

    await reloadAndOpen(library);
    await pollPage(library, () => (document.querySelector('mark.reader-highlight') ? true : null), undefined, 'the highlight drawn again');
    expect(await state()).toEqual({ marks: [{ block: '2', text: SELECTED_WORDS }], listed: [SELECTED_WORDS], notes: [NOTE] });
    await library.screenshot({ path: `${SCREENSHOTS}firefox-library-highlights.png`, fullPage: true });
  });
});
