import { describe, expect, it } from 'vitest';
import { seedArticle, STORY, withoutBoilerplate } from './helpers';

describe('boilerplate Readability keeps', () => {
  it('removes an "Advertisement" label in any of our languages', () => {
    for (const label of ['Advertisement', 'Quảng cáo', 'Anzeige', 'Publicité']) {
      const root = withoutBoilerplate(`${STORY}<div>${label}</div>${STORY}`);
      expect(root.textContent).not.toContain(label);
      expect(root.querySelectorAll('p').length).toBe(2);
    }
  });

  it('removes a "Tin liên quan" heading with the list of links it announces', () => {
    const root = withoutBoilerplate(`${STORY}<h3>Tin liên quan</h3><ul><li><a href="/1">Bài một</a></li><li><a href="/2">Bài hai</a></li></ul>`);
    expect(root.textContent).not.toContain('Tin liên quan');
    expect(root.textContent).not.toContain('Bài một');
    expect(root.querySelector('p')).not.toBeNull();
  });

  it('removes a "Related post:" label in the singular with the one link it announces', () => {
    const root = withoutBoilerplate(`${STORY}<p><strong>Related post</strong>:</p><p><a href="/2012/07/05/data">Responsible data analysis</a></p>`);
    expect(root.textContent).not.toMatch(/Related post|Responsible data/u);
    expect(root.querySelector('p')).not.toBeNull();
  });

  it('removes a "Xem thêm:" pointer to another story', () => {
    const root = withoutBoilerplate(`${STORY}<p>Xem thêm: <a href="/x">Quận Đống Đa tổ chức hội nghị tổng kết</a></p>${STORY}`);
    expect(root.textContent).not.toContain('Xem thêm');
  });

  it('removes a pointer closing the body whose headline lost its link, and keeps one in the story', () => {
    const pointer = '<p>Xem thêm: Sau bắn Tomahawk, ông Trump lại sắp động thủ ở miền nam Syria?</p>';
    expect(withoutBoilerplate(`${STORY}${pointer}`).textContent).not.toContain('Xem thêm');
    expect(withoutBoilerplate(`${STORY}${pointer}${STORY}`).textContent).toContain('Xem thêm');
  });

  it.each(['>>> Xem thêm:', '► Lire aussi :', '» Read more:'])('removes a pointer that arrows lead: %s', (label) => {
    const root = withoutBoilerplate(`${STORY}<p>${label} <a href="/x">Quận Đống Đa tổ chức hội nghị tổng kết</a></p>${STORY}`);
    expect(root.textContent).not.toContain('Đống Đa');
  });

  it('removes a topics line whose few short tags are outweighed by its label, and keeps a sentence after a label', () => {
    const root = withoutBoilerplate(`${STORY}<div>Related Topics: <a href="/t/veterans">Veterans</a>, <a href="/t/nevada">Nevada</a></div>`);
    expect(root.textContent).not.toMatch(/Related Topics|Veterans/u);
    const said = '<p>More: the council said it would publish <a href="/r">the full report</a> on Friday, after the vote on the budget.</p>';
    expect(withoutBoilerplate(`${STORY}${said}`).textContent).toContain('the council said');
  });

  it('removes a "Lire aussi" or "Mehr zum Thema" pointer', () => {
    const root = withoutBoilerplate(`${STORY}<p>Lire aussi : <a href="/x">Le conseil vote le budget</a></p><p>Mehr zum Thema: <a href="/y">Der Rat stimmt ab</a></p>`);
    expect(root.textContent).not.toMatch(/Lire aussi|Mehr zum Thema/u);
  });

  it.each([
    ['Lea también:', 'El concejo aplaza la votación'],
    ['Leia também:', 'O conselho adia a votação'],
    ['Leggi anche:', 'Il consiglio rinvia il voto'],
    ['Lees meer:', 'De raad stelt de stemming uit'],
    ['Czytaj także:', 'Rada odkłada głosowanie'],
    ['Читайте також:', 'Рада відклала голосування'],
    ['Смотрите также:', 'Совет отложил голосование'],
  ])('removes a "%s" pointer in its language', (label, headline) => {
    const root = withoutBoilerplate(`${STORY}<p>${label} <a href="/x">${headline}</a></p>${STORY}`);
    expect(root.textContent).not.toContain(headline);
  });

  it('removes a share bar of social networks', () => {
    const root = withoutBoilerplate(`${STORY}<div><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer">Facebook</a> <a href="https://twitter.com/intent/tweet">Twitter</a> <a href="mailto:?x">Email</a></div>`);
    expect(root.textContent).not.toMatch(/Facebook|Twitter/u);
  });

  it('removes a list of share links that name their networks among other words, whatever their addresses', () => {
    const list = '<ul><li>Print</li><li><a href="mailto:?Subject=x">Email</a></li><li><a href="http://del.icio.us/post">Post to del.icio.us</a></li><li><a href="#">Post to newsvine</a></li><li><a href="http://www.ysearchblog.com/archives/000206.html">Post to Yahoo!</a></li><li><a href="http://digg.com/tools/">Post to Digg</a></li></ul>';
    expect(withoutBoilerplate(`${STORY}${list}`).textContent).not.toMatch(/Digg|newsvine/u);
    expect(withoutBoilerplate(`${STORY}<p><a href="/a">Auf Facebook teilen</a> <a href="/b">Auf Twitter teilen</a></p>`).textContent).not.toContain('teilen');
    // Links of the story that name a network in a longer title stay.
    const story = '<p><a href="/1">Facebook settles the privacy case with regulators</a> <a href="/2">Twitter changes its name</a></p>';
    expect(withoutBoilerplate(`${STORY}${story}`).innerHTML).toContain(story);
  });

  it("removes a bookmarking bar known by its links, which hand the page's address to each network, and tool labels", () => {
    const page = 'http%3A%2F%2Fnews.example.com%2Fstory%2F1';
    const bar = `<p><a href="#">E-mail Article</a> <a href="#">Print-Friendly</a> <a href="/rss.xml">Subscribe to RSS Feed</a> <a href="http://digg.com/submit?phase=2&url=${page}"><img src="/digg.gif" alt=""></a> <a href="http://del.icio.us/post?v=4;url=${page}">Post to del.icio.us</a> <a href="http://bookmarks.example/mark?u=${page}">Bookmark</a></p>`;
    const root = withoutBoilerplate(`${STORY}${bar}`);
    expect(root.textContent).not.toMatch(/E-mail|del\.icio\.us|Bookmark/u);
    // A short paragraph with two links of the story stays.
    const story = '<p>Read <a href="https://gov.example/report.pdf">the report</a> and <a href="https://gov.example/annex">its annex</a>.</p>';
    expect(withoutBoilerplate(`${STORY}${story}`).textContent).toContain('its annex');
  });

  it("removes a site's bar of section links between separators, and keeps prose that names as many links", () => {
    const sections = ['ePaper', 'Front Page', 'National', 'Tamil Nadu', 'Andhra Pradesh', 'Karnataka', 'Kerala', 'New Delhi'];
    const bar = `<p><span>News: </span>${sections.map((name, i) => `<a href="../0${i}hdline.htm">${name}</a>`).join(' | ')}</p>`;
    expect(withoutBoilerplate(`${STORY}${bar}${STORY}`).textContent).not.toMatch(/ePaper|Karnataka/u);
    const prose = `<p>${sections.map((name, i) => `the office in <a href="/o/${i}">${name}</a>`).join(', ')} all reopened on Monday.</p>`;
    expect(withoutBoilerplate(`${STORY}${prose}`).textContent).toContain('Karnataka');
    const contents = `<p>${sections.map((name, i) => `<a href="#s${i}">${name}</a>`).join(' | ')}</p>`;
    expect(withoutBoilerplate(`${STORY}${contents}${STORY}`).textContent).toContain('Karnataka');
  });

  it('removes a Chinese share prompt that names a network, and keeps the picture it is laid over', () => {
    const root = withoutBoilerplate(`<div class="pic"><div class="btn"><span>转播到腾讯微博</span></div><img src="/a.jpg" alt=""></div><p>谷歌在2014年收购的人工智能公司开发出一款能够用自己的记忆学习新知识的计算机。</p>`);
    expect(root.textContent).not.toContain('转播到腾讯微博');
    expect(root.querySelectorAll('img').length).toBe(1);
    const kept = withoutBoilerplate('<p>分享到这里，大家都明白了这个道理，也知道以后应该怎么做。</p>');
    expect(kept.textContent).toContain('分享到这里');
  });

  it('removes a link to a gallery or a video that a media word and a colon open, and keeps such words in a sentence or a plain line', () => {
    for (const line of ['<a href="/2300-207_162-538291.html">Pictures: Celebrity weddings and engagements</a>', '<strong><a href="/photos/idol">Photos from Us: See how \'Idol\' contestants have changed over the years</a></strong>', '<a href="/video/123">Video: Cảnh sát truy đuổi xe chở gỗ lậu trong đêm</a>']) {
      const root = withoutBoilerplate(`${STORY}<p>${line}</p>${STORY}`);
      expect(root.querySelectorAll('p').length).toBe(2);
    }
    const sentence = withoutBoilerplate(`${STORY}<p>Photos: the council published <a href="/p">the pictures</a> of the new hall on Tuesday, and residents were quick to respond.</p>${STORY}`);
    expect(sentence.textContent).toContain('council published');
    const unlinked = withoutBoilerplate(`${STORY}<p>Video: the moment the bridge reopened to traffic after two years</p>${STORY}`);
    expect(unlinked.textContent).toContain('bridge reopened');
  });

  it('removes a newsletter pitch', () => {
    const root = withoutBoilerplate(`${STORY}<div><p>Sign up for our daily newsletter</p><a href="/subscribe">Subscribe</a></div>`);
    expect(root.textContent).not.toContain('newsletter');
  });

  it('removes a closing list of bare links', () => {
    const root = withoutBoilerplate(`${STORY}${STORY}<ul><li><a href="/1">Another story</a></li><li><a href="/2">Yet another story</a></li></ul>`);
    expect(root.querySelector('ul')).toBeNull();
  });

  it('removes the story\'s tags closing the body without a label, and keeps links that name its writers or say more', () => {
    const tags = '<p class="the-article-tags"><a href="/tieu-diem/cuop-taxi.html">cướp taxi</a> <a href="/tieu-diem/dong-nai.html">Đồng Nai</a></p>';
    expect(withoutBoilerplate(`${STORY}${STORY}${tags}`).textContent).not.toContain('cướp taxi');
    const writers = '<p><a href="/tac-gia/viet-tuan.html">Việt Tuấn</a>, <a href="/tac-gia/ha-linh.html">Hà Linh</a></p>';
    expect(withoutBoilerplate(`${STORY}${STORY}${writers}`).textContent).toContain('Việt Tuấn');
    const sentence = '<p><a href="/a">The report</a> and <a href="/b">the minutes</a></p>';
    expect(withoutBoilerplate(`${STORY}${STORY}${sentence}`).textContent).toContain('The report');
    // In the middle of the body, two links are the story's.
    expect(withoutBoilerplate(`${STORY}${tags}${STORY}`).textContent).toContain('cướp taxi');
  });
});

