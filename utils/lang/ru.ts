import { definePack } from './types';

export const ru = definePack({
  code: 'ru',
  name: 'Russian',
  script: 'Cyrl',
  bylineLabels: [String.raw`авторы?`, 'текст'],
  direction: 'ltr',
  publishedLabels: ['опубликовано', String.raw`дата\s+публикации`],
  updatedLabels: ['обновлено', String.raw`дата\s+обновления`, 'изменено'],
  // "16 ноября 2023 г., 10:21", "16 ноября 2023 года в 10:21".
  yearSuffixes: [String.raw`г\.?`, 'года'],
  timeConnectors: ['в'],
  // A date writes the genitive ("12 марта 2008").
  monthNames: [
    ['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март'], ['апреля', 'апрель', 'апр'], ['мая', 'май'], ['июня', 'июнь'],
    ['июля', 'июль'], ['августа', 'август', 'авг'], ['сентября', 'сентябрь', 'сент', 'сен'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'нояб', 'ноя'], ['декабря', 'декабрь', 'дек'],
  ],
  rightsPhrases: ['все права защищены', 'перепечатка запрещена'],
  furnitureLabels: ['поделиться', 'читайте также', 'реклама'],
  readMorePrefixes: ['читайте также', 'читайте еще', 'читайте ещё', 'смотрите также', 'по теме', 'подробнее'],
  // Paywalls' lines ('Оформите подписку', 'Войдите'); not 'подпис…' alone, which also signs a law.
  subscribeWords: ['подпишитесь', 'оформите подписку', 'подписчик', 'войдите'],
  abbreviations: ['ул.', 'им.', 'см.', 'т. е.', 'т.е.', 'напр.', 'тыс.', 'млн.', 'млрд.', 'проф.'],
  sourceLabels: ['источник'],
  // "Иван Петров, корреспондент": the writer's title, not a second writer.
  newsroomRoles: ['корреспондент', 'специальный корреспондент', 'журналист', 'обозреватель', 'редактор', 'колумнист'],
  // The agencies that sign stories and credit pictures on their own.
  creditLines: ['ТАСС', 'РИА Новости', 'Интерфакс'],
  // "Подписывайтесь на наш канал в Telegram": furniture when the line names a network.
  followPrompts: ['подписывайтесь', 'подпишитесь', 'следите за нами', 'читайте нас'],
});
