import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { removeHeaderEchoes, removeOpeningBylineEcho } from '@/utils/article/header-echoes';

function run(html: string, title: string, knownBylines: string[], published: string | null = null): string {
  const root = new JSDOM(`<div id="root">${html}</div>`, { url: 'https://news.example/phap-luat/story.html' }).window.document.getElementById('root');
  if (!root) throw new Error('no root');
  removeHeaderEchoes(root, { bylines: [], lang: null, title, knownBylines, published });
  return root.innerHTML;
}

describe('lines that repeat the header at the top of the body', () => {
  it('drops the title heading Readability kept', () => {
    expect(run('<h1>שלום עולם</h1><p>Body text.</p>', 'שלום עולם', [])).toBe('<p>Body text.</p>');
  });

  it('drops the title heading under the diary\'s bullet ("■ ") the header leaves out', () => {
    expect(run('<h3><a href="#p01"><span>■</span> </a>改正NICT法がプチ炎上</h3><p>先月のこと。</p>', '改正NICT法がプチ炎上', [])).toBe('<p>先月のこと。</p>');
  });

  it('drops a "By" line naming the known author', () => {
    expect(run('<p>By Mara Ellison</p><p>The council voted.</p>', 'T', ['Mara Ellison'])).toBe('<p>The council voted.</p>');
  });

  it('drops the writer\'s title under the byline, when the header names the writer', () => {
    const story = '<p>HONOLULU (AP) — K.J. Choi won the Sony Open on Sunday by three shots, his seventh title on the tour.</p>';
    expect(run(`<p>By Doug Ferguson</p><p>AP Golf Writer</p>${story}`, 'T', ['Doug Ferguson'])).toBe(story);
    expect(run(`<p>Associated Press Writer</p>${story}`, 'T', ['Doug Ferguson'])).toBe(story);
    // No writer in the header: the line is all the page says of one, and stays.
    expect(run(`<p>AP Golf Writer</p>${story}`, 'T', [])).toBe(`<p>AP Golf Writer</p>${story}`);
    // A title in the story's own words, or once the story has started, stays.
    expect(run(`${story}<p>Staff Writer</p>`, 'T', ['Doug Ferguson'])).toBe(`${story}<p>Staff Writer</p>`);
    expect(run(`<p>Letters to the Editor</p>${story}`, 'T', ['Doug Ferguson'])).toBe(`<p>Letters to the Editor</p>${story}`);
  });

  it('drops the author box\'s title and one-line description in sentence case ("Opinion writer reporting from a center-right perspective")', () => {
    const story = '<p>President Trump’s defenders and even some of his tepid critics on the right seem determined to keep their moral blinders firmly affixed.</p>';
    expect(run(`<p>Opinion writer reporting from a center-right perspective</p><p>Opinion writer</p>${story}`, 'T', ['Jennifer Rubin'])).toBe(story);
    // A heading with function words, a sentence, or a role before a name stays.
    for (const line of ['<p>Letter to the editor</p>', '<p>Staff writers walked out of the newsroom on Monday.</p>', '<p>Film critic Roger Ebert</p>']) {
      expect(run(line + story, 'T', ['Jennifer Rubin'])).toBe(line + story);
    }
  });

  it('keeps a sentence that merely starts with "By"', () => {
    const html = '<p>By Tuesday the council had voted to rebuild the bridge.</p>';
    expect(run(html, 'T', ['Mara Ellison'])).toBe(html);
  });

  it('reaches the byline and its dateline under a kicker and a dek, past the pictures\' empty paragraphs', () => {
    const story = '<p>At CES, a maker launched a new sub-notebook PC, the first of a new wave of light and cheap laptops.</p>';
    const html = `<p><img src="a.jpg"></p><h3>Computer Hardware News</h3><p><img src="b.jpg"></p><h3>Two budget options</h3><h5>Mara Ellison</h5><p>16 Jan 2008 12:25 GMT</p>${story}`;
    expect(run(html, 'T', ['Mara Ellison'], '2008-01-16T12:25:00Z')).toBe(`<p><img src="a.jpg"></p><h3>Computer Hardware News</h3><p><img src="b.jpg"></p><h3>Two budget options</h3>${story}`);
  });

  it('stops reading at the third line it keeps', () => {
    const html = '<p>One line.</p><p>Two lines.</p><p>Three lines.</p><p>By Mara Ellison</p>';
    expect(run(html, 'T', [])).toBe(html);
  });

  it('keeps a name line that is no byline when no author is known', () => {
    // A "By …" line naming someone is taken into the bylines (below): the header shows it.
    const html = '<p>Mara Ellison</p><p>The council voted.</p>';
    expect(run(html, 'T', [])).toBe(html);
  });

  describe('a dateline stating the day the header shows', () => {
    const published = '2019-06-09T07:25:00+07:00';
    const body = '<p>Khi ra bãi biển, người dân hoảng hốt phát hiện thi thể một người đàn ông trôi dạt vào bờ, trên tay có đeo chuỗi hạt cườm.</p>';

    it('drops it, with its label, weekday, section or view count, in any order of day and month', () => {
      for (const line of ['Cập nhật: 07:25, 09/06/2019', '10:19 ngày 9/6/2019', 'Quốc phòng an ninhThứ Năm, 09/06/2019 | 08:15', 'Ngày đăng: 09/06/2019 - 14:20 | Lượt xem: 1.254', 'June 9, 2019 7:25 AM', '06/09/2019']) {
        expect(run(`<p>${line}</p>${body}`, 'T', [], published)).toBe(body);
      }
    });

    it('drops it closed by a full stop when a weekday is all it holds besides', () => {
      expect(run(`<p>Sun, 2019-06-09 07:25.</p>${body}`, 'T', [], published)).toBe(body);
      const sentence = '<p>Police said on June 9, 2019.</p>';
      expect(run(sentence + body, 'T', [], published)).toBe(sentence + body);
    });

    it('drops a labelled line with no year whose day is the published or the updated one ("Updated on September 19 at 3:15 p.m.")', () => {
      const updated = (line: string, modified: string | null) => {
        const root = new JSDOM(`<div id="root"><p>${line}</p>${body}</div>`).window.document.getElementById('root');
        if (!root) throw new Error('no root');
        removeHeaderEchoes(root, { bylines: [], lang: 'en', title: 'T', knownBylines: [], published, modified });
        return root.innerHTML;
      };
      expect(updated('<em><small>Updated on June 9 at 3:15 p.m.</small></em>', null)).toBe(body);
      expect(updated('Updated June 10, 11:40 a.m.', '2019-06-10T11:40:00+07:00')).toBe(body);
      expect(updated('Aktualisiert am 9. Juni, 15:20 Uhr', null)).toBe(body);
      // Another day, no label, or more said: the line stays.
      for (const line of ['Updated on June 12 at 3:15 p.m.', 'June 9 at 3:15 p.m.', 'Updated on June 9 to add comment from the mayor and the police department.']) {
        expect(updated(line, null)).toBe(`<p>${line}</p>${body}`);
      }
    });

    it('keeps it when the header has no date, or another day', () => {
      const html = `<p>Cập nhật: 07:25, 09/06/2019</p>${body}`;
      expect(run(html, 'T', [], null)).toBe(html);
      expect(run(html, 'T', [], '2019-06-10T07:25:00+07:00')).toBe(html);
    });

    it('drops it set as bare spans above the story\'s first block, and keeps loose text that says more', () => {
      const story = `<div><p><img src="a.jpg"></p>${body}</div>`;
      const line = '<span><a href="/future/columns/in-depth">In Depth</a></span> <span>| 09 June 2019</span> ';
      expect(run(`<section>${line}${story}</section>`, 'T', [], published)).toBe(`<section>${story}</section>`);
      const prose = '<span>Police said the man was found on 09 June 2019 by a fisherman at dawn.</span> ';
      expect(run(`<section>${prose}${story}</section>`, 'T', [], published)).toBe(`<section>${prose}${story}</section>`);
      // A picture set inline in the line stays, and the line with it.
      const pictured = `<section><img src="lead.jpg"> ${line}${story}</section>`;
      expect(run(pictured, 'T', [], published)).toBe(pictured);
      // Under a paragraph of prose it is no header's line.
      const below = `<section>${body}<div>${line}<p>More.</p></div></section>`;
      expect(run(below, 'T', [], published)).toBe(below);
    });

    it('drops it under the lead picture\'s caption, however long the caption: a caption does not start the story', () => {
      const figure = '<figure><img src="lead.jpg"><figcaption>Người dân tập trung tại bãi biển sáng 9/6, nơi phát hiện thi thể một người đàn ông trôi dạt vào bờ.</figcaption></figure>';
      expect(run(`${figure}<ul><li>June 9, 2019</li></ul>${body}`, 'T', [], published)).toBe(`${figure}<ul></ul>${body}`);
    });

    it('keeps a sentence with that date, and a dated line once the story has started', () => {
      const sentence = '<p>Ngày 9/6/2019, người dân phát hiện thi thể trôi vào bờ.</p>';
      expect(run(sentence + body, 'T', [], published)).toBe(sentence + body);
      const later = `${body}<p>09/06/2019</p>`;
      expect(run(later, 'T', [], published)).toBe(later);
    });
  });

  describe('the dek set as a heading, and the kicker above it', () => {
    const story = '<p>At CES, a maker launched a new sub-notebook PC, the first of a new wave of light and cheap laptops.</p>';
    const dekRun = (html: string, subtitle: string): string => {
      const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root');
      if (!root) throw new Error('no root');
      removeHeaderEchoes(root, { bylines: [], lang: 'en', title: 'Do sub-notebooks threaten the MacBook Air?', knownBylines: [], subtitle });
      return root.innerHTML;
    };

    it('drops a heading that repeats the dek, and the short heading above it', () => {
      expect(dekRun(`<h3>Computer Hardware News</h3><h3>Two budget options at CES</h3>${story}`, 'Two budget options at CES')).toBe(story);
    });

    it('drops the kicker above the title kept as a heading', () => {
      expect(dekRun(`<h3>Computer Hardware News</h3><h2>Do sub-notebooks threaten the MacBook Air?</h2>${story}`, '')).toBe(story);
    });

    it('drops a short heading right above the dateline the header shows, and keeps one above a line it does not show', () => {
      const published = '2012-07-21T15:06:00-04:00';
      expect(run(`<h2>Our Top Stories</h2><p>July 21, 2012 03:06 PM EDT</p>${story}`, 'T', [], published)).toBe(story);
      const kept = `<h2>Our Top Stories</h2><p>July 20, 2012 03:06 PM EDT</p>${story}`;
      expect(run(kept, 'T', [], published)).toBe(kept);
    });

    it('keeps a sapo that ends as a sentence, a paragraph repeating the dek, and a short heading with no echo under it', () => {
      const sapo = 'A maker launched a new sub-notebook PC at CES.';
      for (const [html, dek] of [[`<h2>${sapo}</h2>${story}`, sapo], [`<p>Two budget options at CES</p>${story}`, 'Two budget options at CES'], [`<h3>Computer Hardware News</h3>${story}`, 'Two budget options at CES']] as const) {
        expect(dekRun(html, dek)).toBe(html);
      }
    });
  });

  describe('the section named above the headline', () => {
    const body = '<p>Một nhóm thanh thiếu niên thuê taxi từ TP. HCM sang Đồng Nai rồi tấn công tài xế, cướp xe bỏ chạy trong đêm.</p>';

    it('drops a short line that is one link to another page', () => {
      expect(run(`<p><a href="/phap-luat.html">Pháp luật</a></p>${body}`, 'T', [])).toBe(body);
    });

    it('keeps a short line of plain text, a link to the same page, and a link after the story began', () => {
      for (const html of [`<p>Pháp luật</p>${body}`, `<p><a href="#chapter-1">Chapter one</a></p>${body}`, `${body}<p><a href="/phap-luat.html">Pháp luật</a></p>`]) {
        expect(run(html, 'T', [])).toBe(html);
      }
    });
  });
});

