import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_E2E_BUILD, POPUP_VIEWPORT, launchChromiumOnCopy, tabIdOf, type ChromiumWithExtension } from './support/chromium';
import { SEED_PATH, startTestServer, type TestServer } from './support/test-server';
import { wcagAAViolations } from './support/axe';
import { READ_TITLE } from './support/popup';

/**
 * Issue 15, keyboard first: a reader who never touches the mouse. Everything here is done
 * with keys pressed through the browser's own input path (CDP Input.dispatchKeyEvent), so
 * scrolling is the browser's default action on the focused article, not a script's.
 */
const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
// A read that is over: the article with its outline (support/popup.ts).
const TITLE = READ_TITLE;

let chromium: ChromiumWithExtension;
let server: TestServer;

async function openPopupOn(path: string, viewport = POPUP_VIEWPORT): Promise<Page> {
  const article = await chromium.context.newPage();
  await article.goto(server.url(path));
  const tabId = await tabIdOf(article, chromium.worker);
  const popup = await chromium.context.newPage();
  popup.on('pageerror', (error) => console.error(`error in the popup: ${error.message}`));
  await popup.setViewportSize(viewport);
  await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}keyboard-${name}.png` });
}

const paneScroll = (popup: Page) =>
  popup.evaluate(() => {
    const pane = document.querySelector('.reading-pane');
    return pane ? { top: pane.scrollTop, max: pane.scrollHeight - pane.clientHeight } : { top: -1, max: -1 };
  });

const focused = (popup: Page) =>
  popup.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` : 'none';
  });

