import { definePack } from './types';

export const he = definePack({
  code: 'he',
  aliases: ['iw'],
  name: 'Hebrew',
  script: 'Hebr',
  // "מאת": "by".
  bylinePrefixes: ['מאת'],
  direction: 'rtl',
});