describe('a video player closing the body', () => {
  it('removes its title and its length', () => {
    const player = '<div><div>Reproduciendo: Mira esto: Google Assistant mejora, hay más cambios en Twitter y...</div><div><span>8:09</span></div></div>';
    const text = withoutBoilerplate(`${STORY}${STORY}${player}`).textContent ?? '';
    expect(text).not.toContain('Reproduciendo');
    expect(text).not.toContain('8:09');
    expect(withoutBoilerplate(`${STORY}<p>Now playing: Watch this: The best phones of the year</p>${STORY}`).textContent).not.toContain('Now playing');
  });

  it('keeps a sentence that opens alike, and a time with the story after it', () => {
    const sentence = 'Now playing: the orchestra opened its season with Mahler.';
    expect(withoutBoilerplate(`${STORY}<p>${sentence}</p>${STORY}`).textContent).toContain(sentence);
    expect(withoutBoilerplate(`${STORY}<p>8:09</p>${STORY}`).textContent).toContain('8:09');
  });
});

describe('article text stays', () => {
  it('keeps a list of key facts, even when its items hold links', () => {
    const root = withoutBoilerplate(`${STORY}<ul><li>Budget: <a href="/b">$2 million</a> over two years</li><li>Start: May 2024</li></ul>${STORY}`);
    expect(root.querySelectorAll('li').length).toBe(2);
  });

  it('keeps a list of links in the middle of the body', () => {
    const root = withoutBoilerplate(`${STORY}<ul><li><a href="/1">The report</a></li><li><a href="/2">The minutes</a></li></ul>${STORY}`);
    expect(root.querySelectorAll('li').length).toBe(2);
  });

  it('removes a list of links whose id names it a menu or side column, wherever it stands', () => {
    const links = '<li><a href="/1">Kindle</a></li><li><a href="/2">Paperbacks</a></li>';
    const root = withoutBoilerplate(`${STORY}<ul id="menu-sidebar-right">${links}</ul>${STORY}<ul id="nav_menu-4">${links}</ul>`);
    expect(root.querySelectorAll('li').length).toBe(0);
    expect(root.querySelectorAll('p').length).toBe(2);
  });

  it('keeps a menu-named list that is not all links (a restaurant menu)', () => {
    const root = withoutBoilerplate(`${STORY}<ul id="menu"><li>Soup of the day</li><li>Grilled fish</li></ul>`);
    expect(root.querySelectorAll('li').length).toBe(2);
  });

  it('removes a "Most popular" heading with the headlines under it', () => {
    const root = withoutBoilerplate(`${STORY}<h2>Most Popular</h2><ul><li><p><a href="/1">Surface to arrive with Windows 8 on 10/26</a></p><p>408 Likes</p></li><li><p><a href="/2">iPhone 5 rumor roundup</a></p><p>622 Shares</p></li></ul>`);
    expect(root.textContent).not.toContain('Most Popular');
    expect(root.textContent).not.toContain('rumor roundup');
    expect(root.querySelector('p')?.textContent).toContain('council voted');
  });

  it('removes the note after "About the author", links or none', () => {
    const root = withoutBoilerplate(`${STORY}<dl><dt>About the author</dt><dd><p>Richard is a science journalist and presenter of a podcast. He edits a magazine for the space agency.</p></dd></dl>${STORY}`);
    expect(root.textContent).not.toContain('About the author');
    expect(root.textContent).not.toContain('science journalist');
    expect(root.querySelectorAll('p').length).toBe(2);
  });

  it('removes a wire service’s rights notice, and keeps a sentence about copyright', () => {
    const notice = 'Copyright 2012 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.';
    const root = withoutBoilerplate(`${STORY}<p>Copyright law in the union was last changed in 2019.</p>${STORY}<p>${notice}</p>`);
    expect(root.textContent).not.toContain('All rights reserved');
    expect(root.textContent).toContain('Copyright law');
    expect(withoutBoilerplate(`${STORY}<p>© 2024 Example News. Alle Rechte vorbehalten.</p>${STORY}`).textContent).not.toContain('©');
    // Wire copy sets the notice in brackets (L3S-GN1 pages).
    expect(withoutBoilerplate(`${STORY}<p>(Copyright 2007 by The Associated Press. All Rights Reserved.)</p>${STORY}`).textContent).not.toContain('Rights Reserved');
    expect(withoutBoilerplate(`<figure><img src="a.jpg"><figcaption><p>© Reuters</p></figcaption></figure>${STORY}`).textContent).toContain('© Reuters');
    // A credit run into the story's first paragraph: no year, not the last block.
    const credited = withoutBoilerplate(`<p><span><img src="a.jpg"><span>© Provided by Example Inc</span></span> Nintendo and Apple shocked the world this year.</p>${STORY}`);
    expect(credited.textContent).toContain('shocked the world');
    // An older site's notice in a layout table of its own, closing the body; a table of the story stays.
    const tabled = '<table><tr><td><b>Copyright and Trade Mark Notice</b></td></tr><tr><td>© owned by or licensed to Example Newspapers Limited 2008.<br>Please read our <a href="/terms">Terms and Conditions</a>.</td></tr></table>';
    const table = '<table><tr><td>Copyright cases filed</td><td>2019</td><td>2020</td></tr><tr><td>Total</td><td>120</td><td>135</td></tr></table>';
    // The mark closes the body once the share and print tools after it have gone.
    expect(withoutBoilerplate(`${STORY}<p>© dpa-infocom, dpa:231116-99-123456/2</p><p>Teilen</p><p>Drucken</p>`).textContent).not.toContain('dpa-infocom');
    expect(withoutBoilerplate(`${STORY}<p>© dpa-infocom, dpa:231116-99-123456/2</p>${STORY}`).textContent).toContain('dpa-infocom');
    const ended = withoutBoilerplate(`${STORY}${table}${STORY}${tabled}`);
    expect(ended.textContent).not.toContain('Trade Mark');
    expect(ended.textContent).toContain('Copyright cases filed');
  });

  it('removes a rights notice worded in the packs near the end, whatever the site wrote around it, and keeps the phrase in the story', () => {
    const zh = '<p>DeepMind已将其研究结果发表在科学刊物《自然》上，希望推动计算行业实现更多突破。这款产品具有极其重要的意义。</p>';
    const notice = '【美国The Next Web作品的中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】';
    const root = withoutBoilerplate(`${zh}${zh}<p>精彩视频推荐</p><p>${notice}</p><p>[责任编辑：alonliu]</p>`);
    expect(root.textContent).not.toContain('未经授权');
    expect(root.textContent).not.toContain('精彩视频推荐');
    expect(root.textContent).toContain('DeepMind');
    expect(withoutBoilerplate(`${STORY}<div><p>Tous droits réservés à Example Presse.</p></div>`).textContent).not.toContain('droits');
    // In the middle of the story the same words are the story's.
    const middle = `${STORY}<p>“All rights reserved,” the label read.</p>${STORY}${STORY}${STORY}${STORY}`;
    expect(withoutBoilerplate(middle).textContent).toContain('All rights reserved');
  });

  it("removes the desk editor's credit closing a Chinese story and a picture's credit with no picture left (one under its picture becomes its credit: credit-lines.test.ts), and keeps the word in a sentence", () => {
    const zh = '<p>DeepMind已将其研究结果发表在科学刊物《自然》上，希望推动计算行业实现更多突破。这款产品具有极其重要的意义。</p>';
    const root = withoutBoilerplate(`${zh}${zh}<p>[责任编辑：alonliu]</p><p>您认为这篇文章相关度高吗？</p>`);
    expect(root.textContent).not.toContain('责任编辑');
    expect(withoutBoilerplate(`${zh}${zh}<p>（责编：王珂园、白宇）</p>`).textContent).not.toContain('责编');
    expect(withoutBoilerplate(`${zh}${zh}<p>图：新华社</p>`).textContent).not.toContain('图：新华社');
    const sentence = '<p>编辑：这是一个长句子，它讲述了编辑部门如何工作，以及他们的日常任务是什么，并不是署名。</p>';
    expect(withoutBoilerplate(`${zh}${sentence}${zh}${zh}${zh}${zh}`).textContent).toContain('编辑部门');
  });

  it('keeps a sentence that mentions sharing or subscribing', () => {
    const sentence = 'Residents who subscribe to the service can share rides with neighbours, the council said in its newsletter.';
    const root = withoutBoilerplate(`${STORY}<p>${sentence}</p>`);
    expect(root.textContent).toContain(sentence);
  });

  it('keeps a paragraph that starts with "Related" but is a sentence', () => {
    const sentence = 'Related costs rose by 4 percent, according to the report.';
    const root = withoutBoilerplate(`${STORY}<p>${sentence}</p>`);
    expect(root.textContent).toContain(sentence);
  });
});

