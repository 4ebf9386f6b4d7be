import { definePack } from './types';

export const no = definePack({
  code: 'no',
  name: 'Norwegian',
  script: 'Latn',
  direction: 'ltr',
  nameJoiners: ['og'],
  bylinePrefixes: ['av'],
  timeConnectors: [String.raw`kl\.?`],
  furnitureLabels: ['reklame', 'annonse', 'del saken'],
});
