// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PeopleView } from '@/components/library/PeopleView';
import { combinePeople, madeKeyOf, peopleOf, type PeopleSource } from '@/utils/library/people';
import type { PeopleAccess, PersonSummary } from '@/utils/library/people-read';
import { sourcesOf } from '@/utils/library/people-sources';

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

/**
 * The view's door to the library, in memory: the people of `sources`, with merges kept in a
 * map as people-merges.ts keeps them (each pointing at a person not merged further), and
 * separations as people-splits.ts keeps them (speaker → separated person).
 */
function memoryPeople(): PeopleAccess & { merges: Map<string, string>; splits: Map<string, string> } {
  const merges = new Map<string, string>();
  const splits = new Map<string, string>();
  const all = () => peopleOf(sources, splits);
  const groupOf = (key: string) => all().filter((p) => p.key === key || merges.get(p.key) === key);
  return {
    merges,
    splits,
    // Read whole: the first page alone is readFirstPeople's (speaker-index.test.ts).
    first: async () => null,
    list: async () =>
      all()
        .filter((p) => !merges.has(p.key))
        .map((p): PersonSummary => {
          const group = groupOf(p.key);
          const person = combinePeople(p.key, group) ?? p;
          return { key: p.key, name: person.name, role: person.role, quotes: person.quotes.length, articles: person.articles, latest: person.latest, searchText: person.searchText, merged: group.filter((m) => m.key !== p.key).map((m) => ({ key: m.key, nameKey: '', name: m.name, role: m.role, quotes: m.quotes.length, articles: m.articles, latest: m.latest })) };
        }),
    person: async (key) => {
      const root = merges.get(key) ?? key;
      const members = groupOf(root);
      const person = combinePeople(root, members);
      if (!person) return null;
      const separated = all().filter((p) => p.key !== madeKeyOf(p.key) && madeKeyOf(p.key) === madeKeyOf(root) && p.key !== root);
      const separatedFrom = madeKeyOf(root) === root ? null : { key: madeKeyOf(root), name: null };
      return { ...person, sources: sourcesOf(members), separated: separated.map((p) => ({ key: p.key, name: p.name, role: p.role, quotes: p.quotes.length })), separatedFrom };
    },
    merge: async (from, into) => {
      merges.set(from, into);
      return { ok: true };
    },
    split: async (key) => {
      merges.delete(key);
      return { ok: true };
    },
    separate: async (refs, from) => {
      const key = `${madeKeyOf(from)}|s${splits.size + 1}`;
      for (const ref of refs) splits.set(ref, key);
      return { ok: true, key };
    },
    mergeBack: async (key) => {
      for (const [ref, into] of splits) if (into === key) splits.delete(ref);
      return { ok: true, into: madeKeyOf(key) };
    },
  };
}

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
    await mount(<PeopleView people={memoryPeople()} locale="vi" onOpenArticle={() => undefined} />);
    await vi.waitFor(() => expect(names()).toEqual(['Nguyễn Văn Quang', 'Lê Thị Mai']));
    expect(container.querySelector('.library-count')?.textContent).toBe('libraryPeopleCountOther:2');
    await type('nguyen van quang');
    expect(names()).toEqual(['Nguyễn Văn Quang']);
    await type('zzz');
    expect(container.querySelector('.library-count')?.textContent).toBe('libraryPeopleNoMatch');
  });

  it('opens a person with their quotes by article, opens the saved article, and exports Markdown', async () => {
    const onOpenArticle = vi.fn();
    await mount(<PeopleView people={memoryPeople()} locale="vi" onOpenArticle={onOpenArticle} />);
    await vi.waitFor(() => expect(names().length).toBe(2));
    await act(async () => container.querySelector<HTMLButtonElement>('.person-name')?.click());
    await vi.waitFor(() => expect(container.querySelector('h2')?.textContent).toBe('Nguyễn Văn Quang'));
    expect([...container.querySelectorAll('.person-article-title')].map((el) => el.textContent)).toEqual(['Ngân sách', 'Dự án cầu']);
    await act(async () => container.querySelector<HTMLButtonElement>('.person-article-title button')?.click());
    expect(onOpenArticle).toHaveBeenCalledWith('a2');
    const exportButton = [...container.querySelectorAll('button')].find((b) => b.textContent === 'libraryPersonExport');
    await act(async () => exportButton?.click());
    expect(downloads[0]?.fileName).toBe('lede-quotes-nguyen-van-quang.md');
    expect(downloads[0]?.text).toContain('> Ngân sách đủ');
    expect(downloads[0]?.text).toContain('## libraryPersonReferences');
  });

  it('merges someone found by name into the opened person, lists them merged, and separates them again', async () => {
    const people = memoryPeople();
    await mount(<PeopleView people={people} locale="vi" onOpenArticle={() => undefined} />);
    await vi.waitFor(() => expect(names().length).toBe(2));
    await act(async () => container.querySelector<HTMLButtonElement>('.person-name')?.click());
    await vi.waitFor(() => expect(container.querySelector('h2')?.textContent).toBe('Nguyễn Văn Quang'));
    const finder = container.querySelector<HTMLInputElement>('.person-merge-search');
    if (!finder) throw new Error('no merge search');
    finder.value = 'le thi';
    await act(async () => {
      finder.dispatchEvent(new Event('input'));
    });
    // The opened person is never offered to themself.
    expect([...container.querySelectorAll('.person-merge-candidate')].map((el) => el.firstChild?.textContent)).toEqual(['Lê Thị Mai']);
    await act(async () => container.querySelector<HTMLButtonElement>('.person-merge-candidate button')?.click());
    expect([...people.merges]).toEqual([['le thi mai|', 'nguyen van quang|chu tich ubnd']]);
    await vi.waitFor(() => expect(container.querySelector('.person-merged-name')?.textContent).toBe('Lê Thị Mai'));
    expect([...container.querySelectorAll('.person-quote')].map((el) => el.textContent)).toEqual(['Ngân sách đủ', 'reportedSpeech Tôi lo', 'Cầu xong năm sau']);
    const separate = [...container.querySelectorAll<HTMLButtonElement>('.person-merged button')].find((b) => b.textContent === 'libraryPersonSplit');
    await act(async () => separate?.click());
    expect(people.merges.size).toBe(0);
    await vi.waitFor(() => expect(container.querySelector('.person-merged')).toBeNull());
    await act(async () => [...container.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'libraryViewPeople')?.click());
    await vi.waitFor(() => expect(names()).toEqual(['Nguyễn Văn Quang', 'Lê Thị Mai']));
  });

  it("shows where a person's quotes come from, separates one article's speaker into a person of their own, and merges them back", async () => {
    const people = memoryPeople();
    await mount(<PeopleView people={people} locale="vi" onOpenArticle={() => undefined} />);
    await vi.waitFor(() => expect(names().length).toBe(2));
    await act(async () => container.querySelector<HTMLButtonElement>('.person-name')?.click());
    await vi.waitFor(() => expect(container.querySelectorAll('.person-source')).toHaveLength(2));
    expect([...container.querySelectorAll('.person-source')].map((el) => [el.querySelector('.person-source-name')?.textContent, el.querySelector('.library-item-meta')?.textContent?.split(' · ').slice(0, 2)])).toEqual([
      ['Nguyễn Văn Quang', ['Chủ tịch UBND', 'Ngân sách']],
      ['Nguyễn Văn Quang', ['Chủ tịch UBND', 'Dự án cầu']],
    ]);
    // One role only: no button to separate by role.
    expect(container.querySelector('.person-source-groups')).toBeNull();
    await act(async () => container.querySelectorAll<HTMLButtonElement>('.person-source button')[1]?.click());
    expect([...people.splits]).toEqual([['nguyen van quang|chu tich ubnd@a1', 'nguyen van quang|chu tich ubnd|s1']]);
    await vi.waitFor(() => expect(container.querySelector('.person-separated-name')?.textContent).toBe('Nguyễn Văn Quang'));
    expect([...container.querySelectorAll('.person-quote')].map((el) => el.textContent)).toEqual(['Ngân sách đủ']);
    // The last article's speaker is the whole person: nothing left to separate.
    expect(container.querySelectorAll('.person-source button')).toHaveLength(0);
    await act(async () => [...container.querySelectorAll<HTMLButtonElement>('.person-separated button')].find((b) => b.textContent === 'libraryPersonMergeBack')?.click());
    expect(people.splits.size).toBe(0);
    await vi.waitFor(() => expect(container.querySelector('.person-separated')).toBeNull());
    expect(container.querySelectorAll('.person-quote')).toHaveLength(2);
  });
});
