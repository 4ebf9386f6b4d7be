import { definePack } from './types';

export const ar = definePack({
  code: 'ar',
  name: 'Arabic',
  script: 'Arab',
  direction: 'rtl',
  // As written in Latin transliteration: "Mohammed bin Salman", "Bashar al Assad".
  nameParticles: ['bin', 'al'],
});
