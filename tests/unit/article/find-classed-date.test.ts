import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/scripts/lib/parse-html';
import { findClassedDate } from '@/utils/article/dates/find-classed-date';

const OPTIONS = { monthFirst: true };
const any = () => true;

function dateOf(body: string, headlineSelector: string) {
  const doc = parseHtml(`<!doctype html><html lang="en"><body>${body}</body></html>`, 'https://news.example/story');
  return findClassedDate(doc, doc.querySelector(headlineSelector), OPTIONS, any);
}

describe('findClassedDate', () => {
  it("reads the date in a story's own <header>, inside its <article>, when the headline found is a title bar's copy", () => {
    const bar = '<div class="title-bar"><h1 class="primary">Mayor opens the new bridge</h1></div>';
    const story = '<article><header><h1 class="hed">Bridge open</h1><div class="pub-date">March 9 2017 4:21 PM</div></header><p>The bridge opened on Monday.</p></article>';
    expect(dateOf(`${bar}${story}`, 'h1.primary')).toEqual({ year: 2017, month: 3, day: 9, time: { hour: 16, minute: 21, second: 0 } });
  });

  it("passes over the site's header, outside any article: its date is today's", () => {
    const site = '<header><div class="date">Monday, March 13 2017</div></header>';
    expect(dateOf(`${site}<h1>Mayor opens the new bridge</h1><p>The bridge opened on Monday.</p>`, 'h1')).toBeNull();
  });
});
