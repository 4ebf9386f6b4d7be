import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlineOfBlocks, outlineOfText, p, seedOutline } from './helpers';
import type { Block } from '@/utils/article/types';
import { isFurniture } from '@/utils/outline/furniture';
import { keyPointCount } from '@/utils/outline/key-points';
import { FEATURE_NAMES } from '@/utils/outline/key-point-features';

describe('key points of the seed page', () => {
  it('gives four key points for a 1,200-word report, in article order, the last with the five lessons', () => {
    const { keyPoints } = seedOutline().outline;
    expect(keyPoints).toHaveLength(4);
    expect(keyPoints.map((k) => k.items?.length ?? 0)).toEqual([0, 0, 0, 5]);
    const anchors = keyPoints.map((k) => k.anchor.block);
    expect([...anchors].sort((a, b) => a - b)).toEqual(anchors);
  });

  it('never picks a caption', () => {
    const { outline, blocks } = seedOutline();
    for (const point of outline.keyPoints) expect(blocks[point.anchor.block]?.caption).toBe(false);
    expect(outline.keyPoints.some((k) => k.text.includes('trao huy hiệu Đảng cho các đảng viên lão thành'))).toBe(false);
    expect(outline.keyPoints.some((k) => k.text === 'Toàn cảnh hội nghị.')).toBe(false);
  });

  it('starts with the lead, then the outcome it adds (all targets met and exceeded), not a second lead', () => {
    const { keyPoints } = seedOutline().outline;
    expect(keyPoints[0]?.text).toMatch(/^Ngày 25\/1 Đảng ủy Khối Doanh nghiệp/u);
    expect(keyPoints[1]?.text).toContain('tất cả các chỉ tiêu Nghị quyết Đại hội đề ra đều đạt và vượt');
  });

  it('groups the five lessons under the sentence that announces them', () => {
    const { keyPoints } = seedOutline().outline;
    const group = keyPoints.find((k) => k.items !== undefined);
    expect(group?.text).toMatch(/những bài học kinh nghiệm quý báu:$/u);
    expect(group?.items?.map((i) => i.text.split(',')[0])).toEqual(['Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là']);
  });
});