describe('the source tag that opens the story', () => {
  const story = 'Bộ trưởng Nông nghiệp vắng mặt tại diễn văn Thông điệp Liên bang do ông được chỉ định là người sống sót trong trường hợp bất trắc.';
  function tagged(html: string, siteName: string | null): string {
    const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root');
    if (!root) throw new Error('no root');
    removeHeaderEchoes(root, { bylines: [], lang: 'vi', title: 'Tiêu đề', knownBylines: [], published: null, siteName });
    return root.innerHTML;
  }

  it('goes when it names the site: its initials with "O" for online, or the start of its name, in a <strong> or not', () => {
    expect(tagged(`<p>TPO - ${story}</p>`, 'Báo Tiền Phong')).toBe(`<p>${story}</p>`);
    expect(tagged(`<p><strong>(Báo Quảng Ngãi)-</strong> ${story}</p>`, 'Báo Quảng Ngãi điện tử')).toBe(`<p><strong></strong>${story}</p>`);
  });

  it('goes when it is the initials with "Online" spelled out (vi-qdnd-s400: "QĐND Online - " for Báo Quân đội nhân dân)', () => {
    expect(tagged(`<p>QĐND Online - ${story}</p>`, 'Báo Quân đội nhân dân')).toBe(`<p>${story}</p>`);
    expect(tagged(`<p>QĐND Online - ${story}</p>`, 'Báo Tiền Phong')).toBe(`<p>QĐND Online - ${story}</p>`);
  });

  it('stays when it names someone else or the site is unknown', () => {
    expect(tagged(`<p>TTXVN - ${story}</p>`, 'Báo Tiền Phong')).toBe(`<p>TTXVN - ${story}</p>`);
    expect(tagged(`<p>TPO - ${story}</p>`, null)).toBe(`<p>TPO - ${story}</p>`);
  });
});

