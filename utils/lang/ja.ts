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
  speechVerbs: ['と述べた', 'と語った', 'と話した', 'と説明した', 'と強調した'],
  bylineLabels: ['記者'],
  creditLines: ['Kyodo'],
  furnitureLabels: ['関連記事', '広告'],
});
