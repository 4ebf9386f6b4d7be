import { describe, expect, it } from 'vitest';
import { signatureOf, takeTrailingBylines, takeUncoveredSignature } from '@/utils/article/trailing-byline';
import { removeClosingPitch } from '@/utils/article/boilerplate';
import type { BodyPassContext } from '@/utils/article/body-passes';
import { FILLER, bodyOf, extractHtml, seedArticle } from './helpers';

const LONG = '<p>The council voted on Tuesday to extend the programme for two more years, citing strong demand from residents.</p>';

function run(html: string): { root: Element; ctx: BodyPassContext } {
  const root = bodyOf(html);
  const ctx: BodyPassContext = { bylines: [], lang: null, title: '', knownBylines: [] };
  takeTrailingBylines(root, ctx);
  return { root, ctx };
}

describe('trailing bylines on the seed page', () => {
  it('keeps the byline "PV" out of the body', () => {
    const { text } = seedArticle();
    expect(text).not.toMatch(/\bPV\b/u);
    expect(text.endsWith('người lao động.')).toBe(true);
  });

  it('makes "PV" the byline when the page names no author', () => {
    expect(seedArticle().byline).toBe('PV');
  });
});

describe('signatures a news body ends with', () => {
  it.each([
    ['PV', 'PV'],
    ['PV.', 'PV'],
    ['Nhóm PV', 'Nhóm PV'],
    ['Theo TTXVN', 'Theo TTXVN'],
    ['(Theo VnExpress)', 'Theo VnExpress'],
    ['— Reuters', 'Reuters'],
    ['Reuters staff', 'Reuters staff'],
    ['(AP)', 'AP'],
    ['N.H', 'N.H'],
    ['T.L - P.V', 'T.L - P.V'],
    ['Minh Anh', 'Minh Anh'],
    ['Nguyễn Thị Minh Anh', 'Nguyễn Thị Minh Anh'],
    ['Texto: Ana García', 'Texto: Ana García'],
    ['Von Hans Müller', 'Von Hans Müller'],
    ['Reporting by Jane Doe; Editing by John Roe', 'Reporting by Jane Doe; Editing by John Roe'],
    ['Ánh Ngọc (Theo AFP)', 'Ánh Ngọc (Theo AFP)'],
    ['Hải Vân - Đức Thọ', 'Hải Vân - Đức Thọ'],
    ['TUẤN SƠN', 'TUẤN SƠN'],
    ['Bài và ảnh: Bảo Ngọc', 'Bài và ảnh: Bảo Ngọc'],
    ['Nguồn: Báo Điện tử Chính phủ', 'Nguồn: Báo Điện tử Chính phủ'],
    // A month is a given name too, and a preposition opens a credit.
    ['April Ryan', 'April Ryan'],
    ['With Joe Neumaier', 'With Joe Neumaier'],
    // Names before a photographer's credit or the newsroom they write for.
    ['Lê Hiếu - Ảnh: Thế Đại', 'Lê Hiếu - Ảnh: Thế Đại'],
    ['Văn Bình - Hồng Hạnh/VOV.VN', 'Văn Bình - Hồng Hạnh/VOV.VN'],
    ['Trần Hoàng/Báo Tin tức', 'Trần Hoàng/Báo Tin tức'],
    ['Bài/ảnh: Minh Anh', 'Bài/ảnh: Minh Anh'],
    ['Tác giả bài viết: Minh Anh', 'Tác giả bài viết: Minh Anh'],
  ])('reads %j as a signature', (line, byline) => {
    expect(signatureOf(line)).toBe(byline);
  });

  it.each([
    'The meeting ended at noon.',
    'Thank you for reading.',
    'Theo ông Quang, kết quả này là do các cấp ủy đảng luôn tập trung lãnh đạo.',
    'Theo ông Dũng',
    'TIN LIÊN QUAN',
    'Read More',
    'Related Articles',
    'It was, he said, the best year yet',
    '2024',
    // A greeting that closes the story (msnbc "May Day in Bangladesh"), capitalised as a name is.
    'Happy May Day.',
    'Merry Christmas',
    // A photographer's credit alone signs nothing; a sentence before a slash is no name.
    'Ảnh: Thế Đại',
    'Giá vàng tăng mạnh/Báo Tin tức',
  ])('leaves %j in the body', (line) => {
    expect(signatureOf(line)).toBeNull();
  });

  it.each([
    ['Por María García y Juan Pérez', 'es'],
    ['María García y Juan Pérez', 'es'],
    ['Door Jan de Vries', 'nl'],
    ['Von Ursula von der Leyen', 'de'],
    ['Jean de La Fontaine et Paul Martin', 'fr'],
  ])('reads %j, with the particles and the "and" of its language (%s), as a signature', (line, lang) => {
    expect(signatureOf(line, lang)).toBe(line);
  });

  it('reads the particles and the "and" of the page\'s language only', () => {
    expect(signatureOf('María García y Juan Pérez', 'de')).toBeNull();
    expect(signatureOf('La Paz y Santa Cruz votaron', 'es')).toBeNull();
  });
});

