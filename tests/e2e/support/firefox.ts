import puppeteer, { type Browser, type ElementHandle, type EvaluateFunc, type Page, type Viewport } from 'puppeteer-core';
import { assertBuilt } from './builds';

/** `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const GECKO_ID = 'lede@lede.example';
/** Firefox picks a random moz-extension:// host per profile; this pref pins it for the tests. */
export const FIXED_UUID = '7f3c2a10-5e1b-4c6d-9a8e-1d2c3b4a5f60';

export interface FirefoxWithExtension {
  browser: Browser;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /**
   * Where downloads land, without a dialog. Puppeteer's BiDi side has no download events or
   * download behaviour, so a test reads the file from this folder instead.
   */
  downloadDir?: string;
  /**
   * performance.now at full precision in pages and content scripts: Firefox rounds it to 1 ms,
   * too coarse for a bench comparing reads of a few ms.
   */
  fineTimers?: boolean;
  /**
   * The test server's origin as the browser's proxy, for pages opened at their own address
   * (TestServer.serveAt); its https tunnels end in a self-signed certificate, accepted here.
   * Loopback addresses go to the server directly.
   */
  proxy?: string;
  /**
   * browserAction.openPopup() allowed from an extension page without a click: the toolbar
   * popup opened as a reader's click opens it, over the article's tab, which stays in front.
   */
  openablePopup?: boolean;
}

/** Every scheme through the test server; http addresses stay http; no DNS look-ups ahead of links. */
function proxyPrefs(proxy: string): Record<string, string | number | boolean> {
  const { hostname, port } = new URL(proxy);
  return {
    // 1: manual proxy settings.
    'network.proxy.type': 1,
    'network.proxy.http': hostname,
    'network.proxy.http_port': Number(port),
    'network.proxy.share_proxy_settings': true,
    'network.proxy.ssl': hostname,
    'network.proxy.ssl_port': Number(port),
    'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
    'dom.security.https_only_mode': false,
  };
}

/** Debian's firefox-esr, headless over WebDriver BiDi, with the build installed as a temporary add-on. */
export async function launchFirefoxWithExtension(extensionDir: string, options: FirefoxOptions = {}): Promise<FirefoxWithExtension> {
  assertBuilt(extensionDir);
  const downloadPrefs = options.downloadDir
    ? {
        'browser.download.dir': options.downloadDir,
        // 2: the folder above, not the user's Downloads folder.
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
      }
    : {};
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
    acceptInsecureCerts: options.proxy !== undefined,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      ...downloadPrefs,
      ...(options.fineTimers ? { 'privacy.reduceTimerPrecision': false } : {}),
      ...(options.proxy ? proxyPrefs(options.proxy) : {}),
      ...(options.openablePopup ? { 'extensions.openPopupWithoutUserGesture.enabled': true } : {}),
    },
  });
  await browser.installExtension(extensionDir);
  return { browser, close: () => browser.close() };
}

/**
 * Turns `page` into an extension page, `path` like `library.html`. BiDi refuses to navigate to
 * moz-extension:// itself, but a 127.0.0.1 page may, because the e2e build makes the popup and
 * the library web-accessible. The navigation is started from inside the page and not awaited
 * (it never reports done); callers poll the new page with `page.evaluate` (or `pollPage`),
 * which follows the new document.
 */
export async function navigateToExtensionPage(page: Page, path: string): Promise<void> {
  const url = `moz-extension://${FIXED_UUID}/${path.replace(/^\//u, '')}`;
  // In a task after the call returns: navigating inside it can tear the realm down before
  // Firefox's WebDriver BiDi builds the call's result, which then fails ("right-hand side of
  // 'in' should be an object, got null", remote/.../windowglobal/script.sys.mjs).
  await page.evaluate((target) => {
    setTimeout(() => {
      location.href = target;
    }, 0);
  }, url);
}

/** Turns `page` into the popup for the tab showing `tabUrl` (see `navigateToExtensionPage`). */
export function navigateToPopup(page: Page, tabUrl: string): Promise<void> {
  return navigateToExtensionPage(page, `popup.html?tabUrl=${encodeURIComponent(tabUrl)}`);
}

/**
 * Runs `check` in the page until it returns something other than `null`, and returns that.
 * Evaluation may fail while an extension page is still replacing the launcher page (Firefox
 * swaps documents under the page, and the page's URL may not follow): that is retried, as in
 * `PopupPage.settled` (a `waitForSelector` version of the popup wait failed about 1 run in 23).
 */
