/**
 * The admin's i18nProvider: Simplified Chinese by default, English on request (the locale menu
 * in the app bar; React-Admin remembers the choice).
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'ra-core';
import zh from './zh';
import en from './en';
import { deepMerge } from './merge';
import { zhPanel } from './zh.panel';
import { enPanel } from './en.panel';

/** Each language's messages with the panel's frame (zh.panel.ts, en.panel.ts). */
const messages = {
  zh: deepMerge(zh, zhPanel) as TranslationMessages,
  en: deepMerge(en, enPanel) as TranslationMessages,
};

/** The locales the admin offers, default first. */
export const LOCALES = [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
];

/** Translations of the admin's UI, keyed by the locales above. */
export const i18nProvider: I18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? messages.en : messages.zh),
  'zh-CN',
  LOCALES,
  {
    allowMissing: true,
  },
);
