import { t } from './t';

/** "1 quote", "12 quotes": the browser's plural rules and digit grouping for the locale. */
export function quoteCountLabel(count: number, locale: string): string {
  const number = new Intl.NumberFormat(locale).format(count);
  return new Intl.PluralRules(locale).select(count) === 'one' ? t('libraryQuotesCountOne', number) : t('libraryQuotesCountOther', number);
}

/** "1 person quoted", "3,210 people quoted". */
export function peopleCountLabel(count: number, locale: string): string {
  const number = new Intl.NumberFormat(locale).format(count);
  return new Intl.PluralRules(locale).select(count) === 'one' ? t('libraryPeopleCountOne', number) : t('libraryPeopleCountOther', number);
}
