/**
 * The small entry's messages: the admin's Chinese messages of the residents' pages (default) and its
 * English tree, so every key the residents' pages use reads the same in both entries. The language is the one chosen in the
 * admin (React-Admin keeps it in localStorage as `RaStore.locale`); English is fetched only when
 * chosen.
 */
import { zhResidentPages } from '../i18n/zh';
import type { TranslateFunction } from './raLite';

/** The locale the admin last chose in this browser (zh-CN unless English). */
export function storedLocale(): string {
  try {
    return JSON.parse(window.localStorage.getItem('RaStore.locale') ?? '"zh-CN"') === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Remembers `locale` where the admin reads it too. */
export function storeLocale(locale: string): void {
  try {
    window.localStorage.setItem('RaStore.locale', JSON.stringify(locale));
  } catch {
    // Storage refused: the choice lasts as long as the page.
  }
}

/** The message tree of `locale`. */
export async function messagesOf(locale: string): Promise<object> {
  return locale === 'en' ? (await import('../i18n/en')).default : zhResidentPages;
}

/** zh-CN's messages, there at once. */
export const defaultMessages: object = zhResidentPages;

/** The message at the dotted `key` of `tree`, if it is text. */
function lookUp(tree: object, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Translates as React-Admin's polyglot provider does for these pages: `%{name}` filled from
 * `options`, "one |||| many" forms chosen by `smart_count` (the first for 1 in English, Chinese has
 * one form), and a missing key read as `options._` or the key itself. Written here rather than
 * bundling node-polyglot, whose shims weigh more than the pages' messages.
 */
export function translator(locale: string, tree: object): TranslateFunction {
  return (key, options = {}) => {
    const found = lookUp(tree, key) ?? (typeof options._ === 'string' ? options._ : key);
    const forms = found.split(' |||| ');
    const count = Number(options.smart_count);
    const text = forms.length > 1 && locale === 'en' && count !== 1 ? forms[1] : forms[0];
    return text.replace(/%\{(\w+)\}/g, (whole, name: string) => (name in options ? String(options[name]) : whole));
  };
}
