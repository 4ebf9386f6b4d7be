import { describe, expect, it } from 'vitest';
import { outlineOfBlocks, outlineOfText, p, seedOutline } from './helpers';

describe('key points of the seed page', () => {
  it('gives 3–7 key points in article order (the seed page: five, the last with the five lessons)', () => {
    const { keyPoints } = seedOutline().outline;
    expect(keyPoints).toHaveLength(5);
    expect(keyPoints.map((k) => k.items?.length ?? 0)).toEqual([0, 0, 0, 0, 5]);
    const anchors = keyPoints.map((k) => k.anchor.block);
    expect([...anchors].sort((a, b) => a - b)).toEqual(anchors);
  });

  it('never picks a caption', () => {
    const { outline, blocks } = seedOutline();
    for (const point of outline.keyPoints) expect(blocks[point.anchor.block]?.caption).toBe(false);
    expect(outline.keyPoints.some((k) => k.text.includes('trao huy hiệu Đảng cho các đảng viên lão thành'))).toBe(false);
    expect(outline.keyPoints.some((k) => k.text === 'Toàn cảnh hội nghị.')).toBe(false);
  });

  it('starts with the lead and keeps the sentence with the outcome (all targets met and exceeded)', () => {
    const { keyPoints } = seedOutline().outline;
    expect(keyPoints[0]?.text).toMatch(/^Ngày 25\/1 Đảng ủy Khối Doanh nghiệp/u);
    expect(keyPoints.some((k) => k.text.includes('tất cả các chỉ tiêu Nghị quyết Đại hội đề ra đều đạt và vượt'))).toBe(true);
  });

  it('groups the five lessons under the sentence that announces them', () => {
    const { keyPoints } = seedOutline().outline;
    const group = keyPoints.find((k) => k.items !== undefined);
    expect(group?.text).toMatch(/những bài học kinh nghiệm quý báu:$/u);
    expect(group?.items?.map((i) => i.text.split(',')[0])).toEqual(['Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là']);
  });
});

describe('key points in general', () => {
  it('gives fewer key points for a short article', () => {
    const { outline } = outlineOfText('The bridge reopened on Monday after two years of repairs. Traffic returned to normal within hours.', 'en');
    expect(outline.keyPoints.map((k) => k.text)).toEqual(['The bridge reopened on Monday after two years of repairs.', 'Traffic returned to normal within hours.']);
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

  it('works with Chinese and Japanese sentences', () => {
    const zh = outlineOfText('国家统计局周一公布数据显示，今年前三季度国内生产总值同比增长百分之五。其中第三季度增长速度有所放缓。专家表示，消费仍然是经济增长的主要动力。', 'zh');
    expect(zh.outline.keyPoints.length).toBe(3);
    const ja = outlineOfText('政府は月曜日、新しい経済対策を発表した。対策の規模は約十兆円となる。首相は記者会見で国民の生活を守ると述べた。', 'ja');
    expect(ja.outline.keyPoints.length).toBe(3);
  });
});
