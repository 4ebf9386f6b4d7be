import { describe, expect, it } from 'vitest';
import { cleanTitle, stripSiteParts } from '@/utils/article/clean-title';
import { extractHtml, FILLER } from './helpers';

const none = { jsonLdHeadline: null, markedHeadline: null, headlineText: null, openingSubheading: null, documentTitle: '', statedTitles: [] as string[], names: [] as string[], url: 'https://example.test/a.html' };

describe('titles without the publication around them', () => {
  it('cuts the site name the page states, in any language and separator', () => {
    expect(stripSiteParts('Cục Kiểm lâm vào cuộc - Tuổi Trẻ Online', ['TUOI TRE ONLINE'], 'https://tuoitre.vn/x.htm')).toBe('Cục Kiểm lâm vào cuộc');
    expect(stripSiteParts('习近平会见外宾--人民网', ['人民网'], 'http://politics.people.com.cn/n1/x.html')).toBe('习近平会见外宾');
    // A full-width colon with no space before the name, and only before a name: "首相：「…」" keeps its speaker.
    expect(stripSiteParts('首相、衆院解散を表明：朝日新聞デジタル', ['朝日新聞デジタル'], 'https://www.asahi.com/articles/x.html')).toBe('首相、衆院解散を表明');
    expect(stripSiteParts('首相：「年内に解散する」', ['朝日新聞デジタル'], 'https://www.asahi.com/articles/x.html')).toBe('首相：「年内に解散する」');
    // A half-width colon with no space on either side, before the stated name; a time or a spaced colon is no such tail.
    expect(stripSiteParts('マインドマップ風のツリーを描画できる「Treeviz」:phpspot開発日誌', ['phpspot開発日誌'], 'https://phpspot.org/blog/archives/x.html')).toBe('マインドマップ風のツリーを描画できる「Treeviz」');
    expect(stripSiteParts('Genetik: Das Geheimnis der parasitischen Riesenblumen', ['Spektrum'], 'https://www.spektrum.de/news/x')).toBe('Genetik: Das Geheimnis der parasitischen Riesenblumen');
    expect(stripSiteParts('試合は2:1で終了', ['1'], 'https://example.jp/x')).toBe('試合は2:1で終了');
    // A name no metadata states that opens with the address's word.
    expect(stripSiteParts('ゴールデンウィークにおける情報セキュリティに関する注意喚起：IPA 独立行政法人 情報処理推進機構', [], 'https://www.ipa.go.jp/security/x.html')).toBe('ゴールデンウィークにおける情報セキュリティに関する注意喚起');
    expect(stripSiteParts('首相：「年内に解散する」', [], 'https://www.asahi.com/articles/x.html')).toBe('首相：「年内に解散する」');
    // The name in brackets after the headline; a bracket the page does not name is the headline's ("(Update 2)").
    expect(stripSiteParts('欲張りなイヌ　＜福娘童話集＞', ['福娘童話集'], 'https://hukumusume.com/douwa/x.html')).toBe('欲張りなイヌ');
    expect(stripSiteParts('Oil prices rise (Update 2)', ['Bloomberg'], 'https://www.bloomberg.com/news/x')).toBe('Oil prices rise (Update 2)');
    expect(stripSiteParts('Mozilla - Wikipedia', ['Wikipedia'], 'https://en.wikipedia.org/wiki/Mozilla')).toBe('Mozilla');
    expect(stripSiteParts('Le budget voté | Éditorial | Le Journal', ['Le Journal', 'Éditorial'], 'https://journal.example.fr/x')).toBe('Le budget voté');
  });

  it('cuts a part named after the host when the page states no name', () => {
    expect(stripSiteParts('Hà Nội đề xuất hạ đê sông Hồng - VnExpress', [], 'https://vnexpress.net/x.html')).toBe('Hà Nội đề xuất hạ đê sông Hồng');
    // The address spells the name's initials, the paper's word before it counted or not.
    expect(stripSiteParts('Giá xăng giảm lần thứ ba - Báo Người Lao Động', [], 'https://nld.com.vn/x.htm')).toBe('Giá xăng giảm lần thứ ba');
    expect(stripSiteParts('Quân khu 7 diễn tập | Sài Gòn Giải Phóng', [], 'https://www.sggp.org.vn/x.html')).toBe('Quân khu 7 diễn tập');
    expect(stripSiteParts('Fed holds rates steady - The Wall Street Journal', [], 'https://www.wsj.com/articles/x')).toBe('Fed holds rates steady');
    // Two letters spell too many pairs of words.
    expect(stripSiteParts('Bridge reopens - Joy Returns', [], 'https://jr.com/x')).toBe('Bridge reopens - Joy Returns');
    // The host's name with an article before it or a word after it.
    expect(stripSiteParts('Parliament passes budget - The Washington Post', [], 'https://www.washingtonpost.com/x')).toBe('Parliament passes budget');
    expect(stripSiteParts('Bundestag beschließt Haushalt - DER SPIEGEL', [], 'https://www.spiegel.de/x')).toBe('Bundestag beschließt Haushalt');
    expect(stripSiteParts('Parliament passes budget - BBC News', [], 'https://www.bbc.com/news/x')).toBe('Parliament passes budget');
    // A part of four words or more, or one the host's word sits inside, is the headline's.
    expect(stripSiteParts('Russia detains journalist - a BBC reporter speaks', [], 'https://www.bbc.com/news/x')).toBe('Russia detains journalist - a BBC reporter speaks');
  });

  it('cuts an end part that ends with a web address, and a numeric date beside it, wherever the page is served', () => {
    const url = 'http://fakehost/page.html';
    expect(stripSiteParts('FBI to post mug shots on billboards | STATE NEWS | Breaking Houston News, Weather, Video from KHOU.com', [], url)).toBe('FBI to post mug shots on billboards | STATE NEWS');
    expect(stripSiteParts('www.kansascity.com | 01/12/2008 | Freed hostages tell how they survived', [], url)).toBe('Freed hostages tell how they survived');
    // A headline that names an address, and a site's name with only a few words beside it, stay.
    expect(stripSiteParts('Amazon.com to cut 10,000 jobs - Reuters', [], url)).toBe('Amazon.com to cut 10,000 jobs - Reuters');
    expect(stripSiteParts('Footballworld.com | A Netsports Site', [], url)).toBe('Footballworld.com | A Netsports Site');
    expect(stripSiteParts('Cardinals beat Cubs - Cardinals win in St.Louis', [], url)).toBe('Cardinals beat Cubs - Cardinals win in St.Louis');
  });

  it('keeps a dash that belongs to the headline', () => {
    expect(stripSiteParts('Friday Facts #282 - 0.17 in sight | Factorio', ['Factorio'], 'https://factorio.com/blog')).toBe('Friday Facts #282 - 0.17 in sight');
    expect(stripSiteParts('Lupita’s Dress -- STOLEN!!!', ['TMZ'], 'https://www.tmz.com/x')).toBe('Lupita’s Dress -- STOLEN!!!');
  });

  it('never cuts a headline that only mentions the site, nor leaves nothing', () => {
    expect(stripSiteParts('Tin mới @ Nhà của Lan_Blog :: Blog', ['Nhà của Lan_Blog'], 'https://blog.example/x')).toBe('Tin mới @ Nhà của Lan_Blog');
    expect(stripSiteParts('Wikipedia', ['Wikipedia'], 'https://wikipedia.org/')).toBe('Wikipedia');
  });

  it('cuts the blog\'s name the page states before a colon and the post title it shows', () => {
    const post = { ...none, documentTitle: 'Ice-Cream Monster Toon Cafe: Little gifts for friends', headlineText: 'Little gifts for friends' };
    expect(cleanTitle(post.documentTitle, { ...post, names: ['Ice-Cream Monster Toon Cafe'] })).toBe('Little gifts for friends');
    // Named nowhere else, what precedes the colon may be the story's own: a speaker, a kicker.
    expect(cleanTitle('Obama: We will win this fight', { ...none, documentTitle: 'Obama: We will win this fight', headlineText: 'We will win this fight' })).toBe('Obama: We will win this fight');
  });

  it("takes a short h1 that opens the <title> before a name's few words: a reference page's subject", () => {
    const article = { ...none, documentTitle: 'Mozilla - Wikipedia', headlineText: 'Mozilla' };
    expect(cleanTitle('Mozilla - Wikipedia', article)).toBe('Mozilla');
    // The site's logo as the h1, a section's name, or a headline after it: the <title> stands.
    expect(cleanTitle('Wired - Inside the new chip race', { ...none, documentTitle: 'Wired - Inside the new chip race', headlineText: 'Wired', url: 'https://www.wired.example/story/chips' })).toBe('Inside the new chip race');
    expect(cleanTitle('Sport - Kemble quits', { ...none, documentTitle: 'Sport - Kemble quits', headlineText: 'Sport' })).toBe('Sport - Kemble quits');
    expect(cleanTitle('Recipes - Best banana bread ever', { ...none, documentTitle: 'Recipes - Best banana bread ever', headlineText: 'Recipes' })).toBe('Recipes - Best banana bread ever');
  });

  it('takes the h1 over a short <title> that shares no word with it: the site and its section, not the story', () => {
    expect(cleanTitle('Daring Fireball: Colophon', { ...none, documentTitle: 'Daring Fireball: Colophon', headlineText: 'About This Site' })).toBe('About This Site');
    expect(cleanTitle('Google - Site Reliability Engineering', { ...none, documentTitle: 'Google - Site Reliability Engineering', headlineText: 'Monitoring Distributed Systems' })).toBe('Monitoring Distributed Systems');
  });

  it('takes the h1 over a title of a word or two that the h1 holds: the topic, not the story', () => {
    expect(cleanTitle('Arbeit', { ...none, documentTitle: 'Arbeit - BÜNDNIS 90/DIE GRÜNEN', headlineText: 'Wir kämpfen für gute Arbeit' })).toBe('Wir kämpfen für gute Arbeit');
    // A headline of its own, however short, stays beside an h1 that says more.
    expect(cleanTitle('Kemble quits after defeat', { ...none, documentTitle: 'Kemble quits after defeat', headlineText: 'Kemble quits after defeat in the cup final' })).toBe('Kemble quits after defeat');
  });

  it('keeps a headline-length <title> beside an h1 about something else (a box\'s "Most read stories")', () => {
    const title = 'Council votes to extend the night bus programme';
    expect(cleanTitle(title, { ...none, documentTitle: title, headlineText: 'Most read stories' })).toBe(title);
  });

  it('takes the JSON-LD headline over a title that is the paper’s name', () => {
    expect(cleanTitle('The Daily Example', { ...none, names: ['The Daily Example'], jsonLdHeadline: 'Council votes to extend the programme' })).toBe('Council votes to extend the programme');
  });

  it('takes the headline a portal sets in a div over its generic <title>', () => {
    expect(cleanTitle('Cổng thông tin điện tử thành phố Đà Nẵng', { ...none, markedHeadline: 'Lãnh đạo Đà Nẵng cam kết không đi nước ngoài bằng ngân sách' })).toBe('Lãnh đạo Đà Nẵng cam kết không đi nước ngoài bằng ngân sách');
  });

  it('takes the h1 when it is the part of the <title> Readability dropped', () => {
    const documentTitle = 'Cổng thông tin điện tử Hải Phòng - Cô giáo chủ nhiệm bị khiển trách';
    expect(cleanTitle('Cổng thông tin điện tử Hải Phòng', { ...none, documentTitle, headlineText: 'Cô giáo chủ nhiệm bị khiển trách' })).toBe('Cô giáo chủ nhiệm bị khiển trách');
  });

  it('cuts a site name after a spaced colon, and keeps a French subtitle after one', () => {
    expect(cleanTitle('T.J. Ford Cleared To Practice : PROTRADE', { ...none, url: 'https://www.protrade.com/story/1' })).toBe('T.J. Ford Cleared To Practice');
    expect(cleanTitle('Réforme des retraites : ce qui change au 1er janvier', { ...none, url: 'https://www.journal.example/a' })).toBe('Réforme des retraites : ce qui change au 1er janvier');
  });


  it('reads the headline from JSON-LD when Readability takes the publisher’s name', () => {
    const html = `<!doctype html><html lang="en"><head><title>Example Times</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","name":"Example Times","headline":"Bridge reopens after two years of repairs","publisher":{"@type":"Organization","name":"Example Times"}}</script>
      </head><body><article>${FILLER}</article></body></html>`;
    expect(extractHtml(html).title).toBe('Bridge reopens after two years of repairs');
  });

  it('finds a no-h1 portal’s headline in its "news-title" div', () => {
    const html = `<!doctype html><html lang="vi"><head><title>Cổng thông tin điện tử thành phố - Tin tức</title></head><body>
      <div class="box-title">Chuyên mục</div><div class="news-title">Thành phố công khai chi tiêu đoàn ra năm 2019</div>${FILLER}</body></html>`;
    expect(extractHtml(html, 'https://portal.example.vn/tin?id=1').title).toBe('Thành phố công khai chi tiêu đoàn ra năm 2019');
  });

  it('takes the h1 that states the page\'s title in a header named like chrome, not a writer\'s job title', () => {
    const html = `<!doctype html><html lang="en"><head><title>First US woman in space dies at 61 - Space - NBC News</title>
      <meta property="og:title" content="First American woman in space dies at 61"></head><body>
      <div id="storyheader" class="nav"><h1>First American woman in space dies at 61</h1></div>
      <div itemscope itemtype="http://data-vocabulary.org/Person">By <a href="/id/1">Alan Boyle</a> <span class="title" itemprop="title">Science editor</span></div>
      <article>${FILLER}</article></body></html>`;
    expect(extractHtml(html).title).toBe('First American woman in space dies at 61');
  });

  it('takes the shown headline over a title that only adds section and site parts to it', () => {
    expect(cleanTitle('宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网', { ...none, headlineText: '宇航员在太空中喝酒会怎么样？后果很严重' })).toBe('宇航员在太空中喝酒会怎么样？后果很严重');
    expect(cleanTitle('Kết cục bất ngờ cho băng nhóm tuổi teen cướp taxi - Pháp luật', { ...none, headlineText: 'Kết cục bất ngờ cho băng nhóm tuổi teen cướp taxi' })).toBe('Kết cục bất ngờ cho băng nhóm tuổi teen cướp taxi');
    expect(cleanTitle('公衆無線LANを安全に使うためのアプリ（CNET Japan）', { ...none, headlineText: '公衆無線LANを安全に使うためのアプリ' })).toBe('公衆無線LANを安全に使うためのアプリ');
    // The <title> in title case, the page's headline in sentence case: the same words.
    expect(cleanTitle('Aidy Recalls Big Guns (from Harrow Times)', { ...none, markedHeadline: 'Aidy recalls big guns', headlineText: 'Aidy recalls big guns' })).toBe('Aidy recalls big guns');
    // A title that goes on as a sentence is the headline, not the h1 with names after it.
    expect(cleanTitle('Council votes to extend the programme: what it means', { ...none, headlineText: 'Council votes to extend the programme' })).toBe('Council votes to extend the programme: what it means');
  });

  it('takes the shown headline over a <title> that is the portal’s name after its host', () => {
    const context = { ...none, headlineText: 'Huấn luyện viên đã rời hang cùng 3 cầu thủ', url: 'https://quan3.example.gov.vn/tin-tuc/1' };
    expect(cleanTitle('Cổng thông tin điện tử Quận 3', context)).toBe('Huấn luyện viên đã rời hang cùng 3 cầu thủ');
    // A <title> that does not name the host stays: the h1 may be a section's name.
    expect(cleanTitle('Babies Who Eat Peanuts Early May Avoid Allergy', { ...none, headlineText: 'Allergies Health Center' })).toBe('Babies Who Eat Peanuts Early May Avoid Allergy');
  });

  it('takes the shown h1 over a <title> that retells the same story for search engines', () => {
    const context = { ...none, headlineText: 'Tránh công nông, xe buýt lao xuống ruộng, hành khách hoảng loạn', names: ['Báo Giao Thông Mới'] };
    expect(cleanTitle('Xe buýt lao xuống ruộng vì tránh công nông, hành khách hoảng loạn | Báo Giao Thông Mới', context)).toBe('Tránh công nông, xe buýt lao xuống ruộng, hành khách hoảng loạn');
    // Another story, a logo or a section in the h1 leaves the <title> alone.
    expect(cleanTitle('Hà Nội đề xuất hạ đê sông Hồng', { ...context, headlineText: 'Xe buýt lao xuống ruộng ở Quảng Trị' })).toBe('Hà Nội đề xuất hạ đê sông Hồng');
    expect(cleanTitle('Hà Nội đề xuất hạ đê sông Hồng | Báo Giao Thông Mới', { ...context, headlineText: 'Báo Giao Thông Mới' })).toBe('Hà Nội đề xuất hạ đê sông Hồng');
  });

  it('takes the shown headline over og:title when another of the page’s titles states it', () => {
    const context = { ...none, headlineText: 'Twitter Lite se estrena en 11 países de América Latina', statedTitles: ['Twitter Lite se estrena en México y otros nueve países', 'Twitter Lite se estrena en 11 países de América Latina'] };
    expect(cleanTitle('Twitter Lite se estrena en México y otros nueve países', context)).toBe('Twitter Lite se estrena en 11 países de América Latina');
    // An h1 no metadata states (a section's name, a teaser) does not replace the title.
    expect(cleanTitle('Bridge reopens after two years of repairs', { ...none, headlineText: 'Local news and weather today', statedTitles: ['Bridge reopens after two years of repairs'] })).toBe('Bridge reopens after two years of repairs');
  });

  it("cuts a last part no metadata names when it reads as a site's name after a headline of five words or more", () => {
    expect(cleanTitle('Slow Start Cost the Majors in Ottawa - OurSports Central', none)).toBe('Slow Start Cost the Majors in Ottawa');
    expect(cleanTitle('Il governo approva la manovra finanziaria - Corriere della Sera', none)).toBe('Il governo approva la manovra finanziaria');
    expect(cleanTitle('习近平会见来访的法国总统马克龙 - 人民网', none)).toBe('习近平会见来访的法国总统马克龙');
    // Chinese titles set a bare "_" before the site, and a section between: once the site goes, the section goes too.
    expect(cleanTitle('国务院常务会议部署推动经济回升向好_新华网', none)).toBe('国务院常务会议部署推动经济回升向好');
    expect(cleanTitle('习近平会见美国总统拜登谈中美关系--时政--人民网', none)).toBe('习近平会见美国总统拜登谈中美关系');
    // A name in an unspaced script is a few characters, however a segmenter without the page's language splits it;
    // after such a headline a spaced half-width colon sets it off too.
    expect(cleanTitle('米政府が新たな制裁を発表、対象は100社以上 - 読売新聞オンライン', none)).toBe('米政府が新たな制裁を発表、対象は100社以上');
    expect(cleanTitle('米政府が新たな制裁を発表、対象は100社以上 : 読売新聞', none)).toBe('米政府が新たな制裁を発表、対象は100社以上');
    // After the colon a phrase with particles is the headline's second half.
    expect(cleanTitle('自民党の岸田文雄首相が会見 : 減税を検討', none)).toBe('自民党の岸田文雄首相が会見 : 減税を検討');
    expect(cleanTitle('Kemble quits as coach of the national side - Sport - OurSports Central', none)).toBe('Kemble quits as coach of the national side');
    expect(cleanTitle('snake_case_names explained for new programmers - Dev Notes', none)).toBe('snake_case_names explained for new programmers');
    // A clause of the headline: a figure, a lower-case word at either end, or too few words before it.
    expect(cleanTitle('Xe khách lao xuống vực ở Lào Cai - 5 người chết', none)).toBe('Xe khách lao xuống vực ở Lào Cai - 5 người chết');
    expect(cleanTitle('Storm batters the northern coast overnight - thousands flee', none)).toBe('Storm batters the northern coast overnight - thousands flee');
    expect(cleanTitle('Brexit explained - The Deal', none)).toBe('Brexit explained - The Deal');
    expect(cleanTitle('Le président annonce un référendum : Le Monde', none)).toBe('Le président annonce un référendum : Le Monde');
    // A last part the page shows in its h1 is the headline's own.
    expect(cleanTitle('Blood pressure monitors compared - 5-minute CHOICE', { ...none, headlineText: 'Blood pressure monitors compared - 5-minute CHOICE' })).toBe('Blood pressure monitors compared - 5-minute CHOICE');
    expect(cleanTitle('How to lose weight on the diet – Real Stories', { ...none, headlineText: 'How to lose weight on the diet – Real Stories' })).toBe('How to lose weight on the diet – Real Stories');
  });

  it('takes the shown headline after a section or site name set before it', () => {
    expect(cleanTitle('Sonics | Veteran, rookie are tops in Sonics win', { ...none, headlineText: 'Veteran, rookie are tops in Sonics win' })).toBe('Veteran, rookie are tops in Sonics win');
    // Not after a colon, nor a longer part, nor when the h1 is a logo.
    expect(cleanTitle('Obama: Veteran, rookie are tops in Sonics win', { ...none, headlineText: 'Veteran, rookie are tops in Sonics win' })).toBe('Obama: Veteran, rookie are tops in Sonics win');
    expect(cleanTitle('Hà Nội đề xuất hạ đê sông Hồng | Tin Tức Hà Nội', { ...none, headlineText: 'Tin Tức Hà Nội' })).not.toBe('Tin Tức Hà Nội');
  });

  it('never takes a URL for the site name', () => {
    const html = `<!doctype html><html lang="en"><head><title>Dress stolen</title><meta property="og:site_name" content="http://www.example.com"></head><body><article>${FILLER}</article></body></html>`;
    expect(extractHtml(html).siteName).toBeNull();
  });
});

