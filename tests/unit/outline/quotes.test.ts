import { describe, expect, it } from 'vitest';
import { groupQuotesBySpeaker } from '@/utils/outline/speaker-groups';
import { outlineOfBlocks, outlineOfText, p, seedOutline } from './helpers';

describe('quotes of the seed page', () => {
  it('lists the statements of Phó bí thư Nguyễn Văn Quang under his name with his role', () => {
    const { outline } = seedOutline();
    const his = outline.quotes.filter((q) => q.speaker === 'Nguyễn Văn Quang');
    expect(outline.quotes).toHaveLength(4);
    expect(his).toHaveLength(4);
    expect(his.every((q) => q.role?.includes('Phó bí thư'))).toBe(true);
    expect(his.some((q) => q.role === 'Phó bí thư, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối Doanh nghiệp quận Đống Đa')).toBe(true);
    expect(his.some((q) => q.text.includes('tất cả các chỉ tiêu Nghị quyết Đại hội đề ra đều đạt và vượt'))).toBe(true);
  });

  it('does not take the slogan “Học tập và làm theo…” for a quote', () => {
    const { outline } = seedOutline();
    expect(outline.quotes.some((q) => q.text.startsWith('Học tập và làm theo'))).toBe(false);
  });

  it('never takes a caption for a quote', () => {
    const { outline, blocks } = seedOutline();
    for (const quote of outline.quotes) expect(blocks[quote.anchor.block]?.caption).toBe(false);
    expect(outline.quotes.some((q) => q.text.includes('trao huy hiệu Đảng'))).toBe(false);
  });

  it('groups his statements into one speaker group with the full role', () => {
    const groups = groupQuotesBySpeaker(seedOutline().outline.quotes);
    expect(groups[0]?.speaker).toBe('Nguyễn Văn Quang');
    expect(groups[0]?.role).toBe('Phó bí thư, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối Doanh nghiệp quận Đống Đa');
  });
});

