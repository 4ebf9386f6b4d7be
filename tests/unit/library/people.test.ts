import { describe, expect, it } from 'vitest';
import type { Quote } from '@/utils/outline/types';
import { foldForPeople, isPersonKey, madeKeyOf, peopleOf, searchPeople, speakerRef, type PeopleSource, type QuotedArticle } from '@/utils/library/people';
import { personFileName, personToMarkdown, type PersonMarkdownLabels } from '@/utils/library/people-markdown';

function article(id: string, overrides: Partial<QuotedArticle> = {}): QuotedArticle {
  return { id, url: `https://vnexpress.net/${id}`, title: `Bài ${id}`, byline: 'Thu Hà', published: '2025-01-0' + id.slice(-1), siteName: 'VnExpress', lang: 'vi', savedAt: Date.UTC(2025, 5, 1), ...overrides };
}

function quote(speaker: string | null, role: string | null, text: string, block = 1, kind: Quote['kind'] = 'direct'): Quote {
  return { text, speaker, role, kind, anchor: { block } };
}

const sources: PeopleSource[] = [
  { article: article('a1'), quotes: [quote('Nguyễn Văn Quang', 'Chủ tịch UBND', 'Chúng tôi sẽ làm', 3), quote('Trần Thị Mai', null, 'Tôi đồng ý', 5)] },
  { article: article('a2'), quotes: [quote('NGUYỄN VĂN QUANG', 'chủ tịch UBND', 'Dự án xong trong năm', 2), quote(null, null, 'Không ai nói', 4)] },
  { article: article('a3'), quotes: [quote('Nguyen Van Quang', null, 'Ông nói thêm', 7, 'reported'), quote('Nguyễn Văn Quang', 'Giám đốc', 'Khác người', 1)] },
];

describe('the people of the library', () => {
  it('folds names without diacritics, case or punctuation', () => {
    expect(foldForPeople('  Nguyễn  Văn-Quang ')).toBe('nguyen van quang');
    expect(foldForPeople('Đặng Thị Đào')).toBe('dang thi dao');
  });

  it('merges the same name and role across articles and keeps another role apart', () => {
    const people = peopleOf(sources.slice(0, 2));
    expect(people.map((p) => [p.name, p.role, p.quotes.length, p.articles])).toEqual([
      ['Nguyễn Văn Quang', 'Chủ tịch UBND', 2, 2],
      ['Trần Thị Mai', null, 1, 1],
    ]);
  });

  it('gives a quote without a role to the one person of that name with a role, never when two roles compete', () => {
    const one = peopleOf([sources[0], { article: article('a4'), quotes: [quote('Nguyen Van Quang', null, 'Thêm', 1)] }].filter((s): s is PeopleSource => s !== undefined));
    expect(one.find((p) => p.role === 'Chủ tịch UBND')?.quotes.map((q) => q.text)).toEqual(['Thêm', 'Chúng tôi sẽ làm']);
    const all = peopleOf(sources);
    expect(all.filter((p) => p.key.startsWith('nguyen van quang|')).map((p) => [p.role, p.quotes.length])).toEqual([
      ['Chủ tịch UBND', 2],
      [null, 1],
      ['Giám đốc', 1],
    ]);
  });

  it('names a person as written, not in a site\'s capitals, whatever order the articles come in', () => {
    const capitals = { article: article('c1'), quotes: [quote('NGUYỄN VĂN QUANG', 'Chủ tịch', 'Một', 1), quote('NGUYỄN VĂN QUANG', 'Chủ tịch', 'Hai', 2)] };
    const written = { article: article('c2'), quotes: [quote('Nguyễn Văn Quang', 'chủ tịch', 'Ba', 1)] };
    const plain = { article: article('c3'), quotes: [quote('Nguyen Van Quang', 'Chu tich', 'Bốn', 1)] };
    expect(peopleOf([capitals, written, plain]).map((p) => [p.name, p.role])).toEqual([['Nguyễn Văn Quang', 'Chủ tịch']]);
    expect(peopleOf([plain, written, capitals]).map((p) => [p.name, p.role])).toEqual([['Nguyễn Văn Quang', 'Chủ tịch']]);
  });

  it('lists quotes newest article first, each with its place in the article', () => {
    const [quang] = peopleOf(sources.slice(0, 2));
    expect(quang?.quotes.map((q) => [q.article.id, q.block])).toEqual([
      ['a2', 2],
      ['a1', 3],
    ]);
    expect(quang?.latest).toBe(Date.parse('2025-01-02'));
  });

  it('finds "nguyen van quang" typed without diacritics, by any word start, and not inside a word', () => {
    const people = peopleOf(sources);
    expect(searchPeople(people, 'nguyen van quang').map((p) => p.name)).toEqual(['Nguyễn Văn Quang', 'Nguyen Van Quang', 'Nguyễn Văn Quang']);
    expect(searchPeople(people, 'quang giam').map((p) => p.role)).toEqual(['Giám đốc']);
    expect(searchPeople(people, 'uang')).toEqual([]);
    expect(searchPeople(people, '  ')).toHaveLength(people.length);
  });

  it('takes separated speakers out of the person Lede made, who keeps their key, into a person named by their own spellings', () => {
    const splits = new Map([[speakerRef('nguyen van quang', 'chu tich ubnd', 'a2'), 'nguyen van quang|chu tich ubnd|a2']]);
    const people = peopleOf(sources.slice(0, 2), splits);
    expect(people.map((p) => [p.key, p.name, p.quotes.map((q) => q.text)])).toEqual([
      ['nguyen van quang|chu tich ubnd|a2', 'NGUYỄN VĂN QUANG', ['Dự án xong trong năm']],
      ['nguyen van quang|chu tich ubnd', 'Nguyễn Văn Quang', ['Chúng tôi sẽ làm']],
      ['tran thi mai|', 'Trần Thị Mai', ['Tôi đồng ý']],
    ]);
    // The label is not searched: both are found by name and role alike.
    expect(searchPeople(people, 'quang chu tich').map((p) => p.key)).toEqual(['nguyen van quang|chu tich ubnd|a2', 'nguyen van quang|chu tich ubnd']);
  });

  it('knows a separated person by a label of letters, digits, "-" and "_" after the key Lede made', () => {
    expect(['nguyen van quang|chu tich|a2', 'jane doe||1f0e-9_x', 'a|'].map(isPersonKey)).toEqual([true, true, true]);
    expect(['jane doe|minister|', 'jane doe|minister|<b>', 'jane doe|minister|a|b', 'jane doe|minister@a1', '|x', 'Jane|'].map(isPersonKey)).toEqual([false, false, false, false, false, false]);
    expect([madeKeyOf('jane doe|minister|a1'), madeKeyOf('jane doe|minister')]).toEqual(['jane doe|minister', 'jane doe|minister']);
  });

  it('finds a name written without spaces from any part of it', () => {
    const people = peopleOf([{ article: article('z1', { lang: 'zh' }), quotes: [quote('王小明', '部长', '我们会做', 1)] }]);
    expect(searchPeople(people, '小明').map((p) => p.name)).toEqual(['王小明']);
  });
});

