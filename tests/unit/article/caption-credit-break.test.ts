import { describe, expect, it } from 'vitest';
import { breakBeforeCaptionCredits } from '@/utils/article/caption-credit-break';
import { bareContext, bodyOf, extractHtml } from './helpers';

const IMG = '<img src="https://x.example/a.jpg">';

function captionAfterPass(caption: string): string {
  const root = bodyOf(`<figure>${IMG}<figcaption>${caption}</figcaption></figure>`);
  breakBeforeCaptionCredits(root, bareContext());
  return root.querySelector('figcaption')?.innerHTML ?? '';
}

describe("a caption's credit set inline after it", () => {
  it('gets a line of its own when the caption passes marked it', () => {
    expect(captionAfterPass('<span>Quantum lab in Shanghai.</span><span data-lede-credit="">Zhejiang Daily / AP</span>')).toBe(
      '<span>Quantum lab in Shanghai.</span><br><span data-lede-credit="">Zhejiang Daily / AP</span>',
    );
  });

  it('gets one, label and all, when only its words say it is a credit', () => {
    expect(captionAfterPass('<span>He was found in the doorway of a bar.</span><span><span>Credit...</span><span>Ed Murray/NJ Advance Media</span></span>')).toBe(
      '<span>He was found in the doorway of a bar.</span><br><span><span>Credit...</span><span>Ed Murray/NJ Advance Media</span></span>',
    );
  });

  it('is left alone in the caption\'s own text, alone in the caption, first in it, or on a line already', () => {
    for (const caption of [
      'Hà Nội, ngày 26/1. Ảnh: Trần Vinh',
      '<span data-lede-credit="">Reuters</span>',
      '<span data-lede-credit="">AFP</span> Le maire de Lyon.',
      'Le maire de Lyon.<br><span data-lede-credit="">AFP</span>',
      '<p>Le maire de Lyon.</p><p data-lede-credit="">AFP</p>',
    ]) expect(captionAfterPass(caption)).toBe(caption);
  });

  it('gets one after a sentence it is glued to, and the figure list splits them ("…26/1.Ảnh: Trần Vinh")', () => {
    expect(captionAfterPass('<span>Toàn cảnh hội nghị ngày 26/1.</span><span>Ảnh: Trần Vinh</span>')).toBe('<span>Toàn cảnh hội nghị ngày 26/1.</span><br><span>Ảnh: Trần Vinh</span>');
    const story = '<p>Sáng 26/1, Đảng ủy Khối Doanh nghiệp quận Đống Đa tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023 và triển khai nhiệm vụ năm 2024.</p>'.repeat(6);
    const html = `<html lang="vi"><body><article><h1>Hội nghị tổng kết</h1><figure>${IMG}<figcaption><span>Toàn cảnh hội nghị.</span><span>Ảnh: Trần Vinh</span></figcaption></figure>${story}</article></body></html>`;
    expect(extractHtml(html, 'https://dongda.example/tin-tuc').figures[0]).toMatchObject({ caption: 'Toàn cảnh hội nghị.', credit: 'Ảnh: Trần Vinh' });
  });

  it('keeps the figure list\'s caption and credit apart and the view\'s text spaced', () => {
    const html = `<html><body><article><h1>Bombing suspect arrested</h1><figure>${IMG}<figcaption><span>He was found sleeping in a doorway of a bar.</span><span><span>Credit...</span><span>Ed Murray/NJ Advance Media</span></span></figcaption></figure>${'<p>The police said the man was arrested after a gun battle on Monday morning in Linden, a city near the site of one blast.</p>'.repeat(6)}</article></body></html>`;
    const article = extractHtml(html, 'https://news.example/story');
    expect(article.figures[0]).toMatchObject({ caption: 'He was found sleeping in a doorway of a bar.', credit: 'Ed Murray/NJ Advance Media' });
    expect(article.html).toContain('bar.</span><br><span>');
  });
});

describe("a caption's credit in a hostile caption", () => {
  // Every element's text is read in turn: thousands of elements would be thousands of walks.
  it('is not looked for among thousands of elements', () => {
    const padding = '<span></span>'.repeat(5_000);
    expect(captionAfterPass(`<span>Hà Nội, ngày 26/1.</span><span>${padding}Ảnh: Trần Vinh</span>`)).not.toContain('<br>');
    // The same caption without them gets its line.
    expect(captionAfterPass('<span>Hà Nội, ngày 26/1.</span><span>Ảnh: Trần Vinh</span>')).toContain('<br>');
  });
});
