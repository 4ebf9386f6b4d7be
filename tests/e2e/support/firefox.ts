import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { assertBuilt } from './builds';

/** `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const GECKO_ID = 'lede@lede.example';
/** Firefox picks a random moz-extension:// host per profile; this pref pins it for the tests. */
export const FIXED_UUID = '7f3c2a10-5e1b-4c6d-9a8e-1d2c3b4a5f60';

export interface FirefoxWithExtension {
  browser: Browser;
  close(): Promise<void>;
}

/** Debian's firefox-esr, headless over WebDriver BiDi, with the build installed as a temporary add-on. */
export async function launchFirefoxWithExtension(extensionDir: string): Promise<FirefoxWithExtension> {
  assertBuilt(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }) },
  });
  await browser.installExtension(extensionDir);
  return { browser, close: () => browser.close() };
}

/**
 * Turns `page` into the popup for the tab showing `tabUrl`. BiDi refuses to navigate to
 * moz-extension:// itself, but a 127.0.0.1 page may, because the e2e build makes the popup
 * web-accessible. The navigation is started from inside the page and not awaited (it never
 * reports done); callers poll the popup with `page.evaluate`, which follows the new document.
 */
export async function navigateToPopup(page: Page, tabUrl: string): Promise<void> {
  const popupUrl = `moz-extension://${FIXED_UUID}/popup.html?tabUrl=${encodeURIComponent(tabUrl)}`;
  await page.evaluate((url) => {
    location.href = url;
  }, popupUrl);
}
