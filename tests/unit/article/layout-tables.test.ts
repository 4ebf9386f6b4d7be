import { describe, expect, it } from 'vitest';
import { unwrapLayoutTables } from '@/utils/article/layout-tables';
import { listBlockElements } from '@/utils/article/block-elements';
import { afterPass } from './helpers';

const clean = afterPass(unwrapLayoutTables);
const STORY = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1}: the council voted on Tuesday to extend the programme for two more years, citing strong demand.</p>`).join('');
const SIDE = Array.from({ length: 6 }, (_, i) => `<p><a href="/story-${i}">Other story ${i}</a></p><p>A line about it</p>`).join('');

describe('tables that lay out the page', () => {
  it("gives the story's paragraphs back as blocks and drops the side column of links beside it", () => {
    const root = clean(`<table><tbody><tr><td><h2>Council extends the programme</h2>${STORY}</td><td>${SIDE}</td></tr></tbody></table>`);
    expect(root.querySelector('table')).toBeNull();
    expect(listBlockElements(root).map((el) => el.tagName)).toEqual(['H2', 'P', 'P', 'P', 'P']);
    expect(root.textContent).not.toContain('Other story');
  });

  it('keeps the cells beside the story that are no side column: a picture, a dateline', () => {
    const root = clean(`<table><tr><td>Thứ Hai, 26/01/2024</td></tr><tr><td>${STORY}</td><td><img src="https://x.example/a.jpg"></td></tr></table>`);
    expect(root.textContent).toContain('26/01/2024');
    expect(root.querySelector('img')).not.toBeNull();
    expect(root.querySelectorAll('p')).toHaveLength(4);
  });

  it('judges a nested layout table on its own', () => {
    const root = clean(`<table><tr><td><table><tr><td>${STORY}</td><td>${SIDE}</td></tr></table></td></tr></table>`);
    expect(root.querySelector('table')).toBeNull();
    expect(root.querySelectorAll('p')).toHaveLength(4);
  });

  it('leaves data tables: a header row, short cells, a Word table with a paragraph per cell, a picture over its caption', () => {
    const headed = `<table><thead><tr><th>Year</th></tr></thead><tbody><tr><td>${STORY}</td></tr></tbody></table>`;
    const figures = `<table>${Array.from({ length: 5 }, (_, i) => `<tr><td><p>Quận ${i}</p></td><td><p>${i * 120} hộ</p></td></tr>`).join('')}</table>`;
    const picture = '<table><tr><td><img src="https://x.example/a.jpg"></td></tr><tr><td>Chủ tịch UBND quận phát biểu tại hội nghị.</td></tr></table>';
    for (const html of [headed, figures, picture]) expect(clean(html).querySelector('table')).not.toBeNull();
  });
});

describe('a story set a paragraph per row', () => {
  const row = (text: string): string => `<tr><td>${text}</td></tr>`;
  const sentences = ['Portsmouth made the best possible start to the new year with a 2-0 win over ten-man Reading at the stadium.', 'The writing was on the wall for Reading as early as the second minute, when the defender slipped on the wet grass.'];

  it('gives each row back as a paragraph of its own', () => {
    const root = clean(`<table>${sentences.map(row).join('')}</table>`);
    expect(root.querySelector('table')).toBeNull();
    expect(root.children).toHaveLength(2);
  });

  it('leaves a column of pictures over long captions, and a column with one paragraph', () => {
    const pictures = sentences.map((text, i) => `${row(`<img src="https://x.example/${i}.jpg">`)}${row(text)}`).join('');
    expect(clean(`<table>${pictures}</table>`).querySelector('table')).not.toBeNull();
    expect(clean(`<table>${row(sentences[0] ?? '')}${row('Tags: football')}</table>`).querySelector('table')).not.toBeNull();
  });
});

describe('layout tables in scripts that pack a word in a character or two', () => {
  it('find a Chinese story in fewer characters', () => {
    const story = Array.from({ length: 3 }, (_, i) => `<p>第${i + 1}段：市议会周二投票决定将该计划再延长两年，理由是居民需求强劲，预算也已经到位，各区将从下月开始申请。</p>`).join('');
    const side = Array.from({ length: 4 }, (_, i) => `<p><a href="/n${i}">其他新闻${i}</a></p>`).join('');
    const root = clean(`<table><tr><td>${story}</td><td>${side}</td></tr></table>`);
    expect(root.querySelector('table')).toBeNull();
    expect(root.textContent).not.toContain('其他新闻');
  });
});
