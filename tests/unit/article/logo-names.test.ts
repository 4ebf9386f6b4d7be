import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/scripts/lib/parse-html';
import { readMetadataSources } from '@/utils/article/metadata-sources';
import { logoNames } from '@/utils/article/logo-names';
import { FILLER, extractHtml } from './helpers';

const URL = 'https://www.example.test/2012/10/19/story.html';

function page(title: string, masthead: string, story = ''): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${masthead}<article><h1>Stuff The Internet Says On Scalability</h1>${story}${FILLER}</article></body></html>`;
}

function namesOf(html: string): string[] {
  return logoNames(readMetadataSources(parseHtml(html, URL)));
}

describe('the names a page shows in its masthead', () => {
  it('reads the picture linked to the home page and the logo above the headline', () => {
    expect(namesOf(page('T', '<a href="/"><img src="/b.jpg" alt="High Scalability"></a>'))).toEqual(['High Scalability']);
    expect(namesOf(page('T', '<a href="https://www.example.test/"><img src="/b.jpg" alt="High Scalability"></a>'))).toEqual(['High Scalability']);
    expect(namesOf(page('T', '<img src="/graphics/site-logo.gif" alt="icScotland logo">'))).toEqual(['icScotland logo']);
    expect(namesOf(page('T', '<a class="logo" href="/">Tuổi Trẻ</a>'))).toEqual(['Tuổi Trẻ']);
  });

  it('leaves a logo in the story (its subject\'s), a picture linked elsewhere and a description too long for a name', () => {
    expect(namesOf(page('T', '', '<img src="/Mozilla_logo.svg" alt="Mozilla">'))).toEqual([]);
    expect(namesOf(page('T', '<a href="/news/other-story.html"><img src="/b.jpg" alt="Another story"></a>'))).toEqual([]);
    expect(namesOf(page('T', `<a href="/"><img src="/b.jpg" alt="${'A long description of a picture '.repeat(4)}"></a>`))).toEqual([]);
  });

  it('cuts the masthead\'s name from the title, however often the title repeats it', () => {
    const article = extractHtml(page('High Scalability - High Scalability - Stuff The Internet Says On Scalability', '<a href="/"><img src="/b.jpg" alt="High Scalability"></a>'), URL);
    expect(article.title).toBe('Stuff The Internet Says On Scalability');
  });
});
