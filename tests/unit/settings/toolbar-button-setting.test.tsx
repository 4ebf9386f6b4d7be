// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ToolbarButtonSetting } from '@/components/ToolbarButtonSetting';

let container: HTMLElement;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Renders the setting; `offered`: wait until the stored choice has been read and the choices show. */
async function show(offered = true): Promise<void> {
  await act(async () => {
    render(<ToolbarButtonSetting />, container);
    await nextTurn();
  });
  if (offered) await vi.waitFor(() => expect(container.querySelector('input[name="toolbarOpens"]')).not.toBeNull());
}

const checked = () => container.querySelector<HTMLInputElement>('input[name="toolbarOpens"]:checked')?.value ?? null;

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no strings: each label is its key.
  Object.assign(fakeBrowser.i18n, { getMessage: (key: string) => key });
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  delete (fakeBrowser as { sidePanel?: unknown }).sidePanel;
  vi.restoreAllMocks();
});

describe("the settings' choice of what Lede's toolbar button opens", () => {
  it('offers Popup and Side panel, the popup chosen at first', async () => {
    Object.assign(fakeBrowser, { sidePanel: { open: vi.fn(async () => undefined) } });
    await show();
    const choices = Array.from(container.querySelectorAll<HTMLInputElement>('input[name="toolbarOpens"]')).map((input) => input.value);
    expect(choices).toEqual(['popup', 'panel']);
    expect(checked()).toBe('popup');
  });

  it('remembers the side panel when the reader picks it (the background applies it from storage)', async () => {
    Object.assign(fakeBrowser, { sidePanel: { open: vi.fn(async () => undefined) } });
    await show();
    await act(async () => {
      container.querySelector<HTMLInputElement>('input[value="panel"]')?.click();
      await nextTurn();
    });
    await vi.waitFor(() => expect(checked()).toBe('panel'));
    expect(await fakeBrowser.storage.local.get('toolbarOpens')).toEqual({ toolbarOpens: 'panel' });
  });

  it('is not offered where the browser has no side panel (Firefox for Android)', async () => {
    await show(false);
    // Long enough for the stored choice to be read (the first two tests see the choices by then).
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));
    expect(container.querySelector('input[name="toolbarOpens"]')).toBeNull();
  });
});
