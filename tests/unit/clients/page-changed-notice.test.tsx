// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabResult } from '@/clients/extract-client';
import { RECHECK_MS } from '@/clients/page-changes';
import { PageChangedNotice, type ShownRead } from '@/components/PageChangedNotice';

vi.mock('@/i18n/t', () => ({ t: (key: string) => key }));

/** A read of `words` words, the page still loading or not: only what the watching looks at is real. */
function read(words: number, pageLoading: boolean): TabResult {
  return { ok: true, article: { wordCount: words }, outline: {}, ms: 1, pageLoading } as unknown as TabResult;
}

let container: HTMLElement;
const grown = read(900, false);
const readTab = vi.fn(async () => grown);

function show(shown: ShownRead): void {
  render(<PageChangedNotice shown={shown} readTab={readTab} onRead={() => undefined} />, container);
}

beforeEach(() => {
  vi.useFakeTimers();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
});

describe('PageChangedNotice', () => {
  it('says the page changed once it grew, and is gone in the very render that shows the new read', async () => {
    act(() => show({ tabId: 7, result: read(400, true) }));
    expect(container.querySelector('.page-changed')).toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(RECHECK_MS);
    });
    expect(container.querySelector('.page-changed')).not.toBeNull();
    // Refresh handed the new read in: no effect has run yet, and the notice must already be gone.
    show({ tabId: 7, result: grown });
    expect(container.querySelector('.page-changed')).toBeNull();
  });
});
