import { definePack } from './types';

export const da = definePack({
  code: 'da',
  name: 'Danish',
  script: 'Latn',
  direction: 'ltr',
  nameJoiners: ['og'],
  bylinePrefixes: ['af'],
  timeConnectors: [String.raw`kl\.?`],
  furnitureLabels: ['reklame', 'annonce', 'del artikel'],
});