describe('key points in general', () => {
  it('takes a list as one key point when a sentence announces it, never under a label ("Key Features:")', () => {
    const li = (text: string): Block => ({ tag: 'li', text, caption: false });
    const story = [
      p('The maker launched a new sub-notebook PC at the trade show in Las Vegas on Monday, weeks after its rival.'),
      p('It weighs just 910 grams and its battery lasts five hours, more than twice as long as the rival machine.'),
      p('The company said the machine would go on sale in the United States on 25 January for about 400 dollars.'),
    ];
    const specs = [li('Operating System: gOS V2 Rocket'), li('Processor: 1.2GHz VIA C7-M ULV'), li('Memory: 512MB DDR2 SDRAM'), li('Wi-Fi: 802.11b/g')];
    const labelled = outlineOfBlocks([...story, p('Key Features:'), ...specs], 'en');
    expect(labelled.keyPoints.some((k) => k.items !== undefined || k.text === 'Key Features:')).toBe(false);
    const announced = outlineOfBlocks([...story, p('The company listed the main parts of the machine in its announcement:'), ...specs], 'en');
    expect(announced.keyPoints.find((k) => k.items !== undefined)?.items).toHaveLength(4);
  });

  it('gives fewer key points for a short article', () => {
    const { outline } = outlineOfText('The bridge reopened on Monday after two years of repairs. Traffic returned to normal within hours.', 'en');
    expect(outline.keyPoints.map((k) => k.text)).toEqual(['The bridge reopened on Monday after two years of repairs.', 'Traffic returned to normal within hours.']);
  });

  it('never shows the middle or the tail of a quote split over sentences, only whole sentences of the story', () => {
    const outline = outlineOfBlocks(
      [
        p('The coach admitted on Tuesday that taking the trophy to the former president in 2012 had been a mistake.'),
        p('"In 2012 I was wrong to go there. He was not president then, but I went to his institute and sent him birthday wishes. I did not take a political position," the coach told reporters at the training ground.'),
        p('The national team will play two friendly matches in Saudi Arabia and the United Arab Emirates next month.'),
        p('The federation said the squad for both matches would be announced at a press conference on Friday.'),
      ],
      'en',
    );
    const texts = outline.keyPoints.map((k) => k.text);
    expect(texts.some((t) => t.startsWith('He was not president then'))).toBe(false);
    expect(texts.some((t) => t.startsWith('I did not take a political position'))).toBe(false);
    expect(texts[0]).toMatch(/^The coach admitted on Tuesday/u);
  });

  it('leaves out bylines, credits and near-duplicate sentences', () => {
    const outline = outlineOfBlocks(
      [
        p('By . Associated Press . PUBLISHED: . 14:11 EST, 25 October 2013 .'),
        p('The city council approved a new budget of 3 billion dollars for schools and roads on Monday.'),
        p('The city council approved the new budget of 3 billion dollars for schools and roads on Monday night.'),
        p('Teachers said the money would pay for 200 new classrooms across the city by next year.'),
        p('Photo: Reuters'),
        p('Road repairs will start in the spring and should finish before the winter, officials said.'),
        p('Read more: how the budget was made'),
      ],
      'en',
    );
    const texts = outline.keyPoints.map((k) => k.text);
    expect(texts.some((t) => /PUBLISHED|Photo:|Read more/u.test(t))).toBe(false);
    expect(texts.filter((t) => t.startsWith('The city council approved'))).toHaveLength(1);
  });

  it('keeps the story of an article held in one block whose last line is its copyright', () => {
    const story = [
      'The city council approved a new budget of 3 billion dollars for schools and roads on Monday.',
      'Teachers said the money would pay for 200 new classrooms across the city by next year.',
      'Road repairs will start in the spring and should finish before the winter, officials said.',
      'The mayor called the vote a turning point for the city after a decade of cuts to its schools.',
      'Copyright © 2008 The Daily Example, all rights reserved by its owners.',
    ].join(' ');
    const texts = outlineOfText(story, 'en').outline.keyPoints.map((k) => k.text);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(/^The city council approved/u);
    expect(texts.some((t) => t.includes('©'))).toBe(false);
  });

  it('never shows a link line closed by its arrow, nor a quote whose speaker comes in a later sentence', () => {
    const outline = outlineOfBlocks(
      [
        p('The city council approved a new budget of 3 billion dollars for schools and roads on Monday.'),
        p('Watch the mayor explain the vote to the reporters at City Hall »'),
        p('"We waited ten years for this money and every school in the city will feel it. It is a great day," the head of the teachers union said.'),
        p('Teachers said the money would pay for 200 new classrooms across the city by next year.'),
        p('Road repairs will start in the spring and should finish before the winter, officials said.'),
      ],
      'en',
    );
    const texts = outline.keyPoints.map((k) => k.text);
    expect(texts.some((t) => t.startsWith('Watch the mayor'))).toBe(false);
    expect(texts.some((t) => t.startsWith('"We waited ten years'))).toBe(false);
    expect(texts[0]).toMatch(/^The city council approved/u);
  });

  it('works with Chinese and Japanese sentences', () => {
    const zh = outlineOfText('国家统计局周一公布数据显示，今年前三季度国内生产总值同比增长百分之五。其中第三季度增长速度有所放缓。专家表示，消费仍然是经济增长的主要动力。', 'zh');
    expect(zh.outline.keyPoints.length).toBe(3);
    const ja = outlineOfText('政府は月曜日、新しい経済対策を発表した。対策の規模は約十兆円となる。首相は記者会見で国民の生活を守ると述べた。', 'ja');
    expect(ja.outline.keyPoints.length).toBe(3);
  });
});

