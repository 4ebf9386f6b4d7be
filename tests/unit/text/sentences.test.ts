import { describe, expect, it } from 'vitest';
import { sentenceSpans, startsInsideQuote } from '@/utils/text/sentences';

function split(text: string, lang: string | null): string[] {
  return sentenceSpans(text, lang).map((span) => span.text);
}

describe('sentenceSpans: Vietnamese', () => {
  it('keeps "TP. HCM" and "PGS.TS." inside the sentence', () => {
    expect(split('Ông A nói TP. HCM và PGS.TS. Nguyễn Văn B đã đến. Sau đó họ về.', 'vi')).toEqual([
      'Ông A nói TP. HCM và PGS.TS. Nguyễn Văn B đã đến.',
      'Sau đó họ về.',
    ]);
  });

  it('ends a sentence after a place name before a capitalised title ("… Việt Nam. Đại sứ …", golden page vi-nhandan-an-do-dong-tau)', () => {
    expect(split('Thủ tướng Narendra Modi đến thăm Việt Nam. Đại sứ không cho biết khi nào. Trụ sở ở TP. HCM. Đại sứ quán nói.', 'vi')).toEqual([
      'Thủ tướng Narendra Modi đến thăm Việt Nam.',
      'Đại sứ không cho biết khi nào.',
      'Trụ sở ở TP. HCM.',
      'Đại sứ quán nói.',
    ]);
  });

  it('ends a sentence after a date "ngày 5/3."', () => {
    expect(split('Hội nghị diễn ra ngày 5/3. Ông Nguyễn Văn A chủ trì.', 'vi')).toEqual(['Hội nghị diễn ra ngày 5/3.', 'Ông Nguyễn Văn A chủ trì.']);
  });

  it('ends a sentence before one that opens on a figure, not after a short abbreviation', () => {
    expect(split('Ít nhất 4 xe máy bị hư hỏng nặng sau khi bị ôtô đâm phải. 10h30 sáng 20/9, ôtô Kia chạy hướng Gia Lâm.', 'vi')).toEqual([
      'Ít nhất 4 xe máy bị hư hỏng nặng sau khi bị ôtô đâm phải.',
      '10h30 sáng 20/9, ôtô Kia chạy hướng Gia Lâm.',
    ]);
    expect(split('Xem trang tr. 12 của báo.', 'vi')).toEqual(['Xem trang tr. 12 của báo.']);
    // The same in decomposed Unicode, as some pages write it.
    expect(split('Xe bị ôtô đâm phải. 10h30 sáng 20/9, ôtô chạy về Hà Nội.'.normalize('NFD'), 'vi')).toHaveLength(2);
  });

  it('keeps a list marker with its item', () => {
    expect(split('1. Tăng cường lãnh đạo. 2. Đổi mới phương thức.', 'vi')).toEqual(['1. Tăng cường lãnh đạo.', '2. Đổi mới phương thức.']);
  });
});

describe('sentenceSpans: English', () => {
  it('keeps titles, initials and "U.S." before a name inside the sentence', () => {
    expect(split('The U.S. President met Dr. Smith and J. K. Rowling on Monday. He left.', 'en')).toEqual([
      'The U.S. President met Dr. Smith and J. K. Rowling on Monday.',
      'He left.',
    ]);
  });

  it('still ends a sentence on "U.S." when a new one starts', () => {
    expect(split('He lives in the U.S. He works there.', 'en')).toEqual(['He lives in the U.S.', 'He works there.']);
  });

  it('keeps "etc." mid-sentence and ends on a single letter after a common word', () => {
    expect(split('Apples, pears, etc. are sold here. Take vitamin C. The end.', 'en')).toEqual([
      'Apples, pears, etc. are sold here.',
      'Take vitamin C.',
      'The end.',
    ]);
  });

  it('keeps footnote markers with the sentence they follow', () => {
    expect(split('This was known.[1] The community grew.[2][3] It lasted.', 'en')).toEqual([
      'This was known.[1]',
      'The community grew.[2][3]',
      'It lasted.',
    ]);
  });

  it('goes on after a ! or ? in a closing quotation mark when a word in lower case follows', () => {
    expect(split('Alex Trebek hosted "Jeopardy!" for 23 years. He died in 2020.', 'en')).toEqual([
      'Alex Trebek hosted "Jeopardy!" for 23 years.',
      'He died in 2020.',
    ]);
    expect(split('“Is it true?” she asked. It was.', 'en')).toEqual(['“Is it true?” she asked.', 'It was.']);
    expect(split('He loves the show "Jeopardy!" Many do.', 'en')).toEqual(['He loves the show "Jeopardy!"', 'Many do.']);
    expect(split('What a day! iPhone sales rose.', 'en')).toEqual(['What a day!', 'iPhone sales rose.']);
    expect(split('It won (thanks, fans!) and then it lost. Then more.', 'en')).toEqual(['It won (thanks, fans!) and then it lost.', 'Then more.']);
  });

  it('never starts a sentence inside a parenthesis', () => {
    expect(split('He said (see p. 5. Then more.) that he left. It rained.', 'en')).toEqual([
      'He said (see p. 5. Then more.) that he left.',
      'It rained.',
    ]);
  });
});

