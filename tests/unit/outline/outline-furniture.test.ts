import { describe, expect, it } from 'vitest';
import type { Block } from '@/utils/article/types';
import { buildOutline } from '@/utils/outline/build-outline';
import { withoutSourceTag } from '@/utils/outline/furniture';
import { articleFromText } from '../../../scripts/lib/text-article';
import { outlineOfBlocks, outlineOfText, p } from './helpers';

const h2 = (text: string): Block => ({ tag: 'h2', text, caption: false });
const h3 = (text: string): Block => ({ tag: 'h3', text, caption: false });
const prose = (topic: string): Block => p(`The council discussed the ${topic} on Monday, and residents said they would wait for the vote next week.`);

describe('sections that are the page talking (golden pages en-bbc-1, es-nytimes-5)', () => {
  it('never makes a paragraph that is one link to another page a section ("Read the full transcript of his interview")', () => {
    const outline = outlineOfBlocks([prose('budget'), { tag: 'p', text: 'Read the full transcript of his interview', caption: false, link: true }, prose('roads'), h2('Kenya trip'), prose('trip'), h2('Reactions'), prose('vote')], 'en');
    expect(outline.sections.map((s) => s.title)).toEqual(['Kenya trip', 'Reactions']);
  });

  it('drops a kicker or a row label that heads no text of its own ("On Tech", "Opinión" over "Más en Opinión ›")', () => {
    const outline = outlineOfBlocks([h3('On Tech'), h2('Why games matter'), prose('games'), h2('Opinión'), p('Más en Opinión ›'), h2('The harbour bridge'), prose('bridge')], 'es');
    expect(outline.sections.map((s) => s.title)).toEqual(['Why games matter', 'The harbour bridge']);
  });

  it('keeps the label of a box and leaves its writer\'s credit out ("Analysis: Jon Sopel, BBC News, Washington")', () => {
    const blocks = [prose('budget'), h2('Analysis: Jon Sopel, BBC News, Washington'), prose('analysis'), h2('Kenya trip'), prose('trip')];
    const { article } = articleFromText(blocks.map((b) => b.text).join('\n\n'), 'en', '');
    const outline = buildOutline({ ...article, siteName: 'BBC News' }, blocks);
    expect(outline.sections.map((s) => s.title)).toEqual(['Analysis', 'Kenya trip']);
  });

  it('does not make the one heading above all the text a section (a section front\'s lead story)', () => {
    const outline = outlineOfBlocks([h2('Khuyến cáo nào dành cho hãng hàng không mới?'), prose('airline'), prose('fleet')], 'vi');
    expect(outline.sections).toEqual([]);
  });
});

describe('key points that are the page talking', () => {
  it('strips the lead\'s source or dateline tag ("(Báo Quảng Ngãi)- ", "TPO - ", "LONDON — ")', () => {
    const { outline } = outlineOfText(
      '(Báo Quảng Ngãi)- Khi ra bãi biển, người dân hoảng hốt phát hiện thi thể người đàn ông.\n\nTrên tay người này có đeo chuỗi hạt cườm màu nâu đỏ.\n\nCông an huyện đang xác định danh tính người đàn ông dạt vào bờ biển.',
      'vi',
    );
    expect(outline.keyPoints[0]?.text).toBe('Khi ra bãi biển, người dân hoảng hốt phát hiện thi thể người đàn ông.');
  });

  it.each([
    ['(CNN) -- ', 'Ralph Mata was an internal affairs lieutenant for the Miami-Dade Police Department.'],
    ['LONDON, England (CNN) -- ', 'Prince Harry led tributes to Diana on the tenth anniversary of her death.'],
    ['Kabul, Afghanistan (CNN) -- ', "China's top security official paid a surprise visit to Afghanistan on Sunday."],
    ['ROME, Italy -- ', 'The city council approved the new tram line after a long debate on Monday.'],
    ['SAN FRANCISCO, California (CNN) -- ', '"Human error factors" probably were involved in a ship crash, officials said.'],
  ])('strips a wire dateline with its region and a typed dash ("%s") from the lead', (tag, lead) => {
    const { outline } = outlineOfText(`${tag}${lead}\n\nThe second paragraph tells what happened next in some detail.\n\nA third paragraph adds what the officials said about it later.`, 'en');
    expect(outline.keyPoints[0]?.text).toBe(lead);
  });

  it.each([
    ['(서울=연합뉴스) 홍길동 기자 = ', '정부는 16일 국무회의를 열고 내년도 예산안을 확정했다.'],
    ['[서울=뉴시스]김철수 기자 = ', '정부는 16일 국무회의를 열고 내년도 예산안을 확정했다.'],
    ['(서울=연합뉴스) ', '정부는 16일 국무회의를 열고 내년도 예산안을 확정했다.'],
    ['【ワシントン=山田太郎】', '米政府は16日、新たな制裁を発表した。'],
  ])('strips a Korean or Japanese wire opening ("%s") from the lead', (tag, lead) => {
    expect(withoutSourceTag(`${tag}${lead}`)).toBe(lead);
  });

  it('reads a lower-case word in brackets before a dash as no source ("Bishop John Folda (pictured) - ")', () => {
    const lead = 'Bishop John Folda (pictured) - The diocese announced that he is taking time off.';
    expect(withoutSourceTag(lead)).toBe(lead);
  });

  it('never shows a sentence that points elsewhere ("Le détail est disponible sur le site de l\'Assemblée nationale.")', () => {
    const { outline } = outlineOfText(
      "Les députés ont adopté le projet de loi sur le renseignement mardi.\n\nLe détail est disponible sur le site de l'Assemblée nationale.\n\nLe texte sera examiné par le Sénat au mois de juin prochain.\n\nLe Conseil constitutionnel sera saisi par soixante-quinze députés.",
      'fr',
    );
    expect(outline.keyPoints.map((k) => k.text)).not.toContain("Le détail est disponible sur le site de l'Assemblée nationale.");
  });

  it('never shows a picture\'s caption echoed as the first sentence of a paragraph (vi-vnexpress-doan-thi-huong)', () => {
    const caption = 'Cảnh sát áp giải Đoàn Thị Hương bên ngoài toà án ở Kuala Lumpur, Malaysia hôm 14/3.';
    const text = `Nhóm luật sư muốn Malaysia xem lại quyết định từ chối trả tự do cho Hương.\n\n${caption} Các luật sư của Hương hôm qua gửi thư lên tổng chưởng lý.\n\nCác công tố viên dự kiến công bố quyết định vào ngày 1/4.`;
    const { article, blocks } = articleFromText(text, 'vi', '');
    const outline = buildOutline({ ...article, figures: [{ src: 'a.jpg', alt: '', caption, credit: '' }] }, blocks);
    expect(outline.keyPoints.map((k) => k.text)).not.toContain(caption);
  });

  it('never shows a paragraph that is one link, nor a listed headline with its date', () => {
    const outline = outlineOfBlocks(
      [
        prose('budget'),
        { tag: 'p', text: 'Five things we learned from the interview with the president', caption: false, link: true },
        p('Mỹ sẽ diễn tập đối phó với Trung Quốc tại Biển Đông(10/01/2019)'),
        prose('roads'),
        prose('schools'),
      ],
      'en',
    );
    expect(outline.keyPoints.map((k) => k.text).filter((t) => t.startsWith('Five') || t.startsWith('Mỹ'))).toEqual([]);
  });
});
