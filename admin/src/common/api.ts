/**
 * Direct GraphQL calls for the screens that are not plain React-Admin resources (the meeting
 * room, the voting screen, the printable sheets): one request helper over the admin's GraphQL
 * client, signed in or anonymous (a ballot code needs no account), and a small hook that loads
 * data and can reload it.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { parse, type DocumentNode } from 'graphql';
import { useLogout, useNotify, useTranslate } from 'react-admin';
import { authHeaders } from '../authProvider';
import { createGraphQLClient, GraphQLRequestError } from '../graphqlClient';

const signedIn = createGraphQLClient({ uri: '/graphql', headers: authHeaders });
const anonymous = createGraphQLClient({ uri: '/graphql' });
const parsed = new Map<string, DocumentNode>();

/**
 * Runs one GraphQL operation and returns its data; throws a GraphQLRequestError carrying the
 * server's errors. `anonymous` sends no token (the ballot-code screen must work without one).
 */
export async function request<T>(query: string, variables: Record<string, unknown> = {}, options: { anonymous?: boolean } = {}): Promise<T> {
  let document = parsed.get(query);
  if (!document) {
    document = parse(query);
    parsed.set(query, document);
  }
  const client = options.anonymous ? anonymous : signedIn;
  const { data } = await client.query({ query: document, variables });
  return data as T;
}

/** The error's `extensions.code` (`NETWORK` when the server was not reached, `UNKNOWN` for a programming error). */
export function errorCode(error: unknown): string {
  if (!(error instanceof GraphQLRequestError)) return 'UNKNOWN';
  const first = error.graphQLErrors[0];
  return first ? String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'NETWORK';
}

/** The argument or input field the server named as wrong (`extensions.field`, e.g. `input.comment`). */
export function errorField(error: unknown): string | null {
  return error instanceof GraphQLRequestError ? (error.graphQLErrors[0]?.extensions?.field ?? null) : null;
}

/** The server's own message of the first error. */
export function errorMessage(error: unknown): string {
  if (error instanceof GraphQLRequestError) return error.graphQLErrors[0]?.message ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Returns a reporter for errors of the admin's own calls: a notification in the admin's
 * language (`pingyi.errors.<CODE>`), and sign-out when the session has expired.
 */
export function useReportError(): (error: unknown) => void {
  const notify = useNotify();
  const translate = useTranslate();
  const logout = useLogout();
  return useCallback(
    (error: unknown) => {
      const code = errorCode(error);
      if (code === 'UNAUTHENTICATED') {
        void logout();
        return;
      }
      const key = ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'NETWORK'].includes(code) ? code : 'INTERNAL_SERVER_ERROR';
      notify(translate(`pingyi.errors.${key}`, { message: errorMessage(error) }), { type: 'error' });
    },
    [notify, translate, logout],
  );
}

/** What {@link useApiQuery} returns. */
export interface ApiQuery<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again (keeps showing the previous data meanwhile). */
  reload: () => void;
}

/**
 * Loads `load()` when the component mounts and whenever `key` changes; null `load` loads
 * nothing. Answers that arrive after a newer load started are dropped.
 */
export function useApiQuery<T>(load: (() => Promise<T>) | null, key: string): ApiQuery<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: !!load });
  const [version, setVersion] = useState(0);
  const latest = useRef(0);
  const loader = useRef(load);
  useLayoutEffect(() => {
    loader.current = load;
  });
  useEffect(() => {
    const run = loader.current;
    if (!run) return;
    const ticket = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    run().then(
      (data) => ticket === latest.current && setState({ data, loading: false }),
      (error) => ticket === latest.current && setState((previous) => ({ data: previous.data, error, loading: false })),
    );
  }, [key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
