import { describe, expect, it } from 'vitest';
import { outlineOfText } from './helpers';

const quotes = (text: string, lang: string) => outlineOfText(text, lang).outline.quotes;

/** Who said what, seen wrong in the popup (scripts/shoot-pages.ts on the golden pages). */
describe('speakers and their roles', () => {
  it('takes no name that closes a leading clause for the speaker of the role after it (its object, not an apposition)', () => {
    const [vi] = quotes('Chia sẻ kế hoạch đón Tết Mậu Tuất, đạo diễn phim trẻ tiết lộ: “Năm nay hai vợ chồng sẽ ở lại Sài Gòn ăn Tết cùng gia đình bên ngoại”.', 'vi');
    expect(vi).toMatchObject({ speaker: 'đạo diễn phim trẻ' });
    const [en] = quotes('To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum in Washington.', 'en');
    expect(en?.speaker).toContain('Roberts');
  });

  it('still takes a name with its description before it, or right after the verb, for the speaker ("81-year-old Parker Eaton, a Republican,")', () => {
    const [described] = quotes('81-year-old Parker Eaton, a nominal Republican who voted for Bill Clinton, said that he would vote for the businessman this time.', 'en');
    expect(described).toMatchObject({ speaker: 'Parker Eaton' });
    const [inverted] = quotes('“The intensity of his supporters is so much greater,” said Rep. Beto O’Rourke, a Clinton endorser who suggested that Sanders could pull out new voters.', 'en');
    expect(inverted?.speaker).toContain('O’Rourke');
  });

  it('takes the person before "dưới thời X" ("under X") as the speaker, not X', () => {
    const [quote] = quotes('Cựu bộ trưởng y tế Donna Shalala dưới thời Bill Clinton cho biết bà theo dõi bài diễn văn của Tổng thống từ Nhà Trắng.', 'vi');
    expect(quote).toMatchObject({ speaker: 'Donna Shalala', role: 'bộ trưởng y tế' });
  });

  it('ends the role after a name at the speech verb ("…, trả lời Hãng thông tấn Mehr:")', () => {
    const [quote] = quotes('Mohsen Momeni, giám đốc chi nhánh ở Isfahan của tổ chức Trăng lưỡi liềm đỏ, trả lời Hãng thông tấn Mehr ngày thứ tư: “Nhóm cứu hộ đầu tiên đã đưa về được một số thi thể”.', 'vi');
    expect(quote).toMatchObject({ speaker: 'Mohsen Momeni', role: 'giám đốc chi nhánh ở Isfahan của tổ chức Trăng lưỡi liềm đỏ' });
  });

  it('keeps an acronym between the role and the name in the role ("Bộ NN & PTNT Hoàng Trung")', () => {
    const [quote] = quotes('Cục trưởng Cục Bảo vệ thực vật Bộ NN & PTNT Hoàng Trung cho biết hoạt chất này được sử dụng rộng rãi trên thế giới.', 'vi');
    expect(quote).toMatchObject({ speaker: 'Hoàng Trung', role: 'Cục trưởng Cục Bảo vệ thực vật Bộ NN & PTNT' });
  });

  it('gives no speaker a relative clause that has a subject of its own ("Kim Chol, người mà Mỹ … cho rằng")', () => {
    const found = quotes('Hai bị cáo bị cáo buộc sát hại Kim Chol, người mà Mỹ và Hàn Quốc cho rằng chính là anh cùng cha khác mẹ của lãnh đạo Triều Tiên.', 'vi');
    expect(found.map((q) => q.speaker)).toEqual([]);
  });

  it('takes an office in parentheses after the name as the role', () => {
    const [quote] = quotes('Khi khai báo tại toà, bác sĩ Hoàng Công Tình (Phó trưởng Khoa Hồi sức) cho biết hôm đó là ngày trực của bác sĩ Lương.', 'vi');
    expect(quote).toMatchObject({ speaker: 'Hoàng Công Tình', role: 'Phó trưởng Khoa Hồi sức' });
  });

  it('keeps a long Vietnamese office before the name: ten words are more syllables (golden page vi-qdnd-s400)', () => {
    const [quote] = quotes('“Nhu cầu tăng đáng kể sau các sự kiện tại Syria”, TASS dẫn lời giám đốc điều hành Tập đoàn xuất nhập khẩu vũ khí Nga (Rosoboronexport) Alexander Mikheyev hôm nay cho biết.', 'vi');
    expect(quote).toMatchObject({ speaker: 'Alexander Mikheyev', role: 'giám đốc điều hành Tập đoàn xuất nhập khẩu vũ khí Nga (Rosoboronexport)' });
  });

  it('reads two modifiers of an office and leaves the title of address before the name out of it', () => {
    const [quote] = quotes('Phó tổng giám đốc Tổng công ty Đường sắt Việt Nam – ông Nguyễn Văn Bình cho biết: “Chúng tôi sẽ chạy thêm tàu dịp Tết”.', 'vi');
    expect(quote).toMatchObject({ speaker: 'Nguyễn Văn Bình', role: 'Phó tổng giám đốc Tổng công ty Đường sắt Việt Nam' });
  });

  it('never takes a role from the sentence before, nor the function words between role and name', () => {
    const [first] = quotes('Người dân báo cho trưởng thôn ngay trong buổi sáng. Lúc này ông Trần Văn Hùng cho biết sẽ báo lên xã.', 'vi');
    expect(first?.role ?? null).toBeNull();
    const [second] = quotes('Nhiều lãnh đạo PVC trong đó có ông Nguyễn Xuân Sơn cho biết dự án đã được duyệt.', 'vi');
    expect(second).toMatchObject({ speaker: 'Nguyễn Xuân Sơn', role: 'lãnh đạo PVC' });
  });

  it('reads a long apposition after the name, closed before the verb, as the role (golden page vi-vnexpress-doan-thi-huong)', () => {
    const [quote] = quotes('“Hương có thể được phóng thích như Aisyah, hoặc phiên xử cô ấy sẽ tiếp tục”, Hisyam Teh Poh Teik, một trong các luật sư của Hương, trả lời AFP.', 'vi');
    expect(quote).toMatchObject({ speaker: 'Hisyam Teh Poh Teik', role: 'một trong các luật sư của Hương' });
  });

  it('reads an English apposition that opens with a possessive or "one of" as the role', () => {
    const [lawyer] = quotes('“She may be freed, or her trial will go on,” John Smith, her lawyer, said.', 'en');
    expect(lawyer).toMatchObject({ speaker: 'John Smith', role: 'her lawyer' });
    const [oneOf] = quotes('“She may be freed, or her trial will go on,” John Smith, one of the lawyers for the two women, told reporters.', 'en');
    expect(oneOf).toMatchObject({ speaker: 'John Smith', role: 'one of the lawyers for the two women' });
  });

  it('leaves a long apposition that opens with no role: its last name would be taken for the speaker', () => {
    const found = quotes('“Discrimination should never be sanctioned by the state,” Sarah Warbelow, legal director for the gay rights group Human Rights Campaign, said in a statement.', 'en');
    expect(found.map((q) => q.speaker)).not.toContain('Human Rights Campaign');
  });

  it('ends a role after a name before its relative clause ("…, one of the six lawmakers … who wrote the bill, told reporters")', () => {
    const [quote] = quotes('Pavlo Ungurian, one of the six lawmakers from various parties who wrote the bill, told reporters on Monday that the vote would be held next week.', 'en');
    expect(quote).toMatchObject({ speaker: 'Pavlo Ungurian', role: 'one of the six lawmakers from various parties' });
  });
});

