import { describe, expect, it } from 'vitest';
import { FILLER, extractHtml } from './helpers';
import { EXCERPT_MAX_CHARS, excerptStart } from '../../../utils/article/excerpt-start';

const STORY = [
  '“Nhu cầu của khách hàng với tổ hợp phòng không S-400 tăng đáng kể sau các sự kiện ở Syria”, ông Dmitry Shugaev nói với báo chí tại Moscow hôm thứ Tư.',
  'Theo ông, Nga đang đàm phán với nhiều nước về việc cung cấp hệ thống này, trong đó có Ấn Độ và Thổ Nhĩ Kỳ, và các hợp đồng mới sẽ được ký trong năm nay.',
  'Hệ thống S-400 có thể tiêu diệt máy bay, tên lửa hành trình và tên lửa đạn đạo ở khoảng cách tới 400 km, theo thông tin từ nhà sản xuất của Nga.',
  'Giới phân tích cho rằng nhu cầu tăng mạnh khi nhiều quốc gia muốn hiện đại hóa hệ thống phòng không của mình trước các mối đe dọa mới trong khu vực.',
].map((text) => `<p>${text}</p>`).join('');

function vietnamesePage(head: string, lead: string): string {
  return `<!doctype html><html lang="vi"><head><title>Nhu cầu S-400 tăng mạnh</title>${head}</head><body><article><h1>Nhu cầu S-400 tăng mạnh</h1>${lead}${STORY}</article></body></html>`;
}

describe('the excerpt', () => {
  it('is the first paragraph the body passes leave when the page states no description, not a breadcrumb joined to a dateline', () => {
    const article = extractHtml(vietnamesePage('', '<p><a href="/quoc-phong-an-ninh">Quốc phòng an ninh</a><span>Thứ Năm, 21/06/2018 | 08:15</span></p>'));
    expect(article.excerpt).toMatch(/^“Nhu cầu của khách hàng/u);
  });

  it('stays the description the page states', () => {
    const head = '<meta name="description" content="Nga cho biết nhu cầu mua S-400 tăng sau các sự kiện ở Syria.">';
    const article = extractHtml(vietnamesePage(head, '<p><a href="/quoc-phong-an-ninh">Quốc phòng an ninh</a><span>Thứ Năm, 21/06/2018 | 08:15</span></p>'));
    expect(article.excerpt).toBe('Nga cho biết nhu cầu mua S-400 tăng sau các sự kiện ở Syria.');
  });

  it('stays Readability’s first paragraph when that paragraph is the story’s own', () => {
    const article = extractHtml(`<!doctype html><html lang="en"><head><title>A story</title></head><body><article>${FILLER}</article></body></html>`);
    expect(article.excerpt).toMatch(/^Paragraph 1 of the story tells readers what happened/u);
  });

  it('of a paragraph longer than an excerpt holds is its start, cut after a whole word, with an ellipsis', () => {
    const long = `${'The ferry service will change on weekday evenings. '.repeat(200)}`.trim();
    const article = extractHtml(`<!doctype html><html lang="en"><head><title>A story</title></head><body><article><p>${long}</p>${FILLER}</article></body></html>`);
    expect(article.excerpt?.length).toBeLessThanOrEqual(EXCERPT_MAX_CHARS + 1);
    const cut = article.excerpt?.slice(0, -1) ?? '-';
    expect(article.excerpt?.endsWith('…')).toBe(true);
    // Cut where a word ends.
    expect(long.startsWith(`${cut} `)).toBe(true);
  });

  it('crosses from the page at most EXCERPT_MAX_CHARS long, never with half a surrogate pair', () => {
    expect(excerptStart('  short ')).toBe('short ');
    expect(excerptStart('a'.repeat(1_000_000))).toHaveLength(EXCERPT_MAX_CHARS);
    const emoji = `${'a'.repeat(EXCERPT_MAX_CHARS - 1)}😀`;
    expect(excerptStart(emoji)).toBe('a'.repeat(EXCERPT_MAX_CHARS - 1));
  });
});
