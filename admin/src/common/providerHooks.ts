/**
 * How components use the data provider's own methods (dataProvider/index.ts): through React-Admin's
 * `useDataProvider` (which signs the user out on a 401) and react-query, the cache React-Admin runs
 * on. Reads go through {@link useProviderQuery}; workflow mutations through {@link useWorkflow},
 * which handles loading, errors (a notification in the admin's language, unless the screen shows
 * the error itself) and success notices one way for every screen.
 */
import { useCallback } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { HttpError, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { PingyiDataProvider } from '../dataProvider';
import { Answer } from '../dataProvider/call';
import { GraphQLRequestError, type ServerError } from '../dataProvider/graphqlClient';
import type { ServerErrorBody } from '../dataProvider/serverErrors';
import { errorSentence } from '../dataProvider/errorText';
import type { TranslateFunction } from 'ra-core';

/** The codes Pingyi's notifications have a message for (`pingyi.errors.<CODE>`); others read as internal. */
const NOTIFIED_CODES = ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'NETWORK'];

/** The call ended because a 401 signed the user out: React-Admin is already leaving for the sign-in page. */
class SignedOut extends Error {
  constructor() {
    super('signed out');
    this.name = 'SignedOut';
  }
}

/** The server's errors behind a failed call (a converted HttpError, or the client's own error); null for anything else. */
function serverErrors(error: unknown): { errors: ServerError[]; code: string } | null {
  if (error instanceof HttpError && error.body && Array.isArray((error.body as ServerErrorBody).graphQLErrors)) {
    const body = error.body as ServerErrorBody;
    return { errors: body.graphQLErrors, code: body.code };
  }
  if (error instanceof GraphQLRequestError) {
    const first = error.graphQLErrors[0];
    return {
      errors: error.graphQLErrors,
      code: first ? String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'NETWORK',
    };
  }
  return null;
}

/** The error's `extensions.code` (`NETWORK` when the server was not reached, `UNKNOWN` for an error that did not come from the API). */
export function errorCode(error: unknown): string {
  return serverErrors(error)?.code ?? 'UNKNOWN';
}

/** The argument or input field the server named as wrong (`extensions.field`, e.g. `input.comment`). */
export function errorField(error: unknown): string | null {
  return serverErrors(error)?.errors[0]?.extensions?.field ?? null;
}

/** The first error's `extensions` (empty for an error that did not come from the API), e.g. `reason` or `retryAfterSeconds`. */
export function errorExtensions(error: unknown): Record<string, unknown> {
  return serverErrors(error)?.errors[0]?.extensions ?? {};
}

/**
 * What a screen shows for a failed call, in the admin's current language: the sentence of the first
 * error's reason (dataProvider/errorText.ts), or the generic sentence of its code; never the
 * server's English message (that is `serverMessage`, for logs and tests).
 */
export function errorMessage(error: unknown, resource?: string): string {
  const found = serverErrors(error);
  if (!found) return translateError('pingyi.errors.INTERNAL_SERVER_ERROR');
  return errorSentence(translateError, found.errors[0], found.code, resource);
}

/** The translation errorMessage reads its sentences with; the key itself until an entry sets one. */
let translateError: TranslateFunction = (key) => key;

/**
 * Sets the translation of errorMessage: the admin's i18nProvider (App.tsx) or the residents' small
 * entry's translator (lite/LiteApp.tsx), each following the language the user chose. Kept here
 * rather than imported, so that the small entry does not carry the admin's i18nProvider and both
 * languages' messages.
 */
export function setErrorTranslator(translate: TranslateFunction): void {
  translateError = translate;
}

