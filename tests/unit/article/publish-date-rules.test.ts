import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/scripts/lib/parse-html';
import { readPageMetadata } from '@/utils/article/page-metadata';
import { parseDateText } from '@/utils/article/dates/parse-date-text';
import { toIsoString } from '@/utils/article/dates/date-parts';

/**
 * Publish-date rules across languages (issue 14): each case is one rule on a small page in the
 * markup news sites use, so a rule that stops holding names itself.
 */
const NOW = Date.UTC(2026, 0, 1);
const FILLER = `<p>${'Die Bundesregierung hat am Dienstag neue Pläne für den Ausbau der Bahn vorgestellt. '.repeat(5)}</p>`;

function dates(body: string, head = '', lang = 'de', url = 'https://www.zeitung.example/politik/bahn-strecken-123.html'): { published: string | null; modified: string | null } {
  const doc = parseHtml(`<!doctype html><html lang="${lang}"><head><title>Bahn plant neue Strecken im Norden des Landes</title>${head}</head><body>${body}</body></html>`, url);
  const { published, modified } = readPageMetadata(doc, { now: NOW });
  return { published, modified };
}

const H1 = '<h1>Bahn plant neue Strecken im Norden des Landes</h1>';

describe('two-digit years', () => {
  it.each([
    ['12.03.19', '2019-03-12'],
    ['12.03.19, 14:30 Uhr', '2019-03-12T14:30:00'],
    ['1.2.08', '2008-02-01'],
  ])('German "%s" → %s', (text, expected) => {
    const parts = parseDateText(text, { monthFirst: false });
    expect(parts ? toIsoString(parts) : null).toBe(expected);
  });

  it('reads a US "01/13/08" month first when the day cannot be the month', () => {
    const parts = parseDateText('01/13/08 - Ontario Hockey League', { monthFirst: false });
    expect(parts ? toIsoString(parts) : null).toBe('2008-01-13');
  });

  it('leaves version numbers and longer dotted runs alone', () => {
    expect(parseDateText('Version 1.2.19.4', { monthFirst: false })).toBeNull();
    expect(parseDateText('Paragraf 12.03.19a', { monthFirst: false })).toBeNull();
  });

  it('reads a German dateline with a two-digit year under the headline', () => {
    expect(dates(`${H1}<span class="date">12.03.19, 14:30 Uhr</span>${FILLER}`).published).toBe('2019-03-12T14:30:00+01:00');
  });
});

describe('labels', () => {
  it('German "Stand:" dates the page when it is the only date shown', () => {
    expect(dates(`${H1}${FILLER}${FILLER}<div>Stand: 12.03.2019 14:30 Uhr</div>`).published).toBe('2019-03-12T14:30:00+01:00');
  });

  it('German "Stand:" is the update beside a publication date', () => {
    expect(dates(`${H1}<div>Veröffentlicht am 12.03.2019 | Stand: 14.03.2019</div>${FILLER}`)).toEqual({ published: '2019-03-12', modified: '2019-03-14' });
  });

  it('Russian "обновлено" is the update, "опубликовано" the publication', () => {
    const body = '<h1>РЖД объявила о новых линиях на севере страны</h1><div>Опубликовано: 12.03.2019 Обновлено: 14.03.2019</div>';
    expect(dates(body + FILLER, '', 'ru')).toMatchObject({ published: '2019-03-12', modified: '2019-03-14' });
  });

  it('Chinese "发布时间：" labels a date read far from the headline', () => {
    const body = `<div class="top">今日要闻</div><h2>铁路公布新线路计划</h2>${'<p>铁路部门公布了新的线路计划。</p>'.repeat(80)}<p>发布时间：2019-03-12</p>`;
    expect(dates(body, '', 'zh', 'https://news.example/a/123.html').published).toBe('2019-03-12');
  });
});

