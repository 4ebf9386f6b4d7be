// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibrarySearch } from '@/components/library/LibrarySearch';
import type { LibraryQuery } from '@/utils/library/search';
import type { FacetCounts } from '@/utils/library/memory-index';

vi.mock('@/i18n/t', () => ({ t: (key: string) => key }));

let container: HTMLElement;

function mount(query: LibraryQuery, counts: FacetCounts | null, onChange: (query: LibraryQuery) => void = () => undefined): void {
  container = document.createElement('div');
  document.body.append(container);
  const facets = { sites: ['Tuổi Trẻ', 'VnExpress', 'Nhân Dân'], tags: ['ngân sách'], langs: ['vi', 'en'] };
  act(() => render(<LibrarySearch query={query} facets={facets} counts={counts} locale="en" onChange={onChange} />, container));
}

function optionsOf(index: number): string[] {
  const select = container.querySelectorAll('select')[index];
  return Array.from(select?.options ?? [], (option) => option.textContent ?? '');
}

afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

describe('LibrarySearch filters', () => {
  it('shows each value with the records it would leave, and drops those that would leave none unless chosen', () => {
    const counts: FacetCounts = { site: new Map([['Tuổi Trẻ', 1200], ['VnExpress', 3]]), tag: new Map(), lang: new Map([['vi', 1203]]) };
    mount({ text: 'tran', site: 'Nhân Dân' }, counts);
    expect(optionsOf(0)).toEqual(['libraryFilterAll', 'Tuổi Trẻ (1,200)', 'VnExpress (3)', 'Nhân Dân (0)']);
    expect(optionsOf(1)).toEqual(['libraryFilterAll']);
    expect(optionsOf(2)).toEqual(['libraryFilterAll', 'vi (1,203)']);
  });

  it('lists every value without counts until the index can count them', () => {
    mount({}, null);
    expect(optionsOf(0)).toEqual(['libraryFilterAll', 'Tuổi Trẻ', 'VnExpress', 'Nhân Dân']);
  });

  it('sets the date range from the date fields, keeping the rest of the query', () => {
    const onChange = vi.fn();
    mount({ text: 'tran', site: 'VnExpress' }, null, onChange);
    const from = container.querySelectorAll<HTMLInputElement>('input[type=date]')[0];
    if (!from) throw new Error('no date field');
    from.value = '2025-03-01';
    act(() => {
      from.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onChange).toHaveBeenLastCalledWith({ text: 'tran', site: 'VnExpress', from: '2025-03-01' });
  });
});
