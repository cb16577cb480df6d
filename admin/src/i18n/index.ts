/**
 * The admin's i18nProvider: Simplified Chinese by default, English on request (the locale menu
 * in the app bar; React-Admin remembers the choice).
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'ra-core';
import zh from './zh';
import en from './en';

/** The locales the admin offers, default first. */
export const LOCALES = [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
];

/** Translations of the admin's UI, keyed by the locales above. */
export const i18nProvider: I18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? en : zh),
  'zh-CN',
  LOCALES,
  {
    allowMissing: true,
  },
);
