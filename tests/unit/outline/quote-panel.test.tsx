// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Outline } from '@/utils/outline/types';
import { OutlinePanel } from '@/components/OutlinePanel';

vi.mock('@/i18n/t', () => ({ t: (key: string) => key }));

const OUTLINE: Outline = {
  sections: [],
  quotes: [
    { text: 'Nobody knows who said this long sentence in the article.', speaker: null, role: null, kind: 'direct', anchor: { block: 0 } },
    { text: 'Chúng tôi sẽ hoàn thành dự án trước mùa mưa.', speaker: 'Trần Văn Hùng', role: 'Giám đốc Sở Xây dựng', kind: 'direct', anchor: { block: 1 } },
    { text: 'thành phố đã bố trí đủ vốn cho công trình.', speaker: 'Trần Văn Hùng', role: null, kind: 'reported', anchor: { block: 2 } },
    { text: 'The bridge will open in May next year, the mayor said.', speaker: 'Jane Porter', role: 'Mayor', kind: 'reported', anchor: { block: 3 } },
  ],
  keyPoints: [],
};

let host: HTMLElement | null = null;

function mount(outline: Outline): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  act(() => render(<OutlinePanel outline={outline} onJump={() => undefined} />, host as HTMLElement));
  return host;
}

afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

describe('the quotes of the outline panel', () => {
  it('lists speakers by first appearance with their role, and the unattributed quotations last in one collapsed group', () => {
    const root = mount(OUTLINE);
    const names = Array.from(root.querySelectorAll('.outline-speakers > li .speaker-name')).map((n) => n.textContent);
    expect(names).toEqual(['Trần Văn Hùng', 'Jane Porter', 'unattributedSpeaker']);
    expect(root.querySelector('.speaker-role')?.textContent).toBe('Giám đốc Sở Xây dựng');
    const unattributed = root.querySelector<HTMLDetailsElement>('details.outline-unattributed');
    expect(unattributed?.open).toBe(false);
    expect(unattributed?.querySelectorAll('.outline-item')).toHaveLength(1);
  });

  it('labels reported speech apart from direct quotes', () => {
    const root = mount(OUTLINE);
    const labels = Array.from(root.querySelectorAll('.outline-speakers .outline-item')).map((b) => b.textContent);
    expect(labels).toContain('“Chúng tôi sẽ hoàn thành dự án trước mùa mưa.”');
    expect(labels).toContain('thành phố đã bố trí đủ vốn cho công trình. (reportedSpeech)');
  });

  it('opens the unattributed group when it is the only one', () => {
    const root = mount({ ...OUTLINE, quotes: OUTLINE.quotes.slice(0, 1) });
    expect(root.querySelector<HTMLDetailsElement>('details.outline-unattributed')?.open).toBe(true);
  });
});
