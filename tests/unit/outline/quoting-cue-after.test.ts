import { describe, expect, it } from 'vitest';
import { outlineOfText } from './helpers';

describe('an outlet quoting a person after the quotation (issue 13)', () => {
  it('credits the person the outlet quotes, however long the role', () => {
    const text =
      '“Nhu cầu của khách hàng với tổ hợp phòng không tăng đáng kể sau các sự kiện tại Syria”, TASS dẫn lời giám đốc điều hành Tập đoàn xuất nhập khẩu vũ khí Nga (Rosoboronexport) Alexander Mikheyev hôm nay cho biết.';
    const { outline } = outlineOfText(text, 'vi');
    expect(outline.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Alexander Mikheyev']]);
  });

  it('keeps the verb first when it comes before the cue ("Reuters reported, quoting …" names the outlet)', () => {
    const text = '“We will not back down from this fight over the budget,” the mayor said on Monday, citing the city’s own figures.';
    const { outline } = outlineOfText(text, 'en');
    expect(outline.quotes[0]?.speaker).not.toMatch(/figures/u);
  });
});
