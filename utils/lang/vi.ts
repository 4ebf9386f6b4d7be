import { definePack, words } from './types';

/**
 * Vietnamese. Words are lists of syllables, its units of writing, with their diacritics
 * ("các" is a stop word, "cạc" is not). Months are written as numbers ("tháng 1"), so there
 * are no month names; the date parser reads "ngày … tháng … năm" itself.
 */
export const vi = definePack({
  code: 'vi',
  name: 'Vietnamese',
  script: 'Latn',
  direction: 'ltr',
  // Vietnam has kept one zone, UTC+07:00 (ICT, no daylight saving), for every year a page can date.
  impliedZone: '+07:00',
  // Not â, ê, ô: French and Portuguese write them too.
  distinctiveLetters: 'ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ',
  stopWords: words(`và là của có các những một được cho trong với để đã đang sẽ không này đó khi thì mà như từ theo tại
    về ra vào lên đến nên cũng vẫn rất nhiều người ông bà anh chị họ chúng tôi ta nó hay hoặc nhưng nếu vì do
    bị bởi sau trước trên dưới giữa qua lại còn chỉ đều mỗi cả hơn nhất việc điều sự cái kia ấy nào gì
    thế vậy rằng năm ngày tháng làm đi thêm cùng nhau đây kể cách lần nữa mới vừa nay luôn đồng thời`),
  functionWords: words('của và là các những được cho có trong không này với một người đã đến về khi cũng'),
  speechVerbs: ['cho biết', 'nhấn mạnh', 'khẳng định', 'chia sẻ', 'phát biểu', 'cho rằng', 'nhận định', 'bày tỏ', 'thông tin', 'giải thích', 'lưu ý', 'kết luận', 'đề nghị', 'nói', 'thông báo', 'trả lời'],
  accordingTo: ['theo'],
  speakerPronouns: ['ông', 'bà', 'anh', 'chị', 'ông ấy', 'bà ấy'],
  complementizers: ['rằng'],
  describedSpeakerOpeners: ['một', 'vị', 'người', 'đại diện'],
  titleCues: [
    'thực hiện', 'phong trào', 'cuộc vận động', 'chương trình', 'chủ đề', 'khẩu hiệu', 'mang tên', 'gọi là', 'danh hiệu', 'giải thưởng',
    'cuốn sách', 'bộ phim', 'bài hát', 'dự án', 'chiến dịch', 'tác phẩm', 'đề án',
  ],
  connectives: ['bên cạnh đó', 'tuy vậy', 'tuy nhiên', 'ngoài ra', 'đồng thời', 'theo đó', 'trong khi đó', 'mặt khác'],
  honorifics: ['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'đồng chí'],
  roleModifiers: ['phó', 'tổng', 'nguyên'],
  roles: [
    'bí thư', 'chủ tịch', 'giám đốc', 'bộ trưởng', 'thứ trưởng', 'chủ nhiệm', 'trưởng ban', 'trưởng phòng', 'thủ tướng',
    'chánh văn phòng', 'hiệu trưởng', 'viện trưởng', 'đại biểu', 'người phát ngôn', 'phát ngôn viên', 'đại sứ', 'tướng', 'đại tá', 'thượng tá', 'trung tá', 'bác sĩ', 'luật sư',
    'giáo sư', 'tiến sĩ', String.raw`pgs\.?\s?ts\.?`, String.raw`ts\.?`, String.raw`gs\.?`,
  ],
  organisationWords: words('bộ ủy uỷ ban sở đảng hội công tổng trường viện cục phòng quận huyện tỉnh thành khối ubnd hđnd nhà'),
  outcomeWords: ['đạt', 'vượt', 'tăng', 'giảm', 'hoàn thành', 'kết quả', 'chỉ tiêu', 'kỷ lục'],
  numberWords: ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'],
  // After "thứ": "thứ nhất", "thứ hai"…, "thứ tư" (not "bốn").
  ordinalWords: ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'],
  enumerationHeads: ['những', 'các', 'nhiều', 'một số'],
  abbreviations: ['TP.', 'Tp.', 'GS.', 'PGS.', 'TS.', 'ThS.', 'Th.S.', 'BS.', 'KS.', 'CN.', 'NSƯT.', 'NSND.', 'Q.', 'P.', 'TX.', 'TT.', 'H.', 'X.', 'NXB.'],
  furnitureLabels: [
    'chia sẻ', 'chia sẻ bài viết', 'tin liên quan', 'bài liên quan', 'xem thêm', 'đọc thêm', 'tin cùng chuyên mục', 'tin khác', 'bài viết liên quan',
    'quảng cáo', 'đăng ký',
  ],
  readMorePrefixes: ['xem thêm', 'đọc thêm', 'tin liên quan'],
  subscribeWords: ['đăng ký', 'bản tin'],
  // PV: phóng viên (reporter), CTV: cộng tác viên (contributor), BTV: biên tập viên (editor); TTXVN is the national agency (VNA in English); Tân Hoa Xã is Xinhua.
  bylineLabels: ['tác giả', String.raw`bài(?:\s+và\s+ảnh)?`, String.raw`bài,\s*ảnh`],
  nameJoiners: ['và'],
  creditLines: ['PV', 'CTV', 'BTV', String.raw`P\.V`, 'TTXVN', String.raw`TTXVN\/VNA`, 'VNA', 'Tân Hoa Xã'],
  bylinePrefixes: ['bởi', 'tác giả'],
});