describe('a section the page marks with microdata', () => {
  it('is cut from the title, where a part no metadata names stays unless it reads as a name', () => {
    const story = (genre: string, section = 'Code') =>
      `<!doctype html><html lang="en"><head><title>Get your Frontend Code Covered | ${section} | Jane Roe</title></head><body><h1><a href="/">Hi, I'm Jane.</a></h1><article><h2>Get your Frontend Code Covered</h2><p>Jane Roe — 2013-09-29 — in ${genre}</p>${FILLER}</article></body></html>`;
    expect(extractHtml(story('<a href="/code/" itemprop="genre">Code</a>')).title).toBe('Get your Frontend Code Covered');
    // Unnamed, "Code" is still a name's one capitalised word after a headline (withoutUnnamedName); "Notes on testing" is not.
    expect(extractHtml(story('<a href="/code/">Code</a>')).title).toBe('Get your Frontend Code Covered');
    expect(extractHtml(story('<a href="/code/">Notes</a>', 'Notes on testing')).title).toBe('Get your Frontend Code Covered | Notes on testing');
  });
});

describe('a title the page states again in its metadata', () => {
  it('loses what the <title> adds after it, named anywhere or not', () => {
    const context = { ...none, statedTitles: ['Bridge reopens after two years of repairs'] };
    expect(cleanTitle('Bridge reopens after two years of repairs | Local | The Daily Example', context)).toBe('Bridge reopens after two years of repairs');
    expect(cleanTitle('Cầu Vĩnh Tuy thông xe sau hai năm sửa chữa - Báo Mới', { ...none, statedTitles: ['Cầu Vĩnh Tuy thông xe sau hai năm sửa chữa'] })).toBe('Cầu Vĩnh Tuy thông xe sau hai năm sửa chữa');
  });

  it('keeps a title whose stated twin is a short word or two, or no prefix of it', () => {
    expect(cleanTitle('Brexit - the deal explained', { ...none, statedTitles: ['Brexit'] })).toBe('Brexit - the deal explained');
    expect(cleanTitle('Bridge reopens after repairs | City', { ...none, statedTitles: ['Bridge reopens after long repairs'] })).toBe('Bridge reopens after repairs | City');
  });
});

