import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_E2E_BUILD, POPUP_VIEWPORT, launchChromiumOnCopy, tabIdOf, type ChromiumWithExtension } from './support/chromium';
import { SEED_PATH, startTestServer, type TestServer } from './support/test-server';
import { wcagAAViolations } from './support/axe';
import { READ_TITLE } from './support/popup';

/**
 * Issue 15, read aloud, in Chromium. Headless Chromium on this machine has no voices at all
 * (no speech-dispatcher), so the real API is used for the "no voice" path, and a stand-in for
 * `speechSynthesis` and `SpeechSynthesisUtterance`, installed before the popup's scripts run,
 * for what is spoken: it records every utterance and ends one only when the test says so.
 */
const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
// A read that is over: the article with its outline (support/popup.ts).
const TITLE = READ_TITLE;

interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
  at: number;
}

interface FakeSpeech {
  spoken: Spoken[];
  cancels: number;
  pressedAt: number | null;
  end(): void;
}

/** Runs in the popup before its own code: the voices Chrome lists on a Windows machine with Vietnamese installed. */
function installFakeSpeech(): void {
  const voices = [
    { name: 'Microsoft David', lang: 'en-US', localService: true, default: true, voiceURI: 'david' },
    { name: 'Google Tiếng Việt', lang: 'vi-VN', localService: false, default: false, voiceURI: 'google-vi' },
    { name: 'Microsoft An', lang: 'vi-VN', localService: true, default: false, voiceURI: 'an' },
  ];
  type Handler = ((event: Event) => void) | null;
  class Utterance extends EventTarget {
    lang = '';
    rate = 1;
    voice: { name: string } | null = null;
    onstart: Handler = null;
    onend: Handler = null;
    onerror: Handler = null;
    constructor(public text: string) {
      super();
    }
  }
  let current: Utterance | null = null;
  const state: FakeSpeech = {
    spoken: [],
    cancels: 0,
    pressedAt: null,
    end() {
      const done = current;
      current = null;
      done?.onend?.(new Event('end'));
    },
  };
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voices,
    speak(u: Utterance) {
      current = u;
      state.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null, rate: u.rate, at: performance.now() });
      setTimeout(() => u.onstart?.(new Event('start')));
    },
    cancel() {
      state.cancels++;
      const dropped = current;
      current = null;
      if (dropped) setTimeout(() => dropped.onerror?.(new Event('error')));
    },
    pause() {},
    resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, 'fakeSpeech', { value: state });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'r' && state.pressedAt === null) state.pressedAt = performance.now();
  }, { capture: true });
}

let chromium: ChromiumWithExtension;
let server: TestServer;

