import { describe, expect, it } from 'vitest';
import { outlineOfText } from './helpers';

const vi = (text: string) => outlineOfText(text, 'vi').outline.quotes;

describe('Vietnamese speakers are people or organisations, never places or phrases', () => {
  it('moves the country glued before a foreign name into the role ("Ngoại trưởng Italy Antonio Tajani")', () => {
    const [quote] = vi('Ngoại trưởng Italy Antonio Tajani khẳng định Rome sẽ tiếp tục hỗ trợ Ukraine trong suốt cuộc xung đột.');
    expect(quote).toMatchObject({ speaker: 'Antonio Tajani', role: 'Ngoại trưởng Italy', kind: 'reported' });
  });

  it('leaves the day out of a described speaker ("Bộ trưởng Bộ Y tế hôm qua cho biết" gave "Bộ trưởng Bộ Y tế hôm")', () => {
    expect(vi('Bộ trưởng Bộ Y tế hôm qua cho biết dịch bệnh đã được kiểm soát trên toàn quốc.')[0]?.speaker).toBe('Bộ trưởng Bộ Y tế');
    expect(vi('Người phát ngôn Bộ Ngoại giao chiều nay cho biết Việt Nam sẽ cử đoàn công tác sang Lào.')[0]?.speaker).toBe('Người phát ngôn Bộ Ngoại giao');
  });

  it('leaves a dated day out of a described speaker, where the date made the sentence no statement ("Bộ trưởng Bộ Y tế ngày 5/1 cho biết")', () => {
    expect(vi('Bộ trưởng Bộ Y tế ngày 5/1 cho biết dịch bệnh đã được kiểm soát trên toàn quốc.')[0]?.speaker).toBe('Bộ trưởng Bộ Y tế');
    expect(vi('Đại diện nhà trường sáng 3/5 khẳng định học sinh đã được đưa về nhà an toàn.')[0]?.speaker).toBe('Đại diện nhà trường');
    expect(vi('Công an tỉnh hôm thứ Hai cho biết đã bắt giữ nghi phạm trong vụ trộm cắp tài sản.')[0]?.speaker).toBe('Công an tỉnh');
  });

  it('reads who spoke before a time set off by a comma ("Bà Lê Thị Thu Hằng, người phát ngôn Bộ Ngoại giao Việt Nam, hôm qua cho biết", golden page vi-vnexpress-doan-thi-huong)', () => {
    const [quote] = vi('Bà Lê Thị Thu Hằng, người phát ngôn Bộ Ngoại giao Việt Nam, hôm qua cho biết Việt Nam sẽ tiếp tục bảo hộ công dân ở mức cao nhất.');
    expect(quote).toMatchObject({ speaker: 'Lê Thị Thu Hằng', role: 'người phát ngôn Bộ Ngoại giao Việt Nam' });
  });

  it('does the same after a leading place phrase ("Tại Nhật Bản, Thủ tướng Nhật Bản Shinzo Abe cho biết")', () => {
    const [quote] = vi('Tại Nhật Bản, Thủ tướng Nhật Bản Shinzo Abe cho biết chính phủ sẽ tăng chi tiêu quốc phòng trong năm tới.');
    expect(quote).toMatchObject({ speaker: 'Shinzo Abe', role: 'Thủ tướng Nhật Bản' });
  });

  it('moves a province glued before a Vietnamese name into the role ("Bí thư Đà Nẵng Nguyễn Xuân Anh")', () => {
    const [quote] = vi('Bí thư Đà Nẵng Nguyễn Xuân Anh cho biết năm nay thành phố sẽ không dùng ngân sách cho các chuyến đi nước ngoài.');
    expect(quote).toMatchObject({ speaker: 'Nguyễn Xuân Anh', role: 'Bí thư Đà Nẵng' });
  });

  it('takes the ministry, not the phrase "Với Việt Nam", as the speaker', () => {
    const [quote] = vi('Với Việt Nam, Bộ Công Thương cho biết xuất khẩu gạo năm nay dự kiến đạt khoảng 7 triệu tấn.');
    expect(quote?.speaker).toBe('Bộ Công Thương');
    expect(quote?.text).toBe('xuất khẩu gạo năm nay dự kiến đạt khoảng 7 triệu tấn.');
  });

  it('keeps "lãnh đạo Công an TP. Quy Nhơn (Bình Định)" as a described speaker, never "Bình Định"', () => {
    const [quote] = vi('Trao đổi với phóng viên, lãnh đạo Công an TP. Quy Nhơn (Bình Định) cho biết lực lượng chức năng đang truy tìm các đối tượng liên quan.');
    expect(quote?.speaker).toBe('lãnh đạo Công an TP. Quy Nhơn (Bình Định)');
  });

  it('never turns "Các nhóm quân do Thổ Nhĩ Kỳ hậu thuẫn" into "Thổ Nhĩ Kỳ"', () => {
    const quotes = vi('Các nhóm quân do Thổ Nhĩ Kỳ hậu thuẫn cho biết họ đã kiểm soát thêm ba ngôi làng ở miền bắc Syria.');
    expect(quotes.map((q) => q.speaker)).not.toContain('Thổ Nhĩ Kỳ');
  });

  it('reads no name across a full stop ("… đến thăm Việt Nam. Đại sứ nói thêm …", golden page vi-nhandan-an-do-dong-tau)', () => {
    const found = vi('Thỏa thuận được ký khi Thủ tướng Ấn Độ Narendra Modi đến thăm Việt Nam. Đại sứ nói thêm rằng Việt Nam sẽ nhận bàn giao các tàu vào năm sau.');
    expect(found.map((q) => [q.speaker, q.role])).toEqual([['Đại sứ', null]]);
    // An abbreviation keeps its dot and its name: "TP. HCM", "PGS.TS. Nguyễn Văn B".
    expect(vi('PGS.TS. Nguyễn Văn Bình cho biết bệnh viện sẽ mở thêm khoa mới trong năm nay.')[0]?.speaker).toBe('Nguyễn Văn Bình');
  });

  it('takes given names that are also organisation syllables for the person ("Thành", "Công"), and "Thành ủy", "Công an" for bodies', () => {
    const found = vi('Ông Lê Văn Công, Giám đốc Sở Y tế, cho biết bệnh viện sẽ mở thêm khoa mới trong năm nay.\n\nCông cho biết thêm rằng ngân sách đã được phân bổ đầy đủ cho dự án.');
    expect(found.map((q) => q.speaker)).toEqual(['Lê Văn Công', 'Lê Văn Công']);
    const later = vi('Anh Nguyễn Văn Thành, 45 tuổi, cho biết gia đình đã sống ở đây hơn 20 năm qua.\n\nThành kể lại rằng nước lũ dâng rất nhanh trong đêm.');
    expect(later.map((q) => q.speaker)).toEqual(['Nguyễn Văn Thành', 'Nguyễn Văn Thành']);
    expect(vi('Thành ủy Đà Nẵng khẳng định sẽ không sử dụng ngân sách cho các chuyến công tác nước ngoài.')[0]?.speaker).toBe('Thành ủy Đà Nẵng');
    expect(vi('Công an tỉnh Quảng Ngãi cho biết đã bắt giữ ba đối tượng liên quan đến vụ án.')[0]?.speaker).toBe('Công an tỉnh Quảng Ngãi');
  });

  it('never takes a bare place for the speaker ("Hà Nội cho biết")', () => {
    const quotes = vi('Sở Xây dựng Hà Nội cho biết đề xuất hạ cốt đê sông Hồng đã được gửi lên Bộ Nông nghiệp từ tháng trước.');
    expect(quotes[0]?.speaker).toBe('Sở Xây dựng Hà Nội');
  });

  it('takes the person quoted by a news agency ("Reuters dẫn lời ông …"), not the agency', () => {
    const [quote] = vi('Hãng tin Reuters dẫn lời ông Dmitry Peskov, người phát ngôn Điện Kremlin, cho biết Nga sẵn sàng đàm phán với Ukraine.');
    expect(quote?.speaker).toBe('Dmitry Peskov');
    expect(quote?.text).toBe('Nga sẵn sàng đàm phán với Ukraine.');
  });
});

