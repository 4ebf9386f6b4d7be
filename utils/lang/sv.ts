import { definePack } from './types';

export const sv = definePack({
  code: 'sv',
  name: 'Swedish',
  script: 'Latn',
  direction: 'ltr',
  nameJoiners: ['och'],
  bylinePrefixes: ['av'],
  timeConnectors: [String.raw`kl\.?`],
  furnitureLabels: ['reklam', 'annons', 'dela'],
  // "16 mars 2023", "3 maj 2023 kl. 10:21".
  monthNames: [
    ['januari'], ['februari'], ['mars'], ['april'], ['maj'], ['juni'],
    ['juli'], ['augusti'], ['september'], ['oktober'], ['november'], ['december'],
  ],
});