describe('the trailing byline pass', () => {
  it('removes the last paragraph when it signs the article and records the byline', () => {
    const { root, ctx } = run(`${LONG}${LONG}<p style="text-align:right"><strong>PV</strong></p>`);
    expect(ctx.bylines).toEqual(['PV']);
    expect(root.textContent).not.toContain('PV');
    expect(root.querySelectorAll('p').length).toBe(2);
  });

  it('takes a name and an agency on the last two lines, in page order, without "Theo"', () => {
    const { ctx } = run(`${LONG}${LONG}<p>Minh Anh</p><p>Theo TTXVN</p>`);
    expect(ctx.bylines).toEqual(['Minh Anh', 'TTXVN']);
  });

  it.each([
    ['<p style="text-align:right"><strong>Ánh Ngọc</strong> (Theo <em>AFP</em>)</p>', ['Ánh Ngọc']],
    ['<p style="text-align:right"><strong>TUẤN SƠN (theo Sputnik)</strong></p>', ['Tuấn Sơn']],
    ['<p align="right"><strong>Hải Vân - Đức Thọ</strong></p>', ['Hải Vân', 'Đức Thọ']],
    ['<p><strong>Bài và ảnh: HOÀNG HẠNH</strong></p>', ['Hoàng Hạnh']],
    ['<p><strong>PHƯƠNG SƠN</strong></p>', ['Phương Sơn']],
    ['<p>H.Y (tổng hợp)</p>', ['H.Y']],
    // A note after the reporter's credit, a name shortened to its initials, an agency after a dash or a slash, Vietnam+.
    ['<p>PV (tổng hợp)</p>', ['PV']],
    ['<p><strong>N.Hà</strong></p>', ['N.Hà']],
    ['<p><strong>N.Hà - T.Lan</strong></p>', ['N.Hà', 'T.Lan']],
    ['<p>Mai Lan - TTXVN</p>', ['Mai Lan', 'TTXVN']],
    ['<p><strong>THANH HÀ/TTXVN</strong></p>', ['Thanh Hà']],
    ['<p>Minh Châu (Vietnam+)</p>', ['Minh Châu']],
    // Portals: the writer's name, then the body they write for.
    ['<p>Trần Văn Nam - UBND phường Láng Hạ</p>', ['Trần Văn Nam']],
    ['<p><strong>Hồng Nhung</strong> - <em>Trung tâm Truyền thông</em></p>', ['Hồng Nhung']],
    ['<p><strong>Phạm Thu Hà</strong><br>Phòng Văn hóa và Thông tin quận</p>', ['Phạm Thu Hà']],
    ['<p><strong>Minh Anh</strong><br>TTXVN</p>', ['Minh Anh', 'TTXVN']],
    // A unit's full name makes the signature longer than a sentence test allows.
    ['<p>Nguyễn Thị Hoa - Trung tâm Văn hóa Thông tin và Thể thao quận</p>', ['Nguyễn Thị Hoa']],
    ['<p>Nguyễn Thị Hoa<br>Trung tâm Văn hóa Thông tin và Thể thao quận Đống Đa</p>', ['Nguyễn Thị Hoa']],
    // After a comma too; the unit's own dash ("Văn hóa - Thông tin") does not part the signature.
    ['<p>Minh Anh, Trung tâm Văn hóa - Thông tin quận</p>', ['Minh Anh']],
    // A station and a portal are where a writer works.
    ['<p>Minh Anh (Đài PT-TH Hà Nội)</p>', ['Minh Anh']],
    ['<p>Thanh Hà - Cổng TTĐT quận Đống Đa</p>', ['Thanh Hà']],
    // Commentaries: the writer's degrees, profession or rank before the name.
    ['<p><strong>PGS.TS NGUYỄN VĂN AN</strong></p>', ['Nguyễn Văn An']],
    ['<p>ThS. Trần Thu Trang</p>', ['Trần Thu Trang']],
    ['<p>GS.TSKH Đặng Hùng Võ</p>', ['Đặng Hùng Võ']],
    ['<p>Luật sư Nguyễn Văn Hậu</p>', ['Nguyễn Văn Hậu']],
    ['<p><em>Đại tá Nguyễn Văn Minh</em></p>', ['Nguyễn Văn Minh']],
    ['<p>Lê Văn Tám, phóng viên thường trú</p>', ['Lê Văn Tám']],
    ['<p>Nhóm PV Thời sự</p>', ['Nhóm PV Thời sự']],
    ['<p>Nhóm phóng viên Ban Thời sự</p>', ['Nhóm phóng viên Ban Thời sự']],
    // The desk alone, its reporter's title before it or not; the unnamed reporter of a station's regional desk.
    ['<p>PV Nhóm Thời sự</p>', ['Nhóm Thời sự']],
    ['<p>Ban Thời sự</p>', ['Ban Thời sự']],
    ['<p>PV/VOV-Tây Nguyên</p>', ['PV']],
    ['<p>PV - Ảnh: Minh Anh</p>', ['PV']],
  ])('signs a Vietnamese article with %s → %j', (html, bylines) => {
    const { root, ctx } = run(`${LONG}${LONG}${html}`);
    expect(ctx.bylines).toEqual(bylines);
    expect(root.querySelectorAll('p').length).toBe(2);
  });

  it('takes a "with" credit closing the story ("(mit dpa)", "(Avec AFP)")', () => {
    for (const [line, lang, names] of [
      ['(mit dpa)', 'de', ['dpa']],
      ['(Avec AFP)', 'fr', ['AFP']],
      ['With Joe Neumaier', 'en', ['Joe Neumaier']],
      // The agency's material, credited as "mit dpa" is; and two agencies.
      ['mit Material von dpa', 'de', ['dpa']],
      ['Mit Material von dpa und AFP', 'de', ['dpa', 'AFP']],
      ['With additional reporting by Jane Doe', 'en', ['Jane Doe']],
      // "Ban biên tập", the editorial board, signing with its initials as "PV" does.
      ['BBT', 'vi', ['BBT']],
    ] as const) {
      const root = bodyOf(`${LONG}${LONG}<p>${line}</p>`);
      const ctx: BodyPassContext = { bylines: [], lang, title: '', knownBylines: [] };
      takeTrailingBylines(root, ctx);
      expect(ctx.bylines, line).toEqual(names);
      expect(root.querySelectorAll('p').length).toBe(2);
    }
    expect(signatureOf('Avec ce budget', 'fr')).toBeNull();
    // The paper or the writer, then the agency it wrote with.
    expect(signatureOf('Le Monde avec AFP', 'fr')).toBe('Le Monde avec AFP');
    expect(signatureOf('Le ministre avec AFP', 'fr')).toBeNull();
  });

  it('takes a source line in a script without case ("本文来源：人民日报"), and not a sentence', () => {
    expect(signatureOf('本文来源：人民日报', 'zh')).toBe('本文来源：人民日报');
    expect(signatureOf('来源：记者调查，部分数据为估算', 'zh')).toBeNull();
  });

  it('takes a source line naming an agency written in lower case ("Quelle: dpa")', () => {
    const root = bodyOf(`${LONG}${LONG}<p>Quelle: dpa</p>`);
    const ctx: BodyPassContext = { bylines: [], lang: 'de', title: '', knownBylines: [] };
    takeTrailingBylines(root, ctx);
    expect(ctx.bylines).toEqual(['dpa']);
    expect(root.querySelectorAll('p').length).toBe(2);
    expect(signatureOf('Quelle: die meisten Umfragen', 'de')).toBeNull();
  });

  it('reads the writer\'s title before the name in the page\'s language ("Phóng viên Lê Hà"), and only there', () => {
    const root = bodyOf(`${LONG}${LONG}<p>Phóng viên Lê Hà</p>`);
    const ctx: BodyPassContext = { bylines: [], lang: 'vi', title: '', knownBylines: [] };
    takeTrailingBylines(root, ctx);
    expect(ctx.bylines).toEqual(['Lê Hà']);
    expect(root.querySelectorAll('p').length).toBe(2);
    expect(signatureOf('Phóng viên thường trú tại Hà Nội', 'vi')).toBeNull();
    expect(signatureOf('Phóng viên Lê Hà', 'de')).toBeNull();
  });

  it.each([
    ['<p>홍길동 기자 hong@yna.co.kr</p>', 'ko', ['홍길동']],
    ['<p>[이영희 기자 lee@chosun.com]</p>', 'ko', ['이영희']],
    ['<p>/김철수 특파원</p>', 'ko', ['김철수']],
    ['<p>（山田太郎記者）</p>', 'ja', ['山田太郎']],
    ['<p>（共同）</p>', 'ja', ['共同']],
  ])('signs with a name and the title after it in the page\'s language: %s', (html, lang, bylines) => {
    const root = bodyOf(`${LONG}${LONG}${html}`);
    const ctx: BodyPassContext = { bylines: [], lang, title: '', knownBylines: [] };
    takeTrailingBylines(root, ctx);
    expect(ctx.bylines).toEqual(bylines);
    expect(root.querySelectorAll('p').length).toBe(2);
  });

  it('takes an agency in brackets closing a Japanese story\'s last paragraph, and leaves the paragraph', () => {
    const root = bodyOf(`${LONG}${LONG}<p>政府は１６日、新たな経済対策を閣議決定した。（共同）</p>`);
    const ctx: BodyPassContext = { bylines: [], lang: 'ja', title: '', knownBylines: [] };
    takeTrailingBylines(root, ctx);
    expect(ctx.bylines).toEqual(['共同']);
    expect(root.textContent).toContain('閣議決定した。');
    expect(root.textContent).not.toContain('共同');
  });

  it('reads a titled name only as a short line in its own language', () => {
    expect(signatureOf('홍길동 기자 hong@yna.co.kr', 'en')).toBeNull();
    expect(signatureOf('이번 예산안에 대해 기자', 'ko')).toBeNull();
    expect(signatureOf('기자', 'ko')).toBeNull();
  });

  it('reads a long line that ends as a sentence does as one, whatever follows its dash', () => {
    expect(signatureOf('Ông Nguyễn Văn Nam - Trung tâm Y tế quận cho biết thêm về tình hình dịch.', 'vi')).toBeNull();
    expect(signatureOf('Bác sĩ Trần Văn Phúc khuyến cáo người dân nên tiêm vắc xin.', 'vi')).toBeNull();
  });

  it('takes a source line out of the body without making the publication the byline', () => {
    for (const line of ['Theo Tuổi Trẻ Online', 'Nguồn: Báo Điện tử Chính phủ']) {
      const { root, ctx } = run(`${LONG}${LONG}<p style="text-align:right"><em>${line}</em></p>`);
      expect(ctx.bylines).toEqual([]);
      expect(root.textContent).not.toContain(line);
    }
  });

  it("reads the signature over the story's tag, which names a subject", () => {
    const vi = '<p>Sáng nay, UBND quận tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả và đề ra nhiệm vụ cho năm tới.</p>';
    const { root, ctx } = run(`${vi}${vi}<p>PV</p><p><a href="/chu-de/ha-noi.html">Hà Nội</a></p>`);
    expect(ctx.bylines).toEqual(['PV']);
    expect(root.textContent).not.toContain('PV');
    const alone = run(`${vi}${vi}<p><a href="/tag/angela-merkel">Angela Merkel</a></p>`);
    expect(alone.ctx.bylines).toEqual([]);
  });

  it("makes no byline of a tag after the signature on a whole page", () => {
    const story = '<p>Sáng nay, UBND quận tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả và đề ra nhiệm vụ cho năm tới. Các phường báo cáo kết quả thu ngân sách vượt dự toán.</p>'.repeat(4);
    const article = extractHtml(`<!doctype html><html lang="vi"><head><title>Hội nghị tổng kết</title></head><body><article><h1>Hội nghị tổng kết</h1>${story}<p>PV</p><p><a href="/chu-de/ha-noi.html">Hà Nội</a></p></article></body></html>`);
    expect(article.bylines).toEqual(['PV']);
    expect(article.text).not.toContain('Hà Nội');
  });

  it('keeps a real last sentence', () => {
    const { root, ctx } = run(`${LONG}<p>The programme starts in May.</p>`);
    expect(ctx.bylines).toEqual([]);
    expect(root.textContent).toContain('The programme starts in May.');
  });

  it('only looks at the end of the body', () => {
    const { root, ctx } = run(`${LONG}<p>Minh Anh</p>${LONG}`);
    expect(ctx.bylines).toEqual([]);
    expect(root.textContent).toContain('Minh Anh');
  });

  it('never takes a heading or a list item as a byline', () => {
    const { ctx } = run(`${LONG}<ul><li>Minh Anh</li></ul>`);
    expect(ctx.bylines).toEqual([]);
  });
});

