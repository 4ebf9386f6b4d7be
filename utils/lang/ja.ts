import { definePack, words } from './types';

/** Japanese: kanji and kana are counted together as Han writing by the guesser, which tells Japanese by its kana. */
export const ja = definePack({
  code: 'ja',
  name: 'Japanese',
  script: 'Hani',
  direction: 'ltr',
  // Japan keeps one zone, UTC+9, without summer time.
  impliedZone: '+09:00',
  // Terms are characters, and most kanji words are two of them ("文化", "政府").
  termsPerWord: 2,
  stopWords: words(`の に は を た が で て と し れ さ ある いる も する から な こと として い や れる など なっ ない
    この ため その あっ よう また もの という あり まで られ なる へ か だ これ によって により おり より
    による ず なり られる において ば なかっ なく しかし について せ だっ その後 できる それ う ので なお`),
  // The verbs alone: the quotation particle と before them may be followed by the speaker (「…」と首相は語った).
  speechVerbs: [
    '述べた', '語った', '話した', '説明した', '強調した', '明らかにした', '指摘した', '発表した', '訴えた', '語っている', '話している', '述べている', 'コメントした', '答えた', '明かした',
    // The polite forms news broadcasters write (NHK): と述べました, と話しました.
    '述べました', '語りました', '話しました', '説明しました', '強調しました', '明らかにしました', '指摘しました', '発表しました', '訴えました', '話していました', '述べています',
    '話しています', 'コメントしました', '答えました', '明かしました', '呼びかけました', '求めました', '語っていました',
  ],
  quoteParticles: ['と'],
  connectives: ['これに関連して', 'そのうえで', 'それでも', 'また', 'さらに', '一方で', '一方', 'しかし', 'ただ', 'そして', 'このため', 'これについて', 'これに対し'],
  subjectMarkers: ['は', 'が'],
  speakerPronouns: ['彼', '彼女'],
  // Offices written after the name ("岸田文雄首相", "林芳正官房長官"); 氏 and さん are titles of address.
  roles: [
    '環境大臣', '外務大臣', '防衛大臣', '財務大臣', '経済産業大臣', '厚生労働大臣', '文部科学大臣', '国土交通大臣', '農林水産大臣', '法務大臣', '総務大臣', '官房長官', '長官', '首相', '大臣', '外相', '防衛相', '財務相', '経産相', '報道官', '社長', '会長', '知事', '市長', '副大統領', '大統領', '教授', '議員', '代表', '委員長',
    '交渉官', '専門家', '研究者', '男性', '女性', '住民', '市民', '学生', '国会対策委員長', '政務調査会長', '幹事長', '総裁', '総理大臣', '総理', '店長', '店主', '院長', '校長', '部長', '課長', '所長', '理事長', '支配人', '監督', '選手', '担当者', '関係者', '事務総長', '長', '氏', 'さん',
  ],
  // "著者：後藤大地", "筆者：…", "執筆者：…", "作者：…": author, writer, the one who wrote it; "文● オカモト",
  // "取材・文／…", "文・写真＝…": text (and reporting, pictures) by.
  bylineLabels: ['記者', '著者', '筆者', '執筆者?', '作者', String.raw`(?:取材・)?文(?:・写真)?`],
  bylineSuffixes: ['記者', '特派員'],
  // "写真：…", "撮影：…", "翻訳者 …", "監訳 …", "編集：…": the pictures', the translation's, the desk's credit, not the writer's.
  otherCreditLabels: ['写真', '撮影', String.raw`翻訳者?`, '訳者', '監訳', '編集'],
  creditLines: ['Kyodo', '共同', '共同通信', '時事', '時事通信'],
  rightsPhrases: ['無断転載', '無断複製'],
  readMorePrefixes: ['関連記事', '関連ニュース', 'あわせて読みたい', '合わせて読みたい'],
  // Paywalls' lines ('この記事は有料記事です', '有料会員になると続きをお読みいただけます', 'ログイン', '会員登録').
  subscribeWords: ['有料記事', '有料会員', '会員登録', 'ログイン', '購読'],
  furnitureLabels: ['関連記事', '広告', 'pr', '目次', '[pr]', 'スポンサーリンク', '続きを読む', 'あわせて読みたい', '関連ニュース', 'この記事をシェアする', 'シェアする', 'シェア'],
  halfDayMarks: { morning: ['午前'], afternoon: ['午後'] },
  updatedLabels: [String.raw`更新日?(?:時)?`],
  publishedLabels: [String.raw`(?:公開|配信|掲載|投稿)日?(?:時)?\s*：?`],
  furnitureOpeners: ['[pr]'],
  // A paper's sections, set after a headline ("… - 社会 - 朝日新聞").
  sectionWords: ['ニュース', '国際', '経済', '社会', '政治', 'スポーツ', '科学', '文化', '速報', '総合', '社説', 'コラム', '地域'],
  sourceLabels: ['出典', '配信元'],
});
