import { t } from './t';

/** One of each per locale: a list of a hundred people would otherwise build two hundred Intl objects per render. */
const formats = new Map<string, { number: Intl.NumberFormat; plural: Intl.PluralRules }>();

function formatsFor(locale: string): { number: Intl.NumberFormat; plural: Intl.PluralRules } {
  let made = formats.get(locale);
  if (!made) {
    made = { number: new Intl.NumberFormat(locale), plural: new Intl.PluralRules(locale) };
    formats.set(locale, made);
  }
  return made;
}

/** "1 quote", "12 quotes": the browser's plural rules and digit grouping for the locale. */
export function quoteCountLabel(count: number, locale: string): string {
  const { number, plural } = formatsFor(locale);
  return plural.select(count) === 'one' ? t('libraryQuotesCountOne', number.format(count)) : t('libraryQuotesCountOther', number.format(count));
}

/** "1 person quoted", "3,210 people quoted". */
export function peopleCountLabel(count: number, locale: string): string {
  const { number, plural } = formatsFor(locale);
  return plural.select(count) === 'one' ? t('libraryPeopleCountOne', number.format(count)) : t('libraryPeopleCountOther', number.format(count));
}
