import { describe, expect, it } from 'vitest';
import { removeWriterContacts } from '@/utils/article/writer-contact';
import { bareContext, bodyOf, STORY } from './helpers';

const BODY = STORY.repeat(5);

function clean(html: string, knownBylines: string[], bylines: string[] = []): string {
  const root = bodyOf(html);
  removeWriterContacts(root, { ...bareContext(), knownBylines, bylines });
  return root.innerHTML;
}

describe("the writer's address printed with the story", () => {
  it('removes a closing line that gives an address and names the writer, in any words', () => {
    for (const line of [
      'Write to Siobhan Gorman at siobhan.gorman@wsj.com',
      'Jayda Evans: 206-464-2067 or jevans@seattletimes.com',
      'Staff writer Jayda Evans can be reached at jevans@seattletimes.com or (504) 826-3393.',
      'Liên hệ Jayda Evans: jevans@seattletimes.com',
    ]) {
      const writer = line.includes('Siobhan') ? 'Siobhan Gorman' : 'Jayda Evans';
      expect(clean(`${BODY}<p>${line}</p>`, [writer])).toBe(BODY);
    }
  });

  it('removes an address alone made of the writer\'s name, found in the header or signed in the body', () => {
    expect(clean(`${BODY}<p>rhuff@nydailynews.com</p>`, ['Richard Huff'])).toBe(BODY);
    expect(clean(`<p>richard.huff@nydailynews.com</p>${BODY}`, [], ['Richard Huff'])).toBe(BODY);
    expect(clean(`${BODY}<p>obrien@example.ie</p>`, ["Jo O'Brien"])).toBe(BODY);
  });

  it('removes an address alone under a writer named in another script, which no address can spell', () => {
    expect(clean(`${BODY}<p>hong@yna.co.kr</p>`, [], ['홍길동'])).toBe(BODY);
    expect(clean(`${BODY}<p>lijing@xinhua.org</p>`, ['李静'])).toBe(BODY);
    const told = `${BODY}<p>문의 info@seoul.go.kr</p>`;
    expect(clean(told, ['홍길동'])).toBe(told);
  });

  it('keeps an address the story gives, or one under a given name alone', () => {
    for (const line of ['For tickets, write to box@theatre.org', 'pippin@pippinlee.com', 'Readers can reach the council at council@city.gov']) {
      const html = `${BODY}<p>${line}</p>`;
      expect(clean(html, ['Pippin Lee'])).toBe(html);
    }
  });

  it('keeps it in the middle of the body, in a short body, or when the page names no writer', () => {
    const middle = `${BODY}<p>Write to Siobhan Gorman at siobhan.gorman@wsj.com</p>${BODY}`;
    expect(clean(middle, ['Siobhan Gorman'])).toBe(middle);
    const short = `${STORY}<p>Write to Siobhan Gorman at siobhan.gorman@wsj.com</p>`;
    expect(clean(short, ['Siobhan Gorman'])).toBe(short);
    const unsigned = `${BODY}<p>Write to Siobhan Gorman at siobhan.gorman@wsj.com</p>`;
    expect(clean(unsigned, [])).toBe(unsigned);
  });
});