describe('signatures in the last paragraph and past other credits', () => {
  it('takes reporter initials in parentheses whose link names the reporter, and leaves the sentence', () => {
    const { root, ctx } = run(`${LONG}<p>1Password kostet knapp 50 Euro. <span>(<a title="Ben Schwan" href="mailto:bsc@example.test">bsc</a>)</span></p>`);
    expect(ctx.bylines).toEqual(['Ben Schwan']);
    expect(root.textContent?.trim().endsWith('50 Euro.')).toBe(true);
  });

  it('takes a labelled credit in parentheses past the notices that follow the story', () => {
    const html = `${LONG}<p>研究结果发表在《自然》上。（编译/林靖东）</p><p>精彩视频推荐</p><p>【未经授权，不得转载。】</p><p>[责任编辑：alonliu]</p>`;
    const { root, ctx } = run(html);
    expect(ctx.bylines).toEqual(['林靖东']);
    expect(root.textContent).toContain('研究结果发表在《自然》上。');
    expect(root.textContent).not.toContain('编译');
  });

  it('leaves initials without a linked name, and an agency before the last paragraph, in the text', () => {
    expect(run(`${LONG}<p>Die Preise steigen (bsc)</p>`).ctx.bylines).toEqual([]);
    expect(run(`${LONG}<p>Der Bericht kam heute (dpa)</p><p>Die Preise steigen weiter und weiter.</p>`).ctx.bylines).toEqual([]);
  });

  it('reads "作者︱春春" as a labelled byline, passing over the desk editor\'s line after it', () => {
    const { root, ctx } = run(`${LONG}<p>出品︱网易科学人栏目组 胖胖</p><p><strong>作者︱春春</strong></p><div>[责任编辑:肖春芳]</div>`);
    expect(ctx.bylines).toEqual(['春春']);
    expect(root.textContent).toContain('责任编辑');
    expect(root.textContent).toContain('出品');
  });
});

