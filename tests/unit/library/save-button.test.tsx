// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaveButton } from '@/components/SaveButton';
import { saveOutlineToLibrary } from '@/services/save-outline';
import { openLibrary } from '@/utils/library/db';
import { makeArticle, makeOutline } from './helpers';

vi.mock('@/i18n/t', () => ({ t: (key: string) => key }));

let container: HTMLElement;

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

async function click(button: HTMLButtonElement | null | undefined): Promise<void> {
  if (!button) throw new Error('no button');
  await act(async () => {
    button.click();
    // The save is a few IndexedDB round trips; let them finish inside act().
    await vi.waitFor(() => expect(button.disabled).toBe(false));
  });
}

describe('SaveButton', () => {
  it('says "Saved" the first time and "Updated" when the same URL is saved again', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const article = makeArticle({ url: `https://button.example/${Math.random()}` });
    act(() => render(<SaveButton onSave={() => saveOutlineToLibrary(article, makeOutline())} onOpenLibrary={() => undefined} />, container));
    const button = container.querySelector<HTMLButtonElement>('.save-button');
    expect(button?.textContent).toBe('saveOutline');
    await click(button);
    await vi.waitFor(() => expect(button?.textContent).toBe('saveSaved'));
    await click(button);
    await vi.waitFor(() => expect(button?.textContent).toBe('saveUpdated'));
    const db = await openLibrary();
    expect(await db.countFromIndex('listEntries', 'url', article.url)).toBe(1);
    db.close();
  });

  it('saves with Ctrl+S as with a click', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const article = makeArticle({ url: `https://shortcut.example/${Math.random()}` });
    act(() => render(<SaveButton onSave={() => saveOutlineToLibrary(article, makeOutline())} onOpenLibrary={() => undefined} />, container));
    const button = container.querySelector<HTMLButtonElement>('.save-button');
    await act(async () => {
      button?.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true, cancelable: true }));
      await vi.waitFor(() => expect(button?.disabled).toBe(false));
    });
    await vi.waitFor(() => expect(button?.textContent).toBe('saveSaved'));
    const db = await openLibrary();
    expect(await db.countFromIndex('listEntries', 'url', article.url)).toBe(1);
    db.close();
  });

  it('shows the quota message when the browser refuses the write', async () => {
    container = document.createElement('div');
    document.body.append(container);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    act(() => render(<SaveButton onSave={() => saveOutlineToLibrary(makeArticle({ url: 'https://button.example/full' }), makeOutline())} onOpenLibrary={() => undefined} />, container));
    await click(container.querySelector<HTMLButtonElement>('.save-button'));
    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toBe('libraryErrorQuota'));
  });
});
