import { definePack } from './types';

export const uk = definePack({
  code: 'uk',
  name: 'Ukrainian',
  script: 'Cyrl',
  bylineLabels: [String.raw`автори?`, 'текст'],
  direction: 'ltr',
  // Letters Russian does not have.
  distinctiveLetters: 'іїєґ',
  readMorePrefixes: ['читайте також', 'дивіться також', 'по темі', 'на тему', 'детальніше'],
  // Paywalls' lines ('Передплатіть', 'Увійдіть'), 'передплат' by its stem.
  subscribeWords: ['підпишіться', 'передплат', 'увійдіть'],
  publishedLabels: ['опубліковано', String.raw`дата\s+публікації`],
  updatedLabels: ['оновлено', String.raw`дата\s+оновлення`, 'змінено'],
  // "16 листопада 2023 р., 10:21", "16 листопада 2023 року о 10:21".
  yearSuffixes: [String.raw`р\.?`, 'року'],
  timeConnectors: ['о'],
  // A date writes the genitive ("12 березня 2008"); short forms such as "лист" and "лип" are also words.
  monthNames: [
    ['січня', 'січень'], ['лютого', 'лютий'], ['березня', 'березень'], ['квітня', 'квітень'], ['травня', 'травень'], ['червня', 'червень'],
    ['липня', 'липень'], ['серпня', 'серпень'], ['вересня', 'вересень'], ['жовтня', 'жовтень'], ['листопада', 'листопад'], ['грудня', 'грудень'],
  ],
  sourceLabels: ['джерело'],
  newsroomRoles: ['кореспондент', 'журналіст', 'оглядач', 'редактор'],
  creditLines: ['Укрінформ', 'УНІАН'],
  // "Підписуйтесь на наш канал у Telegram": furniture when the line names a network.
  followPrompts: ['підписуйтесь', 'підпишіться', 'стежте за нами', 'читайте нас'],
});
