import { definePack } from './types';

export const ko = definePack({
  code: 'ko',
  name: 'Korean',
  script: 'Hang',
  direction: 'ltr',
  // Korea keeps one zone, KST, and its pages state local times in it.
  impliedZone: '+09:00',
  bylineLabels: ['기자'],
  bylineSuffixes: ['기자', '특파원'],
  readMorePrefixes: ['관련기사', '관련 기사', '관련뉴스', '관련 뉴스', '함께 보면 좋은 기사'],
  // Paywalls' lines ('구독하고 전체 기사 보기', '로그인', '회원가입').
  subscribeWords: ['구독', '로그인', '회원가입', '유료회원'],
  // A box's heading of most-read and related stories, the share button, and the like and comment buttons (their counts after them).
  furnitureLabels: ['이 시각 많이 본 기사', '많이 본 기사', '많이 본 뉴스', '관련기사', '관련 기사', '공유하기', '기사 공유하기', '댓글', '좋아요'],
  // The site's follow prompt and tip line, the verb last as Korean puts it ("네이버에서 연합뉴스 구독하기", "제보는 카카오톡 okjebo"); a sentence ends with a full stop and stays.
  furnitureOpeners: ['네이버에서', '제보는'],
  rightsPhrases: ['무단 전재', '무단전재', '재배포 금지'],
  creditLines: ['Yonhap', '연합뉴스', '뉴시스', '뉴스1'],
  halfDayMarks: { morning: ['오전'], afternoon: ['오후'] },
  // "기사입력 2023.11.16", "송고시간2023-11-16 10:21": entered, sent; "수정": changed.
  publishedLabels: [String.raw`(?:기사\s*)?입력(?:\s*시간)?`, String.raw`송고(?:\s*시간)?`, String.raw`등록(?:\s*일)?`],
  updatedLabels: [String.raw`(?:기사\s*)?수정(?:\s*시간)?`, '업데이트'],
  sourceLabels: ['출처'],
});