export async function pollPage<T, A>(page: Page, check: (arg: A) => T | null, arg: A, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = 'never evaluated';
  while (Date.now() < deadline) {
    try {
      // The argument crosses as JSON, so Puppeteer's handle-unwrapping type does not apply.
      const seen = (await page.evaluate(check as unknown as EvaluateFunc<[A]>, arg)) as T | null;
      if (seen !== null) return seen;
      last = 'null';
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what}: not seen in ${timeoutMs} ms; last: ${last}`);
}

/**
 * `page.goto(url)` until the page's load ends, for saved pages with iframes. A frame whose host
 * does not resolve here (no network in the tests) shows an error page, and Firefox's WebDriver
 * BiDi (remote/shared/Navigate.sys.mjs) takes the frame's error page for the top-level
 * navigation's: it rejects the navigation as "Address rejected" (the name it gives an error page
 * it cannot name) whenever the frame fails before the page's own load ends — a race, so a flake.
 * The page itself loaded: that error is waited past; any other is thrown.
 */
export async function openSavedPage(page: Page, url: string): Promise<void> {
  try {
    await page.goto(url, { waitUntil: 'load' });
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('Address rejected'))) throw error;
    await pollPage(page, (target) => (location.href === target && document.readyState === 'complete' ? true : null), url, `${url} loaded`);
  }
}

/** Clicks the visible button labelled `label` inside `scope`, through the page (BiDi has no role locators); throws when there is none. */
export async function clickButton(page: Page, label: string, scope = 'body'): Promise<void> {
  const clicked = await page.evaluate(
    ({ text, within }) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>(`${within} button`)].find((b) => b.textContent?.trim() === text && b.offsetParent !== null);
      button?.click();
      return button !== undefined;
    },
    { text: label, within: scope },
  );
  if (!clicked) throw new Error(`no visible button "${label}" in ${scope}`);
}

/**
 * page.setViewport for Firefox. Puppeteer sends the viewport together with a screen-orientation
 * override, and Firefox ESR builds without that WebDriver BiDi command reject the pair as an
 * "unknown command" though the viewport itself is applied; the orientation is of no use to these
 * tests, so that one refusal is let through, and the call returns once the page has the size.
 */
export async function setFirefoxViewport(page: Page, viewport: Viewport): Promise<void> {
  try {
    await page.setViewport(viewport);
    return;
  } catch (error) {
    if (!(error instanceof Error && error.message.includes('unknown command emulation.setScreenOrientationOverride'))) throw error;
  }
  const size = { width: viewport.width, height: viewport.height };
  await pollPage(page, (want) => (innerWidth === want.width && innerHeight === want.height ? true : null), size, `a ${size.width}×${size.height} viewport`);
}

/** What `clickVisible` looks for: an element matching `selector`, with exactly `text` if given. */
interface Target {
  selector: string;
  text?: string;
}

/** Runs in the page (self-contained): the first laid-out element matching the target, or null. */
function visibleTarget({ selector, text }: Target): Element | null {
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  return [...document.querySelectorAll(selector)].find((el) => shown(el) && (text === undefined || el.textContent?.trim() === text)) ?? null;
}

/**
 * Clicks the target with the mouse, as a reader does. Puppeteer's locators wait through
 * waitForFunction, which builds its check with Function(); Firefox ESR applies an extension
 * page's CSP to that and refuses it ("call to Function() blocked by CSP"), so the wait is a
 * poll through evaluate, as everywhere else in these tests.
 */
export async function clickVisible(page: Page, selector: string, text?: string): Promise<void> {
  const target: Target = { selector, text };
  const what = text === undefined ? selector : `${selector} "${text}"`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    const handle = await page.evaluateHandle(visibleTarget, target).catch(() => null);
    const element = handle?.asElement() as ElementHandle<Element> | null | undefined;
    if (element) {
      await element.click();
      await element.dispose();
      return;
    }
    await handle?.dispose();
    if (Date.now() > deadline) throw new Error(`${what}: not seen in 20000 ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Clears the box matching `selector` and types `text` key by key, as Puppeteer's `fill` does, without its locator. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await clickVisible(page, selector);
  await page.evaluate((sel) => document.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel)?.select(), selector);
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
}
