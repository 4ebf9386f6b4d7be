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
  // "16. marts 2023", "3. maj 2023 kl. 10:21".
  monthNames: [
    ['januar'], ['februar'], ['marts'], ['april'], ['maj'], ['juni'],
    ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['december'],
  ],
});