describe('one person as Markdown', () => {
  const labels: PersonMarkdownLabels = { quoteCount: (n) => `${n} quotes`, reported: 'reported', references: 'References', accessed: (day) => `accessed ${day}` };

  it('writes the quotes article by article with citation keys and a reference list', () => {
    const [quang] = peopleOf(sources.slice(0, 2));
    if (!quang) throw new Error('no person');
    const text = personToMarkdown(quang, labels);
    // Two articles of the same site and year: their keys are told apart by a hash of the address.
    const keys = [...text.matchAll(/· \[@(thu2025bai-\w{4})\]/gu)].map((m) => m[1]);
    expect(keys).toHaveLength(2);
    expect(text).toBe(
      [
        '# Nguyễn Văn Quang',
        '',
        'Chủ tịch UBND · 2 quotes',
        '',
        '## [Bài a2](<https://vnexpress.net/a2>)',
        '',
        `*VnExpress* · 2025-01-02 · [@${keys[0]}]`,
        '',
        '> Dự án xong trong năm',
        '',
        '## [Bài a1](<https://vnexpress.net/a1>)',
        '',
        `*VnExpress* · 2025-01-01 · [@${keys[1]}]`,
        '',
        '> Chúng tôi sẽ làm',
        '',
        '## References',
        '',
        `- [@${keys[0]}] Thu Hà (2025-01-02). Bài a2. *VnExpress*. [https://vnexpress.net/a2](<https://vnexpress.net/a2>) (accessed 2025-06-01)`,
        `- [@${keys[1]}] Thu Hà (2025-01-01). Bài a1. *VnExpress*. [https://vnexpress.net/a1](<https://vnexpress.net/a1>) (accessed 2025-06-01)`,
        '',
      ].join('\n'),
    );
  });

  it('marks reported speech and escapes what Markdown would read as syntax', () => {
    const people = peopleOf([{ article: article('h1', { title: '[x](javascript:alert(1))' }), quotes: [quote('*Evil*', null, '# not a heading', 1, 'reported')] }]);
    const [evil] = people;
    if (!evil) throw new Error('no person');
    const text = personToMarkdown(evil, labels);
    expect(text).toContain('# \\*Evil\\*\n');
    expect(text).toContain('> (reported) \\# not a heading');
    expect(text).toContain('## [\\[x\\](javascript:alert(1))](<https://vnexpress.net/h1>)');
    expect(personFileName(evil)).toBe('lede-quotes-evil.md');
  });
});
