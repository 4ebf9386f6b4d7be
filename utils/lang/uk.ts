import { definePack } from './types';

export const uk = definePack({
  code: 'uk',
  name: 'Ukrainian',
  script: 'Cyrl',
  direction: 'ltr',
  // Letters Russian does not have.
  distinctiveLetters: 'іїєґ',
});
