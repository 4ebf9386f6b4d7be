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
  // "16. mars 2023", "3. desember 2023 kl. 10:21".
  monthNames: [
    ['januar'], ['februar'], ['mars'], ['april'], ['mai'], ['juni'],
    ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['desember'],
  ],
});
