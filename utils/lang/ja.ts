import { definePack, words } from './types';

/** Japanese: kanji and kana are counted together as Han writing by the guesser, which tells Japanese by its kana. */
export const ja = definePack({
  code: 'ja',
  name: 'Japanese',
  script: 'Hani',
  direction: 'ltr',
  stopWords: words(`の に は を た が で て と し れ さ ある いる も する から な こと として い や れる など なっ ない
    この ため その あっ よう また もの という あり まで られ なる へ か だ これ によって により おり より
    による ず なり られる において ば なかっ なく しかし について せ だっ その後 できる それ う ので なお`),
  // The verbs alone: the quotation particle と before them may be followed by the speaker (「…」と首相は語った).
  speechVerbs: ['述べた', '語った', '話した', '説明した', '強調した', '明らかにした', '指摘した', '発表した', '訴えた', '語っている', '話している', '述べている', 'コメントした', '答えた', '明かした'],
  quoteParticles: ['と'],
  subjectMarkers: ['は', 'が'],
  speakerPronouns: ['彼', '彼女'],
  // Offices written after the name ("岸田文雄首相", "林芳正官房長官"); 氏 and さん are titles of address.
  roles: [
    '官房長官', '長官', '首相', '大臣', '外相', '防衛相', '財務相', '経産相', '報道官', '社長', '会長', '知事', '市長', '副大統領', '大統領', '教授', '議員', '代表', '委員長',
    '幹事長', '総裁', '監督', '選手', '担当者', '関係者', '事務総長', '長', '氏', 'さん',
  ],
  bylineLabels: ['記者'],
  creditLines: ['Kyodo'],
  furnitureLabels: ['関連記事', '広告', 'pr', '目次'],
  halfDayMarks: { morning: ['午前'], afternoon: ['午後'] },
  updatedLabels: ['更新'],
});
