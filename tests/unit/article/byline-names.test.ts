import { describe, expect, it } from 'vitest';
import { bylineNames, withoutSiteName } from '@/utils/article/byline-names';

/** The byline shapes of Vietnamese dailies and portals (tests/fixtures/pages/vi-*), and the site-name rule everywhere. */
describe('bylineNames on Vietnamese pages', () => {
  it.each([
    ['Theo TTXVN', ['TTXVN']],
    ['Theo Tuổi Trẻ Online', []],
    ['Nguồn: Báo Ninh Thuận', []],
    ['PV', ['PV']],
    ['Nhóm PV', ['Nhóm PV']],
    ['Bài và ảnh: Bảo Ngọc', ['Bảo Ngọc']],
    ['Bài, ảnh: Minh Hoàng', ['Minh Hoàng']],
    ['Tác giả: Thu Trang', ['Thu Trang']],
    ['Đăng bởi: Thu Trang', ['Thu Trang']],
    ['Tác giả: Quang Phong - Báo Nhân Dân', ['Quang Phong']],
    ['Thủy Tiên - Đặng Thủy', ['Thủy Tiên', 'Đặng Thủy']],
    ['Hồng Nhung và Minh Châu', ['Hồng Nhung', 'Minh Châu']],
    ['VÕ THẠNH', ['Võ Thạnh']],
    ['Bài và ảnh: HOÀNG HẠNH', ['Hoàng Hạnh']],
    ['TUẤN SƠN (theo Sputnik)', ['Tuấn Sơn']],
    ['Ánh Ngọc (Theo AFP)', ['Ánh Ngọc']],
    ['Danh Tuyên/VOV.VN', ['Danh Tuyên']],
    ['Hoàng Hưng/VTV.VN', ['Hoàng Hưng']],
    ['AFP/TTXVN', ['AFP/TTXVN']],
    ['dpa/AFP', ['dpa/AFP']],
    // Agencies joined by "and" are two bylines, as two names are.
    ['TTXVN và Reuters', ['TTXVN', 'Reuters']],
    // The unnamed reporter ("PV", phóng viên) of a station's regional desk signs as a named one does.
    ['PV/VOV-Tây Nguyên', ['PV']],
    ['CTV/Báo Tin tức', ['CTV']],
    ['Trần Hoàng/Báo Tin tức', ['Trần Hoàng']],
    ['Văn Bình - Hồng Hạnh/VOV.VN', ['Văn Bình', 'Hồng Hạnh']],
    ['Lê Hiếu - Ảnh: Thế Đại', ['Lê Hiếu']],
    ['Bài/ảnh: Minh Anh', ['Minh Anh']],
    ['Tin/ảnh: Hồng Nhung', ['Hồng Nhung']],
    ['Thứ Tư, 28/11/2018 8:35 (GMT+7)', []],
    ['H.Y (tổng hợp)', ['H.Y']],
    ['Thu Hà (TTXVN)', ['Thu Hà']],
    ['Minh Anh (t/h)', ['Minh Anh']],
    ['Mộc Miên (Tổng hợp)', ['Mộc Miên']],
    ['Đ. V (T/h)', ['Đ. V']],
    ['Bài: Minh Anh - Ảnh: Hoàng Hà', ['Minh Anh']],
    ['Tin, ảnh: Hồng Nhung', ['Hồng Nhung']],
    ['Thứ Sáu, 09/11/2018, 10:36 | Tác giả: Hoàng Lê | Nguồn: Phòng Cảnh sát hình sự', ['Hoàng Lê']],
    ['Tin và ảnh: Hồng Nhung', ['Hồng Nhung']],
    ['Phóng viên: Lê Hà', ['Lê Hà']],
    ['PV Minh Anh', ['Minh Anh']],
    ['CTV Minh Anh', ['Minh Anh']],
    ['BTV Thu Hà', ['Thu Hà']],
    ['Cộng tác viên Lê Hà', ['Lê Hà']],
    ['CTV', ['CTV']],
    ['Theo Thanh Hà (Báo Dân Sinh)', ['Thanh Hà']],
    ['Theo Báo Dân Sinh (Hà Nội)', []],
    // "Thành" and "Công" are given names; only "Thành ủy", "Công an", "Công ty" … open an organisation.
    ['Theo Thành Nam (Báo Dân Sinh)', ['Thành Nam']],
    ['Theo Công an Hà Nội (Báo Dân Sinh)', []],
    ['Hồng Nhung (Báo Quảng Ninh)', ['Hồng Nhung']],
    ['Thực hiện: Hà Linh', ['Hà Linh']],
  ])('%j → %j', (text, names) => {
    expect(bylineNames(text, 'vi')).toEqual(names);
  });

  it('reads co-authors in a parenthesis that opens with a joiner ("avec")', () => {
    expect(bylineNames('Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'fr')).toEqual(['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']);
  });

  it('keeps "Theo" as a first name on pages in other languages', () => {
    expect(bylineNames('By Theo Walcott', 'en')).toEqual(['Theo Walcott']);
    expect(bylineNames('Jane Doe and Theo Walcott', 'en')).toEqual(['Jane Doe', 'Theo Walcott']);
    expect(bylineNames('Jane Doe, Theo Walcott', null)).toEqual(['Jane Doe', 'Theo Walcott']);
  });

  it('drops the source credited after the writer, in the page’s words for "according to"', () => {
    expect(bylineNames('Minh Anh - Theo VnExpress', 'vi')).toEqual(['Minh Anh']);
    expect(bylineNames('Minh Anh, theo Reuters', 'vi')).toEqual(['Minh Anh']);
    expect(bylineNames('Minh Anh/Theo VTV', 'vi')).toEqual(['Minh Anh']);
    expect(bylineNames('Jane Doe, according to Reuters', 'en')).toEqual(['Jane Doe']);
    expect(bylineNames('Anna Schmidt, laut dpa', 'de')).toEqual(['Anna Schmidt']);
    expect(bylineNames('Minh Anh - Thu Hà', 'vi')).toEqual(['Minh Anh', 'Thu Hà']);
  });

  it('reads a spaced hyphen as a field separator, not a second author, outside Vietnamese', () => {
    expect(bylineNames('Jane Doe - Staff Writer', 'en')).toEqual(['Jane Doe - Staff Writer']);
  });

  it('sets names printed in capitals in their own case, and leaves acronyms', () => {
    expect(bylineNames('By JOHN SMITH and Jane Doe', 'en')).toEqual(['John Smith', 'Jane Doe']);
    expect(bylineNames('TTXVN', 'vi')).toEqual(['TTXVN']);
    // Beside a script without case, capitals are an acronym's.
    expect(bylineNames('オカモト／ASCII編集部', 'ja')).toEqual(['オカモト／ASCII編集部']);
  });

  it('drops the Japanese labels for "text by" and "author" ("文● ", "取材・文／", "文・写真＝", "作者：")', () => {
    expect(bylineNames('文● オカモト', 'ja')).toEqual(['オカモト']);
    expect(bylineNames('取材・文／山田太郎', 'ja')).toEqual(['山田太郎']);
    expect(bylineNames('文・写真＝山田太郎', 'ja')).toEqual(['山田太郎']);
    expect(bylineNames('作者： Diogo Carleto', 'ja')).toEqual(['Diogo Carleto']);
    expect(bylineNames('文化部 山田太郎', 'ja')).toEqual(['文化部 山田太郎']);
  });
});

describe('bylineNames and the marks around a name', () => {
  it('reads "By:" with a colon, and drops the label of a contact link after the name', () => {
    expect(bylineNames('By: Jane Doe', 'en')).toEqual(['Jane Doe']);
    expect(bylineNames('Posted By: Edward M. Gomez (Email)', 'en')).toEqual(['Edward M. Gomez']);
    expect(bylineNames('Jane Doe (Twitter)', 'en')).toEqual(['Jane Doe']);
    expect(bylineNames('Byron Smith', 'en')).toEqual(['Byron Smith']);
  });
});

describe('bylineNames and the wire dateline', () => {
  it('names no one in "LONDON --" or "WASHINGTON (AP) —", the place a wire story opens with', () => {
    expect(bylineNames('LONDON --', 'en')).toEqual([]);
    expect(bylineNames('WASHINGTON (AP) —', 'en')).toEqual([]);
    expect(bylineNames('JANE DOE', 'en')).toEqual(['Jane Doe']);
  });

  it('names no one in a place in capitals with its region abbreviated ("RENO, Nev. --"), and keeps a name in capitals with its agency', () => {
    expect(bylineNames('RENO, Nev. --', 'en')).toEqual([]);
    expect(bylineNames('WESTPORT, Wash. July 24, 2012 (AP)', 'en')).toEqual([]);
    expect(bylineNames('DANICA KIRKA, Associated Press', 'en')).toEqual(['Danica Kirka', 'Associated Press']);
  });
});

describe('bylineNames and the newsroom before the name', () => {
  it('drops the newsroom\'s possessive ("By NBC\'s Kristen Welker"), and keeps names with apostrophes', () => {
    expect(bylineNames("By NBC News' Akbar Shinwari and Amna Nawaz", 'en')).toEqual(['Akbar Shinwari', 'Amna Nawaz']);
    expect(bylineNames("By NBC's Kristen Welker and Ali Weinberg", 'en')).toEqual(['Kristen Welker', 'Ali Weinberg']);
    expect(bylineNames("By Mary O'Neil", 'en')).toEqual(["Mary O'Neil"]);
  });
});

describe('bylineNames and a name in capitals before its newsroom', () => {
  it('keeps the capitals as the name, in its own case, in any language', () => {
    expect(bylineNames('By DANICA KIRKA Associated Press Writer', 'en')).toEqual(['Danica Kirka']);
    expect(bylineNames('JOSEPH WHITE AP Sports Writer', 'en')).toEqual(['Joseph White']);
    expect(bylineNames('JOHN SMITH and JANE DOE Associated Press', 'en')).toEqual(['John Smith', 'Jane Doe']);
    expect(bylineNames('HẢI ĐĂNG Báo Tin tức', 'vi')).toEqual(['Hải Đăng']);
    expect(bylineNames('By CAROLINE PORTER And KRISTINA PETERSON', 'en')).toEqual(['Caroline Porter', 'Kristina Peterson']);
  });

  it('leaves one word in capitals before a name ("NASA Goddard")', () => {
    expect(bylineNames('NASA Goddard', 'en')).toEqual(['NASA Goddard']);
  });
});

describe('bylineNames and a label with no name', () => {
  it('names no one in a label that ends on "by": the names are in the next element', () => {
    expect(bylineNames('Find More Articles By:', 'en')).toEqual([]);
    expect(bylineNames('John Busby', 'en')).toEqual(['John Busby']);
  });
});

describe('bylineNames and the place after the name', () => {
  it('leaves out one word after the full names, unless it is an agency that signs', () => {
    expect(bylineNames('Roland Parry, Washington', 'en')).toEqual(['Roland Parry']);
    expect(bylineNames('Jane Doe, Reuters', 'en')).toEqual(['Jane Doe', 'Reuters']);
    expect(bylineNames('Minh Anh, TTXVN', 'vi')).toEqual(['Minh Anh', 'TTXVN']);
  });

  it('leaves out the workplace after a break, which opens with an organisation word of the page\'s language', () => {
    expect(bylineNames('Murray Brewster, The Canadian Press', 'en')).toEqual(['Murray Brewster']);
    // An agency signs with the writer, as in 'Jane Doe, Reuters'.
    expect(bylineNames('Jane Doe, The Associated Press', 'en')).toEqual(['Jane Doe', 'The Associated Press']);
    expect(bylineNames('Nguyễn Thị Hoa - Trung tâm Văn hóa - Thông tin quận', 'vi')).toEqual(['Nguyễn Thị Hoa']);
    expect(bylineNames('Hà Anh - Minh Hùng', 'vi')).toEqual(['Hà Anh', 'Minh Hùng']);
  });

  it('keeps a name written surname first, and a generation', () => {
    expect(bylineNames('Jong, Michiel de', 'en')).toEqual(['Jong, Michiel de']);
    expect(bylineNames('John Smith, III', 'en')).toEqual(['John Smith, III']);
  });
});

describe('bylineNames and the writer\'s title', () => {
  it('drops a newsroom title after the name, in the page\'s language', () => {
    expect(bylineNames('By Jane Doe, Staff Writer', 'en')).toEqual(['Jane Doe']);
    expect(bylineNames('By Claudine Beaumont, Digital Channel Editor', 'en')).toEqual(['Claudine Beaumont']);
    expect(bylineNames('Von Anna Müller, Redakteurin', 'de')).toEqual(['Anna Müller']);
    expect(bylineNames('Par Jean Dupont, envoyé spécial', 'fr')).toEqual(['Jean Dupont']);
    expect(bylineNames('By Jane Doe, Staff Writer', null)).toEqual(['Jane Doe']);
  });

  it('names who a "with" credit credits: a person or agencies, not a note', () => {
    expect(bylineNames('(Avec AFP)', 'fr')).toEqual(['AFP']);
    expect(bylineNames('With Joe Neumaier', 'en')).toEqual(['Joe Neumaier']);
    expect(bylineNames('(mit dpa)', 'de')).toEqual(['dpa']);
    expect(bylineNames('(With AP)', null)).toEqual(['AP']);
    expect(bylineNames('mit Material von dpa', 'de')).not.toContain('Material von dpa');
  });

  it('names the writer and the agency they wrote with ("Jane Doe with Reuters", "Le Monde avec AFP")', () => {
    expect(bylineNames('Jane Doe with Reuters', 'en')).toEqual(['Jane Doe', 'Reuters']);
    expect(bylineNames('Hans Meier mit dpa', 'de')).toEqual(['Hans Meier', 'dpa']);
    expect(bylineNames('Le Monde avec AFP', 'fr')).toEqual(['Le Monde', 'AFP']);
  });

  it('drops a broadcaster\'s unit after the name ("ARD-Hauptstadtstudio"), in any language', () => {
    expect(bylineNames('Von Hans Meier, ARD-Hauptstadtstudio', 'de')).toEqual(['Hans Meier']);
    expect(bylineNames('Anna Weber, ZDF-Studio Brüssel', null)).toEqual(['Anna Weber']);
  });

  it('keeps a second writer, also one whose surname is a title elsewhere ("Head")', () => {
    expect(bylineNames('Jane Doe, John Smith', 'en')).toEqual(['Jane Doe', 'John Smith']);
    expect(bylineNames('Jane Doe and Tom Head', 'en')).toEqual(['Jane Doe', 'Tom Head']);
  });
});

describe('withoutSiteName', () => {
  it('drops the publication credited as author ("BBC News", "Mac & i")', () => {
    expect(withoutSiteName(['BBC News'], 'BBC News')).toEqual([]);
    expect(withoutSiteName(['Mac & i'], 'Mac & i')).toEqual([]);
    expect(withoutSiteName(['Jane Doe', 'BBC News'], 'bbc news')).toEqual(['Jane Doe']);
    expect(withoutSiteName(['Jane Doe'], null)).toEqual(['Jane Doe']);
  });

  it('knows the site under its other spellings and its address', () => {
    expect(withoutSiteName(['Tuổi Trẻ Online'], 'TUOI TRE ONLINE')).toEqual([]);
    // The paper and its web edition: "The Times" on "Times Online", "Tuổi Trẻ" on "Tuổi Trẻ Online".
    expect(withoutSiteName(['The Times'], 'Times Online')).toEqual([]);
    expect(withoutSiteName(['Tuổi Trẻ'], 'Tuổi Trẻ Online')).toEqual([]);
    expect(withoutSiteName(['Anil Dawar', 'Online'], 'Times Online')).toEqual(['Anil Dawar', 'Online']);
    expect(withoutSiteName(['VnExpress'], null, 'https://vnexpress.net/ha-noi-de-xuat-3544422.html')).toEqual([]);
    expect(withoutSiteName(['vnexpress.net'], null, 'https://vnexpress.net/bai.html')).toEqual([]);
    expect(withoutSiteName(['Võ Hải'], 'VnExpress', 'https://vnexpress.net/bai.html')).toEqual(['Võ Hải']);
    expect(withoutSiteName(['Paul Graham'], null, 'http://paulgraham.com/essay.html')).toEqual(['Paul Graham']);
    expect(withoutSiteName(['Haki Benita'], 'Haki Benita', 'https://hakibenita.com/sql-anomaly-detection')).toEqual(['Haki Benita']);
    expect(withoutSiteName(['Báo Giao thông'], 'Báo Giao thông', 'https://www.baogiaothong.vn/bai.html')).toEqual([]);
    // Capitalised as a name, but made of section words: the site.
    expect(withoutSiteName(['World News'], 'World News', 'http://worldnews.nbcnews.com/_news/2012/07/24/story')).toEqual([]);
  });

  it('knows every name and address the page states, a saved copy’s canonical address among them', () => {
    expect(withoutSiteName(['Báo Nhân Dân'], ['Nhân Dân điện tử', 'Báo Nhân Dân'])).toEqual([]);
    expect(withoutSiteName(['mcupdate'], null, ['http://fakehost/test/page.html', 'http://mcupdate.tumblr.com/post/96439224994'])).toEqual([]);
    expect(withoutSiteName(['Lê Hà', 'Nhân Dân'], [null, 'Báo Nhân Dân'], ['file:///tmp/bai.html', 'https://nhandan.vn/bai.html'])).toEqual(['Lê Hà', 'Nhân Dân']);
    expect(withoutSiteName(['Paul Graham'], [null], ['file:///tmp/essay.html', 'http://paulgraham.com/essay.html'])).toEqual(['Paul Graham']);
  });
});

describe('bylineNames before a dateline', () => {
  it('leaves the day name that opens the date out of the name', () => {
    expect(bylineNames('Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC', 'en')).toEqual(['Joe Wee']);
  });
});

describe('bylineNames with degrees after a name', () => {
  it('leaves the writer’s degrees out, and keeps a name that only looks like one in another case', () => {
    expect(bylineNames('By Brenda Goodman, MA', 'en')).toEqual(['Brenda Goodman']);
    expect(bylineNames('Jane Doe, MD, PhD', null)).toEqual(['Jane Doe']);
    expect(bylineNames('Jane Doe and John Roe, MD', 'en')).toEqual(['Jane Doe', 'John Roe']);
    expect(bylineNames('Ana Ma, John Li', 'en')).toEqual(['Ana Ma', 'John Li']);
  });
});

describe('bylineNames in each language pack’s own words', () => {
  it.each([
    ['홍길동 기자', 'ko', ['홍길동']],
    ['山田太郎記者', 'ja', ['山田太郎']],
    ['Автор: Иван Петров', 'ru', ['Иван Петров']],
    ['Текст: Олена Коваль', 'uk', ['Олена Коваль']],
    ['Escrito por María López', 'es', ['María López']],
    ['Por: María López', 'es', ['María López']],
    ['Reportagem: Ana Silva', 'pt', ['Ana Silva']],
    ['Autorzy: Anna Nowak', 'pl', ['Anna Nowak']],
    ['بقلم أحمد علي', 'ar', ['أحمد علي']],
    ['بقلم: محمد أحمد', 'ar', ['محمد أحمد']],
    ['Автор: Иван Петров, корреспондент', 'ru', ['Иван Петров']],
    ['Lê Văn Tám, phóng viên thường trú', 'vi', ['Lê Văn Tám']],
    ['来源：新华网', 'zh', []],
    ['Ali Cuma', 'tr', ['Ali Cuma']],
    ['Mehmet Pazar', null, ['Mehmet Pazar']],
    ['출처: 연합뉴스', 'ko', ['연합뉴스']],
    ['출처: 한겨레', 'ko', []],
    ['מאת דנה כהן', 'he', ['דנה כהן']],
  ] as const)('%j (%s) → %j', (text, lang, names) => {
    expect(bylineNames(text, lang)).toEqual(names);
  });

  it('keeps a title after the name on pages in other languages, and a name that is only the title', () => {
    expect(bylineNames('Kim Lee 기자', 'en')).toEqual(['Kim Lee 기자']);
    expect(bylineNames('기자', 'ko')).toEqual(['기자']);
    expect(bylineNames('Porfirio Díaz', 'es')).toEqual(['Porfirio Díaz']);
  });
});

describe('a date’s label in a byline’s place', () => {
  it.each([
    ['기사입력 : 2023-11-16 10:21:00', 'ko'],
    ['입력 2023.11.16. 오전 10:21', 'ko'],
    ['Опубликовано: 16 ноября 2023 г., 10:21', 'ru'],
    ['Published: January 26, 2024', 'en'],
    ['Aktualisiert am 26.01.2024', null],
  ] as const)('%j (%s) names no one', (text, lang) => {
    expect(bylineNames(text, lang)).toEqual([]);
  });

  it.each([
    ['홍길동 기자 입력 2023.11.16 10:21', 'ko', ['홍길동']],
    ['홍길동 기자 입력 2023.11.16. 오전 10:21 수정 2023.11.16. 오후 2:05', 'ko', ['홍길동']],
    ['Иван Петров Опубликовано 16 ноября 2023', 'ru', ['Иван Петров']],
    ['Jean Dupont Publié le 16 novembre 2023', 'fr', ['Jean Dupont']],
    ['山田太郎 更新日：2023年11月16日', 'ja', ['山田太郎']],
    ['Jane Doe Updated: 16 Nov 2023 10:21', 'en', ['Jane Doe']],
  ] as const)('after the name, %j (%s) leaves the name', (text, lang, names) => {
    expect(bylineNames(text, lang)).toEqual(names);
  });

  it('leaves a name that only looks like a label where no date follows it', () => {
    expect(bylineNames('Emma Posted', 'en')).toEqual(['Emma Posted']);
  });
});

describe('names before a date or a title', () => {
  it.each([
    ['Posted by kovarex on 2019-02-15', 'en', ['kovarex']],
    ['By Jane Doe on March 3, 2019', 'en', ['Jane Doe']],
    ['Von Hans Meier am 12.03.2019', 'de', ['Hans Meier']],
    ['Par Jean Dupont le 3 mai 2019', 'fr', ['Jean Dupont']],
    ['Posted by timothy on Tuesday July 24, @09:04AM', 'en', ['timothy']],
    ['Posted by Andrew Hayden, Software Engineer on Google Play', 'en', ['Andrew Hayden']],
    // After a prefix, a lowercase preposition before a capitalised word files the story somewhere.
    ['Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments', 'en', ['Michael Larabel']],
    ['By Jane Doe in Washington', 'en', ['Jane Doe']],
    ['Par Jean Dupont dans Économie', 'fr', ['Jean Dupont']],
    ['Von Hans Meier aus Berlin', 'de', ['Hans Meier']],
    // A joiner is no place: the writers it joins stay.
    ['Par Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'fr', ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']],
    // Without a prefix, a phrase stays a phrase, not a name cut short.
    ['Contributors to Wikimedia projects', 'en', []],
  ])('%s', (line, lang, names) => {
    expect(bylineNames(line, lang)).toEqual(names);
  });

  it('reads the names after a section that opens the line, not the section', () => {
    expect(bylineNames('Politik · Jochen Bittner, Tina Hildebrandt', 'de')).toEqual(['Jochen Bittner', 'Tina Hildebrandt']);
    expect(bylineNames('Thời sự | Minh Anh', 'vi')).toEqual(['Minh Anh']);
    // What follows the name is its paper or the reading time, as before.
    expect(bylineNames('Jane Doe | Reuters', 'en')).toEqual(['Jane Doe']);
  });

  it('reads a line in capitals with a preposition in it as a phrase, not a name', () => {
    // A slideshow's "BACK TO SLIDE" button closing the body, read as a signature in capitals.
    expect(bylineNames('BACK TO SLIDE', 'en')).toEqual([]);
    // Signatures in capitals stay names.
    expect(bylineNames('TUẤN SƠN', 'vi')).toEqual(['Tuấn Sơn']);
    expect(bylineNames('MARY ANN SMITH', 'en')).toEqual(['Mary Ann Smith']);
  });

  it('keeps the particles of names in every language', () => {
    expect(bylineNames('By Maria dos Santos and Ludwig van der Berg', 'en')).toEqual(['Maria dos Santos', 'Ludwig van der Berg']);
    expect(bylineNames('Por Juan de la Cruz', 'es')).toEqual(['Juan de la Cruz']);
  });
});

describe('bylineNames and a prefix or a title glued to the name', () => {
  // The markup parts them by its style sheet ("<span>By</span><a>Travis Haney</a>"), which the text does not keep.
  it('takes off a prefix glued to a capitalised name, or to the prefix again', () => {
    expect(bylineNames('ByTravis Haney', 'en')).toEqual(['Travis Haney']);
    expect(bylineNames('Byby JOSH HASKELL and DAVID CAPLAN', 'en')).toEqual(['Josh Haskell', 'David Caplan']);
    expect(bylineNames('ParJean Dupont', 'fr')).toEqual(['Jean Dupont']);
    expect(bylineNames('BởiNguyễn Văn An', 'vi')).toEqual(['Nguyễn Văn An']);
  });

  it('keeps names that open with a prefix\'s letters', () => {
    expect(bylineNames('Byron Smith', 'en')).toEqual(['Byron Smith']);
    expect(bylineNames('Parker Lewis', 'fr')).toEqual(['Parker Lewis']);
    // Two letters: Italian "di" opens names glued ("DiCaprio").
    expect(bylineNames('DiMaria Rossi', 'it')).toEqual(['DiMaria Rossi']);
  });

  it('takes off a newsroom title glued to the name, and keeps names with a capital inside', () => {
    expect(bylineNames('Howard BlumeStaff Writer', 'en')).toEqual(['Howard Blume']);
    expect(bylineNames('Ann LeeReporter', 'en')).toEqual(['Ann Lee']);
    expect(bylineNames('Ronald McDonald', 'en')).toEqual(['Ronald McDonald']);
    expect(bylineNames('Jane McEditor', 'en')).toEqual(['Jane McEditor']);
  });
});

describe('bylineNames and Japanese labels', () => {
  it('reads the name after "著者", "筆者" or "執筆"', () => {
    expect(bylineNames('著者：後藤大地', 'ja')).toEqual(['後藤大地']);
    expect(bylineNames('筆者：山田太郎', 'ja')).toEqual(['山田太郎']);
    expect(bylineNames('執筆：山田太郎', 'ja')).toEqual(['山田太郎']);
  });
});