describe('sentenceSpans: German, French, Spanish', () => {
  it('keeps the ordinal of a date: "am 4. Mai"', () => {
    expect(split('Er kam am 4. Mai zum Star-Wars-Tag. Dann ging er.', 'de')).toEqual(['Er kam am 4. Mai zum Star-Wars-Tag.', 'Dann ging er.']);
  });

  it('keeps "z. B." and "Dr." inside the sentence', () => {
    expect(split('Das gilt z. B. Berlin und Dr. Müller. Und Bonn.', 'de')).toEqual(['Das gilt z. B. Berlin und Dr. Müller.', 'Und Bonn.']);
  });

  it('keeps "M." before a name and "1er mai"', () => {
    expect(split('M. Dupont est venu le 1er mai. Il a parlé.', 'fr')).toEqual(['M. Dupont est venu le 1er mai.', 'Il a parlé.']);
  });

  it('goes on after ¡…! „…!“ and « … ! » when a word in lower case follows', () => {
    expect(split('Gritó ¡Viva México! y todos aplaudieron. Luego se fue.', 'es')).toEqual(['Gritó ¡Viva México! y todos aplaudieron.', 'Luego se fue.']);
    expect(split('Er rief „Hilfe!“ und rannte weg. Dann blieb er stehen.', 'de')).toEqual(['Er rief „Hilfe!“ und rannte weg.', 'Dann blieb er stehen.']);
    expect(split('Il a crié « Au secours ! » et il est parti. Puis il est revenu.', 'fr')).toEqual([
      'Il a crié « Au secours ! » et il est parti.',
      'Puis il est revenu.',
    ]);
  });

  it('keeps "Sr." and "Sra." before a name', () => {
    expect(split('El Sr. García llegó. La Sra. López no.', 'es')).toEqual(['El Sr. García llegó.', 'La Sra. López no.']);
  });
});

/** Pinned here so that Chromium (ICU) and Firefox (ICU4X) give the same sentences (issue 18). */
describe('sentenceSpans: Chinese, Japanese, Korean', () => {
  it('ja: a quotation the sentence goes on after stays in it, and 。！？ end sentences', () => {
    expect(split('彼は「今日は晴れ。」と述べた。次の文です！最後？', 'ja')).toEqual(['彼は「今日は晴れ。」と述べた。', '次の文です！', '最後？']);
  });

  it('ja: never ends a sentence on an opening 「', () => {
    expect(split('首相は言った。「明日から始める。」', 'ja')).toEqual(['首相は言った。', '「明日から始める。」']);
  });

  it('zh: a short speech tag after a quotation belongs to it', () => {
    expect(split('“我们会来。”他说。这是第二句。', 'zh')).toEqual(['“我们会来。”他说。', '这是第二句。']);
  });

  it('zh: stops without spaces split', () => {
    expect(split('今天天气很好。我们去公园吧！你去吗？', 'zh')).toEqual(['今天天气很好。', '我们去公园吧！', '你去吗？']);
  });

  it('ko: lines glued without a space still split', () => {
    expect(split('오늘은 맑다.내일은 비가 온다. 그렇다.', 'ko')).toEqual(['오늘은 맑다.', '내일은 비가 온다.', '그렇다.']);
  });
});