describe('the seed page', () => {
  it('leaves the share bar, related links and comment form out', () => {
    const { text } = seedArticle();
    for (const junk of ['Chia sẻ', 'Facebook', 'Zalo', 'Tin liên quan', 'Ý kiến bạn đọc', 'In bài viết']) expect(text).not.toContain(junk);
  });
});

describe('a strip of teasers\' pictures', () => {
  const strip = (hrefs: string[]): string => `<ul>${hrefs.map((href, i) => `<li><div><p><a href="${href}"><img src="/t${i}.jpg" alt="Another story"></a></p></div></li>`).join('')}</ul>`;
  const pages = ['/blog/2012/07/26/tax-cuts', '/blog/2012/07/23/aurora', '/blog/2012/07/09/small-businesses'];

  it('removes pictures linking to other pages, with no word, above or below the story', () => {
    expect(withoutBoilerplate(`${strip(pages)}${STORY}${STORY}`).querySelector('img')).toBeNull();
    expect(withoutBoilerplate(`${STORY}${STORY}${strip(pages)}`).querySelector('img')).toBeNull();
  });

  it('keeps such a list inside the story, and pictures linking to their own larger files', () => {
    expect(withoutBoilerplate(`${STORY}${STORY}${strip(pages)}${STORY}${STORY}`).querySelectorAll('img')).toHaveLength(3);
    expect(withoutBoilerplate(`${strip(['/full/a.jpg', '/full/b.jpg', '/full/c.jpg'])}${STORY}`).querySelectorAll('img')).toHaveLength(3);
  });
});

