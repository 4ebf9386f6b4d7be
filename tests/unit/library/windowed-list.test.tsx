// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryEntry } from '@/utils/library/schema';
import { LibraryList } from '@/components/library/LibraryList';
import { WINDOW_FROM } from '@/hooks/use-row-window';

vi.mock('@/i18n/t', () => ({ t: (key: string, sub?: string | string[]) => (sub === undefined ? key : `${key}:${String(sub)}`) }));

const ROW_PX = 84;

function entries(count: number): LibraryEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    schemaVersion: 2, id: `row-${i}`, url: `https://news.example/${i}`, title: `Bài số ${i}`, byline: null, published: null, siteName: 'Báo mẫu',
    lang: 'vi', dir: 'ltr', savedAt: 1_000_000 - i, updatedAt: 1_000_000 - i, note: '', tags: [],
  }));
}

let container: HTMLElement;
/** Where the list's top is on screen: jsdom lays nothing out, so the test says where the reader scrolled. */
let listTop = 0;

beforeEach(() => {
  listTop = 0;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const top = this.classList.contains('library-items') ? listTop : 0;
    return { top, bottom: top, left: 0, right: 0, width: 0, height: 0, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(ROW_PX);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

function mount(items: LibraryEntry[]): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<LibraryList items={items} selected={new Set()} locale="vi" onToggle={() => {}} onToggleAll={() => {}} onOpen={() => {}} />, container));
  return container;
}

async function scrollTo(y: number): Promise<void> {
  listTop = -y;
  await act(async () => {
    dispatchEvent(new Event('scroll'));
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  });
}

const rows = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('.library-item')];

describe('the library list with many rows', () => {
  it('renders every row of a short list, each saying its place in it', () => {
    const root = mount(entries(WINDOW_FROM));
    expect(rows(root)).toHaveLength(WINDOW_FROM);
    expect(rows(root)[4]?.getAttribute('aria-posinset')).toBe('5');
    expect(rows(root)[4]?.getAttribute('aria-setsize')).toBe(String(WINDOW_FROM));
  });

  it('renders only the rows near the screen of 5,000, a hidden spacer for the rest, and says the whole count', () => {
    const root = mount(entries(5_000));
    const shown = rows(root);
    expect(shown.length).toBeLessThan(60);
    expect(shown[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(shown[0]?.getAttribute('aria-setsize')).toBe('5000');
    const spacers = [...root.querySelectorAll<HTMLElement>('.library-spacer')];
    expect(spacers.map((spacer) => Number.parseFloat(spacer.style.height))).toEqual([(5_000 - shown.length) * ROW_PX]);
    expect(spacers[0]?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows the rows at the scrolled position, numbered in the whole list', async () => {
    const root = mount(entries(5_000));
    await scrollTo(2_000 * ROW_PX);
    const titles = rows(root).map((row) => row.querySelector('.library-item-title')?.textContent);
    expect(titles).toContain('Bài số 2000');
    expect(titles).not.toContain('Bài số 0');
    const row = rows(root).find((r) => r.dataset.id === 'row-2000');
    expect(row?.getAttribute('aria-posinset')).toBe('2001');
  });

  it('keeps the focused row in the document when the reader scrolls away from it', async () => {
    const root = mount(entries(5_000));
    const checkbox = rows(root)[3]?.querySelector<HTMLInputElement>('input[type=checkbox]');
    act(() => checkbox?.focus());
    await scrollTo(3_000 * ROW_PX);
    expect(document.activeElement).toBe(checkbox);
    expect(rows(root).some((row) => row.dataset.id === 'row-3')).toBe(true);
  });
});
