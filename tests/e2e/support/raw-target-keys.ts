import type { ChromiumWithExtension } from './chromium';

/** Keys as CDP's Input.dispatchKeyEvent wants them (what a keyboard sends, not a script's event). */
const KEYS: Record<string, { code: string; keyCode: number; text?: string }> = {
  ArrowDown: { code: 'ArrowDown', keyCode: 40 },
  PageDown: { code: 'PageDown', keyCode: 34 },
  End: { code: 'End', keyCode: 35 },
  Space: { code: 'Space', keyCode: 32, text: ' ' },
};

/**
 * Presses keys in an extension page target that Playwright does not list (the real toolbar
 * popup), through the browser session: Target.attachToTarget, then Input.dispatchKeyEvent
 * sent with Target.sendMessageToTarget. The browser handles them as typed keys, default
 * scrolling included.
 */
export async function pressInTarget(chromium: ChromiumWithExtension, urlPrefix: string, keys: readonly string[]): Promise<void> {
  const browser = chromium.context.browser();
  if (!browser) throw new Error('no browser to open a CDP session on');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', {});
  const target = targetInfos.find((info) => info.type === 'page' && info.url.startsWith(urlPrefix));
  if (!target) throw new Error(`no page target at ${urlPrefix}`);
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let id = 0;
  const replies = new Map<number, () => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number };
    if (reply.id !== undefined) replies.get(reply.id)?.();
  });
  const send = async (method: string, params: object) => {
    const messageId = ++id;
    const replied = new Promise<void>((resolve) => replies.set(messageId, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: messageId, method, params }) });
    await replied;
  };
  for (const key of keys) {
    const info = KEYS[key];
    if (!info) throw new Error(`no key description for ${key}`);
    const base = { key: key === 'Space' ? ' ' : key, code: info.code, windowsVirtualKeyCode: info.keyCode, nativeVirtualKeyCode: info.keyCode };
    await send('Input.dispatchKeyEvent', { type: info.text ? 'keyDown' : 'rawKeyDown', ...base, ...(info.text ? { text: info.text } : {}) });
    await send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
  }
  await cdp.send('Target.detachFromTarget', { sessionId });
  await cdp.detach();
}
