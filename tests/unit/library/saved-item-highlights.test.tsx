// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation, SavedOutline } from '@/utils/library/schema';
import { SavedItemView } from '@/components/library/SavedItemView';

vi.mock('@/i18n/t', () => ({ t: (key: string, sub?: string | string[]) => (sub === undefined ? key : `${key}:${String(sub)}`) }));

const NOTE: Annotation = { id: 'n1', quote: 'fewer ferries', prefix: 'will run ', suffix: ' on Sundays', block: 0, note: 'Ask <b>why</b>', created: 1 };

function saved(html: string | undefined): SavedOutline {
  return {
    schemaVersion: 2, id: 'a', url: 'https://news.example/a', title: 'Harbour ferries', byline: null, published: null, siteName: 'News',
    lang: 'en', dir: 'ltr', savedAt: 0, updatedAt: 0, note: '', tags: [], text: 'The harbour authority will run fewer ferries on Sundays.\n\nFares stay the same.',
    ...(html === undefined ? {} : { html }),
    outline: { sections: [], quotes: [], keyPoints: [] },
    annotations: [NOTE],
    searchTokens: [],
  };
}

const noSave = async () => ({ ok: false, reason: 'failed', message: 'not in this test' }) as const;
let container: HTMLElement;

afterEach(() => {
  render(null, container);
  container.remove();
});

async function mounted(record: SavedOutline): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  const onSaveAnnotations = vi.fn(noSave);
  act(() => render(<SavedItemView onSaveNote={noSave} onSaveAnnotations={onSaveAnnotations} record={record} locale="en" onBack={() => {}} onDelete={() => {}} onChanged={() => {}} />, container));
  // The highlights' code arrives in a chunk of its own.
  await vi.waitFor(() => expect(container.querySelector('.highlights')).not.toBeNull());
  await act(async () => {});
  return container;
}

describe('a saved article opened with its highlights', () => {
  it('draws them on the sanitized HTML and lists them with their notes as text', async () => {
    const view = await mounted(saved('<p data-lede-block="0">The harbour authority will run fewer ferries on Sundays.</p><p data-lede-block="1">Fares stay the same.</p>'));
    expect(Array.from(view.querySelectorAll('.article-body mark'), (m) => m.textContent)).toEqual(['fewer ferries']);
    expect(view.querySelector('.highlight-note')?.textContent).toBe('Ask <b>why</b>');
    expect(view.querySelector('.highlights b')).toBeNull();
  });

  it('draws them on an article saved without HTML, shown as plain paragraphs, and renders once', async () => {
    const view = await mounted(saved(undefined));
    expect(Array.from(view.querySelectorAll('.article-body mark'), (m) => m.textContent)).toEqual(['fewer ferries']);
    expect(view.querySelectorAll('.highlight-entry')).toHaveLength(1);
  });
});
