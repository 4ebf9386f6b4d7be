import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startTestServer, SEED_PATH, type TestServer } from './support/test-server';
import { SEED_GROUP_COUNTS } from './support/seed-as-seen';
import { CHROME_E2E_BUILD } from './support/builds';
import { launchChromiumWithExtension, popupUrlFor, type ChromiumWithExtension } from './support/chromium';

const SCREENSHOT = new URL('./__screenshots__/outline-seed-popup.png', import.meta.url).pathname;
const KEYBOARD_SCREENSHOT = new URL('./__screenshots__/outline-seed-keyboard.png', import.meta.url).pathname;
const FOLLOW_SCREENSHOT = new URL('./__screenshots__/outline-seed-follow.png', import.meta.url).pathname;
const FOLLOW_TAB_SCREENSHOT = new URL('./__screenshots__/outline-seed-follow-tab.png', import.meta.url).pathname;
const SLOGAN = 'Học tập và làm theo tư tưởng';
/** The machine running these is slow and shared: everything is polled, never slept on. */
const SETTLE_MS = 30_000;

/** The three groups, in the order OutlinePanel renders them. */
const group = (popup: Page, index: number): Locator => popup.locator('nav.outline > details.outline-group').nth(index);
const sections = (popup: Page): Locator => group(popup, 0);
const quotes = (popup: Page): Locator => group(popup, 1);
const keyPoints = (popup: Page): Locator => group(popup, 2);

/** The text of an item as a reader sees it; section labels end in "…" when cut short. */
async function labelOf(item: Locator): Promise<string> {
  const text = (await item.evaluate((el) => el.firstChild?.textContent ?? '')).trim();
  return text.replace(/…$/u, '').replace(/^“|”$/gu, '');
}

interface HighlightState {
  /** How many blocks carry the highlight (one at most). */
  count: number;
  text: string;
  /** The highlighted block lies entirely inside the reading pane's visible rectangle. */
  inView: boolean;
  scrollTop: number;
  focused: boolean;
}

/** Read inside the popup: the highlighted block and where it sits in the scrolling pane. */
function readHighlight(): HighlightState {
  const pane = document.querySelector('main.reading-pane');
  const marked = document.querySelectorAll('.article-body .highlight');
  const target = marked[0];
  if (!pane || !target) return { count: marked.length, text: '', inView: false, scrollTop: pane?.scrollTop ?? -1, focused: false };
  const box = target.getBoundingClientRect();
  const view = pane.getBoundingClientRect();
  // The pane's own top bar (toolbar, progress) is sticky and may cover its first pixels:
  // being centred (scrollIntoView block: 'center') keeps the block clear of it anyway.
  const inView = box.top >= view.top - 1 && box.bottom <= view.bottom + 1 && box.height > 0;
  return {
    count: marked.length,
    text: (target.textContent ?? '').replace(/\s+/gu, ' ').trim(),
    inView,
    scrollTop: pane.scrollTop,
    focused: document.activeElement === target,
  };
}

/**
 * Polls until a block is highlighted and the smooth scroll has come to rest inside the
 * pane: the same scroll position twice in a row with the block in view.
 */
async function settledHighlight(popup: Page): Promise<HighlightState> {
  const deadline = Date.now() + SETTLE_MS;
  let previous: HighlightState | null = null;
  let last: HighlightState = await popup.evaluate(readHighlight);
  while (Date.now() < deadline) {
    last = await popup.evaluate(readHighlight);
    if (last.count === 1 && last.inView && previous?.scrollTop === last.scrollTop) return last;
    previous = last;
    await popup.waitForTimeout(100);
  }
  throw new Error(`the highlighted block never settled in view; last seen: ${JSON.stringify(last)}`);
}

