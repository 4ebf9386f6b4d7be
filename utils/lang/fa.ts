import { definePack } from './types';

export const fa = definePack({
  code: 'fa',
  name: 'Persian',
  script: 'Arab',
  direction: 'rtl',
  // Letters Arabic does not have (Urdu has them too, and more: see ur.ts).
  distinctiveLetters: 'پچژگ',
});
