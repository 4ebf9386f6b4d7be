import { definePack, type Direction, type LanguagePack } from './types';

/**
 * Languages Lede knows only by their script and direction: enough to tell the text's
 * language from its script, to check a declared language against the script of the text,
 * and to lay the text out right to left. A language that gains words gets its own file.
 */
const SCRIPT_ONLY: readonly (readonly [code: string, name: string, script: string, direction: Direction])[] = [
  ['el', 'Greek', 'Grek', 'ltr'],
  ['th', 'Thai', 'Thai', 'ltr'],
  ['hi', 'Hindi', 'Deva', 'ltr'],
  ['mr', 'Marathi', 'Deva', 'ltr'],
  ['ne', 'Nepali', 'Deva', 'ltr'],
  ['bn', 'Bengali', 'Beng', 'ltr'],
  ['ta', 'Tamil', 'Taml', 'ltr'],
  ['ka', 'Georgian', 'Geor', 'ltr'],
  ['hy', 'Armenian', 'Armn', 'ltr'],
  ['bg', 'Bulgarian', 'Cyrl', 'ltr'],
  ['be', 'Belarusian', 'Cyrl', 'ltr'],
  ['mk', 'Macedonian', 'Cyrl', 'ltr'],
  ['kk', 'Kazakh', 'Cyrl', 'ltr'],
  ['mn', 'Mongolian', 'Cyrl', 'ltr'],
  ['sr', 'Serbian', 'Cyrl', 'ltr'],
  ['yi', 'Yiddish', 'Hebr', 'rtl'],
  ['ps', 'Pashto', 'Arab', 'rtl'],
  ['sd', 'Sindhi', 'Arab', 'rtl'],
  ['ug', 'Uyghur', 'Arab', 'rtl'],
  ['ckb', 'Central Kurdish', 'Arab', 'rtl'],
  // Kurdish without a script subtag: Kurmanji is written in Latin script, Sorani (ckb) in Arabic.
  // The script stays Latin so a Kurmanji page keeps its declared language; the direction is the
  // one Lede has always given "ku".
  ['ku', 'Kurdish', 'Latn', 'rtl'],
  ['dv', 'Dhivehi', 'Thaa', 'rtl'],
  ['syr', 'Syriac', 'Syrc', 'rtl'],
];

export const scriptOnlyPacks: readonly LanguagePack[] = SCRIPT_ONLY.map(([code, name, script, direction]) => definePack({ code, name, script, direction }));