describe('key points are never page furniture', () => {
  const furniture = [
    'Published 7:07 PM EST Nov 19, 2019',
    'Submitted on Mon, 2019-01-21 13:49',
    'Thứ tư, 22/10/2025, 19:25 (GMT+7)',
    'Subscribe to continue reading this article today',
    'Read more: how the city council made its budget this year',
    'Xem thêm: Hà Nội công bố 10 sự kiện tiêu biểu năm 2024',
    'Share this article',
    '© 2024 The Daily Example. All rights reserved.',
    'Thủ tướng Nguyễn Xuân Phúc thăm, chúc Tết công nhân cảng Hải Phòng trong ngày 30-1 - Ảnh: THUẬN THÀNH.',
    'Image copyright Getty Images',
    'Sức khỏe › Tin tức',
    'Nguồn: Báo Tuổi Trẻ',
  ];
  it.each(furniture)('knows "%s" for furniture', (text) => {
    expect(isFurniture(text)).toBe(true);
  });

  it.each([
    'The council met on Monday, 19 November 2019, and approved the budget for schools.',
    'Ngày 25/1 Đảng ủy Khối Doanh nghiệp quận Đống Đa đã tổ chức Hội nghị Tổng kết.',
    'Readers who subscribe to the paper pay less than half of what the print edition costs, the survey found.',
    'The vote was close - Reuters counted 51 to 49 in the final tally on Monday.',
  ])('keeps the sentence "%s"', (text) => {
    expect(isFurniture(text)).toBe(false);
  });

  it.each([
    'Nhà lãnh đạo Triều Tiên Kim Jong-un (trái) và Tổng thống Hàn Quốc Moon Jae-in.',
    'Mayor Jane Smith (left) and Governor Tom Price at the opening of the bridge.',
    'Người dân dọn dẹp sau lũ tại huyện Quế Sơn (Ảnh: TTXVN).',
  ])('knows the photo caption "%s" for furniture (golden page vi-magazine-meta-line-author-source-time)', (text) => {
    expect(isFurniture(text)).toBe(true);
  });

  it('keeps a sentence with a party in parentheses ("Gerhard Pfister (Mitte) sagte …")', () => {
    expect(isFurniture('Gerhard Pfister (Mitte) sagte am Montag, die Partei werde dem Gesetz zustimmen.')).toBe(false);
  });

  it('leaves a short caption glued before a lead that opens on its time out of the key points (golden page vi-daily-author-box-between-title-and-sapo)', () => {
    const outline = outlineOfBlocks(
      [
        p('Duy đang đưa 2 nạn nhân vào bờ. 11h30 ngày 23/12, ông Nguyễn Thành Khoa và người bà con lái tàu chở 19 tấn mùn cưa từ Đồng Tháp về Vĩnh Long.'),
        p('Khi qua cầu Mỹ Thuận, phía hạ lưu sông Tiền, tàu bị sóng lớn đánh vỡ mũi và chìm dần.'),
        p('Trần Đình Duy vội vứt áo, vơ lấy chiếc phao ở gần đó, lao xuống sông cứu hai người đàn ông.'),
      ],
      'vi',
    );
    expect(outline.keyPoints.map((k) => k.text)).not.toContain('Duy đang đưa 2 nạn nhân vào bờ.');
  });

  it('leaves a dateline and a paywall notice out of the key points', () => {
    const outline = outlineOfBlocks(
      [
        p('Published 7:07 PM EST Nov 19, 2019'),
        p('The city council approved a new budget of 3 billion dollars for schools and roads on Monday.'),
        p('Subscribe to continue reading this article today'),
        p('Teachers said the money would pay for 200 new classrooms across the city by next year.'),
        p('Road repairs will start in the spring and should finish before the winter, officials said.'),
        p('The mayor called the vote a turning point for the city after a decade of cuts to its schools.'),
      ],
      'en',
    );
    expect(outline.keyPoints.map((k) => k.text)).not.toContain('Published 7:07 PM EST Nov 19, 2019');
    expect(outline.keyPoints.some((k) => k.text.startsWith('Subscribe'))).toBe(false);
  });
});

describe('key points are statements', () => {
  it('leaves out a question and an opener that needs its list', () => {
    const outline = outlineOfBlocks(
      [
        p('The city council approved a new budget of 3 billion dollars for schools and roads on Monday.'),
        p('So why did it take the council three years to agree on the money for the schools?'),
        p('In a long interview after the vote, the mayor also said:'),
        p('Teachers said the money would pay for 200 new classrooms across the city by next year.'),
        p('Road repairs will start in the spring and should finish before the winter, officials said.'),
      ],
      'en',
    );
    const texts = outline.keyPoints.map((k) => k.text);
    expect(texts).toHaveLength(3);
    expect(texts.some((t) => t.endsWith('?') || t.endsWith(':'))).toBe(false);
  });

  it('leaves out an opener whose colon a full stop follows ("Here is his speech in full:.", CNN/DailyMail text)', () => {
    const outline = outlineOfBlocks(
      [
        p('Prince Harry led tributes to his mother on the tenth anniversary of her death on Friday.'),
        p('Here is his speech in full and the reading his brother gave at the service:.'),
        p('William and I can separate life into two parts, the prince told the five hundred guests.'),
        p('The Bishop of London praised her humanitarian work and said the disputes should end.'),
      ],
      'en',
    );
    expect(outline.keyPoints.map((k) => k.text)).not.toContain('Here is his speech in full and the reading his brother gave at the service:.');
  });
});

describe('how many key points', () => {
  it('gives 3 for news under 900 words, one more per 500 words past it, at most 7', () => {
    expect([keyPointCount(2, 40), keyPointCount(20, 600), keyPointCount(40, 899), keyPointCount(45, 900), keyPointCount(60, 1_450), keyPointCount(90, 2_300), keyPointCount(400, 10_000)]).toEqual([2, 3, 3, 4, 5, 6, 7]);
  });
});

describe('the learned scorer', () => {
  it('ships weights for every feature, in the order the features are computed, under 20 KB', () => {
    const path = resolve(import.meta.dirname, '../../../utils/outline/key-point-weights.json');
    const file = JSON.parse(readFileSync(path, 'utf8')) as { features: string[]; weights: Record<string, number[]> };
    expect(file.features).toEqual([...FEATURE_NAMES]);
    for (const weights of Object.values(file.weights)) expect(weights).toHaveLength(FEATURE_NAMES.length);
    expect(statSync(path).size).toBeLessThan(20_000);
  });
});