describe('Vietnamese later mentions resolve to the full name', () => {
  it('resolves "ông Quang" and "theo ông Quang"', () => {
    const quotes = vi(
      'Ông Nguyễn Văn Quang, Phó bí thư Đảng ủy Khối, cho biết các chỉ tiêu của nghị quyết đều đạt và vượt.\n\nTheo ông Quang, công tác kiểm tra vẫn còn một số hạn chế cần khắc phục.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Nguyễn Văn Quang', 'Nguyễn Văn Quang']);
  });

  it('resolves a bare given name ("Bửu") to the person named before', () => {
    const quotes = vi(
      'Ông Lê Văn Bửu, Giám đốc hợp tác xã, cho biết sản lượng lúa năm nay tăng gần 20% so với năm trước.\n\nBửu nói thêm rằng giá phân bón vẫn là gánh nặng lớn nhất với nông dân.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Lê Văn Bửu', 'Lê Văn Bửu']);
  });

  it('resolves a surname written first ("Moon", "Tập") to the foreign leader named before', () => {
    const quotes = vi(
      'Tổng thống Hàn Quốc Moon Jae-in nhấn mạnh hai miền Triều Tiên cần tiếp tục đối thoại.\n\nChủ tịch Trung Quốc Tập Cận Bình khẳng định Bắc Kinh ủng hộ tiến trình hòa bình trên bán đảo.\n\nMoon cho biết ông sẽ gặp lãnh đạo Triều Tiên vào tháng tới.\n\nTheo Tập, các bên cần kiềm chế để tránh căng thẳng leo thang.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Moon Jae-in', 'Tập Cận Bình', 'Moon Jae-in', 'Tập Cận Bình']);
    expect(quotes[0]?.role).toBe('Tổng thống Hàn Quốc');
  });

  it('resolves "bà" after a quote to the woman named just before', () => {
    const quotes = vi('Bà Trần Thị Lan, Hiệu trưởng nhà trường, chia sẻ nhà trường đã chuẩn bị đủ phòng học cho năm học mới.\n\n“Chúng tôi sẽ không để học sinh nào phải nghỉ học vì thiếu phòng”, bà nói.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Trần Thị Lan', 'Trần Thị Lan']);
  });
});

