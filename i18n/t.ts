import { browser } from 'wxt/browser';

/** Keys of _locales/en/messages.json, checked by the compiler. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** UI strings come from _locales through browser.i18n; the key is shown if one is missing, so gaps are visible. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
