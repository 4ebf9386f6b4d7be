import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startTestServer, SEED_PATH, type TestServer } from './support/test-server';
import { FIREFOX_E2E_BUILD, POPUP_VIEWPORT } from './support/builds';
import { launchFirefoxWithExtension, navigateToPopup, pollPage, setFirefoxViewport, type FirefoxWithExtension } from './support/firefox';

/**
 * Issue 15 in Firefox ESR: the popup (opened in a tab through the e2e build's web-accessible
 * popup, support/firefox.ts) is scrolled by keys at once, folds its outline at 400 px, and
 * read aloud answers with what this headless Firefox has.
 */
const SCREENSHOTS = new URL('./__screenshots__/', import.meta.url).pathname;

describe('Firefox ESR (e2e build): the reading view from the keyboard', () => {
  let server: TestServer;
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    server = await startTestServer();
    firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  async function openPopup(viewport: { width: number; height: number }): Promise<Page> {
    const seedUrl = server.url(SEED_PATH);
    const article = await firefox.browser.newPage();
    await article.goto(seedUrl);
    const popup = await firefox.browser.newPage();
    await setFirefoxViewport(popup, viewport);
    await popup.goto(server.url('/pages/start.html'));
    await navigateToPopup(popup, seedUrl);
    await pollPage(popup, () => (document.activeElement?.classList.contains('reading-view') ? true : null), undefined, 'the article focused');
    return popup;
  }

  const paneTop = (popup: Page) => popup.evaluate(() => document.querySelector('.reading-pane')?.scrollTop ?? -1);

  it('scrolls the article with ArrowDown, Page Down and End as soon as it shows', async () => {
    const popup = await openPopup(POPUP_VIEWPORT);
    let last = await paneTop(popup);
    for (const key of ['ArrowDown', 'PageDown'] as const) {
      await popup.keyboard.press(key);
      const before = last;
      last = await pollPage(popup, (b) => {
        const top = document.querySelector('.reading-pane')?.scrollTop ?? 0;
        return top > b ? top : null;
      }, before, `${key} scrolled`);
    }
    await popup.keyboard.press('End');
    await pollPage(popup, () => {
      const pane = document.querySelector('.reading-pane');
      return pane && pane.scrollHeight - pane.clientHeight - pane.scrollTop <= 1 ? true : null;
    }, undefined, 'End reached the bottom');
    console.info(`Firefox: pane scrolled by keys to ${last.toFixed(0)} px, then End to the bottom`);
    await popup.close();
  });

  it('folds the outline into a toggle at 400 px, and read aloud answers (a voice, or how to add one)', async () => {
    const popup = await openPopup({ width: 400, height: 640 });
    expect(await popup.evaluate(() => document.querySelector('.reader')?.classList.contains('reader-narrow'))).toBe(true);
    expect(await popup.evaluate(() => document.querySelectorAll('nav.outline').length)).toBe(0);
    // Opened as a tab, the popup fills it and only its pane scrolls.
    const fit = await popup.evaluate(() => ({
      body: [document.body.getBoundingClientRect().width, document.body.getBoundingClientRect().height],
      window: [window.innerWidth, window.innerHeight],
      client: [document.documentElement.clientWidth, document.documentElement.clientHeight],
      scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
    }));
    console.info(`Firefox 400 px: ${JSON.stringify(fit)}`);
    expect(fit.scroll).toEqual(fit.client);
    await popup.screenshot({ path: `${SCREENSHOTS}firefox-narrow-400.png` });
    const voices = await popup.evaluate(() => speechSynthesis.getVoices().map((v) => `${v.name} (${v.lang}${v.localService ? '' : ', network'})`));
    console.info(`headless Firefox voices: ${voices.length === 0 ? 'none' : voices.join(', ')}`);
    await popup.keyboard.press('r');
    const shown = await pollPage(popup, () => document.querySelector('.voice-missing p, .read-aloud-voice')?.textContent ?? null, undefined, 'read aloud answered');
    console.info(`Firefox read aloud: ${shown}`);
    expect(shown).toMatch(/^(No voice on this device speaks Vietnamese\.|Voice: )/u);
    await popup.screenshot({ path: `${SCREENSHOTS}firefox-read-aloud-400.png` });
    await popup.close();
  });
});
