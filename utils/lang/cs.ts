import { definePack } from './types';

export const cs = definePack({
  code: 'cs',
  name: 'Czech',
  script: 'Latn',
  direction: 'ltr',
  // "Pokud jste v článku zaznamenali chybu nebo překlep, dejte nám vědět …": the polite plural addresses the reader.
  errorPrompts: ['zaznamenali chybu', 'našli chybu', 'narazili na chybu'],
  furnitureLabels: ['reklama', 'sdílet', 'sdílet článek'],
  // "1. listopadu 2021": a date names its month in the genitive; a heading or a calendar in the nominative.
  monthNames: [
    ['ledna', 'leden'], ['února', 'únor'], ['března', 'březen'], ['dubna', 'duben'], ['května', 'květen'], ['června', 'červen'],
    ['července', 'červenec'], ['srpna', 'srpen'], ['září'], ['října', 'říjen'], ['listopadu', 'listopad'], ['prosince', 'prosinec'],
  ],
});
