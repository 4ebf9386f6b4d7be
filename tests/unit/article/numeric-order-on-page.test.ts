import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/scripts/lib/parse-html';
import { readPageMetadata } from '@/utils/article/page-metadata';

/**
 * "7/10/12" on a page that names no region (issue 14): read day first unless the rest of the
 * page prints something only one order can read. Made-up pages in the shape of a blog post.
 */
const NOW = Date.UTC(2026, 0, 1);
const H1 = '<h1>Council approves the new river bridge</h1>';
const STORY = `<p>${'The council met on the bridge and talked for a long time about the river. '.repeat(8)}</p>`;

function published(body: string, { lang = 'en', url = 'https://blog.example/council-bridge' } = {}): string | null {
  const doc = parseHtml(`<!doctype html><html lang="${lang}"><head><title>Council approves the new river bridge</title></head><body>${body}</body></html>`, url);
  return readPageMetadata(doc, { now: NOW }).published;
}

describe('the order of a numeric dateline, settled by the page', () => {
  it('reads "7/10/12" month first when the post is also "Posted on July 10th, 2012"', () => {
    const body = `${H1}<p>7/10/12 UPDATE: the vote is in.</p>${STORY}<div class="postmeta">Posted on July 10<sup>th</sup>, 2012 by Jane</div>`;
    expect(published(body)).toBe('2012-07-10');
  });

  it('reads "10/7/12" day first when the post is also dated "10 July 2012"', () => {
    const body = `${H1}<p>10/7/12 UPDATE: the vote is in.</p>${STORY}<div class="postmeta">Posted on 10 July 2012 by Jane</div>`;
    expect(published(body)).toBe('2012-07-10');
  });

  it('reads month first when a comment is stamped "7/24/12", which only the month first can read', () => {
    const body = `${H1}<p class="date">7/10/12</p>${STORY}<div class="comments"><p>Tom said on 7/24/12: good news.</p></div>`;
    expect(published(body)).toBe('2012-07-10');
  });

  it('keeps the day first when a comment is stamped "24/7/12"', () => {
    const body = `${H1}<p class="date">7/10/12</p>${STORY}<div class="comments"><p>Tom said on 24/7/12: good news.</p></div>`;
    expect(published(body)).toBe('2012-10-07');
  });

  it('reads month first when a <time> states the day the month-first reading gives', () => {
    const body = `${H1}<p class="date">07/10/2012</p>${STORY}<footer><time datetime="2012-07-10T09:00:00">Tuesday</time></footer>`;
    expect(published(body)).toBe('2012-07-10');
  });

  it('keeps the day first when nothing else on the page settles the order', () => {
    const body = `${H1}<p class="date">7/10/12</p>${STORY}<div class="comments"><p>Tom said on 7/11/12: good news.</p></div>`;
    expect(published(body)).toBe('2012-10-07');
  });

  it('leaves the order of a page that names its region to the region', () => {
    const body = `${H1}<p class="date">7/10/12</p>${STORY}<div class="postmeta">Posted on July 10th, 2012</div>`;
    expect(published(body, { lang: 'en-GB' })).toBe('2012-10-07');
  });

  it('reads month names of every language pack ("10 de julio de 2012" on a page that declares no language)', () => {
    const body = `${H1}<p class="date">7/10/12</p>${STORY}<div class="postmeta">Publicado el 10 de julio de 2012</div>`;
    expect(published(body, { lang: '' })).toBe('2012-07-10');
  });
});