describe('Chromium (e2e build): the outline panel on the seed page', () => {
  let server: TestServer;
  let chromium: ChromiumWithExtension;
  let popup: Page;

  beforeAll(async () => {
    server = await startTestServer();
    chromium = await launchChromiumWithExtension(CHROME_E2E_BUILD);
    const article = await chromium.context.newPage();
    await article.goto(server.url(SEED_PATH));
    const popupUrl = await popupUrlFor(chromium, article);
    popup = await chromium.context.newPage();
    await popup.goto(popupUrl);
    await popup.locator('nav.outline .outline-item').first().waitFor({ state: 'visible', timeout: SETTLE_MS });
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('shows the three groups, open, each with a count that matches its items', async () => {
    expect(await popup.locator('nav.outline > details.outline-group').count()).toBe(3);
    // Sections and key points count their entries (an enumeration is one entry with its
    // items nested under it); quotes count quotes, whatever speaker they are grouped under.
    const counted = [
      { group: sections(popup), items: sections(popup).locator(':scope > ol > li > .outline-item') },
      { group: quotes(popup), items: quotes(popup).locator('.outline-speakers .outline-item') },
      { group: keyPoints(popup), items: keyPoints(popup).locator(':scope > ol > li > .outline-item') },
    ];
    for (const [i, { group: details, items }] of counted.entries()) {
      expect(await details.getAttribute('open')).not.toBeNull();
      const shown = Number(await details.locator('summary .count').textContent());
      expect(shown).toBe(SEED_GROUP_COUNTS[i]);
      expect(await items.count()).toBe(shown);
    }
  });

  it('lists the five lessons "Một là … Năm là" as one enumeration entry', async () => {
    const entries = sections(popup).locator(':scope > ol > li');
    const labels: string[][] = [];
    for (let i = 0; i < (await entries.count()); i++) {
      const items = entries.nth(i).locator(':scope > ol > li > .outline-item');
      const texts: string[] = [];
      for (let j = 0; j < (await items.count()); j++) texts.push(await labelOf(items.nth(j)));
      if (texts.length > 0) labels.push(texts);
    }
    const lessons = labels.find((items) => items[0]?.startsWith('Một là') === true);
    expect(lessons, `enumerations seen: ${JSON.stringify(labels)}`).toBeDefined();
    const starts = ['Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là'];
    expect(lessons).toHaveLength(starts.length);
    starts.forEach((start, i) => expect(lessons?.[i]?.startsWith(start), `item ${i}: ${lessons?.[i] ?? ''}`).toBe(true));
  });

  it('shows quotes under Nguyễn Văn Quang with his role, Phó bí thư', async () => {
    const speakers = quotes(popup).locator('.outline-speakers > li');
    const names = await speakers.locator('.speaker-name').allTextContents();
    const index = names.findIndex((name) => name.trim() === 'Nguyễn Văn Quang');
    expect(index, `speakers seen: ${JSON.stringify(names)}`).toBeGreaterThanOrEqual(0);
    const quang = speakers.nth(index);
    expect(await quang.locator('.speaker-role').textContent()).toContain('Phó bí thư');
    expect(await quang.locator('.outline-item').count()).toBeGreaterThanOrEqual(1);
  });

  it('does not list the slogan “Học tập và làm theo tư tưởng…” as a quote', async () => {
    // The slogan is in the text the popup shows, so its absence from the quotes means something.
    expect(await popup.locator('.article-body').textContent()).toContain(SLOGAN);
    const quoted = await quotes(popup).locator('.outline-item').allTextContents();
    expect(quoted.length).toBeGreaterThan(0);
    for (const text of quoted) expect(text).not.toContain(SLOGAN);
  });

  it('scrolls the reading pane to the last key point on a click and highlights it', async () => {
    const items = keyPoints(popup).locator('.outline-item');
    const last = items.nth((await items.count()) - 1);
    const label = await labelOf(last);
    expect(label.length).toBeGreaterThan(20);
    const before = await popup.evaluate(readHighlight);
    expect(before.count).toBe(0);

    await last.click();
    const seen = await settledHighlight(popup);
    expect(seen.scrollTop, 'the pane scrolled down to a block far into the article').toBeGreaterThan(before.scrollTop);
    expect(seen.text).toContain(label.slice(0, 60));
    expect(await popup.locator('.article-body .highlight').evaluate((el) => el.classList.contains('highlight'))).toBe(true);
    await popup.screenshot({ path: SCREENSHOT });
    // A keyboard or screen-reader user lands on the block, not just the eye.
    expect(seen.focused).toBe(true);
  });

  it('moves through the items with the arrow keys and jumps with Enter', async () => {
    const all = popup.locator('nav.outline .outline-item');
    await all.first().focus();
    expect(await all.first().getAttribute('tabindex')).toBe('0');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    const third = all.nth(2);
    await expect.poll(() => third.evaluate((el) => el === document.activeElement), { timeout: SETTLE_MS }).toBe(true);
    // Roving tabindex: the focused item is now the one Tab stop of the outline.
    expect(await third.getAttribute('tabindex')).toBe('0');
    expect(await all.first().getAttribute('tabindex')).toBe('-1');
    // The second lesson, labelled by its opening cut with "…": the block holds the opening.
    const label = (await labelOf(third)).replace(/…$/u, '').toLowerCase();

    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await popup.evaluate(readHighlight)).text.toLowerCase().includes(label), { timeout: SETTLE_MS }).toBe(true);
    const seen = await settledHighlight(popup);
    expect(seen.count).toBe(1);
    expect(seen.text.toLowerCase()).toContain(label);
    expect(seen.focused).toBe(true);
    await popup.screenshot({ path: KEYBOARD_SCREENSHOT });

    // O brings the reader back to the item they jumped from, not to the top of the outline.
    await popup.keyboard.press('o');
    await expect.poll(() => third.evaluate((el) => el === document.activeElement), { timeout: SETTLE_MS }).toBe(true);
  });

  it('follows the reader: the section and key point scrolled to are marked current, and move on as the reader scrolls', async () => {
    // Entries only: inside a section with lessons, the lesson the reader is at is current too (below).
    const currentOf = (details: Locator) => details.locator(':scope > ol > li > .outline-item[aria-current="location"]');
    // Scrolled by script to each section's heading block in turn, as a reader's scrolling would.
    const sectionItems = sections(popup).locator(':scope > ol > li > .outline-item');
    const seen: string[] = [];
    for (const index of [0, (await sectionItems.count()) - 1]) {
      const item = sectionItems.nth(index);
      const block = await item.getAttribute('data-block');
      // Set again on every poll: a smooth scroll still running from the last test's jump may carry the pane on.
      const scrollThere = () =>
        popup.evaluate((b) => {
          const pane = document.querySelector('main.reading-pane');
          const target = document.querySelector(`.article-body [data-lede-block="${b}"]`);
          if (pane && target) pane.scrollTop += target.getBoundingClientRect().top - pane.getBoundingClientRect().top - 80;
        }, block);
      const wanted = await item.getAttribute('data-item-id');
      await expect
        .poll(async () => {
          await scrollThere();
          await popup.waitForTimeout(150);
          return currentOf(sections(popup)).getAttribute('data-item-id');
        }, { timeout: SETTLE_MS })
        .toBe(wanted);
      seen.push(await labelOf(item));
      expect(await currentOf(sections(popup)).count()).toBe(1);
    }
    // A key point is current too once the reader is past the first one.
    expect(await currentOf(keyPoints(popup)).count()).toBe(1);
    // At the seed's fifth lesson ("Năm là"), that lesson is current under its section, not only the section.
    const lessons = sections(popup).locator('li li > .outline-item');
    if ((await lessons.count()) > 0) {
      const lastLesson = lessons.nth((await lessons.count()) - 1);
      const lessonBlock = await lastLesson.getAttribute('data-block');
      await expect
        .poll(async () => {
          await popup.evaluate((b) => {
            const pane = document.querySelector('main.reading-pane');
            const target = document.querySelector(`.article-body [data-lede-block="${b}"]`);
            // At the very top of the reading band: the lesson before it, scrolled past, is no longer in the band.
            if (pane && target) pane.scrollTop += target.getBoundingClientRect().top - pane.getBoundingClientRect().top - 4;
          }, lessonBlock);
          await popup.waitForTimeout(150);
          return lastLesson.getAttribute('aria-current');
        }, { timeout: SETTLE_MS })
        .toBe('location');
      expect(await sections(popup).locator('li li > .outline-item[aria-current="location"]').count()).toBe(1);
    }
    console.info(`current section followed the scroll: ${seen.join(' → ')}`);
    await popup.screenshot({ path: FOLLOW_SCREENSHOT });
    // Back at the top in one jump, over every block between: the seed's first part starts below
    // the reading band there, so no section is current (not the last one, left over from before).
    await popup.evaluate(() => document.querySelector('main.reading-pane')?.scrollTo(0, 0));
    await expect.poll(() => currentOf(sections(popup)).count(), { timeout: SETTLE_MS }).toBe(0);
  });

  it('follows the reader in the full tab too, where the window scrolls', async () => {
    const tab = await chromium.context.newPage();
    await tab.setViewportSize({ width: 1200, height: 800 });
    await tab.goto(popup.url().replace('/popup.html', '/reader.html'));
    await tab.locator('nav.outline .outline-item').first().waitFor({ state: 'visible', timeout: SETTLE_MS });
    const items = sections(tab).locator(':scope > ol > li > .outline-item');
    const last = items.nth((await items.count()) - 1);
    const block = await last.getAttribute('data-block');
    const wanted = await last.getAttribute('data-item-id');
    await expect
      .poll(async () => {
        await tab.evaluate((b) => {
          const target = document.querySelector(`.article-body [data-lede-block="${b}"]`);
          if (target) window.scrollBy(0, target.getBoundingClientRect().top - 120);
        }, block);
        await tab.waitForTimeout(150);
        return sections(tab).locator(':scope > ol > li > .outline-item[aria-current="location"]').getAttribute('data-item-id');
      }, { timeout: SETTLE_MS })
      .toBe(wanted);
    await tab.screenshot({ path: FOLLOW_TAB_SCREENSHOT });
    await tab.close();
  });

  it('collapses the outline and opens it again from the toolbar', async () => {
    await popup.locator('.outline-toggle').click();
    await expect.poll(() => popup.locator('nav.outline').count()).toBe(0);
    expect(await popup.locator('.outline-toggle').getAttribute('aria-expanded')).toBe('false');
    await popup.locator('.outline-toggle').click();
    await popup.locator('nav.outline .outline-item').first().waitFor({ state: 'visible' });
  });
});
