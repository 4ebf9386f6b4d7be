import { definePack } from './types';

export const pl = definePack({
  code: 'pl',
  name: 'Polish',
  script: 'Latn',
  direction: 'ltr',
  impliedZone: 'Europe/Warsaw',
  nameJoiners: ['i'],
  authorPaths: ['autor', 'autorzy'],
  bylineLabels: [String.raw`autor(?:zy)?`, 'tekst'],
  bylinePrefixes: ['autor', 'napisał'],
  // A date writes the genitive ("16 listopada 2023 r.").
  monthNames: [
    ['stycznia', 'styczeń'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień'], ['maja', 'maj'], ['czerwca', 'czerwiec'],
    ['lipca', 'lipiec'], ['sierpnia', 'sierpień'], ['września', 'wrzesień'], ['października', 'październik'], ['listopada', 'listopad'], ['grudnia', 'grudzień'],
  ],
  // "16 listopada 2023 r., godz. 10:21", "16.11.2023 o 10:21".
  yearSuffixes: [String.raw`r\.?`, 'roku'],
  timeConnectors: [String.raw`o\s+godz\.`, String.raw`godz\.`, 'o'],
  readMorePrefixes: ['czytaj też', 'czytaj także', 'czytaj więcej', 'przeczytaj też', 'przeczytaj także', 'zobacz też', 'zobacz także', 'powiązane'],
  // Paywalls' lines ('Wykup subskrypcję', 'prenumeratę', 'Zaloguj się'), by their stems.
  subscribeWords: ['subskrypcj', 'prenumerat', 'zaloguj'],
  abbreviations: ['np.', 'tzw.', 'ul.', 'prof.', 'dr.', 'mgr.', 'ok.', 'godz.', 'tys.', 'im.'],
  sourceLabels: ['źródło'],
});
