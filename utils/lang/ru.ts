import { definePack } from './types';

export const ru = definePack({
  code: 'ru',
  name: 'Russian',
  script: 'Cyrl',
  direction: 'ltr',
  furnitureLabels: ['поделиться', 'читайте также', 'реклама'],
  readMorePrefixes: ['читайте также'],
  abbreviations: ['ул.', 'им.', 'см.', 'т. е.', 'т.е.', 'напр.', 'тыс.', 'млн.', 'млрд.', 'проф.'],
});
