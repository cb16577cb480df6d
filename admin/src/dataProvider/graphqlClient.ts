/**
 * The small GraphQL client the admin's data provider runs on: one JSON POST per operation to
 * Pingyi's /graphql. It implements the two methods ra-data-graphql calls on an Apollo client
 * (`query` and `mutate`), so the admin needs no client-side cache (react-query, under React-Admin,
 * is the one cache), and it keeps the server's errors (`extensions.code`, `extensions.field`)
 * intact for the data provider to translate. An operation is a parsed document (the ones
 * ra-data-graphql builds) or the text of a generated one (admin/src/gql), sent as it is.
 */
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentString } from '../gql/graphql';

/** One error as Pingyi's API reports it: `extensions.code`, and `extensions.field` for BAD_USER_INPUT (README, The API in brief). */
export interface ServerError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; field?: string | null; [key: string]: unknown };
}

/** A request that failed: the server's GraphQL errors, or a transport failure (no errors, HTTP status or 0). */
export class GraphQLRequestError extends Error {
  readonly graphQLErrors: ServerError[];
  readonly status: number;

  constructor(message: string, graphQLErrors: ServerError[], status: number) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.graphQLErrors = graphQLErrors;
    this.status = status;
  }
}

/** What `query` and `mutate` resolve to, shaped like Apollo's result so ra-data-graphql can parse it. */
export interface GraphQLResult {
  data: Record<string, unknown>;
}

/** The subset of Apollo's client ra-data-graphql uses. */
export interface GraphQLClient {
  query(options: {
    query: Operation;
    variables?: Record<string, unknown>;
    context?: { fetchOptions?: { signal?: AbortSignal } };
  }): Promise<GraphQLResult>;
  mutate(options: { mutation: Operation; variables?: Record<string, unknown> }): Promise<GraphQLResult>;
}

/** A GraphQL operation: parsed, its text, or a generated document (`TypedDocumentString`, whose String value is the text). */
export type Operation = DocumentNode | string | TypedDocumentString<unknown, never>;

/** Options of {@link createGraphQLClient}. */
export interface GraphQLClientOptions {
  /** The endpoint, e.g. `/graphql`. */
  uri: string;
  /** Extra headers per request, e.g. `Authorization: Bearer …` once the admin signs in. */
  headers?: () => Record<string, string>;
  /** The fetch to use (tests pass their own). */
  fetch?: typeof fetch;
}

/**
 * Creates a client that posts each operation to `uri` as `application/json` (which Apollo
 * Server's CSRF prevention accepts) and throws a {@link GraphQLRequestError} when the response
 * carries errors or is not JSON. Aborts (React-Admin cancels stale list queries) pass through.
 */
export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function run(
    document: Operation,
    variables: Record<string, unknown> | undefined,
    signal?: AbortSignal,
  ): Promise<GraphQLResult> {
    let response: Response;
    try {
      response = await doFetch(options.uri, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(options.headers?.() ?? {}) },
        body: JSON.stringify({
          query: typeof document === 'object' && 'kind' in document ? print(document) : String(document),
          variables: variables ?? {},
        }),
        credentials: 'same-origin',
        signal,
      });
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw error;
      throw new GraphQLRequestError((error as Error)?.message || 'Network error', [], 0);
    }
    let body: { data?: Record<string, unknown> | null; errors?: ServerError[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new GraphQLRequestError(response.statusText || `HTTP ${response.status}`, [], response.status);
    }
    if (body.errors && body.errors.length > 0) {
      throw new GraphQLRequestError(body.errors[0].message, body.errors, response.status);
    }
    if (!response.ok || !body.data) {
      throw new GraphQLRequestError(response.statusText || `HTTP ${response.status}`, [], response.status);
    }
    return { data: body.data };
  }

  return {
    query: ({ query, variables, context }) => run(query, variables, context?.fetchOptions?.signal),
    mutate: ({ mutation, variables }) => run(mutation, variables),
  };
}