/** The server's own (English, developer's) message of the first error; the error's message when the server was not reached. */
export function serverMessage(error: unknown): string {
  const first = serverErrors(error)?.errors[0];
  if (first) return first.message;
  if (error instanceof HttpError && error.body instanceof Error) return error.body.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Returns a reporter for errors of the data provider's own methods: a notification in the admin's
 * language (the sentence of the error's reason, or the generic one of its code). A 401 has already signed the user
 * out (React-Admin's `useDataProvider` asks the authProvider), so it is not notified again.
 */
export function useReportError(): (error: unknown) => void {
  const notify = useNotify();
  const translate = useTranslate();
  return useCallback(
    (error: unknown) => {
      const code = errorCode(error);
      if (error instanceof SignedOut || (code === 'UNAUTHENTICATED' && !(error as HttpError).body?.anonymous)) return;
      const key = NOTIFIED_CODES.includes(code) ? code : 'INTERNAL_SERVER_ERROR';
      const found = serverErrors(error);
      notify(found ? errorSentence(translate, found.errors[0], found.code) : translate(`pingyi.errors.${key}`), {
        type: 'error',
      });
    },
    [notify, translate],
  );
}

/** Pingyi's data provider, through React-Admin's `useDataProvider`. */
export function usePingyiDataProvider(): PingyiDataProvider {
  return useDataProvider<PingyiDataProvider>();
}

/** Unwraps a method's {@link Answer}; anything else is React-Admin's stand-in after a 401 signed the user out. */
function dataOf<T>(result: Answer<T> | { data: unknown }): T {
  if (!(result instanceof Answer)) throw new SignedOut();
  return result.data;
}

/** What {@link useProviderQuery} returns. */
export interface ProviderQuery<T> {
  data: T | undefined;
  error: unknown;
  /** A load is under way (the previous data stays shown meanwhile). */
  loading: boolean;
  /** Loads again. */
  reload: () => void;
}

/**
 * Reads `load(dataProvider)` under the react-query key `key` (first element: the resource, e.g.
 * `['evaluationMeetings', id, 'room']`, so a workflow mutation can have it read again); null `load`
 * reads nothing. Like the screens always did, it does not retry a failed read nor read again when
 * the window gets focus, and it keeps the previous data shown while a new key loads.
 */
export function useProviderQuery<T>(
  key: QueryKey,
  load: ((dataProvider: PingyiDataProvider) => Promise<Answer<T>>) | null,
): ProviderQuery<T> {
  const dataProvider = usePingyiDataProvider();
  const query = useQuery({
    queryKey: key,
    queryFn: async () => dataOf(await load!(dataProvider)),
    enabled: load !== null,
    retry: false,
    refetchOnWindowFocus: false,
    placeholderData: keepPreviousData,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const error = query.error instanceof SignedOut ? undefined : query.error;
  return { data: query.data, error: error ?? undefined, loading: query.isFetching, reload };
}

/** A success notice: a translation key, or a key with its arguments computed from the result and the run's arguments. */
type Notice<A extends unknown[], T> =
  string | ((data: T, args: A) => { message: string; args?: Record<string, unknown> });

/** Options of {@link useWorkflow}. */
export interface WorkflowOptions<A extends unknown[], T> {
  /** The notice shown when it succeeded. */
  success?: Notice<A, T>;
  /** Reload the page's records after it succeeded (React-Admin's refresh). */
  refresh?: boolean;
  /** Query keys (or key prefixes) to read again after it succeeded. */
  invalidate?: (args: A) => QueryKey[];
  /** Called after it succeeded, with its result and the run's arguments. */
  onSuccess?: (data: T, args: A) => void;
  /** Called when it failed, with the run's arguments; return true when the screen shows the error itself (no notification). */
  onError?: (error: unknown, args: A) => boolean | void;
  /** False: `run` rejects with the error instead of notifying it (the screen explains it in its own words). */
  report?: boolean;
}

/** What {@link useWorkflow} returns. */
export interface Workflow<A extends unknown[], T> {
  /** Runs the mutation; resolves to its result, or to undefined when it failed and the failure was reported. */
  run: (...args: A) => Promise<T | undefined>;
  /** A run is under way. */
  isPending: boolean;
}

/**
 * A workflow mutation of the data provider (`(dp, id) => dp.openMeeting(id)`) as a react-query
 * mutation: on success the notice, the reloads and `onSuccess`; on failure `onError`, then a
 * notification (see {@link useReportError}) unless the screen handled it or asked for the error.
 */
export function useWorkflow<A extends unknown[], T>(
  mutate: (dataProvider: PingyiDataProvider, ...args: A) => Promise<Answer<T>>,
  options: WorkflowOptions<NoInfer<A>, NoInfer<T>> = {},
): Workflow<A, T> {
  const dataProvider = usePingyiDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const refresh = useRefresh();
  const reportError = useReportError();
  const mutation = useMutation({
    mutationFn: async (args: A) => dataOf(await mutate(dataProvider, ...args)),
  });
  const { mutateAsync } = mutation;
  const { onError, report, success, invalidate, refresh: reloads, onSuccess } = options;
  const run = useCallback(
    async (...args: A): Promise<T | undefined> => {
      let data: T;
      try {
        data = await mutateAsync(args);
      } catch (error) {
        if (error instanceof SignedOut) return undefined;
        if (onError?.(error, args) === true) return undefined;
        if (report === false) throw error;
        reportError(error);
        return undefined;
      }
      if (success) {
        const notice = typeof success === 'string' ? { message: success } : success(data, args);
        notify(notice.message, { type: 'success', messageArgs: notice.args });
      }
      for (const key of invalidate?.(args) ?? []) void queryClient.invalidateQueries({ queryKey: key });
      if (reloads) refresh();
      onSuccess?.(data, args);
      return data;
    },
    [mutateAsync, notify, queryClient, refresh, reportError, success, reloads, invalidate, onSuccess, onError, report],
  );
  return { run, isPending: mutation.isPending };
}
