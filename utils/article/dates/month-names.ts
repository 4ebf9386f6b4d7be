import { PACKS } from '../../lang';

/**
 * Month names, full and abbreviated, from every language pack that writes dates in words
 * (utils/lang). Where two languages share a spelling they mean the same month ("mar", "ago",
 * "dez", "okt"), so one table serves all pages whatever their declared language (many pages
 * declare none, or the wrong one).
 */
const MONTH_BY_NAME = new Map<string, number>();
for (const pack of PACKS) {
  pack.monthNames.forEach((names, index) => {
    for (const name of names) if (!MONTH_BY_NAME.has(name)) MONTH_BY_NAME.set(name, index + 1);
  });
}

/** 1–12 for a month name or abbreviation (any case, with or without its dot), else null. */
export function monthNumber(name: string): number | null {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/\.$/u, '')) ?? null;
}

/** Every name, longest first so that in an alternation "janvier" wins over "jan". */
export const MONTH_NAMES_LONGEST_FIRST: readonly string[] = Array.from(MONTH_BY_NAME.keys()).sort((a, b) => b.length - a.length);
