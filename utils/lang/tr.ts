import { definePack } from './types';

export const tr = definePack({
  code: 'tr',
  name: 'Turkish',
  script: 'Latn',
  direction: 'ltr',
  impliedZone: 'Europe/Istanbul',
  // "16 Kasım 2023 10:21", "Perşembe, 16 Kasım 2023".
  monthNames: [
    ['ocak'], ['şubat', 'subat'], ['mart'], ['nisan'], ['mayıs', 'mayis'], ['haziran'],
    ['temmuz'], ['ağustos', 'agustos'], ['eylül', 'eylul'], ['ekim'], ['kasım', 'kasim'], ['aralık', 'aralik'],
  ],
  // Weekday names are read on every page and cut a byline where one starts: "Cuma" (Friday) and "Pazar"
  // (Sunday) are also Turkish names ("Ali Cuma"), so they are left out.
  weekdayNames: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cumartesi'],
  publishedLabels: [String.raw`yayınlanma(?:\s+tarihi)?`, String.raw`oluşturulma(?:\s+tarihi)?`, String.raw`yayın\s+tarihi`],
  updatedLabels: [String.raw`(?:son\s+)?güncelleme(?:\s+tarihi)?`, String.raw`güncellenme(?:\s+tarihi)?`],
  bylineLabels: ['yazar', 'muhabir'],
  nameJoiners: ['ve'],
  // Advertisement, share, related news: labels alone on a line.
  furnitureLabels: ['reklam', 'paylaş', 'ilgili haberler'],
  readMorePrefixes: ['ilgili haber', 'ilgili haberler', 'bunlar da ilginizi çekebilir', 'ayrıca okuyun'],
  // Paywalls' lines ('Abone ol', 'Giriş yap', 'Üye ol').
  subscribeWords: ['abone ol', 'aboneli', 'giriş yap', 'üye ol'],
  rightsPhrases: ['tüm hakları saklıdır'],
  sourceLabels: ['kaynak'],
  // Turkish agencies by names no other language uses: "AA" and "DHA" are also acronyms anywhere (batteries, an acid).
  creditLines: ['Anadolu Ajansı', 'İHA'],
});
