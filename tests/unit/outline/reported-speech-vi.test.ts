import { describe, expect, it } from 'vitest';
import { outlineOfText } from './helpers';

const vi = (text: string) => outlineOfText(text, 'vi').outline.quotes;

/** Reported speech that VietNews-style articles write and Lede used to miss (tests/data/quotes/vi, `npm run bench:quotes`). */
describe('Vietnamese reported speech beside quotations, after sources and appositions', () => {
  it('reads the sentences after a quotation over several paragraphs, anchored on their own paragraph', () => {
    const quotes = vi(
      [
        '“Chúng tôi đã làm việc suốt đêm để hoàn thành con đê trước mùa lũ.',
        '“Người dân có thể yên tâm về an toàn của khu dân cư”, ông Lê Văn Bửu nói. Ông Lê Văn Bửu cũng cho biết tỉnh sẽ bố trí thêm kinh phí cho các tuyến đê xung yếu.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => [q.kind, q.anchor.block, q.speaker])).toEqual([
      ['direct', 0, 'Lê Văn Bửu'],
      ['reported', 1, 'Lê Văn Bửu'],
    ]);
    expect(quotes[1]?.text).toBe('tỉnh sẽ bố trí thêm kinh phí cho các tuyến đê xung yếu.');
  });

  it('finds what is reported after a quotation’s cue through a second verb ("ông Nhu nói và cho hay, …")', () => {
    const quotes = vi('“Chúng tôi đã làm năm trước và ăn được”, ông Hoàng Khắc Nhu nói và cho hay, nếu được cho phép, lãnh đạo thành phố tin người dân nào cũng muốn đóng góp.');
    expect(quotes.map((q) => q.kind)).toEqual(['direct', 'reported']);
    expect(quotes[1]).toMatchObject({ speaker: 'Hoàng Khắc Nhu', text: 'nếu được cho phép, lãnh đạo thành phố tin người dân nào cũng muốn đóng góp.' });
  });

  it('takes no clause before the comma as said when the verb runs on past a time phrase ("Xác định …, Bí thư X khẳng định trong năm 2016 …", golden page vi-danang-portal-ngan-sach)', () => {
    const quotes = vi('Xác định thu ngân sách là nhiệm vụ nặng nề, Bí thư Đà Nẵng Nguyễn Xuân Anh khẳng định trong năm 2016 cá nhân ông và lãnh đạo thành uỷ sẽ không đi công tác nước ngoài bằng tiền ngân sách.');
    expect(quotes.map((q) => q.text)).not.toContain('Xác định thu ngân sách là nhiệm vụ nặng nề');
    // Only where and when after the verb: the statement is still the clause before the comma.
    expect(vi('Nga sẵn sàng đối thoại với tất cả các bên, ông Putin nói tại điện Kremlin, Moskva hôm 24/10.')[0]?.text).toBe('Nga sẵn sàng đối thoại với tất cả các bên');
  });

  it('takes a news agency or a bank named in one word as the source ("Theo Reuters", "Sacombank đã khẳng định")', () => {
    expect(vi('Theo Reuters, tuyên bố của ông Morozov hiện chưa được kiểm chứng bởi bất kỳ nguồn độc lập nào.')[0]?.speaker).toBe('Reuters');
    expect(vi('Ngay sau đó, Sacombank đã khẳng định ngân hàng vẫn hoạt động bình thường và tăng trưởng ổn định.')[0]?.speaker).toBe('Sacombank');
  });

  it('leaves the verb out of an outlet named after "Theo" ("Theo TTXVN đưa tin,")', () => {
    expect(vi('Theo TTXVN đưa tin, đây đều là tai nạn giao thông đường bộ và đường sắt.')[0]?.speaker).toBe('TTXVN');
  });

  it('goes back over an age and an address to the person they describe', () => {
    const [quote] = vi('Ngày 13/1, ông Ngân Văn Hoà, Phó bí thư Đảng uỷ xã Trung Xuân, huyện Quan Sơn, cho biết khu ao cá của gia đình ông Loan xuất hiện hố sụt lún.');
    expect(quote?.speaker).toBe('Ngân Văn Hoà');
  });

  it('never makes a country or a province the speaker ("Việt Nam đánh giá cao …")', () => {
    expect(vi('Việt Nam đánh giá cao lập trường của Ấn Độ về Biển Đông thời gian qua và cảm ơn sự ủng hộ.')).toEqual([]);
  });

  it('reads no speech in a noun phrase or a title ("với những tâm sự", "ca khúc “Đêm tâm sự”")', () => {
    expect(vi('Chiều 9-3, cô Trần Trà My giới thiệu cuốn sách mới tại Đà Nẵng, với những tâm sự xúc động của chính tác giả về khát khao làm việc tốt.')).toEqual([]);
    expect(vi('Đây là đoạn cô Trần Trà My hồi tưởng quá khứ, trên nền ca khúc "Đêm tâm sự", sáng tác bởi nhạc sĩ Trúc Phương năm xưa.')).toEqual([]);
  });

  it('keeps the full role for a later, shorter mention ("Tổng thống Duterte" after "Tổng thống Philippines Rodrigo Duterte")', () => {
    const quotes = vi('Tổng thống Philippines Rodrigo Duterte cho biết nước này sẽ tiếp tục đàm phán với Trung Quốc.\n\nTổng thống Duterte cho biết thêm hai bên sẽ gặp lại nhau vào tháng tới.');
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Rodrigo Duterte', 'Tổng thống Philippines'],
      ['Rodrigo Duterte', 'Tổng thống Philippines'],
    ]);
  });

  it('starts what was said after the verb’s adverb ("cho biết thêm, …"), and reads no statement in praise ("đánh giá cao …")', () => {
    const added = vi('Ông Hoàng Trung, cục trưởng Cục Bảo vệ thực vật, cho biết thêm, sau này, nếu thế giới chứng minh glyphosate không gây ung thư, sẽ đưa hoạt chất này trở lại danh mục.');
    expect(added.map((q) => [q.speaker, q.text])).toEqual([['Hoàng Trung', 'sau này, nếu thế giới chứng minh glyphosate không gây ung thư, sẽ đưa hoạt chất này trở lại danh mục.']]);
    expect(vi('Thủ tướng Nguyễn Xuân Phúc đánh giá cao tình cảm, trách nhiệm của Đảng bộ, chính quyền và nhân dân thành phố Hải Phòng.')).toEqual([]);
  });
});


describe('declaring a state, not words', () => {
  it('reads "tuyên bố tình trạng khẩn cấp" and "tuyên bố phá sản" as acts, not statements', () => {
    expect(vi('Tổng thống Mỹ Donald Trump đã dùng quyền phủ quyết để bác dự luật huỷ bỏ tuyên bố tình trạng khẩn cấp ở biên giới của ông.')).toEqual([]);
    expect(vi('Công ty Nguyễn Văn An tuyên bố phá sản sau ba năm thua lỗ liên tiếp.')).toEqual([]);
  });

  it('still reads "tuyên bố" before what was said', () => {
    expect(vi('Bộ trưởng Nguyễn Văn An tuyên bố Việt Nam sẽ tiếp tục mở cửa thị trường trong năm tới.')[0]?.speaker).toBe('Nguyễn Văn An');
  });
});
