// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RECHECK_MS } from '@/clients/page-changes';
import { PageChangedNotice, type ShownRead } from '@/components/PageChangedNotice';
import { tabRead as read } from '../support/tab-read';

vi.mock('@/i18n/t', () => ({ t: (key: string) => key }));

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