describe('a blog whose h1 is its masthead', () => {
  const blog = (title: string, h1: string, h2: string) =>
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><h1><a href="/blogs/index?blogid=7">${h1}</a></h1><div class="post"><h2>${h2}</h2>${FILLER}</div></body></html>`;

  it('takes the story from the <title>, not the blog’s name the h1 links home with', () => {
    const story = 'Another political murder in Lebanon, another dashed hope for peace';
    expect(extractHtml(blog(`SFGate: World Views : ${story}`, 'SFGate: World Views', story), 'https://blog.example/blogs/post?entry=1').title).toBe(story);
    expect(extractHtml(blog('SFGate: Daily Dish : Ronson Denies Winehouse Affair', 'SFGate: Daily Dish', 'Ronson Denies Winehouse Affair'), 'https://blog.example/blogs/post?entry=2').title).toBe('Ronson Denies Winehouse Affair');
  });

  it('keeps an h1 that links to the page itself as the headline', () => {
    const html = `<!doctype html><html lang="en"><head><title>The importance of going first - Seth's Blog</title></head><body><h1><a href="https://blog.example/2012/07/going-first.html">The importance of going first</a></h1>${FILLER}</body></html>`;
    expect(extractHtml(html, 'https://blog.example/2012/07/going-first.html').title).toBe('The importance of going first');
  });
});

