import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listGoldenPages } from '../../scripts/lib/golden-pages';
import { startTestServer, type GeneratedPages, type TestServer } from './support/test-server';
import { CHROME_E2E_BUILD, FIREFOX_E2E_BUILD, POPUP_VIEWPORT } from './support/builds';
import { launchChromiumWithExtension, popupUrlFor, type ChromiumWithExtension } from './support/chromium';
import { launchFirefoxWithExtension, navigateToPopup, setFirefoxViewport, type FirefoxWithExtension } from './support/firefox';
import { PopupPage } from './support/popup';

/**
 * Issue 18: Chinese fell back to a sans face in Firefox and a serif one in Chromium under the
 * same font list. The stacks now name CJK faces (assets/script-fonts.css); this reads the
 * Chinese and Japanese golden pages in the popup of each browser, saves what the reader sees
 * (__screenshots__/cjk-<page>-<browser>.png, to compare by eye) and, in Chromium, asks which
 * face drew the body (CDP CSS.getPlatformFontsForNode; Firefox's BiDi has no such call).
 */
const PAGES = ['zh-gmw', 'ja-yahoo-4'];
const pathOf = (name: string): string => `/generated/golden/${name}.html`;
const screenshot = (page: string, browser: string): string => new URL(`./__screenshots__/cjk-${page}-${browser}.png`, import.meta.url).pathname;

/** The Noto face Debian's fonts-noto-cjk gives each page's language (macOS and Windows faces come first in the stack, but are not installed here). */
const EXPECTED_BODY_FACE: Record<string, string> = { 'zh-gmw': 'Noto Serif CJK SC', 'ja-yahoo-4': 'Noto Serif CJK JP' };

describe('CJK golden pages in the popup: the same named faces in Chromium and Firefox', () => {
  let server: TestServer;

  beforeAll(async () => {
    const generated: GeneratedPages = {};
    for (const page of listGoldenPages().filter((p) => PAGES.includes(p.name))) {
      const html = readFileSync(join(page.dir, 'source.html'), 'utf8');
      generated[pathOf(page.name)] = () => html;
    }
    server = await startTestServer(generated);
  });

  afterAll(async () => {
    await server?.close();
  });

  describe('Chromium', () => {
    let chromium: ChromiumWithExtension;
    beforeAll(async () => {
      chromium = await launchChromiumWithExtension(CHROME_E2E_BUILD);
    });
    afterAll(async () => {
      await chromium?.close();
    });

    for (const name of PAGES) {
      it(`draws the body of ${name} in ${EXPECTED_BODY_FACE[name]}`, async () => {
        const article = await chromium.context.newPage();
        await article.goto(server.url(pathOf(name)));
        const popup = await chromium.context.newPage();
        await popup.goto(await popupUrlFor(chromium, article));
        await popup.locator('h1.article-title').waitFor({ state: 'visible' });
        await popup.screenshot({ path: screenshot(name, 'chromium') });
        const cdp = await chromium.context.newCDPSession(popup);
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        const { root } = await cdp.send('DOM.getDocument', {});
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.article-body p' });
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        // Most glyphs of the paragraph: its Han and kana (digits and Latin letters go to the Latin faces).
        const main = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0];
        expect(main?.familyName).toBe(EXPECTED_BODY_FACE[name]);
        await popup.close();
        await article.close();
      });
    }
  });

  describe('Firefox', () => {
    let firefox: FirefoxWithExtension;
    beforeAll(async () => {
      firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD);
    });
    afterAll(async () => {
      await firefox?.close();
    });

    for (const name of PAGES) {
      it(`shows ${name} (screenshot to compare with Chromium's)`, async () => {
        const url = server.url(pathOf(name));
        const article = await firefox.browser.newPage();
        await article.goto(url);
        const popup = await firefox.browser.newPage();
        await setFirefoxViewport(popup, POPUP_VIEWPORT);
        await popup.goto(server.url('/pages/start.html'));
        await navigateToPopup(popup, url);
        const seen = await new PopupPage((fn) => popup.evaluate(fn)).settled();
        expect(seen.view).toBe('article');
        // The fonts a document uses are loaded by the time it has been painted once more.
        await popup.evaluate(() => document.fonts.ready.then(() => true));
        await popup.screenshot({ path: screenshot(name, 'firefox') });
        await popup.close();
        await article.close();
      });
    }
  });
});