describe('sentenceSpans: Thai and Khmer', () => {
  const clause1 = 'นายกรัฐมนตรีกล่าวว่าประเทศไทยจะเติบโตอย่างต่อเนื่องในปีหน้า';
  const clause2 = 'ขณะที่ธนาคารแห่งประเทศไทยคาดการณ์ว่าเศรษฐกิจจะขยายตัวร้อยละสาม';

  it('cuts at the space between two long clauses', () => {
    expect(split(`${clause1} ${clause2}`, 'th')).toEqual([clause1, clause2]);
  });

  it('keeps abbreviations with dots (พล.อ., ก.พ.) and a parenthesis in one piece', () => {
    const text = `${clause1} (พล.อ. ประยุทธ์ จันทร์โอชา เมื่อวันที่ 5 ก.พ. 2567) ${clause2}`;
    const sentences = split(text, 'th');
    expect(sentences.some((s) => s.startsWith('('))).toBe(false);
    expect(sentences.join(' ')).toBe(text);
    expect(sentences.some((s) => s.includes('(พล.อ. ประยุทธ์ จันทร์โอชา เมื่อวันที่ 5 ก.พ. 2567)'))).toBe(true);
  });

  it('keeps a short Thai run whole, and long runs whole when asked', () => {
    expect(split('เมื่อวันที่ 5 ที่ผ่านมา', 'th')).toEqual(['เมื่อวันที่ 5 ที่ผ่านมา']);
    expect(sentenceSpans(`${clause1} ${clause2}`, 'th', { clauses: false })).toHaveLength(1);
  });

  it('km: ends sentences on ។', () => {
    expect(split('ខ្ញុំទៅផ្សារ។ គាត់នៅផ្ទះ។', 'km')).toEqual(['ខ្ញុំទៅផ្សារ។', 'គាត់នៅផ្ទះ។']);
  });
});

describe('sentenceSpans: offsets and cost', () => {
  it('gives each sentence its offset in the input', () => {
    const text = '  Dr. Smith came.  He left. ';
    for (const span of sentenceSpans(text, 'en')) expect(text.slice(span.start, span.start + span.text.length)).toBe(span.text);
  });

  it('never cuts a sentence where a long text is cut into chunks for the segmenter', () => {
    const sentence = 'The council met on Monday to discuss the plan for the new bridge over the river.';
    const text = Array.from({ length: 120 }, () => sentence).join(' ');
    expect(text.length).toBeGreaterThan(9000);
    expect(new Set(split(text, 'en'))).toEqual(new Set([sentence]));
  });

  it('stays linear on 200,000 characters of dots, brackets and initials', () => {
    for (const unit of ['A. ', '( ', '. ', '「。', '[1] ', 'ก. ']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const started = performance.now();
      sentenceSpans(text, 'en');
      expect(performance.now() - started).toBeLessThan(1500);
    }
  });
});

describe('sentenceSpans: a sentence opening on a figure', () => {
  it('starts after the stop of a word, but not after "p." or "vol." or "No."', () => {
    expect(split('They marched through the night. 3,000 people joined them.', 'en')).toEqual(['They marched through the night.', '3,000 people joined them.']);
    expect(split('See p. 5 and vol. 3 of the report, or No. 10 Downing Street.', 'en')).toEqual(['See p. 5 and vol. 3 of the report, or No. 10 Downing Street.']);
  });

  it('starts after a short Vietnamese word too ("… vào bờ. 11h30 ngày 23/12", golden page vi-daily-author-box-between-title-and-sapo)', () => {
    expect(split('Duy đang đưa 2 nạn nhân vào bờ. 11h30 ngày 23/12, ông Khoa lái tàu chở mùn cưa.', 'vi')).toEqual(['Duy đang đưa 2 nạn nhân vào bờ.', '11h30 ngày 23/12, ông Khoa lái tàu chở mùn cưa.']);
  });
});

