import { describe, expect, it } from 'vitest';
import { removeClosingDatelines } from '@/utils/article/closing-dateline';
import { STORY, bodyOf } from './helpers';

const PUBLISHED = '2012-07-10T09:00:00-04:00';

function run(html: string, options: { published?: string | null; knownBylines?: string[]; lang?: string | null } = {}): string {
  const root = bodyOf(html);
  removeClosingDatelines(root, { bylines: [], lang: options.lang ?? null, title: 'T', knownBylines: options.knownBylines ?? [], published: options.published === undefined ? PUBLISHED : options.published });
  return root.innerHTML;
}

describe('the date printed again under the story', () => {
  it('drops a closing line that states the day the header shows, with its label, in any language', () => {
    for (const line of ['Posted on July 10th, 2012', 'Published Tuesday, July 10, 2012', 'Published on 07/10/2012', 'Veröffentlicht am 10.07.2012', 'Cập nhật: 09:00, 10/07/2012', 'Thứ Ba, 10/07/2012']) {
      expect(run(`${STORY}<p>${line}</p>`)).toBe(STORY);
    }
  });

  it('reads the last two lines, past a short line that is not the date', () => {
    expect(run(`${STORY}<p>Posted on July 10th, 2012</p><p>Filed under: Travel</p>`)).toBe(`${STORY}<p>Filed under: Travel</p>`);
  });

  it('keeps it when the header has no date, or another day', () => {
    const html = `${STORY}<p>Posted on July 10th, 2012</p>`;
    expect(run(html, { published: null })).toBe(html);
    expect(run(html, { published: '2012-07-11T09:00:00-04:00' })).toBe(html);
  });

  it('keeps a dated line with prose after it: a timeline entry, a section of the story', () => {
    const html = `${STORY}<h3>July 10, 2012</h3>${STORY}`;
    expect(run(html)).toBe(html);
  });

  it('keeps a sentence, a caption, a list item with that date', () => {
    for (const html of [`${STORY}<p>The mayor spoke on July 10, 2012.</p>`, `${STORY}<figure><img src="a.jpg"><figcaption>July 10, 2012</figcaption></figure>`, `${STORY}<ul><li>July 10, 2012</li></ul>`]) {
      expect(run(html)).toBe(html);
    }
  });

  it('keeps a line naming someone the header does not show, and drops it when the header shows them', () => {
    const html = `${STORY}<p>Rob Thomas — 7/10/2012 10:58 am</p>`;
    expect(run(html)).toBe(html);
    expect(run(html, { knownBylines: ['Rob Thomas'] })).toBe(STORY);
  });

  it('drops "By <the byline> | <time>, <the day>" (Washington Post blogs): the label joins the name run, which holds the byline', () => {
    const html = `${STORY}<p>By Hayley Tsukayama&nbsp;|&nbsp;02:29 PM ET, 07/10/2012</p>`;
    expect(run(html, { knownBylines: ['Hayley Tsukayama'] })).toBe(STORY);
    expect(run(html, { knownBylines: ['Jane Roe'] })).toBe(html);
  });
});