/** AmericaNow (field set): "Kellyanne Conway, President-elect Donald Trump has named" as her role; "But the New York Times" as a speaker. */
describe('roles and speakers that are pieces of a clause', () => {
  it('gives no role made of a clause with a finite verb', () => {
    const found = quotes('President-elect Donald Trump has named Kellyanne Conway, the campaign manager, to the position of counselor. On Dec. 1, Conway suggested she would not be working in the Trump White House at all.', 'en');
    expect(found[0]).toMatchObject({ speaker: 'Kellyanne Conway' });
    expect(found[0]?.role ?? '').not.toContain('has named');
  });

  it('leaves the connective that opens the sentence out of the speaker', () => {
    expect(quotes('But the New York Times suggested Conway was holding out for a better offer within the cabinet.', 'en')[0]?.speaker).toBe('the New York Times');
  });
});

/** The Verge and Sports Illustrated (field set): "T Entertainment CEO" and "T Stadium" from AT&T; "Cowboys" for "one Cowboys executive". */
describe('names with an ampersand, and people described by "one" or "another"', () => {
  it('keeps "AT&T" whole in a role', () => {
    const [quote] = quotes('And here’s what AT&T Entertainment CEO John Stankey said yesterday: “We want customers to understand the benefits of using our wireless service.”', 'en');
    expect(quote).toMatchObject({ speaker: 'John Stankey', role: 'AT&T Entertainment CEO' });
  });

  it('reads "one Cowboys executive" as a person described, not the team', () => {
    expect(quotes('“If you’re scared of him,” one Cowboys executive joked to Stephen, “then I’m really scared.”', 'en')[0]?.speaker).toBe('one Cowboys executive');
  });
});
