import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, SEED_PAGE, SEED_PATH, type TestServer } from './support/test-server';
import { CHROME_RELEASE_BUILD } from './support/builds';
import { clickToolbarButton, launchChromiumWithExtension, type ChromiumWithExtension } from './support/chromium';
import { PopupPage, type PopupSnapshot } from './support/popup';

const SCREENSHOT = new URL('./__screenshots__/chromium-release-popup.png', import.meta.url).pathname;

// The release build has no host permission at all: only a real toolbar click (activeTab)
// lets it read a page, so these tests walk the reader's path, not the test-only one.
describe('Chromium (release build): the toolbar button', () => {
  let server: TestServer;
  let chromium: ChromiumWithExtension;

  beforeAll(async () => {
    server = await startTestServer();
    chromium = await launchChromiumWithExtension(CHROME_RELEASE_BUILD);
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  async function clickOn(url: string): Promise<{ seen: PopupSnapshot; screenshot: () => Promise<string>; close: () => Promise<void> }> {
    const tab = await chromium.context.newPage();
    await tab.goto(url);
    const clicked = performance.now();
    const popup = await clickToolbarButton(chromium, tab);
    const seen = await new PopupPage((fn) => popup.evaluate(fn)).settled();
    console.log(`[timing] Chromium toolbar click → popup settled on ${url}: ${Math.round(performance.now() - clicked)} ms`);
    return { seen, screenshot: () => popup.screenshot(), close: () => popup.close() };
  }

  it('reads the seed article with activeTab alone, and saves a screenshot of the real popup', async () => {
    const { seen, screenshot, close } = await clickOn(server.url(SEED_PATH));
    expect(seen.statusMessage).toBeNull();
    expect(seen.view).toBe('article');
    expect(seen.title).toMatch(/^Đảng uy Khối Doanh nghiệp quận Đống Đa/u);
    expect(seen.firstParagraph).toMatch(/Ngày 25\/1|Báo cáo tại Hội nghị/u);
    await writeFile(SCREENSHOT, Buffer.from(await screenshot(), 'base64'));
    await close();
  });

  // Chromium gives unpacked extensions file access by default, so the reader's "allow file
  // access" sentence cannot be reached here; what can be checked is that a saved page is read.
  it('reads a saved article from a file:// page when the browser allows file access', async () => {
    const { seen, close } = await clickOn(pathToFileURL(SEED_PAGE).href);
    expect(seen.view).toBe('article');
    expect(seen.title).toMatch(/^Đảng uy Khối Doanh nghiệp quận Đống Đa/u);
    await close();
  });

  it("explains that the browser's own pages cannot be read (chrome://version)", async () => {
    const { seen, close } = await clickOn('chrome://version/');
    expect(seen.view).toBe('status');
    expect(seen.statusMessage).toMatch(/^Lede can't read this page: browsers don't let extensions read their own pages/u);
    await close();
  });
});