describe('trails and footers written as a line', () => {
  it('removes breadcrumbs written as links joined by a trail mark at the top, and keeps such a line inside the story', () => {
    for (const mark of ['&gt;', '•', '›']) {
      const crumbs = `<div><a href="/">Home</a> <span>${mark}</span> <a href="/entertainment/">Entertainment</a></div>`;
      expect(withoutBoilerplate(`${crumbs}${STORY}`).textContent).not.toContain('Home');
      expect(withoutBoilerplate(`${STORY}${crumbs}${STORY}`).textContent).toContain('Home');
    }
  });

  it('removes a trail from the home page to a section whose long name is unlinked, and keeps a line whose first link goes elsewhere', () => {
    expect(withoutBoilerplate(`<p><a href="/">Home</a> • The White House Blog</p>${STORY}`).textContent).not.toContain('Home');
    const credit = '<p><a href="/people/mara-ellison">Mara Ellison</a> | Staff writer for the Herald</p>';
    expect(withoutBoilerplate(`${credit}${STORY}`).textContent).toContain('Mara Ellison');
  });

  it('removes a blog post’s closing footer that names a label ("Leave a Comment", "Permalink", "7 Comments")', () => {
    const footers = [
      'Posted in <a href="/c/">C++</a>, <a href="/m/">Microsoft</a> | <a href="#respond">Leave a Comment</a>',
      'Posted by <a href="/a">Seth Godin</a> on July 15, 2012 | <a href="/p">Permalink</a>',
      'Posted in <a href="/c/">C++</a> | <a href="#comments">7 Comments</a>',
    ];
    for (const footer of footers) expect(withoutBoilerplate(`${STORY}<p>${footer}</p>`).textContent).not.toContain('Posted');
    // Not the last block, or no label among its parts: the story's own line.
    expect(withoutBoilerplate(`${STORY}<p>${footers[0] ?? ''}</p>${STORY}`).textContent).toContain('Posted');
    expect(withoutBoilerplate(`${STORY}<p>Scores: <a href="/a">Arsenal 2</a> | <a href="/b">Chelsea 1</a></p>`).textContent).toContain('Arsenal');
  });
});
