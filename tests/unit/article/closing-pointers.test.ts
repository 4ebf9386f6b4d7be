import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isClosingPointer } from '../../../utils/article/closing-pointers';

function block(html: string): Element {
  const dom = new JSDOM(`<div id="root">${html}</div>`);
  const el = dom.window.document.getElementById('root')?.firstElementChild;
  if (!el) throw new Error('no block');
  return el;
}

describe('isClosingPointer', () => {
  it.each([
    ['a lone link to a section', '<p><a href="/business/">Business</a></p>', 'en'],
    ['a section with a full stop in its name', '<p><a href="/008hdline.htm">Sci. &amp; Tech.</a></p>', 'en'],
    ['a next-page link', '<p><a href="/page2">Next page &gt;</a></p>', 'en'],
    ['a Vietnamese section', '<p><a href="/thoi-su">Thời sự</a></p>', 'vi'],
    ['an invitation to the forums', '<p>Have your say on the latest news and sport in our <a href="/forums">Forums</a></p>', 'en'],
    ['a newsletter pitch ending in its link', '<p>Keep up to date with the news. Receive our free <a href="/register">E-Newsletter</a></p>', 'en'],
    ['a pointer ending in click here', '<p>Search for more stories on this topic on <a href="/archive">Newstext</a>, our news archive service. <a href="/archive">Click here</a></p>', 'en'],
    ["a way out naming the site", '<p><a href="http://www.teamtalk.example/">More Football News from TEAMtalk</a></p>', 'en'],
    ['a link opening with a pointer, with no address', '<p>Interesting? <a title="Click here to explore further">Click here to explore further</a></p>', 'en'],
    ['a call to subscribe whose form is gone', '<p>Keep up with the latest daily buzz with the BuzzFeed Daily newsletter!</p>', 'en'],
    ['a Vietnamese pointer whose link is its last word', '<p>Mời bạn đọc xem chi tiết tại <a href="/van-ban.html">đây</a></p>', 'vi'],
  ])('%s is one', (_, html, lang) => {
    expect(isClosingPointer(block(html), lang)).toBe(true);
  });

  it.each([
    ['a sentence of the story ending in a link', '<p>Read the report at <a href="http://gov.example/r.pdf">the ministry site</a>.</p>', 'en'],
    ['an address the story gives', '<p><a href="http://www.bafta.org">http://www.bafta.org</a></p>', 'en'],
    ['a byline linked to its writer', '<p>By <a href="/people/jane-doe">Jane Doe</a></p>', 'en'],
    ["a link to a writer's page", '<p><a href="/tac-gia/minh-anh">Minh Anh</a></p>', 'vi'],
    ['a pitch whose link is not last', '<p>Sign up for <a href="/n">our newsletter</a> and read on.</p>', 'en'],
    ['a lone link written as a sentence', '<p><a href="/s">The minister resigned after the vote.</a></p>', 'en'],
    ['a lone link of many words', '<p><a href="/s">The full text of the minister’s speech to parliament</a></p>', 'en'],
    ['a link to this page', '<p><a href="#top">Back</a></p>', 'en'],
    ["an editor's note in parentheses", '<p>(Condensed from “Spiritual Partnership”. To read more about each item, please <a href="/book">CLICK HERE</a>)</p>', 'en'],
    ['a list item', '<li><a href="/business/">Business</a></li>', 'en'],
    ['a line with no link', '<p>Business</p>', 'en'],
    ['a sentence of the story that names a newsletter', '<p>She announced the move in her weekly newsletter.</p>', 'en'],
    ['an exclamation of the story with no pitch word', '<p>What a night it was!</p>', 'en'],
  ])('%s is not', (_, html, lang) => {
    expect(isClosingPointer(block(html), lang)).toBe(false);
  });
});
