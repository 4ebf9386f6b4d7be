import { describe, expect, it } from 'vitest';
import { outlineOfBlocks, outlineOfText, p, seedOutline } from './helpers';

describe('sections of the seed page', () => {
  it('makes the five lessons one enumeration entry with five items labelled by their start', () => {
    const { outline } = seedOutline();
    const lessons = outline.sections.filter((s) => s.kind === 'enumeration');
    expect(lessons).toHaveLength(1);
    const [entry] = lessons;
    expect(entry?.title).toBe('Những bài học kinh nghiệm quý báu');
    expect(entry?.items.map((i) => i.label.split(',')[0])).toEqual(['Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là']);
    expect(entry?.items[0]?.label).toMatch(/^Một là, Công tác đảng, đoàn thể/u);
    expect(entry?.items[0]?.label.length).toBeLessThanOrEqual(41);
  });

  it('anchors every lesson on the block that starts with it', () => {
    const { outline, blocks } = seedOutline();
    const entry = outline.sections.find((s) => s.kind === 'enumeration');
    for (const item of entry?.items ?? []) expect(blocks[item.anchor.block]?.text.startsWith(item.label.slice(0, 6))).toBe(true);
  });

  it('splits the article without headings into 3–7 parts, in order (the seed page: three parts and the lessons)', () => {
    const { outline } = seedOutline();
    expect(outline.sections.map((s) => s.kind)).toEqual(['part', 'part', 'part', 'enumeration']);
    const anchors = outline.sections.map((s) => s.anchor.block);
    expect([...anchors].sort((a, b) => a - b)).toEqual(anchors);
    expect(outline.sections[0]?.anchor.block).toBe(0);
  });
});

describe('sections from headings', () => {
  it('keeps the nesting of h2 and h3 and puts an enumeration under its heading', () => {
    const outline = outlineOfBlocks(
      [
        { tag: 'h2', text: 'Background', caption: false },
        p('The council met on Monday to discuss the budget for the coming year.'),
        { tag: 'h3', text: 'The vote', caption: false },
        p('The council listed its reasons:'),
        p('First, the roads need repair after the winter floods.'),
        p('Second, the schools need more teachers next year.'),
        { tag: 'h2', text: 'Reactions', caption: false },
        p('Residents welcomed the decision at the meeting.'),
      ],
      'en',
    );
    expect(outline.sections.map((s) => [s.title, s.level, s.kind])).toEqual([
      ['Background', 2, 'heading'],
      ['The vote', 3, 'heading'],
      ['The council listed its reasons', 4, 'enumeration'],
      ['Reactions', 2, 'heading'],
    ]);
  });

  it('reads a short bold-like line between paragraphs as a heading', () => {
    const outline = outlineOfBlocks(
      [
        p('The festival opened on Friday with a parade through the old town and thousands of visitors.'),
        p('Music on the river'),
        p('Bands played on boats along the river until late at night, and the crowds followed them.'),
        p('Food and markets'),
        p('Stalls sold local dishes from every region of the country, from noodles to grilled fish.'),
      ],
      'en',
    );
    expect(outline.sections.filter((s) => s.kind === 'heading').map((s) => s.title)).toEqual(['Music on the river', 'Food and markets']);
  });
});

describe('enumerations in other languages', () => {
  const cases: [string, string, string[]][] = [
    ['en', 'We found three problems:\n\nFirst, the data was old and incomplete.\n\nSecond, the survey was too small to say much.\n\nThird, nobody checked the results twice.', ['First', 'Second', 'Third']],
    ['fr', 'Le rapport propose trois mesures :\n\nPremièrement, réduire les impôts des ménages.\n\nDeuxièmement, investir dans les écoles publiques.\n\nTroisièmement, protéger les forêts du pays.', ['Premièrement', 'Deuxièmement', 'Troisièmement']],
    ['de', 'Die Regierung nennt drei Gründe:\n\nErstens sind die Kosten zu hoch für die Stadt.\n\nZweitens fehlt das Personal in den Schulen.\n\nDrittens ist die Zeit zu knapp für den Bau.', ['Erstens', 'Zweitens', 'Drittens']],
    ['zh', '会议提出了三点要求：\n\n一是加强组织领导，落实工作责任。\n\n二是完善制度建设，规范工作流程。\n\n三是强化监督检查，确保取得实效。', ['一是', '二是', '三是']],
    ['vi', 'Hội nghị nêu ba giải pháp:\n\nThứ nhất, tăng cường công tác tuyên truyền trong doanh nghiệp.\n\nThứ hai, đổi mới phương thức lãnh đạo của cấp ủy.\n\nThứ ba, làm tốt công tác kiểm tra, giám sát.', ['Thứ nhất', 'Thứ hai', 'Thứ ba']],
    ['en', 'The plan has steps.\n\n1. Collect the forms from every office.\n\n2. Check the forms against the register.\n\n3. Send the results to the ministry.', ['1.', '2.', '3.']],
  ];
  for (const [lang, text, markers] of cases) {
    it(`makes "${markers.join(' … ')}" (${lang}) one entry with ${markers.length} items`, () => {
      const { outline } = outlineOfText(text, lang);
      const entries = outline.sections.filter((s) => s.kind === 'enumeration');
      expect(entries).toHaveLength(1);
      expect(entries[0]?.items).toHaveLength(markers.length);
      entries[0]?.items.forEach((item, i) => expect(item.label.startsWith(markers[i] ?? '?')).toBe(true));
    });
  }

  it('makes a list one entry with its items', () => {
    const outline = outlineOfBlocks(
      [p('What to bring:'), { tag: 'li', text: 'A passport', caption: false }, { tag: 'li', text: 'Two photos', caption: false }, { tag: 'li', text: 'The fee in cash', caption: false }],
      'en',
    );
    expect(outline.sections.find((s) => s.kind === 'enumeration')?.items.map((i) => i.label)).toEqual(['A passport', 'Two photos', 'The fee in cash']);
  });

  it('does not chain markers of different families or out of order', () => {
    const { outline } = outlineOfText('Thứ nhất, một việc cần làm ngay.\n\nHai là, một việc khác cần làm.\n\nSecond, something else entirely here.', 'vi');
    expect(outline.sections.filter((s) => s.kind === 'enumeration')).toHaveLength(0);
  });
});
