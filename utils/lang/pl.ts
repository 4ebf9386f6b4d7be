import { definePack } from './types';

export const pl = definePack({
  code: 'pl',
  name: 'Polish',
  script: 'Latn',
  direction: 'ltr',
  impliedZone: 'Europe/Warsaw',
  nameJoiners: ['i'],
  bylineLabels: [String.raw`autor(?:zy)?`, 'tekst'],
  bylinePrefixes: ['autor', 'napisał'],
  readMorePrefixes: ['czytaj też', 'czytaj także', 'czytaj więcej', 'przeczytaj też', 'przeczytaj także', 'zobacz też', 'zobacz także', 'powiązane'],
  abbreviations: ['np.', 'tzw.', 'ul.', 'prof.', 'dr.', 'mgr.', 'ok.', 'godz.', 'tys.', 'im.'],
});