describe('the body\'s signature and the metadata\'s author', () => {
  const html = (author: string, shown: string) =>
    `<!doctype html><html lang="en"><head><title>A story</title><meta name="author" content="${author}"></head><body><article><h1>A story</h1>${shown}${FILLER}<p>Reuters</p></article></body></html>`;

  it('takes the signature over a metadata author the page never prints', () => {
    expect(extractHtml(html('Web Desk Seven', '')).bylines).toEqual(['Reuters']);
  });

  it('does not count the name in a JSON-LD script in the body as printed', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Web Desk Seven"}}</script>';
    expect(extractHtml(html('Web Desk Seven', jsonLd)).bylines).toEqual(['Reuters']);
  });

  it('keeps the metadata author the page prints', () => {
    expect(extractHtml(html('Ann Lee', '<p class="byline">By Ann Lee</p>')).bylines).toEqual(['Ann Lee']);
  });
});

describe('an author\'s note ending an opinion piece', () => {
  const note = '<p><b><i>Andrés Malamud es politólogo e investigador en la Universidad de Lisboa. Martín Schapiro es abogado administrativista</i></b></p>';
  const runIn = (html: string, lang: string) => {
    const root = bodyOf(html);
    const ctx: BodyPassContext = { bylines: [], lang, title: '', knownBylines: [] };
    takeTrailingBylines(root, ctx);
    return { root, ctx };
  };

  it('names the authors its sentences introduce, and stays in the body', () => {
    const { root, ctx } = runIn(`${LONG}${note}`, 'es');
    expect(ctx.bylines).toEqual(['Andrés Malamud', 'Martín Schapiro']);
    expect(root.textContent).toContain('politólogo');
  });

  it('needs the note set apart in bold or italics, every sentence opening with a name, and the page\'s own verb', () => {
    expect(runIn(`${LONG}<p>Andrés Malamud es politólogo e investigador en la Universidad de Lisboa.</p>`, 'es').ctx.bylines).toEqual([]);
    expect(runIn(`${LONG}<p><i>Andrés Malamud es politólogo. El texto fue publicado antes.</i></p>`, 'es').ctx.bylines).toEqual([]);
    expect(runIn(`${LONG}${note}`, 'en').ctx.bylines).toEqual([]);
  });
});

