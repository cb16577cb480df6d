/**
 * The admin's i18nProvider: Simplified Chinese by default, English on request (the locale menu
 * in the app bar; React-Admin remembers the choice).
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'ra-core';
import zh from './zh';
import en from './en';
import { deepMerge } from './merge';
import { zhSelfGovernance } from './zh.selfgov';
import { enSelfGovernance } from './en.selfgov';

/** The locales the admin offers, default first. */
export const LOCALES = [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
];

/** Each locale's messages with those of the self-governance screens. */
const zhAll = deepMerge(zh, zhSelfGovernance) as TranslationMessages;
const enAll = deepMerge(en, enSelfGovernance) as TranslationMessages;

/** Translations of the admin's UI, keyed by the locales above. */
export const i18nProvider: I18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? enAll : zhAll),
  'zh-CN',
  LOCALES,
  {
    allowMissing: true,
  },
);
