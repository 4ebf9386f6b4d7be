/**
 * Month names, full and abbreviated, in the languages whose news sites write dates in words:
 * English, French, German, Spanish, Italian, Portuguese and Dutch. Where two languages share
 * a spelling they mean the same month ("mar", "ago", "dez", "okt"), so one table serves all
 * pages whatever their declared language (many pages declare none, or the wrong one).
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv', 'januar', 'jänner', 'jän', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'februar', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari'],
  ['march', 'mar', 'mars', 'märz', 'maerz', 'mär', 'marzo', 'março', 'marco', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro'],
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'diciembre', 'dic', 'dicembre', 'dezembro'],
];

const MONTH_BY_NAME = new Map<string, number>();
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTH_BY_NAME.set(name, index + 1);
});

/** 1–12 for a month name or abbreviation (any case, with or without its dot), else null. */
export function monthNumber(name: string): number | null {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/\.$/u, '')) ?? null;
}

/** A regex alternation of every name, longest first so "janvier" wins over "jan". */
export const MONTH_NAME_PATTERN = Array.from(MONTH_BY_NAME.keys())
  .sort((a, b) => b.length - a.length)
  .join('|');