describe('a Chinese reporter’s line with no colon', () => {
  const STORY_ZH = '<p>今年全市共有考生三万多人参加考试，比去年增加两千人，各考点秩序井然，没有发生违纪事件。</p>';

  function runZh(html: string): { root: Element; ctx: BodyPassContext } {
    const root = bodyOf(html);
    const ctx: BodyPassContext = { bylines: [], lang: 'zh', title: '', knownBylines: [] };
    takeTrailingBylines(root, ctx);
    return { root, ctx };
  }

  it('takes "记者张三" and "（本报记者 张三、李四）" closing the body into the bylines', () => {
    expect(runZh(`${STORY_ZH}${STORY_ZH}<p>记者张三</p>`).ctx.bylines).toEqual(['张三']);
    const { root, ctx } = runZh(`${STORY_ZH}${STORY_ZH}<p>（本报记者 张三、李四）</p>`);
    expect(ctx.bylines).toEqual(['张三', '李四']);
    expect(root.textContent).not.toContain('记者');
  });

  it('keeps a closing sentence that opens with 记者', () => {
    const line = '<p>记者从市教育局获悉，今年的录取工作将于七月中旬开始。</p>';
    const { root, ctx } = runZh(`${STORY_ZH}${line}`);
    expect(ctx.bylines).toEqual([]);
    expect(root.textContent).toContain('记者从市教育局获悉');
  });
});

