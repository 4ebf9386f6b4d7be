import { describe, expect, it } from 'vitest';
import { openingHeadingTitle } from '@/utils/article/opening-heading';
import { bodyOf, extractHtml } from './helpers';

const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the council voted on Tuesday to extend the programme for two more years, citing strong demand from residents.</p>`).join('');

describe('a page that states no title takes its opening heading as one', () => {
  it('reads the first heading before any prose, in any language, and never a label or a section heading', () => {
    expect(openingHeadingTitle(bodyOf(`<p>World News</p><h3>New Zealand to carry on Hillary's work in Nepal</h3>${STORY}`), 'en')).toBe("New Zealand to carry on Hillary's work in Nepal");
    expect(openingHeadingTitle(bodyOf(`<h2>Hà Nội mở rộng phố đi bộ quanh hồ</h2>${STORY}`), 'vi')).toBe('Hà Nội mở rộng phố đi bộ quanh hồ');
    // A label, not a headline; a heading under the story's first paragraph opens a section.
    expect(openingHeadingTitle(bodyOf(`<h2>Categories</h2>${STORY}`), 'en')).toBe('');
    expect(openingHeadingTitle(bodyOf(`${STORY}<h2>How the vote went on Tuesday</h2>`), 'en')).toBe('');
  });

  it('shows it in the header, not again in the body, only when the page names no title', () => {
    const headless = extractHtml(`<html><body><div><p>World News</p><h3>New Zealand to carry on Hillary's work in Nepal</h3>${STORY}</div></body></html>`);
    expect(headless.title).toBe("New Zealand to carry on Hillary's work in Nepal");
    expect(headless.text).not.toContain('Hillary');
    const titled = extractHtml(`<html><head><title>Council extends programme</title></head><body><div><h3>New Zealand to carry on Hillary's work in Nepal</h3>${STORY}</div></body></html>`);
    expect(titled.title).toBe('Council extends programme');
  });
});