describe('Vietnamese reported speech', () => {
  it.each([
    ['tuyên bố', 'Tổng thống Nga Vladimir Putin tuyên bố Moskva sẽ đáp trả mọi hành động khiêu khích từ phía NATO.'],
    ['yêu cầu', 'Thủ tướng Phạm Minh Chính yêu cầu các bộ ngành hoàn thành việc giải ngân vốn đầu tư công trước cuối năm.'],
    ['cáo buộc', 'Ngoại trưởng Mỹ Antony Blinken cáo buộc Nga vi phạm các cam kết quốc tế về kiểm soát vũ khí.'],
    ['nêu rõ', 'Bộ trưởng Nguyễn Kim Sơn nêu rõ ngành giáo dục sẽ không tăng học phí trong năm học tới.'],
    ['chia sẻ', 'Chị Nguyễn Thị Hoa chia sẻ gia đình chị đã chờ đợi con đường này suốt mười năm qua.'],
  ])('reads "%s" as a cue', (_cue, text) => {
    const quotes = vi(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.kind).toBe('reported');
    expect(quotes[0]?.speaker).not.toBeNull();
  });

  it('takes X as the speaker of "X nói với Y rằng …", and what follows "rằng" as the text', () => {
    const [quote] = vi('Tổng thống Vladimir Putin nói với ông Recep Tayyip Erdogan rằng Nga sẽ không rút quân khỏi khu vực này trong thời gian tới.');
    expect(quote).toMatchObject({ speaker: 'Vladimir Putin', text: 'Nga sẽ không rút quân khỏi khu vực này trong thời gian tới.' });
  });

  it('does not take the place and date after "phát biểu" for what was said', () => {
    expect(vi('Tổng thống Nga Vladimir Putin phát biểu tại điện Kremlin, Moskva hôm 24/10.')).toEqual([]);
  });

  it('drops a trailing place and date from what was said', () => {
    const [quote] = vi('Nga sẵn sàng đối thoại với phương Tây về an ninh châu Âu, ông Vladimir Putin nói tại điện Kremlin, Moskva hôm 24/10.');
    expect(quote).toMatchObject({ speaker: 'Vladimir Putin', kind: 'reported', text: 'Nga sẵn sàng đối thoại với phương Tây về an ninh châu Âu' });
  });

  it('splits two statements of one speaker in one sentence (", đồng thời khẳng định …")', () => {
    const quotes = vi('Thủ tướng Nhật Bản Shinzo Abe nhấn mạnh Tokyo sẵn sàng đối thoại với Bình Nhưỡng, đồng thời khẳng định vấn đề công dân bị bắt cóc phải được giải quyết trước.');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Shinzo Abe', 'Tokyo sẵn sàng đối thoại với Bình Nhưỡng'],
      ['Shinzo Abe', 'vấn đề công dân bị bắt cóc phải được giải quyết trước.'],
    ]);
  });

  it('reads "X phát biểu rằng …"', () => {
    const [quote] = vi('Ông Vương Nghị phát biểu rằng Trung Quốc luôn coi trọng quan hệ hữu nghị với các nước láng giềng.');
    expect(quote).toMatchObject({ speaker: 'Vương Nghị', text: 'Trung Quốc luôn coi trọng quan hệ hữu nghị với các nước láng giềng.' });
  });
});