describe('a wire’s name alone above the story', () => {
  const story = '<p>LONDON — Singer Amy Winehouse was ordered on Friday to appear in court next month over the incident.</p>';

  function signed(html: string): { html: string; bylines: string[] } {
    const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root');
    if (!root) throw new Error('no root');
    const ctx = { bylines: [] as string[], lang: 'en', title: 'T', knownBylines: [] };
    removeHeaderEchoes(root, ctx);
    return { html: root.innerHTML, bylines: ctx.bylines };
  }

  it('takes "The Associated Press", "By Reuters" and "AFP" into the bylines', () => {
    expect(signed(`<h3>The Associated Press</h3>${story}`)).toEqual({ html: story, bylines: ['The Associated Press'] });
    expect(signed(`<p>By Reuters</p>${story}`)).toEqual({ html: story, bylines: ['Reuters'] });
    expect(signed(`<p>AFP</p>${story}`).bylines).toEqual(['AFP']);
  });

  it('takes the wire after a source label ("Article from: Agence France-Presse", "Nguồn: TTXVN"), and keeps a paper named so', () => {
    expect(signed(`<p>Article from: Agence France-Presse</p>${story}`)).toEqual({ html: story, bylines: ['Agence France-Presse'] });
    expect(signed(`<p>Nguồn: TTXVN</p>${story}`)).toEqual({ html: story, bylines: ['TTXVN'] });
    expect(signed(`<p>Source: The Guardian</p>${story}`).html).toBe(`<p>Source: The Guardian</p>${story}`);
  });

  it('takes a Chinese reporter’s line, "本报记者 张三 李四", above the story', () => {
    const root = new JSDOM('<div id="root"><p>本报记者 张三 李四</p><p>今年全市共有考生三万多人参加考试，比去年增加两千人，各考点秩序井然，没有发生违纪事件，考试顺利结束。</p></div>').window.document.getElementById('root');
    if (!root) throw new Error('no root');
    const ctx = { bylines: [] as string[], lang: 'zh', title: 'T', knownBylines: [] };
    removeHeaderEchoes(root, ctx);
    expect(ctx.bylines).toEqual(['张三', '李四']);
    expect(root.textContent).not.toContain('记者');
  });

  it('takes a "Posted by" or "By" line that names someone when the metadata named no one, and keeps a sentence that opens with "By"', () => {
    expect(signed(`<p><em>Posted by Andrew Hayden, Software Engineer on Google Play</em></p>${story}`)).toEqual({ html: story, bylines: ['Andrew Hayden'] });
    expect(signed(`<p>By Jane Doe and John Roe</p>${story}`).bylines).toEqual(['Jane Doe', 'John Roe']);
    const sentence = '<p>By Monday the river had risen two metres.</p>';
    expect(signed(`${sentence}${story}`).html).toBe(`${sentence}${story}`);
    expect(signed(`${story}<p>By Jane Doe</p>`).html).toBe(`${story}<p>By Jane Doe</p>`);
  });

  it('keeps a line that only starts with the agency, and the agency after the story has started', () => {
    const line = '<p>The Associated Press contributed to this report from Paris, where the talks resumed on Monday morning after a break.</p>';
    expect(signed(`${line}${story}`).html).toBe(`${line}${story}`);
    expect(signed(`${story}<p>Reuters</p>`).html).toBe(`${story}<p>Reuters</p>`);
  });
});

