// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimelineView } from '@/components/library/TimelineView';
import { TIMELINE_PAGE } from '@/components/library/TimelineMonths';
import type { TimelineEntry } from '@/utils/library/timeline';

vi.mock('@/i18n/t', () => ({ t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}:${([] as string[]).concat(subs).join(',')}`) }));

let container: HTMLElement;

async function mount(node: preact.ComponentChild): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => render(node, container));
  // The entries arrive in a promise: one more turn for them to be placed and shown.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

function entry(id: string, fields: Partial<TimelineEntry> = {}): TimelineEntry {
  return { id, url: `https://tuoitre.vn/${id}`, title: `Bài ${id}`, published: null, savedAt: Date.UTC(2025, 5, 15, 12), siteName: 'Tuổi Trẻ', tags: [], lang: 'vi', dir: 'ltr', ...fields };
}

const ENTRIES = [
  entry('a', { published: '2025-03-02', tags: ['ngân sách'] }),
  entry('b', { published: '2024-12-30T09:00:00+07:00', siteName: 'VnExpress' }),
  entry('c'),
];

const texts = (selector: string) => [...container.querySelectorAll(selector)].map((el) => el.textContent ?? '');

describe('TimelineView', () => {
  it('lists months newest first, the save date said to be one when there is no publish date', async () => {
    await mount(<TimelineView readEntries={async () => ENTRIES} locale="en" onOpenArticle={() => undefined} />);
    expect(texts('.timeline-month-heading')).toEqual(['June 2025 1', 'March 2025 1', 'December 2024 1']);
    expect(texts('.timeline-title')).toEqual(['Bài c', 'Bài a', 'Bài b']);
    expect(texts('.timeline-date')).toEqual(['librarySavedOn:Jun 15, 2025 (libraryTimelineNoPublishDate)', 'Mar 2, 2025', 'Dec 30, 2024']);
    expect(container.querySelector('.library-count')?.textContent).toBe('libraryCountOther:3');
  });

  it('opens the saved article from its title, a button reached by Tab', async () => {
    const open = vi.fn();
    await mount(<TimelineView readEntries={async () => ENTRIES} locale="en" onOpenArticle={open} />);
    const title = [...container.querySelectorAll<HTMLButtonElement>('.timeline-title')].find((el) => el.textContent === 'Bài a');
    expect(title?.tagName).toBe('BUTTON');
    expect(title?.getAttribute('lang')).toBe('vi');
    await act(async () => title?.click());
    expect(open).toHaveBeenCalledWith('a');
  });

  it('groups by site, each group folded until its button opens it', async () => {
    await mount(<TimelineView readEntries={async () => ENTRIES} locale="en" onOpenArticle={() => undefined} />);
    const select = container.querySelector('select');
    await act(async () => {
      if (!select) return;
      select.value = 'site';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const toggles = [...container.querySelectorAll<HTMLButtonElement>('.timeline-group-toggle')];
    expect(toggles.map((button) => [button.textContent, button.getAttribute('aria-expanded')])).toEqual([
      ['Tuổi Trẻ 2', 'false'],
      ['VnExpress 1', 'false'],
    ]);
    expect(container.querySelectorAll('.timeline-title')).toHaveLength(0);
    await act(async () => toggles[0]?.click());
    expect(toggles[0]?.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(toggles[0]?.getAttribute('aria-controls') ?? '')?.hidden).toBe(false);
    expect(texts('.timeline-title')).toEqual(['Bài c', 'Bài a']);
  });

  it(`shows ${TIMELINE_PAGE} articles at once and the earlier ones on request`, async () => {
    const many = Array.from({ length: TIMELINE_PAGE + 5 }, (_, i) => entry(`n${String(i).padStart(3, '0')}`, { published: `2020-01-01T00:${String(i % 60).padStart(2, '0')}:00Z` }));
    await mount(<TimelineView readEntries={async () => many} locale="en" onOpenArticle={() => undefined} />);
    expect(container.querySelectorAll('.timeline-title')).toHaveLength(TIMELINE_PAGE);
    await act(async () => container.querySelector<HTMLButtonElement>('.timeline-more')?.click());
    expect(container.querySelectorAll('.timeline-title')).toHaveLength(TIMELINE_PAGE + 5);
    expect(container.querySelector('.timeline-more')).toBeNull();
  });
});
