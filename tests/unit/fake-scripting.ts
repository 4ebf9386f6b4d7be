import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** What `scripting.executeScript` resolves to: one result per frame. */
export type Injection = { result: unknown }[];

/** Gives the fake browser a `scripting.executeScript` that does `impl`, and returns it to be checked. */
export function stubScripting(impl: () => Promise<Injection>) {
  const executeScript = vi.fn(impl);
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  return executeScript;
}