describe('machine dates', () => {
  it.each([
    ['dc.date.publication'],
    ['release_date'],
    ['dcsext.articlefirstpublished'],
    ['article:published_date'],
  ])('reads <meta name="%s">', (name) => {
    expect(dates(`${H1}${FILLER}`, `<meta name="${name}" content="2019-03-12">`).published).toBe('2019-03-12');
  });

  it('reads the hAtom microformat: abbr.published with the date in its title', () => {
    expect(dates(`${H1}${FILLER}<abbr class="published" title="2019-03-12T10:00:00+01:00">12. März</abbr>`).published).toBe('2019-03-12T10:00:00+01:00');
  });

  it('reads datePublished from a JSON-LD block that is not valid JSON', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Die "Bahn" plant","datePublished":"2019-03-12T10:00:00+01:00",}</script>';
    expect(dates(`<h2>Bahn plant</h2>${FILLER}`, head).published).toBe('2019-03-12T10:00:00+01:00');
  });
});

describe('the day the page prints', () => {
  it('wins over a UTC or zone-less machine time a day away from it', () => {
    const head = '<meta name="OriginalPublicationDate" content="2012/07/24 00:55:05">';
    const body = '<h1>Mayor opens the new bridge over the river</h1><p class="date">23 July 2012 Last updated at 20:55 ET</p><p>The mayor opened the bridge on Monday evening, after two years of work on the river crossing.</p>';
    expect(dates(body, head, 'en', 'https://news.example/world-123').published?.slice(0, 10)).toBe('2012-07-23');
  });

  it('keeps a machine time stated in the page\'s own zone', () => {
    const head = '<meta property="article:published_time" content="2019-03-12T00:30:00+01:00">';
    expect(dates(`${H1}<p class="date">11.03.2019</p>${FILLER}`, head).published).toBe('2019-03-12T00:30:00+01:00');
  });
});

describe('digits in other scripts', () => {
  it.each([
    ['١٢ مارس ٢٠١٩', '2019-03-12'],
    ['۱۲/۰۳/۲۰۱۹', '2019-03-12'],
  ])('Arabic-Indic and Persian digits: "%s" → %s', (text, expected) => {
    const parts = parseDateText(text, { monthFirst: false });
    expect(parts ? toIsoString(parts) : null).toBe(expected);
  });

  it('reads an Arabic dateline written in Arabic-Indic digits under the headline', () => {
    const body = `<h1>السكك الحديدية تعلن خطوطا جديدة في الشمال</h1><div class="date">١٢ مارس ٢٠١٩</div><p>${'أعلنت هيئة السكك الحديدية عن خطوط جديدة في شمال البلاد. '.repeat(5)}</p>`;
    expect(dates(body, '', 'ar', 'https://news.example/a/123').published).toBe('2019-03-12');
  });
});

describe('copyright lines and named date elements', () => {
  it('never takes a copyright line\'s date for the story\'s', () => {
    expect(dates(`${H1}${FILLER}<div>© 2019 Zeitung GmbH, 01.01.2019</div>`).published).toBeNull();
  });

  it('keeps a dateline beside a photo credit', () => {
    expect(dates(`${H1}<div>12.03.2019 | Foto: © dpa</div>${FILLER}`).published).toBe('2019-03-12');
  });

  it('reads the day of an element named as a date, far from the headline', () => {
    const body = `${H1}${FILLER.repeat(70)}<div class="artikel-datum">12.03.2019</div>`;
    expect(dates(body).published).toBe('2019-03-12');
  });

  it('passes over a named date element in comments or related stories', () => {
    const body = `${H1}${FILLER.repeat(70)}<div class="comments"><span class="date">13.03.2019</span></div><ul class="related"><li><span class="date">10.03.2019</span></li></ul>`;
    expect(dates(body).published).toBeNull();
  });
});