describe('the publication signing above the story', () => {
  const story = '<p>This was her third child, so she figured she knew what she was doing when it came to having a baby.</p>';
  const credit = '<h3>by The Times-Picayune<p>Sunday January 13, 2008, 5:00 AM</p></h3>';

  function read(html: string, knownBylines: string[], lineBylines: string[] = []): { html: string; bylines: string[] } {
    const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root');
    if (!root) throw new Error('no root');
    const ctx = { bylines: [] as string[], lang: 'en', title: 'T', knownBylines, lineBylines, published: '2008-01-13T05:00:00' };
    removeHeaderEchoes(root, ctx);
    return { html: root.innerHTML, bylines: ctx.bylines };
  }

  it('drops "by The Times-Picayune" with the dateline set in its heading, when a writer is named', () => {
    expect(read(`${credit}${story}`, [], ['Elizabeth Mullener'])).toEqual({ html: story, bylines: [] });
    expect(read(`<p>By The Daily Telegraph</p>${story}`, ['Jane Doe'])).toEqual({ html: story, bylines: [] });
  });

  it('keeps it as the byline when it names the only writer there is', () => {
    expect(read(`<p>By The Editorial Board</p>${story}`, []).bylines).toEqual(['The Editorial Board']);
  });
});

describe('the byline set as bare text over the story, once made a paragraph', () => {
  const runOpening = (html: string, knownBylines: string[]): string => {
    const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root');
    if (!root) throw new Error('no root');
    removeOpeningBylineEcho(root, { bylines: [], lang: 'de', title: 'T', knownBylines, published: null });
    return root.innerHTML;
  };
  const story = '<p>Obst wird auch in Corona-Zeiten weltweit transportiert. Doch es gibt Probleme.</p>';

  it('drops the first line when it is the header\'s byline again', () => {
    expect(runOpening(`<address><p><span>Melanie Wassink</span></p></address>${story}`, ['Melanie Wassink'])).toBe(`<address></address>${story}`);
  });

  it('keeps it when the header names someone else, or when the story has begun above it', () => {
    expect(runOpening(`<p>Melanie Wassink</p>${story}`, ['Jana Berg'])).toBe(`<p>Melanie Wassink</p>${story}`);
    expect(runOpening(`${story}<p>Melanie Wassink</p>`, ['Melanie Wassink'])).toBe(`${story}<p>Melanie Wassink</p>`);
  });
});
