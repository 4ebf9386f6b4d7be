import { describe, expect, it } from 'vitest';
import { outlineOfText } from './helpers';

const quotes = (text: string, lang: string) => outlineOfText(text, lang).outline.quotes;

/** Speech verbs that report nothing, and quotations that are no one's statement. */
describe('what is not a statement', () => {
  it('reports nothing after a speech verb said not to have been used ("không cho biết", "did not say")', () => {
    expect(quotes('Đại sứ Parvathaneni Harish không cho biết khi nào Việt Nam sẽ nhận bàn giao các tàu.', 'vi')).toEqual([]);
    expect(quotes('Ambassador John Smith did not say when the ships would be handed over to the navy.', 'en')).toEqual([]);
  });

  it('makes no statement of "said so" with only where and when after it ("khẳng định như vậy tại buổi họp báo", golden page vi-topic-page-thumb-title-time-sapo)', () => {
    expect(quotes('Ông Lương Tam Quang khẳng định như vậy tại buổi họp báo của Văn phòng Chính phủ chiều 31-5.', 'vi')).toEqual([]);
    expect(quotes('Miller said so at a press conference on Monday.', 'en')).toEqual([]);
    expect(quotes('He said this at a meeting with residents of the district.', 'en')).toEqual([]);
    expect(quotes('Il a dit cela lors d’une réunion avec les habitants du quartier.', 'fr')).toEqual([]);
  });

  it('still reads what was said after "this" when it is no stand-in ("said this week that …", "said this is …")', () => {
    expect(quotes('Mary Jones said this week that the mayor would sign the plan soon.', 'en')[0]?.text).toBe('the mayor would sign the plan soon.');
    expect(quotes('John Miller said this is the best plan the city has made in years.', 'en')[0]?.text).toBe('this is the best plan the city has made in years.');
  });

  it('reads "lời nói" ("words") as a noun, not the verb "nói"', () => {
    expect(quotes('Nỗi đau lại bị khơi dậy khi bà Phạm Thị Yến đã có những lời nói xúc phạm đến con gái bà.', 'vi')).toEqual([]);
  });

  it('reads a speech verb right after a preposition as its object ("thống nhất với đề nghị của Hà Nội")', () => {
    expect(quotes('Tháng 12/2016, trong văn bản hồi âm, Bộ Nông nghiệp thống nhất với đề nghị của Hà Nội điều chỉnh kết cấu đoạn đê hữu sông Hồng.', 'vi')).toEqual([]);
  });

  it('does not take lines of verse cited in quotation marks for a statement, nor the sentence that cites them', () => {
    const found = quotes('Thủ tướng Nguyễn Xuân Phúc bày tỏ niềm vui bằng hai câu: “Gió xuân phảng phất cành tre / Bà con cô bác cùng lắng nghe bài chòi”.', 'vi');
    expect(found).toEqual([]);
  });

  it('still takes a quotation with a slash between words ("đạn đạo / hạt nhân") for a statement', () => {
    const [quote] = quotes('Bà Choe nhấn mạnh: “Triều Tiên sẽ không thử tên lửa đạn đạo / hạt nhân trong năm nay”.', 'vi');
    expect(quote?.kind).toBe('direct');
  });
});
