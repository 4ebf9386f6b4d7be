import { definePack } from './types';

export const ur = definePack({
  code: 'ur',
  name: 'Urdu',
  script: 'Arab',
  direction: 'rtl',
  // Letters neither Arabic nor Persian has.
  distinctiveLetters: 'ےںٹڈڑ',
});
