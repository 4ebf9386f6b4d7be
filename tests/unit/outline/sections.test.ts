import { describe, expect, it } from 'vitest';
import type { Block } from '@/utils/article/types';
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

  it('invents no part where no part has a label worth reading: the lessons stay the one section', () => {
    // Its parts' best phrases were names ("Nghị quyết Đại hội", "Ban Thường vụ") and one word ("Hoạt động").
    const { outline } = seedOutline();
    expect(outline.sections.map((s) => [s.kind, s.title])).toEqual([['enumeration', 'Những bài học kinh nghiệm quý báu']]);
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

  /** Two bold-like subheads, each over its paragraph: the festival story's parts. */
  const MUSIC_PART = [p('Music on the river'), p('Bands played on boats along the river until late at night, and the crowds followed them.')];
  const FOOD_PART = [p('Food and markets'), p('Stalls sold local dishes from every region of the country, from noodles to grilled fish.')];
  const FESTIVAL_PARTS = [...MUSIC_PART, ...FOOD_PART];
  const headings = (blocks: Block[]) => outlineOfBlocks(blocks, 'en').sections.filter((s) => s.kind === 'heading').map((s) => s.title);

  it('reads a short bold-like line between paragraphs as a heading', () => {
    expect(headings([p('The festival opened on Friday with a parade through the old town and thousands of visitors.'), ...FESTIVAL_PARTS])).toEqual(['Music on the river', 'Food and markets']);
  });

  it('takes no line above the story\'s first paragraph for a section, under a lead picture too (the writer\'s name set alone, a kicker)', () => {
    const figure: Block = { tag: 'figure', text: '', caption: false };
    const lead = p('A cruise ship launched less than a month ago has been hit by a stomach bug that left almost 80 passengers in their cabins.');
    expect(headings([figure, p('Anil Dawar'), lead, ...FESTIVAL_PARTS])).toEqual(['Music on the river', 'Food and markets']);
  });

  it('takes no source credit for a section ("Source: Times database", "According to the Mozilla Foundation:[41]")', () => {
    const credits = [
      p('Source: Times database'),
      p('Stalls sold local dishes from every region of the country, from noodles to grilled fish, all week.'),
      p('According to the Mozilla Foundation:[41]'),
      p('The browser is developed by volunteers and paid staff around the world, in many languages.'),
    ];
    expect(headings([p('The festival opened on Friday with a parade through the old town and thousands of visitors.'), ...MUSIC_PART, ...credits, ...FOOD_PART])).toEqual(['Music on the river', 'Food and markets']);
  });

  it('takes no line opening with a dash for a section: the credit under an embedded post or a quotation', () => {
    const credit = [p('Officials said the survey of home devices would begin next month, checking their passwords.'), p('— NHK News (@nhk_news) January 28, 2019')];
    expect(headings([p('The festival opened on Friday with a parade through the old town and thousands of visitors.'), ...MUSIC_PART, ...credit, ...FOOD_PART])).toEqual(['Music on the river', 'Food and markets']);
  });

  it('takes no agency credit set alone under a picture for a section ("Associated Press", dragnet 170)', () => {
    const credits = [
      p('Associated Press'),
      p('Stalls sold local dishes from every region of the country, from noodles to grilled fish, all week.'),
      p('AP'),
      p('The browser is developed by volunteers and paid staff around the world, in many languages.'),
    ];
    expect(headings([p('The festival opened on Friday with a parade through the old town and thousands of visitors.'), ...MUSIC_PART, ...credits, ...FOOD_PART])).toEqual(['Music on the river', 'Food and markets']);
  });

  it('reads a line of one repeated mark ("X X X") as a break between parts, never a section', () => {
    const part = (topic: string) => p(`The ${topic} drew more visitors than ever this year, and the organisers plan to do it again.`);
    const outline = outlineOfBlocks(
      [part('parade'), p('X  X  X'), part('concert'), p('o o o'), part('market'), p('Food and markets'), part('food hall'), p('Music on the river'), part('boat race')],
      'en',
    );
    expect(outline.sections.map((s) => s.title)).toEqual(['Food and markets', 'Music on the river']);
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

  it('makes a list of explained points one entry with its items', () => {
    const item = (text: string): Block => ({ tag: 'li', text, caption: false });
    const outline = outlineOfBlocks(
      [
        p('The report gives three reasons:'),
        item('Costs rose. Fuel doubled in price over the year.'),
        item('Staff left. Two in five drivers quit in the spring.'),
        item('Demand fell. Fewer people travelled after the floods.'),
      ],
      'en',
    );
    expect(outline.sections.find((s) => s.kind === 'enumeration')?.items.map((i) => i.label)).toEqual(['Costs rose.', 'Staff left.', 'Demand fell.']);
  });

  it('keeps a bulleted list of one-line statements out of the sections (en-bbc-1: "President Obama also said:")', () => {
    const item = (text: string): Block => ({ tag: 'li', text, caption: false });
    const outline = outlineOfBlocks(
      [p('In a wide-ranging interview, President Obama also said:'), item('The UK must stay in the EU to have influence'), item('He is confident the Iran nuclear deal will pass'), item('Syria needs a political solution')],
      'en',
    );
    expect(outline.sections).toEqual([]);
  });

  it('does not chain markers of different families or out of order', () => {
    const { outline } = outlineOfText('Thứ nhất, một việc cần làm ngay.\n\nHai là, một việc khác cần làm.\n\nSecond, something else entirely here.', 'vi');
    expect(outline.sections.filter((s) => s.kind === 'enumeration')).toHaveLength(0);
  });
});

const h2 = (text: string): Block => ({ tag: 'h2', text, caption: false });
const li = (text: string): Block => ({ tag: 'li', text, caption: false });

/** A paragraph of about `words` words on one topic: each topic repeats its own phrase, as articles do. */
function paragraphOn(topic: string, words: number): string {
  const filler = 'the council said on Monday that work would go on through the year while residents waited';
  const out: string[] = [];
  while (out.join(' ').split(' ').length < words) out.push(`Officials discussed the ${topic} again, and ${filler}.`);
  return out.join(' ');
}

describe('sections that exist', () => {
  it('invents no parts in an article under 1,000 words without headings', () => {
    const text = Array.from({ length: 8 }, (_, i) => paragraphOn(i < 4 ? 'harbour bridge' : 'school budget', 60)).join('\n\n');
    const { outline } = outlineOfText(text, 'en');
    expect(outline.sections).toEqual([]);
  });

  it('labels the parts of a long article by their key phrases, never by a cut opening', () => {
    const topics = ['harbour bridge', 'school budget', 'river flooding'];
    const text = topics.flatMap((topic) => Array.from({ length: 4 }, () => paragraphOn(topic, 100))).join('\n\n');
    const { outline } = outlineOfText(text, 'en');
    const parts = outline.sections.filter((s) => s.kind === 'part');
    expect(parts.map((s) => s.title)).toEqual(['Harbour bridge', 'School budget', 'River flooding']);
    for (const part of parts) expect(part.title.endsWith('…')).toBe(false);
  });

  it('leaves datelines, breadcrumbs, credits, ad labels and newsletter pitches out', () => {
    const outline = outlineOfBlocks(
      [
        h2('Sức khỏe › Tin tức'),
        h2('Thứ tư, 22/10/2025, 19:25 (GMT+7)'),
        p('Bệnh viện cho biết số ca bệnh tăng mạnh trong tuần qua tại nhiều địa phương.'),
        h2('Số ca bệnh tăng'),
        p('Theo thống kê, số ca bệnh tăng gấp đôi so với cùng kỳ năm ngoái ở các tỉnh phía Bắc.'),
        h2('Published 7:07 PM EST Nov 19, 2019'),
        h2('Image copyright Getty Images'),
        h2('[PR]'),
        h2('Đăng ký nhận bản tin mỗi sáng.'),
        h2('Biện pháp phòng bệnh'),
        p('Người dân được khuyến cáo rửa tay thường xuyên và đeo khẩu trang nơi đông người.'),
      ],
      'vi',
    );
    expect(outline.sections.map((s) => s.title)).toEqual(['Số ca bệnh tăng', 'Biện pháp phòng bệnh']);
  });

  it('drops a one-word label repeated down the page ("REKLAM")', () => {
    const blocks = [p('Intro paragraph that opens the story with a full sentence of text.')];
    for (const topic of ['Ekonomi', 'Politik och val', 'Sport och fritid']) blocks.push(h2(topic), p(`A paragraph about ${topic} with enough words to be prose.`), h2('REKLAM'));
    expect(outlineOfBlocks(blocks, 'sv').sections.map((s) => s.title)).toEqual(['Ekonomi', 'Politik och val', 'Sport och fritid']);
  });

  it('never makes a contents box into sections, nor its "Contents" title', () => {
    const outline = outlineOfBlocks(
      [
        p('Mozilla is a free-software community created in 1998 by members of Netscape.'),
        h2('Contents'),
        p('1 History'),
        li('1.1 Early years'),
        p('2 Software'),
        li('2.1 Firefox'),
        h2('History[edit]'),
        p('The community was founded in 1998 to continue the Netscape suite as open source.'),
        { tag: 'h3', text: 'Early years[edit]', caption: false },
        p('The first years were spent rewriting the browser engine from the ground up.'),
        h2('Software[edit]'),
        p('Its best-known product is the Firefox web browser, released in 2004.'),
        { tag: 'h3', text: 'Firefox[edit]', caption: false },
        p('Firefox was released in November 2004 and quickly gained users worldwide.'),
      ],
      'en',
    );
    expect(outline.sections.map((s) => [s.title, s.level])).toEqual([
      ['History', 2],
      ['Early years', 3],
      ['Software', 2],
      ['Firefox', 3],
    ]);
  });

  it('leaves out the bullet a page sets before its headings ("■", "●", "★")', () => {
    const outline = outlineOfBlocks(
      [
        p('ゴールデンウィークまで1ヶ月を切りました。例年より早く注意喚起を行います。'),
        h2('■長期休暇における情報セキュリティ対策'),
        p('長期休暇に限らず、日常的に行うべき情報セキュリティ対策も公開しています。'),
        h2('● 日常的に実施すべき情報セキュリティ対策'),
        p('被害に遭わないためにもこれらの対策の実施をお願いします。'),
      ],
      'ja',
    );
    expect(outline.sections.map((s) => s.title)).toEqual(['長期休暇における情報セキュリティ対策', '日常的に実施すべき情報セキュリティ対策']);
  });

  it('finds every bold-like subhead of a page, the one that asks a question too', () => {
    const body = (topic: string): Block => p(`Người dân ở ${topic} cho biết mực nước đã dâng cao từ chiều qua, nhiều nhà bị ngập và đường sá bị chia cắt.`);
    const outline = outlineOfBlocks(
      [
        p('Mưa lớn kéo dài từ đêm qua khiến nhiều địa phương miền Trung bị ngập sâu.'),
        p('Nước lên nhanh ở Huế'),
        body('Huế'),
        p('Quảng Nam chia cắt'),
        body('Quảng Nam'),
        p('Bao giờ nước rút?'),
        body('Đà Nẵng'),
        p('Lực lượng cứu hộ túc trực'),
        body('Quảng Ngãi'),
      ],
      'vi',
    );
    expect(outline.sections.map((s) => s.title)).toEqual(['Nước lên nhanh ở Huế', 'Quảng Nam chia cắt', 'Bao giờ nước rút?', 'Lực lượng cứu hộ túc trực']);
  });

  it('makes the questions of an interview its sections', () => {
    const blocks = [p('The minister spoke to us about the new budget and what it means for families.')];
    for (const q of ['Why did you raise the tax on fuel?', 'PV: What happens to the schools?', 'Will prices go up next year?']) {
      blocks.push(p(q), p('We looked at every option for months, and this one costs families the least over the next five years.'));
    }
    expect(outlineOfBlocks(blocks, 'en').sections.map((s) => s.title)).toEqual(['Why did you raise the tax on fuel?', 'What happens to the schools?', 'Will prices go up next year?']);
  });

  it('takes an announced list as an enumeration, never a bare menu or breadcrumb list', () => {
    const menu = outlineOfBlocks([li('Thời sự'), li('Giao thông'), p('Đê sông Hồng được đề xuất nâng cấp để bảo vệ Hà Nội trước lũ lớn.')], 'vi');
    expect(menu.sections).toEqual([]);
  });

  it('nests two enumerations under their heading, never one under the other', () => {
    const outline = outlineOfBlocks(
      [
        h2('Background'),
        p('The report lists two causes:'),
        p('First, the roads were old and had not been repaired since the war.'),
        p('Second, the budget was cut twice in the last five years.'),
        p('It also proposes two remedies:'),
        p('First, a new fund for repairs paid by the state and the cities together.'),
        p('Second, yearly checks of every bridge by independent engineers.'),
        h2('Reactions'),
        p('Residents welcomed the report at a meeting on Monday evening.'),
      ],
      'en',
    );
    expect(outline.sections.map((s) => [s.kind, s.level])).toEqual([
      ['heading', 2],
      ['enumeration', 3],
      ['enumeration', 3],
      ['heading', 2],
    ]);
  });
});
