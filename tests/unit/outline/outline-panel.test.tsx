// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Anchor, Outline } from '@/utils/outline/types';
import { OutlinePanel } from '@/components/OutlinePanel';

vi.mock('@/i18n/t', () => ({ t: (key: string) => key }));

const OUTLINE: Outline = {
  sections: [
    { title: 'Kết quả', level: 2, anchor: { block: 0 }, items: [], kind: 'part' },
    { title: 'Những bài học', level: 2, anchor: { block: 9 }, items: [{ label: 'Một là, Công tác đảng…', anchor: { block: 10 } }], kind: 'enumeration' },
  ],
  quotes: [
    { text: 'đều đạt và vượt.', speaker: 'Nguyễn Văn Quang', role: 'Phó bí thư, Chủ nhiệm Ủy ban Kiểm tra', kind: 'reported', anchor: { block: 1 } },
    { text: 'nhìn chung…', speaker: 'Nguyễn Văn Quang', role: 'Phó bí thư', kind: 'reported', anchor: { block: 4 } },
  ],
  keyPoints: [{ text: 'Ngày 25/1 …', anchor: { block: 0 } }],
};

let host: HTMLElement | null = null;

function mount(onJump: (anchor: Anchor) => void, outline = OUTLINE): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  act(() => render(<OutlinePanel outline={outline} onJump={onJump} />, host as HTMLElement));
  return host;
}

afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

function items(root: HTMLElement): HTMLButtonElement[] {
  return Array.from(root.querySelectorAll<HTMLButtonElement>('.outline-item'));
}

function press(key: string): void {
  act(() => {
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

describe('OutlinePanel', () => {
  it('shows the three groups with their counts, collapsible', () => {
    const root = mount(() => undefined);
    const summaries = Array.from(root.querySelectorAll('details > summary')).map((s) => s.textContent);
    expect(summaries).toEqual(['sectionsHeading 2', 'quotesHeading 2', 'keyPointsHeading 1']);
  });

  it('shows one speaker group with the longest role', () => {
    const root = mount(() => undefined);
    expect(Array.from(root.querySelectorAll('.speaker-name')).map((n) => n.textContent)).toEqual(['Nguyễn Văn Quang']);
    expect(root.querySelector('.speaker-role')?.textContent).toBe('Phó bí thư, Chủ nhiệm Ủy ban Kiểm tra');
  });

  it('keeps one item in the Tab order and moves focus with the arrow keys', () => {
    const root = mount(() => undefined);
    const all = items(root);
    expect(all.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    act(() => all[0]?.focus());
    press('ArrowDown');
    expect(document.activeElement).toBe(all[1]);
    press('ArrowDown');
    press('ArrowUp');
    expect(document.activeElement).toBe(all[1]);
    expect(all[1]?.tabIndex).toBe(0);
    expect(all[0]?.tabIndex).toBe(-1);
    press('End');
    expect(document.activeElement).toBe(all[all.length - 1]);
  });

  it('skips the items of a collapsed group', () => {
    const root = mount(() => undefined);
    const quotes = root.querySelectorAll('details')[1];
    quotes?.removeAttribute('open');
    const all = items(root);
    act(() => all[2]?.focus());
    press('ArrowDown');
    expect(document.activeElement?.textContent).toBe('Ngày 25/1 …');
  });

  it('jumps to the anchor of the item that is clicked', () => {
    const jumps: Anchor[] = [];
    const root = mount((anchor) => jumps.push(anchor));
    act(() => items(root)[2]?.click());
    expect(jumps).toEqual([{ block: 10 }]);
  });

  it('shows no Sections group for an article without structure', () => {
    const root = mount(() => undefined, { sections: [], quotes: [], keyPoints: [{ text: 'A point.', anchor: { block: 0 } }] });
    const titles = Array.from(root.querySelectorAll('.outline-group > summary'), (el) => el.textContent ?? '');
    expect(titles.some((title) => title.includes('sectionsHeading'))).toBe(false);
    expect(titles.some((title) => title.includes('keyPointsHeading'))).toBe(true);
  });

  it('shows the reason when the outline is empty', () => {
    const root = mount(() => undefined, { sections: [], quotes: [], keyPoints: [], note: 'unknown-script' });
    expect(root.querySelector('.outline-note')?.textContent).toBe('outlineNote_unknown_script');
  });

  it('says the outline is being made instead of showing empty groups, then gives its first item the Tab stop', () => {
    host = document.createElement('div');
    document.body.append(host);
    const empty: Outline = { sections: [], quotes: [], keyPoints: [] };
    act(() => render(<OutlinePanel outline={empty} pending onJump={() => undefined} />, host as HTMLElement));
    expect(host.querySelector('[role="status"]')?.textContent).toBe('outlinePending');
    expect(host.querySelectorAll('.outline-group')).toHaveLength(0);
    act(() => render(<OutlinePanel outline={OUTLINE} onJump={() => undefined} />, host as HTMLElement));
    expect(host.querySelector('.outline-pending')).toBeNull();
    expect(items(host).filter((el) => el.tabIndex === 0).map((el) => el.dataset.itemId)).toEqual(['s-0']);
  });
});