describe('sentenceSpans: a subhead glued to the sentence after it', () => {
  it('starts a Vietnamese sentence at an opener written with a capital after a lower-case word ("… cao nhất Mở đầu …", golden page vi-nolang-tuoi-nghi-huu)', () => {
    expect(split('Tốc độ già hoá dân số đang ở mức cao nhất Mở đầu phần trao đổi với PV, Bộ trưởng cho rằng cần điều chỉnh.', 'vi')).toEqual([
      'Tốc độ già hoá dân số đang ở mức cao nhất',
      'Mở đầu phần trao đổi với PV, Bộ trưởng cho rằng cần điều chỉnh.',
    ]);
    expect(split('Đừng tự làm xấu vì cái tôi ngông cuồng Người ta vẫn nhớ đến nghệ sĩ.', 'vi')).toEqual(['Đừng tự làm xấu vì cái tôi ngông cuồng', 'Người ta vẫn nhớ đến nghệ sĩ.']);
  });

  it('starts one at a title of address between two names ("… núi Hải Vân Ông Quang sẽ …", golden page vi-trangtin-biet-phu)', () => {
    expect(split('Đại gia vàng phải tự tháo dỡ biệt thự chân núi Hải Vân Ông Quang sẽ phải tự giác tháo dỡ.', 'vi')).toEqual([
      'Đại gia vàng phải tự tháo dỡ biệt thự chân núi Hải Vân',
      'Ông Quang sẽ phải tự giác tháo dỡ.',
    ]);
  });

  it('keeps names and places that hold such a word ("Trần Xuân Chi Anh cũng", "quận Hai Bà Trưng", "Báo Người Lao Động")', () => {
    const text = 'Chuyên gia Trần Xuân Chi Anh cũng cho rằng cửa hàng ở phố Bà Triệu, quận Hai Bà Trưng bán áo, Báo Người Lao Động đưa tin.';
    expect(split(text, 'vi')).toEqual([text]);
  });

  it('never does so where capitals mark nouns or a polite "Sie" (German)', () => {
    expect(split('Das Museum zeigt neue Bilder Sie können es ab Montag besuchen.', 'de')).toEqual(['Das Museum zeigt neue Bilder Sie können es ab Montag besuchen.']);
  });
});

describe('startsInsideQuote: the tail of a quote split over sentences', () => {
  it('knows a tail by its unpaired closing mark', () => {
    expect(startsInsideQuote('West Ham to má podobně a už kvůli tomu je třeba před Moyesem smeknout," přirovnává Heskey.')).toBe(true);
    expect(startsInsideQuote('Chiều nay, cán bộ Cục Kiểm lâm cũng đã lên Văn Bàn để tiếp tục làm việc “.')).toBe(true);
    expect(startsInsideQuote('It is over,” he said.')).toBe(true);
    expect(startsInsideQuote('Das reicht nicht“, sagte er.')).toBe(true);
    expect(startsInsideQuote('这就是结果」他说。')).toBe(true);
  });

  it('leaves whole quotes, the head of a quote and marks that pair up alone', () => {
    expect(startsInsideQuote('“Phòng cảnh sát môi trường cũng đã vào cuộc từ ngày 13-11” - ông Sâm nói.')).toBe(false);
    expect(startsInsideQuote('Cuối cùng, Bộ trưởng khẳng định: “Chúng ta cần hiểu đầy đủ.')).toBe(false);
    expect(startsInsideQuote('"In 2003, they were better than us.')).toBe(false);
    expect(startsInsideQuote('Er sagte: „Das ist gut“.')).toBe(false);
    expect(startsInsideQuote('The so-called "Big Five" met on Monday.')).toBe(false);
    expect(startsInsideQuote("He's here, isn't he?")).toBe(false);
  });
});

describe('sentenceSpans: an ellipsis', () => {
  it('ends a sentence when a capital follows it, in any language', () => {
    expect(split('Ông nói rằng sẽ cố gắng… Nhưng kết quả chưa như mong đợi.', 'vi')).toEqual(['Ông nói rằng sẽ cố gắng…', 'Nhưng kết quả chưa như mong đợi.']);
    expect(split('He waited… Then the door opened.', 'en')).toEqual(['He waited…', 'Then the door opened.']);
    expect(split('Er wartete … Dann ging die Tür auf.', 'de')).toEqual(['Er wartete …', 'Dann ging die Tür auf.']);
  });

  it('goes on when a word in lower case follows, or when the ellipsis stands in brackets for words left out', () => {
    expect(split('The list includes A, B, C… and more items.', 'en')).toEqual(['The list includes A, B, C… and more items.']);
    expect(split('“We will […] Obama said so,” he wrote.', 'en')).toEqual(['“We will […] Obama said so,” he wrote.']);
  });
});
