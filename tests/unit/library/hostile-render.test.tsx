// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedOutline } from '@/utils/library/schema';
import { LibraryList } from '@/components/library/LibraryList';
import { SavedItemView } from '@/components/library/SavedItemView';

vi.mock('@/i18n/t', () => ({ t: (key: string, sub?: string | string[]) => (sub === undefined ? key : `${key}:${String(sub)}`) }));

const HOSTILE = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=1</script><a href="javascript:globalThis.__pwned=1">x</a>';

function hostileRecord(overrides: Partial<SavedOutline> = {}): SavedOutline {
  return {
    schemaVersion: 2, id: 'hostile', url: 'https://evil.example/a', title: HOSTILE, byline: HOSTILE, published: HOSTILE, siteName: HOSTILE,
    lang: 'en', dir: 'ltr', savedAt: 0, updatedAt: 0, note: HOSTILE, tags: ['<img src=x onerror=alert(1)>'], text: `${HOSTILE}\n\n${HOSTILE}`,
    html: `<p>Safe paragraph</p>${HOSTILE}<svg onload="globalThis.__pwned=1"></svg>`,
    outline: {
      sections: [{ title: HOSTILE, level: 2, anchor: { block: 0 }, items: [{ label: HOSTILE, anchor: { block: 1 } }] }],
      quotes: [{ text: HOSTILE, speaker: HOSTILE, role: HOSTILE, kind: 'direct', anchor: { block: 0 } }],
      keyPoints: [{ text: HOSTILE, anchor: { block: 0 } }],
    },
    searchTokens: [],
    ...overrides,
  };
}

/** Everything a saved string could have become if it were parsed as markup. */
function executableTraces(root: Element): string[] {
  const traces: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) traces.push(el.tagName);
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) traces.push(`${el.tagName}[${attr.name}]`);
      if (/^\s*javascript:/iu.test(attr.value)) traces.push(`${el.tagName}[${attr.name}=${attr.value}]`);
    }
  }
  return traces;
}

const noSave = async () => ({ ok: false, reason: 'failed', message: 'not in this test' }) as const;
let container: HTMLElement;

function mount(node: preact.ComponentChild): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(node, container));
  return container;
}

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('hostile saved strings in the library UI', () => {
  it('are shown as text in the list, never turned into elements', () => {
    const root = mount(<LibraryList items={[hostileRecord()]} selected={new Set()} locale="en" onToggle={() => {}} onToggleAll={() => {}} onOpen={() => {}} />);
    expect(executableTraces(root)).toEqual([]);
    expect(root.querySelectorAll('img, a')).toHaveLength(0);
    expect(root.querySelector('.library-item-title')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('.library-item-note')?.textContent).toBe(HOSTILE);
  });

  it('are shown as text in the saved item, and its saved HTML goes through the sanitizer', () => {
    const root = mount(<SavedItemView onSaveNote={noSave} record={hostileRecord()} locale="en" onBack={() => {}} onDelete={() => {}} onChanged={() => {}} />);
    expect(executableTraces(root)).toEqual([]);
    expect(root.querySelector('.saved-item-title')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('.article-body')?.textContent).toContain('Safe paragraph');
    expect(root.querySelector('textarea')?.value).toBe(HOSTILE);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('renders saved plain text as paragraphs of text when there is no HTML', () => {
    const root = mount(<SavedItemView onSaveNote={noSave} record={hostileRecord({ html: undefined })} locale="en" onBack={() => {}} onDelete={() => {}} onChanged={() => {}} />);
    expect(executableTraces(root)).toEqual([]);
    const paragraphs = [...root.querySelectorAll('.article-body p')].map((p) => p.textContent);
    expect(paragraphs).toEqual([HOSTILE, HOSTILE]);
  });

  it('offers no link back when the stored URL is not a web page (a damaged record)', () => {
    const root = mount(<SavedItemView onSaveNote={noSave} record={hostileRecord({ url: 'javascript:globalThis.__pwned=1', html: undefined })} locale="en" onBack={() => {}} onDelete={() => {}} onChanged={() => {}} />);
    expect(root.querySelector('.saved-item-source')).toBeNull();
    expect(executableTraces(root)).toEqual([]);
  });
});
