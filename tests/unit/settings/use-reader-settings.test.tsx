// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadReaderSettings, readerSettingsItem } from '@/clients/reader-settings-store';
import { useReaderSettings } from '@/hooks/use-reader-settings';
import { DEFAULT_SETTINGS, type ReaderSettings } from '@/utils/settings/reader-settings';

let container: HTMLElement;
let seen: ReaderSettings = DEFAULT_SETTINGS;
let update: (change: Partial<ReaderSettings>) => void = () => undefined;

function Probe() {
  [seen, update] = useReaderSettings();
  return null;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const nextTurn = () => wait(0);

type Watch = typeof readerSettingsItem.watch;

/**
 * In a browser, storage tells the page about its own write a moment later, after the next
 * key press may already have been handled. The fake browser tells at once, so the tests
 * hold every change event back a few milliseconds, as a busy browser does.
 */
function delayChangeEvents(ms: number): void {
  const watch = readerSettingsItem.watch.bind(readerSettingsItem) as Watch;
  vi.spyOn(readerSettingsItem, 'watch').mockImplementation(((callback: Parameters<Watch>[0]) =>
    watch((value, old) => void setTimeout(() => callback(value, old), ms))) as Watch);
}

beforeEach(async () => {
  fakeBrowser.reset();
  delayChangeEvents(5);
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<Probe />, container);
    await nextTurn();
  });
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

describe('useReaderSettings', () => {
  it('keeps every step of fast changes: the echo of an older write never undoes a newer one', async () => {
    const start = seen.textSize;
    // A key press every 3 ms, each change event 5 ms late: each echo lands between two presses.
    for (let step = 1; step <= 4; step++) {
      await act(async () => {
        update({ textSize: seen.textSize + 1 });
        await wait(3);
      });
    }
    await act(() => vi.waitFor(async () => expect((await loadReaderSettings()).textSize).toBe(start + 4)));
    await act(() => wait(20));
    expect(seen.textSize).toBe(start + 4);
  });

  it('follows a change another page made', async () => {
    await act(async () => {
      await readerSettingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'sepia' });
      await wait(20);
    });
    expect(seen.theme).toBe('sepia');
  });

  it('has one owner per page: a second user of the settings never writes stale values to <html>', async () => {
    const second = document.createElement('div');
    document.body.append(second);
    let secondSeen: ReaderSettings = DEFAULT_SETTINGS;
    function SecondProbe() {
      [secondSeen] = useReaderSettings();
      return null;
    }
    await act(async () => {
      render(<SecondProbe />, second);
      await nextTurn();
    });
    const themes = ['sepia', 'dark', 'light', 'dark'] as const;
    for (const theme of themes) {
      await act(async () => {
        update({ theme });
        await wait(3);
      });
    }
    await act(() => wait(30));
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(secondSeen.theme).toBe('dark');
    expect((await loadReaderSettings()).theme).toBe('dark');
    render(null, second);
    second.remove();
  });
});