describe('the signature and the newsletter pitch under a story', () => {
  const pitch = '<div class="catcher__title">Pour ne rien manquer de l’actualité économique</div><div class="catcher__desc"><p>Cet article est paru dans notre newsletter « La lettre éco ». Si vous êtes abonné au <em>Monde</em>, <a href="/account/newsletters">vous pouvez vous inscrire à cette lettre quotidienne en suivant ce lien</a>. Chaque jour à 12 h 30, vous y retrouverez les informations du <em>Monde</em> et son regard sur l’actualité économique, à travers notamment la chronique « Pertes &amp; profits ».</p></div>';

  it('drops a newsletter\'s pitch closing the body, with its title, and keeps one inside the story', () => {
    const root = bodyOf(`${LONG}${pitch}`);
    removeClosingPitch(root);
    expect(root.innerHTML).toBe(`${LONG}<div class="catcher__desc"></div>`);
    const inside = bodyOf(`${pitch}${LONG}`);
    removeClosingPitch(inside);
    expect(inside.textContent).toContain('newsletter');
  });

  it('takes a signature uncovered at the end only when it names the writer the header shows', () => {
    const signed = bodyOf(`${LONG}<p><span>Cécile Ducourtieux</span><span>(Bruxelles, bureau européen)</span></p>`);
    const ctx: BodyPassContext = { bylines: [], lang: 'fr', title: '', knownBylines: ['Cécile Ducourtieux'] };
    takeUncoveredSignature(signed, ctx);
    expect(ctx.bylines).toEqual(['Cécile Ducourtieux']);
    expect(signed.innerHTML).toBe(LONG);
    const section = bodyOf(`${LONG}<p>Sports Headlines</p>`);
    const other: BodyPassContext = { bylines: [], lang: 'en', title: '', knownBylines: ['Jane Doe'] };
    takeUncoveredSignature(section, other);
    expect(other.bylines).toEqual([]);
    expect(section.innerHTML).toBe(`${LONG}<p>Sports Headlines</p>`);
  });

  it('reads a parenthesis glued to the name as the signature\'s note', () => {
    expect(signatureOf('Cécile Ducourtieux(Bruxelles, bureau européen)', 'fr')).toBe('Cécile Ducourtieux (Bruxelles, bureau européen)');
  });
});
