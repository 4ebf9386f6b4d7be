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
});
