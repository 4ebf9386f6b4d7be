import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { leadsToOneWriter } from '@/utils/article/writer-links';

const link = (href: string): Element => {
  const doc = new JSDOM(`<a href="${href}">x</a>`).window.document;
  const a = doc.querySelector('a');
  if (!a) throw new Error('no link');
  return a;
};

describe('leadsToOneWriter', () => {
  it.each([
    ['https://news.example/staff/nathan-tempey', true],
    ['/about/editors/jon-fingas/', true],
    ['/journalists/howard-schneider?ref=byline', true],
    ['/tac-gia/minh-anh.html', true],
    ['https://news.example/about/staff/', false],
    ['/columnists/', false],
    ['/columnists/index.html', false],
    ['/news/staff-picks/story', false],
  ])('%s → %s', (href, one) => {
    expect(leadsToOneWriter(link(href))).toBe(one);
  });
});