describe('machine dates far from the headline', () => {
  it('reads a <time datetime> whose text is no date, at the foot of the story', () => {
    expect(dates(`${H1}${FILLER.repeat(70)}<p><time datetime="2019-03-12T10:00:00+01:00">Dienstag</time></p>`).published).toBe('2019-03-12T10:00:00+01:00');
  });

  it('reads a video page\'s JSON-LD uploadDate', () => {
    const head = '<script type="application/ld+json">{"@type":"VideoObject","name":"Bahn plant","uploadDate":"2019-03-12T10:00:00+01:00"}</script>';
    expect(dates(`<h2>Bahn plant</h2>${FILLER}`, head).published).toBe('2019-03-12T10:00:00+01:00');
  });
});

describe('publication over update', () => {
  it('takes the earlier, unlabelled line under an "Update:" line as the publication', () => {
    expect(dates(`${H1}<div>Update: 14.03.2019, 10:00 Uhr</div><div>12.03.2019, 08:00 Uhr</div>${FILLER}`)).toEqual({
      published: '2019-03-12T08:00:00+01:00',
      modified: '2019-03-14T10:00:00+01:00',
    });
  });

  it('keeps the update line as the date when no earlier time follows it', () => {
    expect(dates(`${H1}<div>Aktualisiert: 14.03.2019, 10:00 Uhr</div>${FILLER}<ul><li>13.03.2019</li></ul>`).published).toBe('2019-03-14T10:00:00+01:00');
  });

  it('French "Modifié le" is the update', () => {
    const body = `<h1>La SNCF annonce de nouvelles lignes dans le nord</h1><div>Modifié le 14/03/2019 à 10h00 - Publié le 12/03/2019 à 08h00</div>${FILLER}`;
    expect(dates(body, '', 'fr').published).toBe('2019-03-12T08:00:00+01:00');
  });

  it('reads an Arabic comma between month and year', () => {
    const parts = parseDateText('الثلاثاء، 12 مارس، 2019', { monthFirst: false });
    expect(parts ? toIsoString(parts) : null).toBe('2019-03-12');
  });
});

describe('the order of day and month', () => {
  it('reads a numeric dateline in the order its /yyyy/mm/dd/ address writes the same day', () => {
    const body = `${H1}<h2 class="date">01/07/2008 (6:00 pm)</h2>${FILLER}`;
    expect(dates(body, '', 'en', 'https://blog.example/2008/01/07/bahn/').published).toBe('2008-01-07T18:00:00');
  });

  it('keeps a day-first dateline whose address names another day', () => {
    const body = `${H1}<p class="date">01/07/2008 18:00</p>${FILLER}`;
    expect(dates(body, '', 'en', 'https://blog.example/2008/07/01/bahn/').published).toBe('2008-07-01T18:00:00');
  });
});

describe('pages without a headline', () => {
  /** Enough table-layout furniture above the story that the first text nodes of the page do not reach its dateline. */
  const MENU = `<table><tr>${Array.from({ length: 120 }, (_, i) => `<td><a href="/s${i}">Rubrik ${i}</a> | </td>`).join('')}</tr></table>`;

  it('reads the dateline next to the element that prints the title, whatever its tag', () => {
    const body = `${MENU}<div id="printReady"><span class="articleHeading">Bahn plant neue Strecken im Norden des Landes</span>
      <div class="small"><script>var x = 1;</script> | Jan 09 2008 07:48 PM PST By <a href="/u/1">JHOHL27</a></div></div>${FILLER}`;
    expect(dates(body, '', 'en').published).toBe('2008-01-09T19:48:00-08:00');
  });

  it('reads the top of the page when the dateline sits in the next table, beyond the title\'s reach', () => {
    const title = '<table><tr><td><div id="Title">Bahn plant neue Strecken im Norden des Landes</div></td></tr></table>';
    const body = `<table><tr><td>Home</td></tr></table>${title}<table><tr><td><b>2007-11-24 16:23:08</b></td></tr></table>${FILLER}`;
    expect(dates(body, '', 'en').published).toBe('2007-11-24T16:23:08');
  });
});