async function openPopup(fake: boolean): Promise<Page> {
  const article = await chromium.context.newPage();
  await article.goto(server.url(SEED_PATH));
  const tabId = await tabIdOf(article, chromium.worker);
  const popup = await chromium.context.newPage();
  popup.on('pageerror', (error) => console.error(`error in the popup: ${error.message}`));
  if (fake) await popup.addInitScript(installFakeSpeech);
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(`chrome-extension://${chromium.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator(TITLE).waitFor({ state: 'visible' });
  await expect.poll(() => popup.evaluate(() => document.activeElement?.classList.contains('reading-view'))).toBe(true);
  return popup;
}

const spoken = (popup: Page) => popup.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech.spoken);
const lastSpoken = async (popup: Page) => (await spoken(popup)).at(-1) ?? null;
/** The highlighted sentence lies inside the reading pane, under its sticky toolbar. */
const sentenceInView = (popup: Page) =>
  popup.evaluate(() => {
    const range = CSS.highlights.get('lede-reading')?.values().next().value;
    const pane = document.querySelector('.reading-pane')?.getBoundingClientRect();
    const top = document.querySelector('.reader-top')?.getBoundingClientRect().bottom ?? 0;
    const rect = range instanceof Range ? range.getBoundingClientRect() : null;
    return rect !== null && pane !== undefined && rect.top >= top && rect.bottom <= pane.bottom;
  });
const highlighted = (popup: Page) => popup.evaluate(() => CSS.highlights.get('lede-reading')?.values().next().value?.toString() ?? null);

beforeAll(async () => {
  // A private copy: other work may rebuild .output while this file runs.
  chromium = await launchChromiumOnCopy(CHROME_E2E_BUILD);
  server = await startTestServer();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('Chromium: read aloud', () => {
  it('says when no installed voice speaks Vietnamese, and how to add one on each system (the real, voiceless headless browser)', async () => {
    const popup = await openPopup(false);
    const voices = await popup.evaluate(() => speechSynthesis.getVoices().map((v) => `${v.name} (${v.lang}${v.localService ? '' : ', network'})`));
    console.info(`headless Chromium voices: ${voices.length === 0 ? 'none' : voices.join(', ')}`);
    await popup.keyboard.press('r');
    const message = popup.locator('.voice-missing[role="alert"]');
    await message.waitFor({ timeout: 10_000 });
    expect(await message.locator('p').textContent()).toMatch(/^No voice on this device speaks Vietnamese\. /u);
    const systems = await message.locator('li').allTextContents();
    expect(systems.map((line) => line.split(':')[0])).toEqual(['Linux', 'Windows', 'macOS', 'Android']);
    expect(systems[0]).toContain('espeak-ng');
    await mkdir(SCREENSHOTS, { recursive: true });
    await popup.screenshot({ path: `${SCREENSHOTS}read-aloud-no-voice.png` });
    expect(await wcagAAViolations(popup), 'axe, no voice').toEqual([]);
    await popup.close();
  });

  it('reads the article in the installed Vietnamese voice, sentence by sentence, highlighted and followed', async () => {
    const popup = await openPopup(true);
    await popup.keyboard.press('r');
    await expect.poll(() => lastSpoken(popup)).not.toBeNull();
    const first = await lastSpoken(popup);
    const pressedAt = await popup.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech.pressedAt ?? Number.NaN);
    console.info(`R pressed → first utterance spoken: ${((first?.at ?? Number.NaN) - pressedAt).toFixed(0)} ms (the bar's code fetched on first use)`);
    // At the top of the article, reading starts with the title, in the local voice, never Google's network one.
    expect(first).toMatchObject({ voice: 'Microsoft An', lang: 'vi-VN', rate: 1 });
    expect(first?.text).toBe(await popup.locator(TITLE).textContent());
    await expect.poll(() => highlighted(popup)).toBe(first?.text);
    expect(await popup.locator('.read-aloud-voice').textContent()).toBe('Voice: Microsoft An');

    // Each sentence's end starts the next, and the highlight moves with it.
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) {
      await popup.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeech }).fakeSpeech.end());
      await expect.poll(async () => (await spoken(popup)).length).toBe(i + 2);
      const now = await lastSpoken(popup);
      texts.push(now?.text ?? '');
      await expect.poll(() => highlighted(popup)).toBe(now?.text);
      await expect.poll(() => sentenceInView(popup), { message: `sentence ${i + 2} in view` }).toBe(true);
    }
    expect(texts[0]).toMatch(/^Ngày 25\/1 Đảng ủy Khối Doanh nghiệp quận Đống Đa/u);
    await mkdir(SCREENSHOTS, { recursive: true });
    await popup.screenshot({ path: `${SCREENSHOTS}read-aloud-reading.png` });
    expect(await wcagAAViolations(popup), 'axe, reading aloud').toEqual([]);
    // The bar and the highlight in the dark theme too (set on the page as the settings store sets it).
    await popup.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    expect(await wcagAAViolations(popup), 'axe, reading aloud, dark').toEqual([]);
    await popup.screenshot({ path: `${SCREENSHOTS}read-aloud-reading-dark.png` });
    await popup.evaluate(() => (document.documentElement.dataset.theme = 'light'));

    // N, P, + and − from the keyboard; R pauses and resumes the same sentence.
    await popup.keyboard.press('n');
    await expect.poll(async () => (await lastSpoken(popup))?.text).not.toBe(texts[2]);
    const skipped = await lastSpoken(popup);
    await popup.keyboard.press('p');
    await expect.poll(async () => (await lastSpoken(popup))?.text).toBe(texts[2]);
    await popup.keyboard.press('+');
    await expect.poll(async () => (await lastSpoken(popup))?.rate).toBe(1.25);
    expect(await popup.locator('.read-aloud-speed select').inputValue()).toBe('1.25');
    await popup.keyboard.press('-');
    await expect.poll(async () => (await lastSpoken(popup))?.rate).toBe(1);
    expect(skipped?.text).not.toBe(texts[2]);
    await popup.keyboard.press('r');
    await expect.poll(() => popup.locator('.read-play').count()).toBe(1);
    const count = (await spoken(popup)).length;
    await popup.keyboard.press('r');
    await expect.poll(async () => (await spoken(popup)).length).toBe(count + 1);
    expect((await lastSpoken(popup))?.text).toBe(texts[2]);

    // X stops: the bar goes, the highlight is cleared, focus returns to the toolbar's button.
    await popup.keyboard.press('x');
    await expect.poll(() => popup.locator('.read-aloud').count()).toBe(0);
    expect(await highlighted(popup)).toBeNull();
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('read-aloud-toggle'))).toBe(true);
    await popup.close();
  });

  it('reads from a key point when R is pressed on it in the outline, and from a quote clicked while reading', async () => {
    const popup = await openPopup(true);
    const keyPoint = popup.locator('nav.outline > details.outline-group').nth(2).locator('.outline-item').nth(1);
    const block = await keyPoint.getAttribute('data-block');
    await keyPoint.focus();
    await popup.keyboard.press('r');
    await expect.poll(() => lastSpoken(popup)).not.toBeNull();
    const blockText = await popup.evaluate((b) => document.querySelector(`.article-body [data-lede-block="${b}"]`)?.textContent ?? '', block);
    const first = await lastSpoken(popup);
    expect(blockText.trim().startsWith(first?.text ?? '∅')).toBe(true);
    // The sentence is scrolled into view in the pane.
    await expect.poll(() => sentenceInView(popup)).toBe(true);
    // With the bar open, R on another key point reads from there at once.
    const other = popup.locator('nav.outline > details.outline-group').nth(2).locator('.outline-item').first();
    const otherBlock = await other.getAttribute('data-block');
    await other.focus();
    await popup.keyboard.press('r');
    const otherText = await popup.evaluate((b) => document.querySelector(`.article-body [data-lede-block="${b}"]`)?.textContent ?? '', otherBlock);
    await expect.poll(async () => otherText.trim().startsWith((await lastSpoken(popup))?.text ?? '∅')).toBe(true);
    // While reading, a click on a quote in the outline takes the reading there too.
    const quote = popup.locator('nav.outline > details.outline-group').nth(1).locator('.outline-item').first();
    const quoteBlock = await quote.getAttribute('data-block');
    await quote.click();
    const quoteText = await popup.evaluate((b) => document.querySelector(`.article-body [data-lede-block="${b}"]`)?.textContent ?? '', quoteBlock);
    await expect.poll(async () => quoteText.trim().startsWith((await lastSpoken(popup))?.text ?? '∅')).toBe(true);
    await expect.poll(() => sentenceInView(popup)).toBe(true);
    await popup.screenshot({ path: `${SCREENSHOTS}read-aloud-from-key-point.png` });
    await popup.close();
  });
});
