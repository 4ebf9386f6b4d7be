// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedOutline } from '@/utils/library/schema';
import { SavedItemView } from '@/components/library/SavedItemView';

vi.mock('@/i18n/t', () => ({ t: (key: string, sub?: string | string[]) => (sub === undefined ? key : `${key}:${String(sub)}`) }));

const PIXEL = 'https://tracker.example/open.gif?reader=42';

function savedWithPixel(id: string): SavedOutline {
  return {
    schemaVersion: 2, id, url: `https://news.example/${id}`, title: 'Harbour ferries', byline: null, published: null, siteName: 'News',
    lang: 'en', dir: 'ltr', savedAt: 0, updatedAt: 0, note: '', tags: [], text: 'The harbour authority will run fewer ferries.',
    html: `<p>The harbour authority will run fewer ferries.</p><img src="${PIXEL}" width="1" height="1">`,
    outline: { sections: [], quotes: [], keyPoints: [] },
    searchTokens: [],
  };
}

const noSave = async () => ({ ok: false, reason: 'failed', message: 'not in this test' }) as const;
let container: HTMLElement;

function mount(record: SavedOutline): void {
  act(() => render(<SavedItemView onSaveNote={noSave} record={record} locale="en" onBack={() => {}} onDelete={() => {}} onChanged={() => {}} />, container));
}

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('a saved article with a tracking pixel', () => {
  it('opens with no image element at all, and says how many images wait for "Load images"', () => {
    container = document.createElement('div');
    document.body.append(container);
    mount(savedWithPixel('a'));
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect(container.querySelector('.held-images')?.textContent).toContain('libraryImagesHeld:1');
  });

  it('loads its images when the reader presses "Load images", for that article only', () => {
    container = document.createElement('div');
    document.body.append(container);
    mount(savedWithPixel('a'));
    const button = container.querySelector<HTMLButtonElement>('button.load-images');
    act(() => button?.click());
    const img = container.querySelector('.article-body img');
    expect(img?.getAttribute('src')).toBe(PIXEL);
    expect(img?.getAttribute('crossorigin')).toBe('anonymous');
    expect(container.querySelector('.held-images')).toBeNull();

    mount(savedWithPixel('b'));
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect(container.querySelector('.held-images')?.textContent).toContain('libraryImagesHeld:1');
  });
});