describe('a diary whose h1 is its name and whose post has a lower heading', () => {
  const diary = (title: string, top: string, post: string) =>
    `<!doctype html><html lang="ja"><head><title>${title}</title></head><body>${top}<div class="section">${post}${FILLER}</div></body></html>`;

  it('shows the post’s heading, without its bullet, and names the site after the h1', () => {
    const post = '改正NICT法がプチ炎上、工場出荷時共通初期パスワードが識別符号に当たらない';
    const article = extractHtml(diary(`高木浩光＠自宅の日記 - ${post}`, '<h1>高木浩光＠自宅の日記</h1>', `<h3><a href="#p01"><span>■</span> </a>${post}</h3>`), 'https://diary.example/20190211.html');
    expect(article.title).toBe(post);
  });

  it('keeps the h1 when the title’s other part is shorter, or printed above it (the work a chapter belongs to)', () => {
    const chapter = 'ONE HUNDRED TWO: What kind of wordchain?';
    const html = diary(`${chapter} - Super Supportive`, `<h2>Super Supportive</h2><h1>${chapter}</h1>`, '');
    expect(extractHtml(html, 'https://fiction.example/chapter/102').title).toBe(chapter);
  });
});

describe('a page with no h1, whose headline is an h2', () => {
  const page = (title: string, h2: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><div class="header"><h2 class="bigBlack">${h2}</h2></div>${FILLER}</body></html>`;

  it('cuts the section after the h2 the <title> opens with', () => {
    expect(extractHtml(page('Do sub-notebooks threaten the MacBook Air? - News', 'Do sub-notebooks threaten the MacBook Air?'), 'https://news.example/n/1').title).toBe('Do sub-notebooks threaten the MacBook Air?');
    expect(extractHtml(page('Chelsea hoping to sign Anelka before weekend - Soccer - Sport - Breaking News', 'Chelsea hoping to sign Anelka before weekend'), 'https://news.example/n/2').title).toBe('Chelsea hoping to sign Anelka before weekend');
  });

  it('keeps what follows the h2 when it is more than a short name', () => {
    expect(extractHtml(page('Bridge reopens - and the city counts the cost of two years of detours and delays for everyone', 'Bridge reopens'), 'https://news.example/n/3').title).not.toBe('Bridge reopens');
  });
});

describe('section names around a headline that the metadata does not name', () => {
  it('cuts parts made only of section words, at either end, in any language of the packs', () => {
    expect(cleanTitle('Under-siege Kemble quits as Kiwi coach - World - Sport', none)).toBe('Under-siege Kemble quits as Kiwi coach');
    expect(cleanTitle('News - Holders Egypt maintain winning run ahead of Nations Cup', none)).toBe('Holders Egypt maintain winning run ahead of Nations Cup');
    expect(cleanTitle("Plane's engines 'failed to respond' | UK Latest", none)).toBe("Plane's engines 'failed to respond'");
    expect(cleanTitle('Hà Nội đề xuất hạ đê sông Hồng - Thời sự', none)).toBe('Hà Nội đề xuất hạ đê sông Hồng');
    expect(cleanTitle('Le budget 2025 adopté par les députés | Politique', none)).toBe('Le budget 2025 adopté par les députés');
    // A Chinese portal's channel before its name ("教育频道": education channel).
    expect(cleanTitle('海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网', { ...none, names: ['中国青年网'] })).toBe('海外留学生看两会：出国前后关注点大不同');
  });

  it('keeps them when what is left is too short for a headline, or the part has other words', () => {
    expect(cleanTitle('News | Africa - Reuters.com', none)).toBe('News | Africa - Reuters.com');
    expect(cleanTitle('Sporting Life - Football News Today and Tomorrow', none)).toBe('Sporting Life - Football News Today and Tomorrow');
    expect(cleanTitle('Bridge reopens after two years - Joy in the town', none)).toBe('Bridge reopens after two years - Joy in the town');
  });
});
