import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startTestServer, SEED_PATH, type TestServer } from './support/test-server';
import { FIREFOX_E2E_BUILD, POPUP_VIEWPORT } from './support/builds';
import { launchFirefoxWithExtension, navigateToPopup, setFirefoxViewport, type FirefoxWithExtension } from './support/firefox';
import { PopupPage, type PopupSnapshot } from './support/popup';
import { expectSeedAsSeen, readSeenArticle } from './support/seed-as-seen';

const SCREENSHOT = new URL('./__screenshots__/firefox-seed-popup.png', import.meta.url).pathname;

describe('Firefox ESR (e2e build): the add-on reads the seed page', () => {
  let server: TestServer;
  let firefox: FirefoxWithExtension;
  let popup: Page;
  let seen: PopupSnapshot;

  beforeAll(async () => {
    server = await startTestServer();
    firefox = await launchFirefoxWithExtension(FIREFOX_E2E_BUILD);
    const seedUrl = server.url(SEED_PATH);
    const article = await firefox.browser.newPage();
    await article.goto(seedUrl);

    popup = await firefox.browser.newPage();
    await setFirefoxViewport(popup, POPUP_VIEWPORT);
    await popup.goto(server.url('/pages/start.html'));
    const opened = performance.now();
    await navigateToPopup(popup, seedUrl);
    seen = await new PopupPage((fn) => popup.evaluate(fn)).settled();
    console.log(`[timing] Firefox popup opened → settled: ${Math.round(performance.now() - opened)} ms`);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('runs in the extension page, not in the launcher page', async () => {
    expect(await popup.evaluate(() => location.protocol)).toBe('moz-extension:');
  });

  it('shows the article title without the portal name', () => {
    expect(seen.statusMessage).toBeNull();
    expect(seen.view).toBe('article');
    expect(seen.title).toMatch(/^Đảng uy Khối Doanh nghiệp quận Đống Đa/u);
    expect(seen.title).not.toContain('Cổng thông tin');
  });

  it('starts the body with the lead paragraph, not the portal menu', () => {
    expect(seen.firstParagraph).toMatch(/Ngày 25\/1|Báo cáo tại Hội nghị/u);
  });

  it('shows the reader the whole article and none of the portal, and saves a screenshot of it', async () => {
    expectSeedAsSeen(await popup.evaluate(readSeenArticle));
    await popup.screenshot({ path: SCREENSHOT });
  });
});
