import { definePack, words } from './types';

/**
 * Vietnamese. Words are lists of syllables, its units of writing, with their diacritics
 * ("các" is a stop word, "cạc" is not). News pages write months as numbers ("tháng 1"), read
 * with dateWords; date pickers and WordPress themes also write them by name ("Tháng Mười Hai 4, 2023").
 */
export const vi = definePack({
  code: 'vi',
  name: 'Vietnamese',
  script: 'Latn',
  direction: 'ltr',
  // Vietnam has kept one zone, UTC+07:00 (ICT, no daylight saving), for every year a page can date.
  impliedZone: '+07:00',
  // Spaces part syllables, and most words are two of them ("hoạt động", "đê điều").
  termsPerWord: 2,
  // Not â, ê, ô: French and Portuguese write them too.
  distinctiveLetters: 'ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ',
  stopWords: words(`và là của có các những một được cho trong với để đã đang sẽ không này đó khi thì mà như từ theo tại
    về ra vào lên đến nên cũng vẫn rất nhiều người ông bà anh chị họ chúng tôi ta nó hay hoặc nhưng nếu vì do
    bị bởi sau trước trên dưới giữa qua lại còn chỉ đều mỗi cả hơn nhất việc điều sự cái kia ấy nào gì
    thế vậy rằng năm ngày tháng làm đi thêm cùng nhau đây kể cách lần nữa mới vừa nay luôn đồng thời`),
  functionWords: words('của và là các những được cho có trong không này với một người đã đến về khi cũng'),
  speechVerbs: [
    'cho biết', 'nhấn mạnh', 'khẳng định', 'chia sẻ', 'phát biểu', 'cho rằng', 'nhận định', 'bày tỏ', 'thông tin', 'giải thích', 'lưu ý', 'kết luận', 'đề nghị', 'nói',
    'hỏi', 'đáp', 'xác nhận', 'phản hồi', 'lên tiếng', 'cho hay', 'tâm sự', 'bộc bạch', 'kể lại', 'nhớ lại', 'quả quyết', 'phản bác', 'bác bỏ', 'nói thêm', 'khai nhận', 'khai báo', 'trình bày', 'thốt lên',
    'thông báo', 'trả lời', 'tuyên bố', 'yêu cầu', 'cáo buộc', 'nêu rõ', 'tiết lộ', 'thừa nhận', 'cảnh báo', 'kêu gọi', 'đánh giá', 'nhắc lại', 'bổ sung', 'viết', 'chỉ rõ', 'chỉ đạo',
    'dự báo', 'phân tích', 'nhận xét', 'khuyến cáo', 'đề xuất', 'khẳng định lại',
    'đưa tin', 'loan tin', 'tố cáo',
    // The verb with its adverb, so what was said starts after it: "cho biết thêm, sau này …" does not report "thêm, …".
    'cho biết thêm', 'cho hay thêm', 'chia sẻ thêm', 'giải thích thêm', 'thông tin thêm', 'nhấn mạnh thêm', 'nói rõ',
  ],
  // "nói chung" (in general), "nói riêng" (in particular), "nói cách khác" (in other words): no one speaks.
  speechIdioms: ['nói chung', 'nói riêng', 'nói cách khác', 'nói gì thì nói', 'nói tóm lại', 'nói đúng hơn', 'nói thật',
    // A speech verb said not to have been used reports nothing ("Đại sứ không cho biết khi nào …"); "lời nói" is a noun, "words".
    'không cho biết', 'chưa cho biết', 'không nói', 'từ chối cho biết', 'lời nói',
    // "đánh giá cao tình cảm …" is "appreciated the affection": praise of something, not a statement.
    'đánh giá cao',
    // "tuyên bố tình trạng khẩn cấp", "tuyên bố phá sản": declaring a state of emergency or bankruptcy is an act, not words reported.
    'tuyên bố tình trạng', 'tuyên bố phá sản'],
  objectRelatives: ['mà'],
  accordingTo: ['theo'],
  speakerPronouns: ['ông', 'bà', 'anh', 'chị', 'ông ấy', 'bà ấy'],
  complementizers: ['rằng'],
  describedSpeakerOpeners: ['một', 'vị', 'người', 'đại diện', 'lãnh đạo', 'giới chức', 'quan chức', 'nhà chức trách', 'giới', 'phía', 'cơ quan', 'chuyên gia', 'các chuyên gia', 'nguồn tin', 'nhà', 'đơn vị',
    'gia đình', 'chính quyền', 'hãng', 'đài'],
  // Aviation and air defence: "Cục Hàng không", "Quân chủng Phòng không" (their "không" is no negation).
  stopWordCompounds: ['hàng không', 'phòng không'],
  saidProForms: ['như vậy', 'như thế', 'điều này', 'điều đó', 'vậy', 'thế'],
  relativeDays: ['hôm qua', 'hôm nay', 'hôm kia', 'ngày mai', 'sáng qua', 'trưa qua', 'chiều qua', 'tối qua', 'đêm qua', 'sáng nay', 'trưa nay', 'chiều nay', 'tối nay', 'đêm nay'],
  titleCues: [
    'thực hiện', 'phong trào', 'cuộc vận động', 'chương trình', 'chủ đề', 'khẩu hiệu', 'mang tên', 'gọi là', 'danh hiệu', 'giải thưởng',
    'cuốn sách', 'bộ phim', 'bài hát', 'dự án', 'chiến dịch', 'tác phẩm', 'đề án',
  ],
  connectives: ['bên cạnh đó', 'tuy vậy', 'tuy nhiên', 'ngoài ra', 'đồng thời', 'theo đó', 'trong khi đó', 'mặt khác'],
  honorifics: ['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'đồng chí'],
  roleModifiers: ['phó', 'tổng', 'nguyên'],
  roles: [
    'bí thư', 'chủ tịch', 'giám đốc', 'bộ trưởng', 'thứ trưởng', 'chủ nhiệm', 'trưởng ban', 'trưởng phòng', 'thủ tướng',
    'chánh văn phòng', 'hiệu trưởng', 'ngoại trưởng', 'tổng thống', 'tổng bí thư', 'chủ tịch nước', 'tổng thư ký', 'thống đốc', 'thị trưởng', 'nghị sĩ', 'thượng nghị sĩ',
    'hạ nghị sĩ', 'vụ trưởng', 'cục trưởng', 'trưởng khoa', 'trưởng đoàn', 'trưởng thôn', 'trưởng công an', 'phát ngôn viên', 'quốc vương', 'nhà vua',
    'giáo hoàng', 'tư lệnh', 'chỉ huy', 'chuyên gia', 'nhà nghiên cứu', 'giảng viên', 'kỹ sư', 'doanh nhân', 'nhà báo', 'nhà văn', 'ca sĩ', 'diễn viên', 'huấn luyện viên', 'hlv',
    'chính khách', 'nhà lãnh đạo', 'ứng cử viên', 'nghị sỹ', 'chánh án', 'kiểm sát viên', 'điều tra viên', 'nsưt', 'nsnd', 'nghệ sĩ', 'đạo diễn', 'bị cáo', 'nhà thơ', 'họa sĩ', 'cầu thủ', 'vận động viên', 'thiếu tướng',
    'trưởng bộ phận', 'người đứng đầu', 'cố vấn', 'đại sứ', 'lãnh đạo', 'đại tướng', 'trung tướng', 'thượng tướng', 'thiếu tá', 'đại úy', 'thạc sĩ', 'bs', 'ths', 'viện trưởng', 'đại biểu', 'người phát ngôn', 'tướng', 'đại tá', 'thượng tá', 'trung tá', 'bác sĩ', 'luật sư',
    'giáo sư', 'tiến sĩ', String.raw`pgs\.?\s?ts\.?`, String.raw`ts\.?`, String.raw`gs\.?`,
  ],
  // "Thành", "Công", "Trường", "Ngân" are common given names ("Nguyễn Văn Thành", "Lê Văn Công"): those open an
  // organisation only as the terms they are part of ("Thành ủy", "Công an", "Trường Đại học", "Ngân hàng").
  organisationWords: [
    ...words('bộ ủy uỷ ban sở đảng hội tổng viện cục phòng quận huyện tỉnh khối ubnd hđnd nhà tp tp. tòa toà bệnh hãng báo đài cổng'),
    'thành ủy', 'thành uỷ', 'thành phố', 'thành đoàn', 'công an', 'công ty', 'công đoàn', 'ngân hàng', 'trung tâm',
    'trường đại học', 'trường cao đẳng', 'trường thpt', 'trường thcs', 'trường tiểu học', 'trường mầm non', 'trường chính trị',
  ],
  // "dưới thời Bill Clinton": "under" a leader, who is not the subject.
  prepositions: [...words('tại ở với trong ngoài từ đến do của về cho trên dưới sau trước giữa khắp tới vào hôm ngày'), 'dưới thời'],
  placeWords: words('tỉnh thành phố tp. tp huyện quận xã phường thị trấn thôn ấp bản làng đường sông núi hồ đảo chợ cầu khu miền vùng châu nước'),
  // Countries, regions and the cities pages write before a leader's name ("Thủ tướng Nhật Bản Shinzo Abe").
  placeNames: [
    'Việt Nam', 'Mỹ', 'Hoa Kỳ', 'Trung Quốc', 'Nhật Bản', 'Hàn Quốc', 'Triều Tiên', 'Nga', 'Ukraine', 'Pháp', 'Đức', 'Anh', 'Italy', 'Ý', 'Tây Ban Nha', 'Bồ Đào Nha',
    'Hà Lan', 'Bỉ', 'Thụy Điển', 'Thụy Sĩ', 'Na Uy', 'Phần Lan', 'Đan Mạch', 'Ba Lan', 'Hungary', 'Séc', 'Áo', 'Hy Lạp', 'Thổ Nhĩ Kỳ', 'Ấn Độ', 'Pakistan', 'Afghanistan',
    'Iran', 'Iraq', 'Syria', 'Israel', 'Palestine', 'Liban', 'Jordan', 'Ai Cập', 'Ả Rập Xê Út', 'Saudi Arabia', 'Qatar', 'UAE', 'Yemen', 'Trung Đông', 'Châu Âu', 'châu Âu',
    'Châu Á', 'Châu Phi', 'Nam Phi', 'Australia', 'Úc', 'New Zealand', 'Canada', 'Mexico', 'Brazil', 'Argentina', 'Venezuela', 'Cuba', 'Chile', 'Colombia', 'Philippines',
    'Thái Lan', 'Campuchia', 'Lào', 'Myanmar', 'Indonesia', 'Malaysia', 'Singapore', 'Brunei', 'Đông Timor', 'Đài Loan', 'Hong Kong', 'Hồng Kông', 'Mông Cổ', 'Belarus',
    'Gaza', 'Crimea', 'Kazakhstan', 'Bangladesh', 'Sri Lanka', 'Nepal', 'Nigeria', 'Kenya', 'Ethiopia', 'Libya', 'Sudan', 'Hà Nội', 'TP.HCM', 'TP HCM', 'Đà Nẵng',
    'Hải Phòng', 'Cần Thơ', 'Huế', 'Moskva', 'Washington', 'Bắc Kinh', 'Tokyo', 'Seoul', 'Bình Nhưỡng', 'Kiev', 'Kyiv', 'London', 'Paris', 'Berlin', 'Brussels', 'Tehran',
    'EU', 'NATO', 'ASEAN', 'Liên Hợp Quốc', 'LHQ', 'Liên hợp quốc', 'Điện Kremlin', 'Nhà Trắng', 'Lầu Năm Góc',
    // The provinces: several open with a word that is also a family name ("Hà Tĩnh", "Lâm Đồng").
    'An Giang', 'Bà Rịa', 'Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương', 'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau',
    'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình',
    'Hoà Bình', 'Hưng Yên', 'Khánh Hòa', 'Khánh Hoà', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An',
    'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
    'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thanh Hoá', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
    'Sài Gòn', 'Nha Trang', 'Đà Lạt', 'Quy Nhơn', 'Phú Quốc', 'Tây Nguyên', 'Biển Đông', 'Hoàng Sa', 'Trường Sa',
  ],
  // Not those that are also common middle names or open place names ("Văn", "Mai", "Thái", "Châu").
  surnames: words(`Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Lâm Trịnh Trương Lưu Tô Cao Chu Đoàn
    Kiều Vương Quách Tạ Lương Hà Tăng Triệu Lục Khổng Mạc Thân Hứa Nông Đàm Doãn Phùng Lại Nghiêm Thạch Tống Tôn Diệp`),
  quotingCues: ['dẫn lời', 'trích lời', 'dẫn nguồn tin'],
  askingWords: ['hỏi', 'câu hỏi', 'đặt câu hỏi', 'thắc mắc', 'chất vấn'],
  // "nghi phạm duy nhất bị cáo buộc giết người": accused, not accusing; "được thông báo": told, not telling.
  passiveAuxiliaries: ['bị', 'được'],
  captionPositions: ['trái', 'phải', 'giữa', 'đứng giữa', 'bìa trái', 'bìa phải', 'thứ hai từ trái', 'thứ hai từ phải', 'từ trái qua phải', 'từ trái sang phải'],
  // A subhead glued before the paragraph's first sentence ("… cao nhất Mở đầu phần trao đổi", "… ngông cuồng Người ta vẫn nhớ");
  // not "anh", "chị": "Anh" ends and opens given names ("Trần Xuân Chi Anh", "Lê Hoàng Anh Tuấn").
  gluedSentenceOpeners: [...words('người ông bà theo tại trong khi sau các những một cũng việc đây hiện tôi chúng'), 'mở đầu', 'tuy nhiên', 'ngoài ra', 'trước đó'],
  outcomeWords: ['đạt', 'vượt', 'tăng', 'giảm', 'hoàn thành', 'kết quả', 'chỉ tiêu', 'kỷ lục'],
  numberWords: ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'],
  // After "thứ": "thứ nhất", "thứ hai"…, "thứ tư" (not "bốn").
  ordinalWords: ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'],
  enumerationHeads: ['những', 'các', 'nhiều', 'một số'],
  abbreviations: ['TP.', 'Tp.', 'GS.', 'PGS.', 'TS.', 'ThS.', 'Th.S.', 'BS.', 'KS.', 'CN.', 'NSƯT.', 'NSND.', 'Q.', 'P.', 'TX.', 'TT.', 'H.', 'X.', 'NXB.'],
  rightsPhrases: ['bản quyền thuộc về', 'giữ bản quyền', 'không được sao chép', 'cấm sao chép', 'ghi rõ nguồn'],
  commentOpeners: ['bình luận', 'ý kiến bạn đọc', 'ý kiến của bạn', 'gửi bình luận', 'viết bình luận', 'gửi ý kiến', 'gửi ý kiến của bạn', 'bình luận của bạn'],
  furnitureLabels: [
    // A box's toggles ('Thu gọn' under an expanded box).
    'thu gọn', 'xem ít hơn',
    'theo dõi chúng tôi',
    'chia sẻ', 'chia sẻ bài viết', 'tin liên quan', 'bài liên quan', 'xem thêm', 'đọc thêm', 'tin cùng chuyên mục', 'tin khác', 'bài viết liên quan',
    'quảng cáo', 'đăng ký',
    'ảnh', 'mục lục', 'từ khóa', 'phóng to', 'xem ảnh lớn',
    'bình luận', 'ý kiến bạn đọc',
    'đọc tiếp', 'về trang chủ đề', 'báo lỗi', 'gửi báo lỗi', 'bài tiếp theo', 'bài trước', 'bài sau', 'tin tiếp theo', 'tải ứng dụng', 'tải app', 'chủ đề', 'tags', 'in bài', 'gửi bài', 'in bài viết', 'cỡ chữ',
    'lấy link', 'copy link', 'sao chép link', 'sao chép liên kết', 'lên đầu trang', 'về đầu trang', 'link bài gốc',
    // A video's labels, left behind when the player is not kept.
    'video', 'xem video', 'clip',
  ],
  toolLabels: ['in', 'email', 'gửi email', 'tăng cỡ chữ', 'giảm cỡ chữ', 'lưu', 'lưu bài', 'lưu bài viết'],
  readMorePrefixes: ['xem thêm', 'đọc thêm', 'tin liên quan', 'từ khóa', 'từ khoá', 'tags', 'chủ đề', 'bài tiếp theo', 'tin tiếp theo', 'bài trước', 'bài sau', 'video', 'xem video', 'clip'],
  appPrompts: [String.raw`(?:tải|tải về|cài đặt)\s+(?:ngay\s+)?(?:ứng dụng|app)(?!\p{L})`],
  subscribeWords: ['đăng ký', 'bản tin', 'đăng nhập', 'hội viên'],
  authorPaths: ['tac-gia'],
  tagPaths: ['chu-de', 'tu-khoa'],
  // PV: phóng viên (reporter), CTV: cộng tác viên (contributor), BTV: biên tập viên (editor); TTXVN is the national agency (VNA in English), Vietnam+ its news site; Tân Hoa Xã is Xinhua.
  // "Tin, ảnh: Hồng Nhung", "Tin và ảnh: …", "Tin: …": provincial papers and portals sign a short report so.
  // A team ("Nhóm phóng viên", "Nhóm PV Thời sự", "Nhóm phóng viên Ban Thời sự") or a desk, its reporter's
  // title before it or not ("PV Nhóm Thời sự", "Ban Thời sự", "Tổ PV"): "nhóm" team, "ban" desk, "tổ" unit.
  deskSignatures: [
    String.raw`(?:PV\s+)?(?:Nhóm|Ban|Tổ)\s+(?:(?:phóng\s+viên|PV)(?:\s+\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,2})?|\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,2})`,
  ],
  bylineLabels: [String.raw`tác\s+giả(?:\s+bài\s+viết)?`, String.raw`bài(?:\s+và\s+ảnh|\s*[,/]\s*ảnh)?`, String.raw`tin(?:\s+và\s+ảnh|\s*[,/]\s*ảnh)?`, String.raw`phóng\s+viên`, String.raw`(?:nhóm\s+)?thực\s+hiện`, 'người viết', String.raw`(?:đăng|viết)\s+bởi`],
  // Vietnamese bylines also join two reporters with a spaced hyphen: "Hải Vân - Đức Thọ".
  nameJoiners: ['và', '-'],
  authorNoteVerbs: ['là'],
  creditLines: ['PV', 'CTV', 'BTV', 'BBT', String.raw`P\.V`, 'TTXVN', String.raw`TTXVN\/VNA`, 'VNA', String.raw`Vietnam\+`, 'Tân Hoa Xã'],
  // "PV Minh Anh", "CTV Minh Anh", "Phóng viên Lê Hà": the writer's title before the name ("PV" alone is a signature and stays).
  // Commentaries are signed with degrees ("PGS.TS Nguyễn Văn An", "ThS. Trần Thu Trang"), a profession
  // ("Luật sư …", "Bác sĩ …", "Nhà báo …") or a military rank ("Đại tá …", as the army's paper prints it).
  bylinePrefixes: [
    'bởi', 'tác giả', 'pv', 'ctv', 'btv', String.raw`phóng\s+viên`, String.raw`cộng\s+tác\s+viên`,
    String.raw`(?:gs|pgs|tskh|ts|ths|th\.s|bsck[12i]*|bs|ks|ls|ncs|nsưt|nsnd)(?:\s?[.,-]\s?(?:gs|pgs|tskh|ts|ths|bs|ks|ls|ncs))*\.?`,
    String.raw`luật\s+sư`, String.raw`bác\s+sĩ`, String.raw`nhà\s+(?:báo|văn|thơ|nghiên\s+cứu)`, String.raw`kiến\s+trúc\s+sư`,
    String.raw`(?:đại|thượng|trung|thiếu)\s+(?:tá|úy|uý|tướng)`,
  ],
  // Dates written out: "ngày 26 tháng 1 năm 2024"; portals print their posting time as "Cập nhật: …".
  dateWords: { day: ['ngày'], month: ['tháng'], year: ['năm'] },
  // Not "tháng Giêng" or "tháng Chạp": they name the lunar calendar's first and last months.
  monthNames: [
    ['tháng một'], ['tháng hai'], ['tháng ba'], ['tháng tư', 'tháng bốn'], ['tháng năm'], ['tháng sáu'],
    ['tháng bảy'], ['tháng tám'], ['tháng chín'], ['tháng mười'], ['tháng mười một'], ['tháng mười hai'],
  ],
  halfDayMarks: { morning: ['SA', 'sáng'], afternoon: ['CH', 'chiều', 'tối'] },
  timeConnectors: ['lúc'],
  // Portals and official notices write the time out: "Lúc 16 giờ 45 phút, ngày 04/12/2023".
  clockWords: { hour: ['giờ'], minute: ['phút'] },
  updatedLabels: [String.raw`cập\s+nhật(?:\s+(?:lúc|ngày))?`],
  sourceLabels: ['nguồn'],
  weekdayNames: ['thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật'],
  otherCreditLabels: ['ảnh', String.raw`đồ\s+họa`, String.raw`đồ\s+hoạ`, 'video', 'clip', String.raw`thiết\s+kế`, String.raw`trình\s+bày`, String.raw`biên\s+tập`],
  pointerPhrases: ['xem chi tiết tại', 'xem chi tiết trên', 'chi tiết xem tại', 'xem toàn văn', 'mời bạn đọc xem', 'mời quý độc giả xem', 'mời độc giả xem', 'bấm vào đây', 'nhấn vào đây', 'click vào đây'],
  contactLabels: ['cơ quan chủ quản', 'địa chỉ', 'điện thoại', 'giấy phép', 'đường dây nóng', 'hotline', 'email', 'fax', 'tổng biên tập', 'chịu trách nhiệm xuất bản'],
  followPrompts: ['theo dõi', 'mời bạn theo dõi', 'hãy theo dõi'],
  errorPrompts: ['nếu bạn phát hiện lỗi', 'nếu bạn phát hiện sai sót', 'nếu bạn đọc phát hiện sai sót'],
  // "Bạn đang xem bài viết trên Báo Điện tử Dân trí.": where the story is published, as a print notice says where it was printed.
  printNotices: ['bạn đang xem bài viết', 'bạn đang đọc bài viết'],
  /** A live page's prompt to reload it ("Ấn F5 để tiếp tục cập nhật."). */
  // The site inviting its readers to its programmes or videos ("Mời quý độc giả theo dõi các chương trình … trên TV Online!").
  furnitureOpeners: ['ấn f5', 'nhấn f5', 'mời quý độc giả', 'mời độc giả', 'mời bạn đọc', 'mời quý bạn đọc', 'mời quý vị'],
  sectionWords: ['tin', 'tức', 'mới', 'nóng', 'thời', 'sự', 'thế', 'giới', 'thể', 'thao', 'kinh', 'tế', 'doanh', 'xã', 'hội', 'pháp', 'luật', 'giáo', 'dục', 'sức', 'khỏe', 'khoẻ', 'văn', 'hóa', 'hoá', 'giải', 'trí', 'du', 'lịch', 'khoa', 'học', 'công', 'nghệ', 'đời', 'sống', 'bất', 'động', 'sản', 'trong', 'nước', 'quốc', 'chính', 'trị', 'bạn', 'đọc', 'ý', 'kiến'],
  // "Lê Văn Tám, phóng viên thường trú": the writer's title, not a second writer.
  newsroomRoles: ['phóng viên', 'phóng viên thường trú', 'biên tập viên', 'cộng tác viên', 'thông tín viên'],
});
