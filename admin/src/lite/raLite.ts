/**
 * The few React-Admin hooks the residents' pages use, for the small entry (vote.html) that does not
 * load React-Admin: its build (vite.vote.config.ts) resolves `react-admin` and `ra-core` here, so
 * the voting, code-entry, sign-in, matter and survey pages run unchanged in both entries. Each hook
 * behaves as React-Admin's does for what those pages ask of it: translate with the current
 * messages (%{name} interpolation; a missing key reads as itself), navigate among the hash routes,
 * read the route's parameters, sign in and out through the same authProvider, and call the same
 * data provider methods. The state lives in {@link LiteContext}, given by LiteApp.tsx.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import type { AuthProvider } from 'ra-core';

/** A translation function as React-Admin's: `options` fill %{name}; `_` is the text of a missing key. */
export type TranslateFunction = (key: string, options?: Record<string, unknown>) => string;

/** What the small entry's hooks read. */
export interface LiteState {
  translate: TranslateFunction;
  locale: string;
  setLocale: (locale: string) => void;
  /** The route's parameters, e.g. `{ meetingId }`. */
  params: Record<string, string>;
  /** Goes to a hash route, e.g. `/vote/code`. */
  navigate: (to: string) => void;
  /** The data provider of the residents' pages (the workflow methods they call). */
  dataProvider: unknown;
  authProvider: AuthProvider;
  /** Shows a message at the bottom of the screen. */
  notify: (message: string, options?: { type?: string }) => void;
  /** Reads every query again. */
  refresh: () => void;
}

/** The small entry's state; LiteApp.tsx provides it. */
export const LiteContext = createContext<LiteState | null>(null);

function useLite(): LiteState {
  const state = useContext(LiteContext);
  if (!state) throw new Error('The residents’ pages need LiteApp around them');
  return state;
}

/** An error of a data provider call, as React-Admin's HttpError: a message, an HTTP-like status and the body. */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The current language's translate. */
export const useTranslate = (): TranslateFunction => useLite().translate;
/** The current locale and the way to change it. */
export const useLocaleState = (): [string, (locale: string) => void] => {
  const { locale, setLocale } = useLite();
  return [locale, setLocale];
};
/** Navigates among the hash routes (`navigate('/vote')`). */
export const useNavigate = () => useLite().navigate;
/** The parameters of the route shown. */
export const useParams = <T extends Record<string, string | undefined>>(): Partial<T> => useLite().params as Partial<T>;
/** The data provider. */
export const useDataProvider = <T>(): T => useLite().dataProvider as T;
/** Shows a message. */
export const useNotify = () => useLite().notify;
/** Reads every query again. */
export const useRefresh = () => useLite().refresh;
/** The record of the props (the residents' pages pass it; there is no record context here). */
export const useRecordContext = <T>(props?: { record?: T }): T | undefined => props?.record;

/** Signs in with the authProvider, then goes where it says (a representative: `/vote`), or to the staff's admin. */
export function useLogin() {
  const { authProvider, navigate } = useLite();
  return async (params: Record<string, unknown>) => {
    const result = (await authProvider.login(params)) as { redirectTo?: string } | undefined;
    if (result?.redirectTo) navigate(result.redirectTo);
    else window.location.assign('/admin/');
  };
}

/** Signs out (the authProvider forgets the token and every ballot secret), then shows the representatives' sign-in. */
export function useLogout() {
  const { authProvider, navigate } = useLite();
  return async () => {
    await authProvider.logout({});
    navigate('/vote/login');
  };
}

/** The signed-in user's `{ id, fullName }`, once read. */
export function useGetIdentity() {
  const { authProvider } = useLite();
  const [identity, setIdentity] = useState<{ id: string | number; fullName?: string } | undefined>();
  useEffect(() => {
    let live = true;
    authProvider.getIdentity?.().then(
      (found) => live && setIdentity(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [authProvider]);
  return { identity, isPending: identity === undefined };
}

/** React-Admin's form validators, here without forms: no value is ever refused. */
export const required = () => () => undefined;
/** See {@link required}. */
export const maxLength = (_max: number) => () => undefined;
/** A validator (for the types of common/validation.ts). */
export type Validator = (value: unknown) => unknown;