describe('Vietnamese direct quotes', () => {
  it('reads a quote over several paragraphs (only the last closes) as one quote of its speaker', () => {
    const quotes = vi(
      'Ông Nguyễn Văn Nam, Chủ tịch UBND xã, nói: “Năm nay xã đã hoàn thành việc làm đường liên thôn cho tất cả các thôn.\n\n“Sang năm, chúng tôi sẽ tập trung vào trường học và trạm y tế của xã.”',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toBe('Nguyễn Văn Nam');
    expect(quotes[0]?.text).toContain('trạm y tế');
    expect(quotes[0]?.text).toContain('đường liên thôn');
  });

  it('leaves a rhetorical question in the author’s voice out', () => {
    expect(vi('“Liệu con sông này còn có thể cứu được hay không?” Câu hỏi ấy vẫn chưa có lời đáp sau nhiều năm.')).toEqual([]);
  });

  it('splits a foreign name off the place that its office names ("phát ngôn viên điện Kremlin Dmitry Peskov", golden page vi-aggregator-pm-clock-theo-name-paper)', () => {
    const [quote] = vi('Tổng thống Putin sẽ chơi hockey, truyền thông Nga ngày 31/12 dẫn lời phát ngôn viên điện Kremlin Dmitry Peskov cho hay.');
    expect(quote).toMatchObject({ speaker: 'Dmitry Peskov', role: 'phát ngôn viên điện Kremlin' });
  });

  it('reads the person after "tại" and a country ("Đại sứ Ấn Độ tại Việt Nam Parvathaneni Harish … cho biết", golden page vi-nhandan-an-do-dong-tau)', () => {
    const [quote] = vi('Đại sứ Ấn Độ tại Việt Nam Parvathaneni Harish năm ngoái cho biết việc đóng 12 tàu tuần tra nằm trong thoả thuận ký năm 2016.');
    expect(quote).toMatchObject({ speaker: 'Parvathaneni Harish', role: 'Đại sứ Ấn Độ tại Việt Nam', kind: 'reported' });
  });

  it('never reads a city glued after an office\'s acronym as a person ("cáo trạng của VKSND TP. Phan Rang", golden page vi-ninhthuan-portal-gay-roi)', () => {
    expect(vi('Theo cáo trạng của VKSND TP. Phan Rang - Tháp Chàm, tối 10/6 một số đối tượng quá khích đã chặn xe khách trên Quốc lộ 1A.')).toEqual([]);
  });

  it('takes the office after "Theo ông X," as the role, not as words said ("Theo ông Đào Trọng Tứ, cố vấn …, phương án …", golden page vi-vnexpress-de-song-hong)', () => {
    const [quote] = vi('Theo ông Đào Trọng Tứ, cố vấn Mạng lưới sông ngòi Việt Nam, phương án Hà Nội đưa ra là khả thi.');
    expect(quote).toMatchObject({ speaker: 'Đào Trọng Tứ', role: 'cố vấn Mạng lưới sông ngòi Việt Nam', text: 'phương án Hà Nội đưa ra là khả thi.' });
  });

  it('takes a second office with a name after "Theo <office>," as the speaker ("Theo Tổng bí thư, Chủ tịch nước Nguyễn Phú Trọng, …", golden page vi-nhandan-an-do-dong-tau)', () => {
    const [quote] = vi('Theo Tổng bí thư, Chủ tịch nước Nguyễn Phú Trọng, Việt Nam hoan nghênh hai tập đoàn dầu khí tiếp tục hợp tác thăm dò.');
    expect(quote).toMatchObject({ speaker: 'Nguyễn Phú Trọng', role: 'Chủ tịch nước', text: 'Việt Nam hoan nghênh hai tập đoàn dầu khí tiếp tục hợp tác thăm dò.' });
    // A clause that opens on an office is no apposition without a name to close it.
    expect(vi('Theo Bộ trưởng, giám đốc các sở phải báo cáo, và việc này cần làm ngay trong tháng tới.')[0]?.text).toBe('giám đốc các sở phải báo cáo, và việc này cần làm ngay trong tháng tới.');
  });

  it('reads no statement after a passive "bị"/"được" ("nghi phạm duy nhất bị cáo buộc giết người", golden page vi-vnexpress-doan-thi-huong)', () => {
    expect(vi('Đoàn Thị Hương hiện là nghi phạm duy nhất bị cáo buộc giết người và có thể đối mặt với án tử hình nếu bị kết tội.')).toEqual([]);
  });

  it('leaves a one- to three-word scare quote out even next to a speaker', () => {
    expect(vi('Ông Trần Văn Hùng gọi đây là giải pháp “tạm thời” cho khu dân cư.')).toEqual([]);
  });

  it('keeps the "không" of "hàng không" (aviation) in a speaker, and reads no negation in it (golden page vi-section-front-featured-long-lead)', () => {
    const found = vi('Theo Cục Hàng không, cơ quan này đã hoàn tất việc thẩm định dự án vận tải hàng không lữ hành.\n\nCục Hàng không cho biết các hãng sẽ tăng thêm 500 chuyến bay trong dịp Tết Nguyên đán.\n\nCơ quan quản lý hàng không cho rằng quy mô đội bay nằm trong nhu cầu tăng trưởng.');
    expect(found.map((q) => q.speaker)).toEqual(['Cục Hàng không', 'Cục Hàng không', 'Cơ quan quản lý hàng không']);
  });

  it('still reads "không" before a verb as a negation: no statement, no speaker cut short', () => {
    expect(vi('Bộ Y tế không cho biết khi nào sẽ công bố kết quả kiểm tra của đoàn công tác.')).toEqual([]);
    expect(vi('Phía hãng hàng không không cho biết khi nào sẽ công bố kết quả kiểm tra.')).toEqual([]);
    const [agency] = vi('Bộ Nông nghiệp đã đánh giá dự án đủ điều kiện để Bộ Giao thông vận tải kiến nghị.');
    expect(agency?.speaker).toBe('Bộ Nông nghiệp');
  });

  it('reads a Korean given name written with a spaced hyphen as one name ("Kim Eui - kyeom", golden page vi-magazine-meta-line-author-source-time)', () => {
    const found = vi('“Chúng tôi sẽ làm hết sức có thể để đảm bảo không bỏ sót điều gì”, Kim Eui - kyeom, người phát ngôn Nhà Xanh, nói.\n\nTổng thống Hàn Quốc Moon Jae - in cho biết ông sẽ gặp nhà lãnh đạo Triều Tiên vào ngày 27/4.');
    expect(found.map((q) => [q.speaker, q.role])).toEqual([['Kim Eui-kyeom', 'người phát ngôn Nhà Xanh'], ['Moon Jae-in', 'Tổng thống Hàn Quốc']]);
  });

  it('keeps a dash between a Vietnamese name and its role a separator', () => {
    const [quote] = vi('Ông Nguyễn Văn Nam - phó chủ tịch UBND tỉnh cho biết dự án sẽ hoàn thành trong năm nay.');
    expect(quote).toMatchObject({ speaker: 'Nguyễn Văn Nam', role: 'phó chủ tịch UBND tỉnh' });
  });

  it('gives a described speaker to no one whose role names another country (golden page vi-magazine-meta-line-author-source-time)', () => {
    const text = 'Nhà lãnh đạo Triều Tiên dự kiến gặp Tổng thống Mỹ Donald Trump trong tháng 5. Tổng thống Hàn Quốc trước đó cho biết ba nước có thể tổ chức gặp thượng đỉnh ba bên.';
    const [quote] = vi(text);
    expect(quote?.speaker).not.toBe('Donald Trump');
    const [same] = vi('Tổng thống Mỹ Donald Trump đến Hà Nội chiều nay. Tổng thống Mỹ cho biết cuộc gặp sẽ diễn ra trong hai ngày tới.');
    expect(same?.speaker).toBe('Donald Trump');
  });

  it('reads a second verb after a quotation\'s cue ("“…”, ông nói và nhận định …", golden page vi-danang-portal-ngan-sach)', () => {
    const text = 'Bí thư Đà Nẵng Nguyễn Xuân Anh khẳng định năm nay lãnh đạo thành phố sẽ không đi nước ngoài bằng tiền ngân sách. “Việc này tôi đã báo cáo Sở Ngoại vụ”, ông nói và nhận định nếu chi ngân sách không tiết kiệm thì nguồn ngân sách của thành phố sẽ rất khó khăn.';
    const found = vi(text).filter((q) => q.text.startsWith('nếu chi ngân sách'));
    expect(found.map((q) => q.speaker)).toEqual(['Nguyễn Xuân Anh']);
  });

  it('names the department, not the ministry it belongs to, when both are given ("đại diện Cục Nghệ thuật Biểu diễn, Bộ Văn hóa Thể thao và Du lịch cho biết", a Kenh14 page)', () => {
    const text = 'Liên quan đến việc chụp ảnh phản cảm, đại diện Cục Nghệ thuật Biểu diễn, Bộ Văn hóa Thể thao và Du lịch cho biết: "Nội dung này thuộc thẩm quyền kiểm tra của Sở Văn hoá Thể Thao và Du lịch tỉnh Lâm Đồng".';
    expect(vi(text)[0]?.speaker).toBe('đại diện Cục Nghệ thuật Biểu diễn');
    expect(vi('Cục Quản lý Dược, Bộ Y tế cho biết sẽ thu hồi toàn bộ lô thuốc kém chất lượng trên thị trường.')[0]?.speaker).toBe('Cục Quản lý Dược');
    // A leading clause names no body: the organisation after it is who spoke.
    expect(vi('Trao đổi với phóng viên chiều nay, Sở Y tế Hà Nội cho biết số ca mắc đã giảm trong tuần qua.')[0]?.speaker).toBe('Sở Y tế Hà Nội');
  });
});
