import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_E2E_BUILD, launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium';
import { HIGHLIGHT_ARTICLE, HIGHLIGHT_OUTLINE, NOTE, SELECTED_BLOCK, SELECTED_WORDS, dragOverSelectedWords, highlightState, wordsRect } from './support/highlight-article';
import type { LibraryHookWindow } from './support/library-hooks';

/**
 * Highlights in Chromium: the reader drags over words of a saved article in the library,
 * highlights them with a note, reloads, and finds the highlight drawn on the same words (the
 * second of two identical sentences) and listed with its note; then removes it by keyboard.
 */

const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));

async function openArticle(page: Page): Promise<void> {
  await page.locator('.library-item-title').first().click();
  await page.locator('.article-body [data-lede-block="2"]').waitFor();
  await page.locator('.highlights').waitFor();
}

describe('Chromium (e2e build): highlights on a saved article', () => {
  let chromium: ChromiumWithExtension;
  let library: Page;

  beforeAll(async () => {
    chromium = await launchChromiumWithExtension(CHROME_E2E_BUILD);
    library = await chromium.context.newPage();
    await library.setViewportSize({ width: 1100, height: 820 });
    await library.goto(`chrome-extension://${chromium.extensionId}/library.html`);
    const saved = await library.evaluate(async ([article, outline]) => {
      const hook = (window as unknown as LibraryHookWindow).ledeLibraryE2E;
      const db = await hook.openLibrary();
      const result = await hook.saveOutline(db, article, outline);
      db.close();
      return result.ok;
    }, [HIGHLIGHT_ARTICLE, HIGHLIGHT_OUTLINE] as const);
    expect(saved).toBe(true);
    await library.reload();
    await openArticle(library);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('highlights the words dragged over, with a note, and shows them again after a reload', async () => {
    await dragOverSelectedWords({
      inPage: (fn) => library.evaluate(fn),
      selectedWordsRect: () => library.evaluate(wordsRect, { words: SELECTED_WORDS, block: SELECTED_BLOCK }),
      mouse: library.mouse,
    });
    await library.getByRole('button', { name: 'Highlight and add a note' }).click();
    const note = library.getByRole('textbox', { name: 'Note on this highlight' });
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await note.fill(NOTE);
    await library.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Save note' }).click();
    await library.locator('.highlight-note').waitFor();
    expect(await library.evaluate(highlightState)).toEqual({ marks: [{ block: '2', text: SELECTED_WORDS }], listed: [SELECTED_WORDS], notes: [NOTE] });

    await library.reload();
    await openArticle(library);
    await library.locator('.article-body mark.reader-highlight').waitFor();
    expect(await library.evaluate(highlightState)).toEqual({ marks: [{ block: '2', text: SELECTED_WORDS }], listed: [SELECTED_WORDS], notes: [NOTE] });
    await library.locator('.article-body mark.reader-highlight').click();
    await library.getByRole('dialog', { name: 'Highlight' }).waitFor();
    await library.screenshot({ path: `${SCREENSHOTS}library-highlights-chromium.png`, fullPage: true });
    await library.keyboard.press('Escape');
  });

  it('finds the article by words of the note, and removes the highlight from the keyboard', async () => {
    await library.getByRole('button', { name: 'Back to the library' }).click();
    await library.locator('.library-search-box input').fill('so GTVT');
    await library.locator('.library-item-title', { hasText: HIGHLIGHT_ARTICLE.title }).waitFor();
    await openArticle(library);
    await library.locator('.highlight-entry').getByRole('button', { name: 'Remove highlight' }).focus();
    await library.keyboard.press('Enter');
    await library.locator('.highlight-entry').waitFor({ state: 'detached' });
    expect(await library.evaluate(highlightState)).toEqual({ marks: [], listed: [], notes: [] });
  });

  it('highlights with H, takes the reader to the highlight from the list, and opens its note with Enter', async () => {
    const rect = await library.evaluate(wordsRect, { words: SELECTED_WORDS, block: 0 });
    if (!rect) throw new Error('words not on the page');
    await library.mouse.move(rect.x1, rect.y1);
    await library.mouse.down();
    await library.mouse.move(rect.x2, rect.y2, { steps: 8 });
    await library.mouse.up();
    await library.locator('.highlight-popover').waitFor();
    await library.keyboard.press('h');
    await library.locator('.highlight-entry').waitFor();
    expect(await library.evaluate(highlightState)).toEqual({ marks: [{ block: '0', text: SELECTED_WORDS }], listed: [SELECTED_WORDS], notes: [] });
    await library.locator('.highlight-entry').getByRole('button', { name: 'Show in text' }).focus();
    await library.keyboard.press('Enter');
    await expect.poll(() => library.evaluate(() => document.activeElement?.matches('mark.reader-highlight') ?? false)).toBe(true);
    await library.keyboard.press('Enter');
    await library.getByRole('textbox', { name: 'Note on this highlight' }).waitFor();
    await library.keyboard.press('Escape');
    await library.locator('.highlight-popover').waitFor({ state: 'detached' });
  });
});
