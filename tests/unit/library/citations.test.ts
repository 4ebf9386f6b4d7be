import { describe, expect, it } from 'vitest';
import { citationAuthors } from '@/utils/library/citations/authors';
import { citationsOf, isoDateParts, type CitableRecord } from '@/utils/library/citations/model';
import { asciiFold, baseKey } from '@/utils/library/citations/keys';
import { toCslJson } from '@/utils/library/citations/csl-json';
import { escapeBibtex, toBibtex } from '@/utils/library/citations/bibtex';
import { toRis } from '@/utils/library/citations/ris';
import { citationFile } from '@/utils/library/citations/export-citations';

function record(overrides: Partial<CitableRecord> = {}): CitableRecord {
  return {
    id: 'r1',
    url: 'https://vnexpress.net/hop-dan-cu-1',
    title: 'Hộp đen của chuyến bay được tìm thấy',
    byline: 'Nguyễn Văn Quang',
    published: '2024-03-05T10:00:00+07:00',
    siteName: 'VnExpress',
    lang: 'vi',
    savedAt: Date.UTC(2024, 2, 6, 12),
    ...overrides,
  };
}

describe('authors from the saved byline', () => {
  it('splits several authors and drops "By"', () => {
    expect(citationAuthors('By Jane Doe and John Smith', 'en', null)).toEqual([
      { family: 'Doe', given: 'Jane' },
      { family: 'Smith', given: 'John' },
    ]);
  });

  it('drops a role after a comma and a role before the name (the English pack\'s roles)', () => {
    expect(citationAuthors('Jane Doe, Staff Writer', 'en', null)).toEqual([{ family: 'Doe', given: 'Jane' }]);
    expect(citationAuthors('Senator Jane Doe', 'en', null)).toEqual([{ family: 'Doe', given: 'Jane' }]);
  });

  it('writes a Vietnamese name family first when it opens with a known surname, and keeps a pen name whole', () => {
    expect(citationAuthors('Nguyễn Văn Quang, Thu Hà', 'vi', null)).toEqual([{ family: 'Nguyễn', given: 'Văn Quang' }, { literal: 'Thu Hà' }]);
    expect(citationAuthors('Bởi Lê Thị Hồng', 'vi', null)).toEqual([{ family: 'Lê', given: 'Thị Hồng' }]);
    expect(citationAuthors('Bác sĩ Trần Minh Châu', 'vi', null)).toEqual([{ family: 'Trần', given: 'Minh Châu' }]);
  });

  it('keeps news agencies and organisations as literal names, and "Theo TTXVN" is TTXVN', () => {
    expect(citationAuthors('Theo TTXVN', 'vi', null)).toEqual([{ literal: 'TTXVN' }]);
    expect(citationAuthors('Reuters', 'en', null)).toEqual([{ literal: 'Reuters' }]);
    expect(citationAuthors('Báo Tuổi Trẻ', 'vi', null)).toEqual([{ literal: 'Báo Tuổi Trẻ' }]);
  });

  it('never cites the site as its own author', () => {
    expect(citationAuthors('BBC News', 'en', 'BBC News')).toEqual([]);
  });

  it('keeps particles with the family name and a generational suffix apart', () => {
    expect(citationAuthors('Vincent van Gogh', 'nl', null)).toEqual([{ family: 'van Gogh', given: 'Vincent' }]);
    expect(citationAuthors('Martin Luther King Jr.', 'en', null)).toEqual([{ family: 'King', given: 'Martin Luther', suffix: 'Jr' }]);
  });

  it('keeps a name written without spaces whole', () => {
    expect(citationAuthors('王小明', 'zh', null)).toEqual([{ literal: '王小明' }]);
  });
});