beforeAll(async () => {
  // A private copy: other work may rebuild .output while this file runs.
  chromium = await launchChromiumOnCopy(CHROME_E2E_BUILD);
  server = await startTestServer();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('Chromium: the popup from the keyboard alone', () => {
  it('scrolls the article with ArrowDown, Page Down, Space and End right after it opens', async () => {
    const popup = await openPopupOn(SEED_PATH);
    await popup.locator(TITLE).waitFor({ state: 'visible' });
    // Focus is on the article as soon as it shows: no click, no Tab first.
    await expect.poll(() => focused(popup)).toBe('article.reading-view');
    const seen: number[] = [(await paneScroll(popup)).top];
    for (const key of ['ArrowDown', 'PageDown', 'Space']) {
      await popup.keyboard.press(key);
      // Scrolling by keys is smooth in Chromium: wait for it to move past the last position.
      const before = seen.at(-1) ?? 0;
      await expect.poll(async () => (await paneScroll(popup)).top, { message: key }).toBeGreaterThan(before);
      await popup.waitForTimeout(300);
      seen.push((await paneScroll(popup)).top);
    }
    await popup.keyboard.press('End');
    await expect.poll(async () => {
      const { top, max } = await paneScroll(popup);
      return max - top;
    }).toBeLessThanOrEqual(1);
    console.info(`pane scrollTop after ArrowDown, PageDown, Space: ${seen.slice(1).map((n) => n.toFixed(0)).join(', ')}; End reached the bottom`);
    await popup.keyboard.press('Home');
    await expect.poll(async () => (await paneScroll(popup)).top).toBe(0);
    await popup.close();
  });

  it('has Save as the first Tab stop of the page, the toolbar between it and the article, the outline after', async () => {
    const popup = await openPopupOn(SEED_PATH);
    await popup.locator(TITLE).waitFor({ state: 'visible' });
    await expect.poll(() => focused(popup)).toBe('article.reading-view');
    // Backwards from the article to the first stop of the page: Shift+Tab then leaves the page.
    const before: string[] = [];
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press('Shift+Tab');
      const stop = await focused(popup);
      if (stop === 'none' || stop.startsWith('body')) break;
      before.unshift(stop);
    }
    const after: string[] = [];
    await popup.locator('article.reading-view').focus();
    for (let i = 0; i < 3; i++) {
      await popup.keyboard.press('Tab');
      after.push(await focused(popup));
    }
    console.info(`Tab order: ${[...before, 'article.reading-view', ...after].join(' → ')}`);
    expect(before[0]).toBe('button.tool-button.save-button');
    expect(before.length).toBeLessThanOrEqual(8);
    expect(before.every((stop) => stop.startsWith('button.tool-button'))).toBe(true);
    expect(after).toContain('button.outline-item');
    await popup.close();
  });

  it('lists every action with its key in the "?" overlay, and Escape returns to the article', async () => {
    const popup = await openPopupOn(SEED_PATH);
    await popup.locator(TITLE).waitFor({ state: 'visible' });
    await expect.poll(() => focused(popup)).toBe('article.reading-view');
    await popup.keyboard.press('?');
    const dialog = popup.locator('dialog.shortcuts-help');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.evaluate((el) => (el as HTMLDialogElement).open && el.matches(':modal'))).toBe(true);
    const keys = await dialog.locator('kbd').allTextContents();
    for (const key of ['A', 'Ctrl+S', 'S', 'T', 'C', 'O', 'Shift+O', 'R', 'N', 'P', 'X', '?', 'Esc', 'PgDn', 'End']) expect(keys, key).toContain(key);
    // Every toolbar button's key is in the list.
    const toolbarKeys = await popup.locator('.reader-toolbar [aria-keyshortcuts]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-keyshortcuts') ?? ''));
    for (const shortcut of toolbarKeys) {
      const first = shortcut.split(' ')[0]?.replace('Control+', 'Ctrl+') ?? '';
      expect(keys, `toolbar shortcut ${shortcut}`).toContain(first);
    }
    await screenshot(popup, 'help');
    expect(await wcagAAViolations(popup), 'axe, "?" overlay open').toEqual([]);
    await popup.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(popup)).toBe('article.reading-view');
    await popup.close();
  });

  it('walks through the outline, a jump, the article and the settings with keys only', async () => {
    const popup = await openPopupOn(SEED_PATH);
    await popup.locator(TITLE).waitFor({ state: 'visible' });
    await expect.poll(() => focused(popup)).toBe('article.reading-view');
    await popup.keyboard.press('o');
    expect(await focused(popup)).toMatch(/^button\.outline-item/u);
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.classList.contains('highlight') ?? false)).toBe(true);
    await expect.poll(async () => (await paneScroll(popup)).top).toBeGreaterThan(0);
    await popup.waitForTimeout(600); // the smooth scroll settles
    await screenshot(popup, 'walk-jumped');
    await popup.keyboard.press('a');
    expect(await focused(popup)).toBe('article.reading-view');
    const before = (await paneScroll(popup)).top;
    await popup.keyboard.press('PageDown');
    await expect.poll(async () => (await paneScroll(popup)).top).toBeGreaterThan(before);
    await popup.keyboard.press('Shift+O');
    await expect.poll(() => popup.locator('nav.outline').count()).toBe(0);
    await screenshot(popup, 'walk-outline-hidden');
    await popup.keyboard.press('Shift+O');
    await expect.poll(() => popup.locator('nav.outline').count()).toBe(1);
    await popup.keyboard.press('s');
    await popup.locator('.reader-settings').waitFor();
    await screenshot(popup, 'walk-settings');
    await popup.keyboard.press('Escape');
    expect(await focused(popup)).toBe('button.tool-button.settings-toggle');
    await popup.close();
  });

  it('lands on the article after "Show anyway", pressed with Enter', async () => {
    const popup = await openPopupOn('/pages/sign-in.html');
    const button = popup.locator('button.show-anyway');
    await button.waitFor();
    await button.focus();
    await popup.keyboard.press('Enter');
    await popup.locator('article.reading-view').waitFor();
    await expect.poll(() => focused(popup)).toBe('article.reading-view');
    await popup.close();
  });

  it('scrolls the full tab with the keys at once too', async () => {
    const article = await chromium.context.newPage();
    await article.goto(server.url(SEED_PATH));
    const tabId = await tabIdOf(article, chromium.worker);
    const tab = await chromium.context.newPage();
    await tab.setViewportSize({ width: 1100, height: 700 });
    await tab.goto(`chrome-extension://${chromium.extensionId}/reader.html?tabId=${tabId}`);
    await tab.locator(TITLE).waitFor({ state: 'visible' });
    await expect.poll(() => focused(tab)).toBe('article.reading-view');
    await tab.keyboard.press('PageDown');
    await expect.poll(() => tab.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await tab.close();
  });
});
