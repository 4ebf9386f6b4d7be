// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PeopleView } from '@/components/library/PeopleView';
import type { PeopleSource } from '@/utils/library/people';

vi.mock('@/i18n/t', () => ({ t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}:${([] as string[]).concat(subs).join(',')}`) }));
const downloads: { text: string; fileName: string }[] = [];
vi.mock('@/clients/download', () => ({ downloadText: (text: string, fileName: string) => downloads.push({ text, fileName }) }));

let container: HTMLElement;

async function mount(node: preact.ComponentChild): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => render(node, container));
}

afterEach(() => {
  act(() => render(null, container));
  container.remove();
  downloads.length = 0;
});

const article = (id: string, title: string) => ({ id, url: `https://tuoitre.vn/${id}`, title, byline: 'Thu Hà', published: `2025-05-0${id.slice(-1)}`, siteName: 'Tuổi Trẻ', lang: 'vi', savedAt: Date.UTC(2025, 5, 1) });
const sources: PeopleSource[] = [
  { article: article('a1', 'Dự án cầu'), quotes: [{ text: 'Cầu xong năm sau', speaker: 'Nguyễn Văn Quang', role: 'Chủ tịch UBND', kind: 'direct', anchor: { block: 3 } }] },
  { article: article('a2', 'Ngân sách'), quotes: [{ text: 'Ngân sách đủ', speaker: 'Nguyễn Văn Quang', role: 'Chủ tịch UBND', kind: 'direct', anchor: { block: 1 } }, { text: 'Tôi lo', speaker: 'Lê Thị Mai', role: null, kind: 'reported', anchor: { block: 2 } }] },
];

function names(): string[] {
  return [...container.querySelectorAll('.person-name')].map((el) => el.textContent ?? '');
}

async function type(text: string): Promise<void> {
  const input = container.querySelector<HTMLInputElement>('input[type=search]');
  if (!input) throw new Error('no search box');
  input.value = text;
  await act(async () => {
    input.dispatchEvent(new Event('input'));
  });
}

describe('the People view', () => {
  it('lists everyone quoted, the most quoted first, and finds a name typed without diacritics', async () => {
    await mount(<PeopleView readSources={async () => sources} locale="vi" onOpenArticle={() => undefined} />);
    await vi.waitFor(() => expect(names()).toEqual(['Nguyễn Văn Quang', 'Lê Thị Mai']));
    expect(container.querySelector('.library-count')?.textContent).toBe('libraryPeopleCountOther:2');
    await type('nguyen van quang');
    expect(names()).toEqual(['Nguyễn Văn Quang']);
    await type('zzz');
    expect(container.querySelector('.library-count')?.textContent).toBe('libraryPeopleNoMatch');
  });

  it('opens a person with their quotes by article, opens the saved article, and exports Markdown', async () => {
    const onOpenArticle = vi.fn();
    await mount(<PeopleView readSources={async () => sources} locale="vi" onOpenArticle={onOpenArticle} />);
    await vi.waitFor(() => expect(names().length).toBe(2));
    await act(async () => container.querySelector<HTMLButtonElement>('.person-name')?.click());
    expect(container.querySelector('h2')?.textContent).toBe('Nguyễn Văn Quang');
    expect([...container.querySelectorAll('.person-article-title')].map((el) => el.textContent)).toEqual(['Ngân sách', 'Dự án cầu']);
    await act(async () => container.querySelector<HTMLButtonElement>('.person-article-title button')?.click());
    expect(onOpenArticle).toHaveBeenCalledWith('a2');
    const exportButton = [...container.querySelectorAll('button')].find((b) => b.textContent === 'libraryPersonExport');
    await act(async () => exportButton?.click());
    expect(downloads[0]?.fileName).toBe('lede-quotes-nguyen-van-quang.md');
    expect(downloads[0]?.text).toContain('> Ngân sách đủ');
    expect(downloads[0]?.text).toContain('## libraryPersonReferences');
  });
});
