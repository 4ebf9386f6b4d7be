import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/scripts/lib/parse-html';
import { readPageMetadata } from '@/utils/article/page-metadata';

/** The day a page states where the dateline by the headline is missing or unreadable (bench:quality --set dates). */
const NOW = Date.UTC(2026, 0, 1);
const LONG = '<p>' + 'The council met on the bridge and talked for a long time about the river. '.repeat(8) + '</p>';

function day(body: string, { head = '', lang = 'en', url = 'https://news.example/story' } = {}): string | null {
  const doc = parseHtml(`<!doctype html><html lang="${lang}"><head><title>Mayor opens the new bridge</title>${head}</head><body>${body}</body></html>`, url);
  return readPageMetadata(doc, { now: NOW }).published?.slice(0, 10) ?? null;
}

describe('publish day fallbacks', () => {
  it('reads a date labelled as the post\'s when the h1 is the site\'s name', () => {
    const body = `<h1>Seth's Blog</h1><div class="nav"><a href="/a">Home</a></div><div class="entry"><h3>Mayor opens the new bridge</h3>${LONG}
      <div class="entry-footer"><span>Posted by Seth Godin</span><span> on July 09, 2012</span> | <a href="/p">Permalink</a></div></div>
      <div class="comments"><p>Posted by Tom on July 12, 2012</p></div>`;
    expect(day(body)).toBe('2012-07-09');
  });

  it('reads German labels and numeric dates the same way', () => {
    const body = `<h1>Stadtnachrichten</h1><div><h2>Der Bürgermeister eröffnet die neue Brücke</h2><p>Veröffentlicht am Mittwoch, 12.03.2008, 14:05 Uhr</p>${LONG}</div>`;
    expect(day(body, { lang: 'de' })).toBe('2008-03-12');
  });

  it('passes over labelled dates of other stories (a sidebar, a related list)', () => {
    const filler = Array.from({ length: 250 }, (_, i) => `<p>Section ${i}</p>`).join('');
    const body = `<h1>City News</h1>${filler}<aside><p>Published: 2 January 2008</p></aside><div class="related"><p>Published: 3 January 2008</p></div>
      <div><h2>Mayor opens the new bridge</h2><p>Published: Friday, January 11, 2008</p>${LONG}</div>`;
    expect(day(body)).toBe('2008-01-11');
  });

  it('reads the dateline by a title set in an h2 when the page has no h1 that shows it', () => {
    const filler = Array.from({ length: 250 }, (_, i) => `<p>Menu ${i}</p>`).join('');
    const body = `<div>Tuesday, January 15, 2008</div>${filler}<h2>Mayor opens the new bridge</h2><p>Jane Doe, City Staff Writer Thursday, December 27, 2007</p>${LONG}`;
    expect(day(body)).toBe('2007-12-27');
  });

  it('reads Ukrainian, Russian and Arabic month names', () => {
    expect(day(`<h1>Мер відкрив новий міст у центрі міста</h1><p>Опубліковано 12 березня 2008, 14:05</p>${LONG}`, { lang: 'uk' })).toBe('2008-03-12');
    expect(day(`<h1>Мэр открыл новый мост в центре города</h1><p>12 марта 2008 г.</p>${LONG}`, { lang: 'ru' })).toBe('2008-03-12');
    expect(day(`<h1>رئيس البلدية يفتتح الجسر الجديد في المدينة</h1><p>نشر في 5 كانون الثاني 2020</p>${LONG}`, { lang: 'ar' })).toBe('2020-01-05');
  });

  it('reads the month first beside a North American zone or "a.m."', () => {
    expect(day(`<h1>Mayor opens the new bridge</h1><p>1/10/2008, 3:50 a.m. EST</p>${LONG}`)).toBe('2008-01-10');
    expect(day(`<h1>Mayor opens the new bridge</h1><p>10/01/2008 15:50</p>${LONG}`)).toBe('2008-01-10');
  });

  it('keeps words of two lines apart ("Reporter<br>Jan. 10, 2008")', () => {
    expect(day(`<h1>Mayor opens the new bridge</h1><div>Jane Doe<br>The Reporter<br>Jan. 10, 2008 12:00 AM</div>${LONG}`)).toBe('2008-01-10');
  });

  it('reads publication_date and dateofpublication meta tags', () => {
    expect(day(`<h1>Mayor opens the new bridge</h1>${LONG}`, { head: '<meta name="publication_date" content="2008-01-18">' })).toBe('2008-01-18');
    expect(day(`<h1>Mayor opens the new bridge</h1>${LONG}`, { head: '<meta name="dateofpublication" content="Tuesday, January 8, 2008 03:20 AM">' })).toBe('2008-01-08');
  });

  it('never puts the publication after the day in the page\'s own /yyyy/mm/dd/ address', () => {
    const head = '<meta name="date" content="July 31, 2012, 2:38 pm">';
    expect(day(`<h1>Mayor opens the new bridge</h1>${LONG}`, { head, url: 'https://news.example/_news/2012/07/24/123-mayor-opens' })).toBe('2012-07-24');
  });

  it('puts it later when the page prints that later day by the headline (a post begun on the day its address names)', () => {
    const head = '<meta name="DC.date.issued" content="2012-08-16">';
    const body = `<span class="timestamp">Posted at 02:30 PM ET, 08/15/2012</span><h1>Mayor opens the new bridge</h1>${LONG}`;
    // The printed day, not the issued one a day off (a day with no time has no zone to trust).
    expect(day(body, { head, url: 'https://news.example/blogs/post/mayor-opens/2012/07/16/abc_blog.html' })).toBe('2012-08-15');
  });
});