describe('direct quotes and their speakers', () => {
  it('lists a statement the page prints twice once, where it first stands', () => {
    const said = 'Councillor Jane Porter said: "The money is already in the budget for this year."';
    const { outline } = outlineOfText(`${said}\n\nThe work starts in March and ends before the winter.\n\n${said}`, 'en');
    expect(outline.quotes.map((q) => [q.speaker, q.text])).toEqual([['Jane Porter', 'The money is already in the budget for this year.']]);
  });

  it('finds `"…," the mayor said` and `X said: "…"` in English', () => {
    const { outline } = outlineOfText(
      '"We will rebuild every bridge before the winter comes," the mayor said on Tuesday.\n\nCouncillor Jane Porter said: "The money is already in the budget for this year."',
      'en',
    );
    expect(outline.quotes.map((q) => [q.speaker, q.kind])).toEqual([
      ['the mayor', 'direct'],
      ['Jane Porter', 'direct'],
    ]);
    expect(outline.quotes[1]?.role).toBe('Councillor');
  });

  it('resolves "he said" to the speaker named just before', () => {
    const { outline } = outlineOfText('"The plan is ready," said John Smith, the city engineer.\n\n"It will take two years to finish the work," he said.', 'en');
    expect(outline.quotes.map((q) => q.speaker)).toEqual(['John Smith', 'John Smith']);
  });

  it('finds « … » with selon X in French', () => {
    const { outline } = outlineOfText('Selon Marie Dupont, la réforme arrive trop tard pour les familles.\n\n« Nous ne lâcherons rien sur les salaires des enseignants », a déclaré Paul Martin.', 'fr');
    expect(outline.quotes.map((q) => q.speaker)).toEqual(['Marie Dupont', 'Paul Martin']);
  });

  it('finds „…“ with sagte X in German', () => {
    const { outline } = outlineOfText('„Wir müssen die Schulen jetzt sanieren, sonst ist es zu spät“, sagte Anna Weber am Montag.', 'de');
    expect(outline.quotes[0]?.speaker).toBe('Anna Weber');
    expect(outline.quotes[0]?.text).toBe('Wir müssen die Schulen jetzt sanieren, sonst ist es zu spät');
  });

  it('finds “…” after 表示 in Chinese', () => {
    const { outline } = outlineOfText('发言人王明表示：“我们将继续加强合作，推动两国关系发展。”', 'zh');
    expect(outline.quotes[0]?.text).toBe('我们将继续加强合作，推动两国关系发展。');
    expect(outline.quotes[0]?.speaker).toContain('王明');
  });

  it('finds a Vietnamese direct quote after "nhấn mạnh:" and resolves "ông Hùng" to the full name', () => {
    const { outline } = outlineOfText(
      'Ông Trần Văn Hùng – Giám đốc Sở Xây dựng nhấn mạnh: “Chúng tôi sẽ hoàn thành dự án trước mùa mưa năm nay.”\n\nÔng Hùng cho biết, thành phố đã bố trí đủ vốn cho công trình trong năm 2025.',
      'vi',
    );
    expect(outline.quotes.map((q) => [q.speaker, q.kind])).toEqual([
      ['Trần Văn Hùng', 'direct'],
      ['Trần Văn Hùng', 'reported'],
    ]);
    expect(outline.quotes[0]?.role).toBe('Giám đốc Sở Xây dựng');
  });

  it('takes a <blockquote> as a quote with its credit line', () => {
    const outline = outlineOfBlocks([p('The minister spoke at the opening.'), { tag: 'blockquote', text: 'Education is the most powerful weapon we have. — Maria Lopez', caption: false }], 'en');
    expect(outline.quotes[0]).toMatchObject({ text: 'Education is the most powerful weapon we have.', speaker: 'Maria Lopez', kind: 'direct' });
  });

  it('takes no quote from a credit line set in a paragraph of its own (an embedded post\'s "— Name (@handle) date")', () => {
    const outline = outlineOfBlocks([p('The minister spoke at the opening.'), { tag: 'blockquote', text: '— NHK News (@nhk_news) January 28, 2019', caption: false }], 'en');
    expect(outline.quotes.map((quote) => quote.text)).not.toContain('');
  });
});

describe('quoted phrases that are not statements', () => {
  it('skips scare quotes, titles and campaign names', () => {
    const { outline } = outlineOfText(
      'The so-called "reform" changed little. She read the book titled "A Long Walk Home" last year. The campaign "Clean Streets, Green City" starts in May.',
      'en',
    );
    expect(outline.quotes).toEqual([]);
  });

  it('skips a Vietnamese campaign name after "thực hiện"', () => {
    const { outline } = outlineOfText('Các chi bộ tiếp tục thực hiện “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” trong năm nay.', 'vi');
    expect(outline.quotes).toEqual([]);
  });

  it('never reads a caption block', () => {
    const outline = outlineOfBlocks([p('The storm hit the coast at night.'), { tag: 'figcaption', text: '"We lost everything," said Tom Hale, a fisherman.', caption: true }], 'en');
    expect(outline.quotes).toEqual([]);
  });

  it('gives a quotation after "…, he said" to the person the pronoun points back to (golden page en-bbc-1)', () => {
    const text = 'President Barack Obama spoke to the BBC on Thursday.\n\nTalking about how he was feeling after his recent successes, he said "every president, every leader has strengths and weaknesses".';
    const [quote] = outlineOfText(text, 'en').outline.quotes;
    expect(quote).toMatchObject({ speaker: 'Barack Obama', text: 'every president, every leader has strengths and weaknesses' });
  });

  it('follows "he said" from paragraph to paragraph: each pronoun mentions the person again (golden page en-bbc-1)', () => {
    const said = (n: number) => `"This is the statement number ${n} of the interview on the record," he said.`;
    const text = ['President Barack Obama spoke to the BBC on Thursday.', said(1), said(2), said(3), said(4), said(5)].join('\n\n');
    const { quotes } = outlineOfText(text, 'en').outline;
    expect(quotes.map((q) => q.speaker)).toEqual(Array(5).fill('Barack Obama'));
  });
});
