import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_E2E_BUILD,
  CHROME_RELEASE_BUILD,
  clickToolbarButton,
  launchChromiumOnCopy,
  tabIdOf,
  type ChromiumWithExtension,
} from './support/chromium';
import { SEED_PATH, startTestServer, type TestServer } from './support/test-server';
import { wcagAAViolations } from './support/axe';
import { pressInTarget } from './support/raw-target-keys';
import { READ_TITLE } from './support/popup';

/**
 * Issue 15, narrow and wide: popup.html opened in a tab of 400 px (as Firefox for Android
 * opens popups, and as a squeezed popup or side panel is) and of 800 px.
 */
const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
// A read that is over: the article with its outline (support/popup.ts).
const TITLE = READ_TITLE;

let chromium: ChromiumWithExtension;
let server: TestServer;

async function openPopupOn(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const article = await chromium.context.newPage();
  await article.goto(server.url(path));
  const tabId = await tabIdOf(article, chromium.worker);
  const popup = await chromium.context.newPage();
  popup.on('pageerror', (error) => console.error(`error in the popup: ${error.message}`));
  await popup.setViewportSize(viewport);
  await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator(TITLE).waitFor({ state: 'visible' });
  return popup;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}narrow-${name}.png` });
}

/**
 * Characters per full line of the article's longest paragraphs (the median), measured from
 * where the browser put each character: a paragraph's last line is left out, it is short by nature.
 */
function charactersPerLine(popup: Page): Promise<number> {
  return popup.evaluate(() => {
    const perLine: number[] = [];
    const paragraphs = [...document.querySelectorAll('.article-body p')].sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length).slice(0, 3);
    for (const p of paragraphs) {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const tops: number[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (rect) tops.push(Math.round(rect.top));
        }
      }
      const lines = new Map<number, number>();
      for (const top of tops) lines.set(top, (lines.get(top) ?? 0) + 1);
      perLine.push(...[...lines.values()].slice(0, -1));
    }
    perLine.sort((a, b) => a - b);
    return perLine[Math.floor(perLine.length / 2)] ?? 0;
  });
}

beforeAll(async () => {
  // A private copy: other work may rebuild .output while this file runs.
  chromium = await launchChromiumOnCopy(CHROME_E2E_BUILD);
  server = await startTestServer();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('Chromium: the reading view narrow and wide', () => {
  it('at 400 px folds the outline into a toggle above the article, which keeps at least 45 characters a line', async () => {
    const popup = await openPopupOn(SEED_PATH, { width: 400, height: 640 });
    expect(await popup.locator('.reader').getAttribute('class')).toContain('reader-narrow');
    expect(await popup.locator('nav.outline').count()).toBe(0);
    const toggle = popup.locator('.outline-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // Opened as a tab, the popup fills it rather than keeping its toolbar size.
    expect(await popup.evaluate(() => [document.body.getBoundingClientRect().width, document.body.getBoundingClientRect().height])).toEqual([400, 640]);
    const perLine = await charactersPerLine(popup);
    console.info(`400 px: ${perLine} characters per line (median of full lines)`);
    expect(perLine).toBeGreaterThanOrEqual(45);
    expect(await popup.evaluate(() => document.querySelector('.reading-pane')?.scrollWidth === document.querySelector('.reading-pane')?.clientWidth)).toBe(true);
    await screenshot(popup, '400-closed');

    await toggle.click();
    const nav = popup.locator('.reader-top > nav.outline');
    await nav.waitFor({ state: 'visible' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const [navBox, articleBox] = [await nav.boundingBox(), await popup.locator('article.reading-view').boundingBox()];
    expect(navBox?.y ?? Infinity).toBeLessThan(articleBox?.y ?? 0);
    await screenshot(popup, '400-open');
    expect(await wcagAAViolations(popup), 'axe, 400 px, outline open').toEqual([]);

    // A jump from the folded outline closes it and takes the reader to the block.
    await nav.locator('.outline-item').nth(2).click();
    await nav.waitFor({ state: 'detached' });
    await expect.poll(() => popup.evaluate(() => document.activeElement?.classList.contains('highlight') ?? false)).toBe(true);
    await expect.poll(() => popup.evaluate(() => document.querySelector('.reading-pane')?.scrollTop ?? 0)).toBeGreaterThan(100);
    // O opens it again with focus inside; Escape closes it and returns to the toggle.
    await popup.keyboard.press('o');
    await nav.waitFor({ state: 'visible' });
    // Focus moves in an effect after the frame that shows the outline: polled, not read once.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.classList.contains('outline-item') ?? false)).toBe(true);
    await popup.keyboard.press('Escape');
    await nav.waitFor({ state: 'detached' });
    await expect.poll(() => popup.evaluate(() => document.activeElement?.classList.contains('outline-toggle') ?? false)).toBe(true);
    await popup.close();
  });

  it('at 800 px keeps the outline beside the article, and lets it be hidden', async () => {
    const popup = await openPopupOn(SEED_PATH, { width: 800, height: 600 });
    expect(await popup.locator('.reader').getAttribute('class')).not.toContain('reader-narrow');
    const [navBox, articleBox] = [await popup.locator('nav.outline').boundingBox(), await popup.locator('article.reading-view').boundingBox()];
    expect(navBox?.x ?? Infinity).toBeLessThan(articleBox?.x ?? 0);
    const perLine = await charactersPerLine(popup);
    console.info(`800 px: ${perLine} characters per line`);
    expect(perLine).toBeGreaterThanOrEqual(45);
    await screenshot(popup, '800');
    expect(await wcagAAViolations(popup), 'axe, 800 px').toEqual([]);
    await popup.locator('.outline-toggle').click();
    await expect.poll(() => popup.locator('nav.outline').count()).toBe(0);
    await screenshot(popup, '800-outline-hidden');
    await popup.close();
  });
});

describe('Chromium release build: the real popup', () => {
  it('opens from a toolbar click at the size it asked for, within the screen', async () => {
    const release = await launchChromiumOnCopy(CHROME_RELEASE_BUILD);
    try {
      const article = await release.context.newPage();
      await article.goto(server.url(SEED_PATH));
      const popup = await clickToolbarButton(release, article);
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && !(await popup.evaluate(() => document.querySelector('.layout:not(.outline-making) h1.article-title') !== null))) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const size = await popup.evaluate(() => ({
        fill: document.documentElement.dataset.fill ?? null,
        body: [Math.round(document.body.getBoundingClientRect().width), Math.round(document.body.getBoundingClientRect().height)],
        window: [window.innerWidth, window.innerHeight],
        screen: [screen.availWidth, screen.availHeight],
        focused: document.activeElement?.className ?? null,
      }));
      console.info(`real popup: ${JSON.stringify(size)}`);
      await mkdir(SCREENSHOTS, { recursive: true });
      await writeFile(`${SCREENSHOTS}narrow-release-popup.png`, Buffer.from(await popup.screenshot(), 'base64'));
      expect(size.fill).toBeNull();
      expect(size.body[0]).toBeLessThanOrEqual(Math.min(780, size.screen[0] ?? 0));
      expect(size.body[1]).toBeLessThanOrEqual(Math.min(580, size.screen[1] ?? 0));
      expect(size.focused).toBe('reading-view');
      // The complaint of issue 15, tried as a reader would: keys pressed in the real popup scroll the article at once.
      const scrolled: number[] = [];
      for (const key of ['ArrowDown', 'PageDown', 'Space', 'End']) {
        await pressInTarget(release, `chrome-extension://${release.extensionId}/popup.html`, [key]);
        const before = scrolled.at(-1) ?? 0;
        const settle = Date.now() + 5_000;
        let top = before;
        while (Date.now() < settle && top <= before) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          top = await popup.evaluate(() => document.querySelector('.reading-pane')?.scrollTop ?? 0);
        }
        await new Promise((resolve) => setTimeout(resolve, 400));
        scrolled.push(await popup.evaluate(() => document.querySelector('.reading-pane')?.scrollTop ?? 0));
      }
      console.info(`real popup, pane scrollTop after ArrowDown, PageDown, Space, End: ${scrolled.map((n) => n.toFixed(0)).join(', ')}`);
      for (let i = 1; i < scrolled.length; i++) expect(scrolled[i] ?? 0).toBeGreaterThan(scrolled[i - 1] ?? 0);
      expect(scrolled[0] ?? 0).toBeGreaterThan(0);
      await popup.close();
    } finally {
      await release.close();
    }
  });
});