describe('dates and keys', () => {
  it('reads the published date as written, without its clock or zone', () => {
    expect(isoDateParts('2024-03-05T23:30:00-05:00')).toEqual([2024, 3, 5]);
    expect(isoDateParts('2024-03')).toEqual([2024, 3]);
    expect(isoDateParts('2024')).toEqual([2024]);
    expect(isoDateParts('March 5')).toBeNull();
  });

  it('makes an ASCII key from family name, year and the first telling title word', () => {
    expect(asciiFold('Nguyễn Đảng')).toBe('nguyendang');
    const [citation] = citationsOf([record()]);
    expect(citation?.key).toBe('nguyen2024hop');
    expect(baseKey({ title: 'The new budget', authors: [], container: 'The Guardian', issued: [2025], url: 'https://theguardian.com/x', lang: 'en' })).toBe('theguardian2025budget');
  });

  it('settles a clash with a hash of the address, the same whatever else is exported', () => {
    const a = record({ id: 'a', url: 'https://vnexpress.net/a' });
    const b = record({ id: 'b', url: 'https://vnexpress.net/b' });
    const c = record({ id: 'c', url: 'https://vnexpress.net/c' });
    const first = citationsOf([a, b]).map((x) => x.key);
    const second = citationsOf([c, b, a]).map((x) => x.key);
    expect(new Set(first).size).toBe(2);
    expect(first[0]).toMatch(/^nguyen2024hop-[a-z0-9]{4}$/u);
    expect(second[2]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(citationsOf([a])[0]?.key).toBe('nguyen2024hop');
  });
});

describe('CSL-JSON', () => {
  it('writes the article with its site as container, both dates and the language, letters kept', () => {
    const [item] = JSON.parse(toCslJson(citationsOf([record()]))) as unknown[];
    expect(item).toEqual({
      id: 'nguyen2024hop',
      type: 'article-newspaper',
      title: 'Hộp đen của chuyến bay được tìm thấy',
      author: [{ family: 'Nguyễn', given: 'Văn Quang' }],
      'container-title': 'VnExpress',
      issued: { 'date-parts': [[2024, 3, 5]] },
      URL: 'https://vnexpress.net/hop-dan-cu-1',
      accessed: { 'date-parts': [[2024, 3, 6]] },
      language: 'vi',
    });
    expect(toCslJson(citationsOf([record()]))).toContain('Hộp đen');
  });

  it('leaves out what the article does not say', () => {
    const [item] = JSON.parse(toCslJson(citationsOf([record({ byline: null, published: null, siteName: null, lang: null })]))) as Record<string, unknown>[];
    expect(Object.keys(item ?? {}).sort()).toEqual(['URL', 'accessed', 'id', 'title', 'type']);
  });
});

describe('BibTeX', () => {
  it('escapes every TeX special and turns line breaks into spaces', () => {
    expect(escapeBibtex('50% & $5 {x} #1 a_b ~ ^ \\ end\nnext')).toBe('50\\% \\& \\$5 \\{x\\} \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{} end next');
  });

  it('writes an @article with the site as journal, month macro, url and urldate', () => {
    expect(toBibtex(citationsOf([record({ byline: 'Nguyễn Văn Quang, Reuters' })]))).toBe(
      [
        '@article{nguyen2024hop,',
        '  title = {{Hộp đen của chuyến bay được tìm thấy}},',
        '  author = {Nguyễn, Văn Quang and {Reuters}},',
        '  journal = {VnExpress},',
        '  year = {2024},',
        '  month = mar,',
        '  date = {2024-03-05},',
        '  url = {https://vnexpress.net/hop-dan-cu-1},',
        '  urldate = {2024-03-06},',
        '  language = {vi}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('keeps a hostile title inside its field: braces cannot close it', () => {
    const text = toBibtex(citationsOf([record({ title: 'A}, author = {Evil', url: 'https://x.example/a{b}' })]));
    expect(text).toContain('title = {{A\\}, author = \\{Evil}}');
    expect(text).toContain('url = {https://x.example/a%7Bb%7D}');
    expect(text.match(/^ {2}author = /gmu)?.length).toBe(1);
  });

  it('puts the suffix where BibTeX reads it', () => {
    expect(toBibtex(citationsOf([record({ byline: 'Martin Luther King Jr.', lang: 'en' })]))).toContain('author = {King, Jr, Martin Luther}');
  });
});

describe('RIS', () => {
  it('writes one field per CRLF line, "ER" last, letters kept', () => {
    expect(toRis(citationsOf([record()]))).toBe(
      [
        'TY  - NEWS',
        'ID  - nguyen2024hop',
        'TI  - Hộp đen của chuyến bay được tìm thấy',
        'AU  - Nguyễn, Văn Quang',
        'T2  - VnExpress',
        'PY  - 2024',
        'DA  - 2024/03/05/',
        'UR  - https://vnexpress.net/hop-dan-cu-1',
        'Y2  - 2024/03/06/',
        'LA  - vi',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('cannot be given a field of its own by a line break in a title', () => {
    const text = toRis(citationsOf([record({ title: 'Title\r\nAU  - Injected\u2028more' })]));
    expect(text).toContain('TI  - Title AU - Injected more\r\n');
    expect(text.split('\r\n').filter((line) => line.startsWith('AU  - '))).toEqual(['AU  - Nguyễn, Văn Quang']);
  });

  it('writes a partial date with its empty parts', () => {
    expect(toRis(citationsOf([record({ published: '2024-03' })]))).toContain('DA  - 2024/03//');
  });
});

describe('citation files', () => {
  it('names each file for its format and the day', () => {
    const at = Date.UTC(2026, 10, 30);
    expect(citationFile([record()], 'csl-json', at).fileName).toBe('lede-citations-2026-11-30.csl.json');
    expect(citationFile([record()], 'bibtex', at).fileName).toBe('lede-citations-2026-11-30.bib');
    expect(citationFile([record()], 'ris', at).fileName).toBe('lede-citations-2026-11-30.ris');
    expect(citationFile([], 'bibtex', at).text).toBe('');
  });
});
