import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { assertBuilt, POPUP_VIEWPORT } from './builds';

export { CHROME_E2E_BUILD, CHROME_RELEASE_BUILD, POPUP_VIEWPORT } from './builds';

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker: the only place with `chrome.tabs` in these tests. */
  worker: Worker;
  close(): Promise<void>;
}

/** The slice of `chrome.tabs` the tests call inside the service worker. */
interface WorkerChrome {
  chrome: { tabs: { query(info: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> } };
}

export interface ChromiumOptions {
  /**
   * The test server's origin as the browser's proxy, for pages opened at their own address
   * (TestServer.serveAt); its https tunnels end in a self-signed certificate, accepted here.
   * Loopback addresses still go to the server directly: Chromium never sends them through a
   * proxy unless told to.
   */
  proxy?: string;
}

/** Debian's chromium, headless, with one unpacked extension and a profile of its own. */
export async function launchChromiumWithExtension(extensionDir: string, options: ChromiumOptions = {}): Promise<ChromiumWithExtension> {
  assertBuilt(extensionDir);
  const userDataDir = await mkdtemp(join(tmpdir(), 'lede-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: POPUP_VIEWPORT,
    ignoreHTTPSErrors: options.proxy !== undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // An http address stays http: Chromium would otherwise try it over https first.
      ...(options.proxy ? [`--proxy-server=${options.proxy}`, '--disable-features=HttpsUpgrades'] : []),
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }).catch(async (error: unknown) => {
      await context.close();
      throw new Error(`the extension in ${extensionDir} started no service worker (was it rebuilt mid-run?): ${String(error)}`);
    }));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    worker,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Chromium with a private copy of a build: other work may rebuild .output while a test file
 * runs. Closing it removes the copy too.
 */
export async function launchChromiumOnCopy(buildDir: string): Promise<ChromiumWithExtension> {
  assertBuilt(buildDir);
  const copy = await mkdtemp(join(tmpdir(), 'lede-build-'));
  await cp(buildDir, copy, { recursive: true });
  const launched = await launchChromiumWithExtension(copy);
  return {
    ...launched,
    close: async () => {
      await launched.close();
      await rm(copy, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's tab id of `page`, asked of the extension itself: the page is brought
 * to the front, then the worker reads the active tab (the e2e build has no `tabs`
 * permission, so it cannot match chrome:// or file:// tabs by URL).
 */
export async function tabIdOf(page: Page, worker: Worker): Promise<number> {
  await page.bringToFront();
  const tabId = await worker.evaluate(async () => {
    const [tab] = await (globalThis as unknown as WorkerChrome).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (tabId === null) throw new Error(`no active tab for ${page.url()}`);
  return tabId;
}

/**
 * The e2e build's popup for the tab that shows `page`: the build's host permission stands in
 * for the activeTab grant a real click would give.
 */
export async function popupUrlFor(chromium: ChromiumWithExtension, page: Page): Promise<string> {
  const tabId = await tabIdOf(page, chromium.worker);
  return `chrome-extension://${chromium.extensionId}/popup.html?tabId=${tabId}`;
}

/** A page target that is not a Playwright `Page` (the real action popup), driven over raw CDP. */
export interface RawTarget {
  /** Just before the toolbar click, in ms since the epoch on the harness's clock (the browser's performance.timeOrigin is on the same). */
  clickedAt: number;
  evaluate<T>(fn: () => T): Promise<T>;
  /** A PNG of the target, base64. */
  screenshot(): Promise<string>;
  /** A real mouse click (trusted, a user gesture) at the middle of the first element matching `selector`. */
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

interface TargetReply {
  id?: number;
  result?: { result?: { value?: unknown }; exceptionDetails?: { text?: string }; data?: unknown };
  error?: { message?: string };
}

/**
 * Clicks the extension's toolbar button for the tab showing `page` and returns its popup, or
 * the side panel (`opens`) when the reader chose that the button opens the panel.
 * `Extensions.triggerAction` grants activeTab like a reader's click, which nothing else in
 * Playwright does; the popup is a page target that Playwright does not list, so it is
 * attached through the browser session and spoken to with `Target.sendMessageToTarget`.
 */
export async function clickToolbarButton(chromium: ChromiumWithExtension, page: Page, opens: 'popup.html' | 'sidepanel.html' = 'popup.html'): Promise<RawTarget> {
  const browser = chromium.context.browser();
  if (!browser) throw new Error('the persistent context has no browser to open a CDP session on');
  const cdp = await browser.newBrowserCDPSession();
  await page.bringToFront();
  const { targetInfos: tabs } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = tabs.find((info) => info.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  const popupUrl = `chrome-extension://${chromium.extensionId}/${opens}`;
  const popupTargets = async (): Promise<string[]> =>
    (await cdp.send('Target.getTargets', {})).targetInfos
      .filter((info) => info.type === 'page' && info.url.startsWith(popupUrl))
      .map((info) => info.targetId);
  const earlier = new Set(await popupTargets());
  const clickedAt = performance.timeOrigin + performance.now();
  await cdp.send('Extensions.triggerAction', { id: chromium.extensionId, targetId: tab.targetId });

  const deadline = Date.now() + 10_000;
  let popupTargetId: string | undefined;
  while (!popupTargetId && Date.now() < deadline) {
    popupTargetId = (await popupTargets()).find((id) => !earlier.has(id));
    if (!popupTargetId) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!popupTargetId) throw new Error(`the toolbar click opened no ${opens}`);
  const targetId = popupTargetId;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });

  let nextId = 0;
  const pending = new Map<number, (reply: TargetReply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as TargetReply;
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  async function call(method: string, params: object): Promise<TargetReply> {
    const id = ++nextId;
    const replied = new Promise<TargetReply>((resolve) => pending.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const reply = await replied;
    pending.delete(id);
    if (reply.error) throw new Error(`${method}: ${reply.error.message ?? 'failed'}`);
    return reply;
  }
  return {
    clickedAt,
    async evaluate<T>(fn: () => T): Promise<T> {
      const reply = await call('Runtime.evaluate', { expression: `(${fn.toString()})()`, returnByValue: true });
      const exception = reply.result?.exceptionDetails;
      if (exception) throw new Error(`in the popup: ${exception.text ?? 'exception'}`);
      return reply.result?.result?.value as T;
    },
    async screenshot(): Promise<string> {
      const reply = await call('Page.captureScreenshot', { format: 'png' });
      const data = reply.result?.data;
      if (typeof data !== 'string') throw new Error('no screenshot data');
      return data;
    },
    async click(selector: string): Promise<void> {
      const found = await call('Runtime.evaluate', {
        expression: `(() => { const r = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect(); return r ? [r.x + r.width / 2, r.y + r.height / 2] : null; })()`,
        returnByValue: true,
      });
      const point = found.result?.result?.value;
      if (!Array.isArray(point)) throw new Error(`nothing matches ${selector}`);
      const [x, y] = point as [number, number];
      for (const type of ['mousePressed', 'mouseReleased']) {
        await call('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
      }
    },
    async close(): Promise<void> {
      await cdp.send('Target.closeTarget', { targetId });
      await cdp.detach();
    },
  };
}
