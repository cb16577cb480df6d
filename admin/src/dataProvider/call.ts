/**
 * How the data provider's own methods run a generated operation (admin/src/gql): the document's
 * result and variable types flow through, and a failure comes back as the same localized
 * HttpError as React-Admin's CRUD methods give (serverErrors.ts).
 */
import type { TypedDocumentString } from '../gql/graphql';

/** Options of one call. */
export interface CallOptions {
  /** Send no token: a ballot code's calls work without signing in (docs/rules.md rule 7). */
  anonymous?: boolean;
}

/**
 * Runs `document` with `variables` and resolves to its `data`; rejects with an HttpError whose
 * field labels are those of `resource` (e.g. `evaluationMeetings`).
 */
export type Call = <Result, Variables>(
  resource: string,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options?: CallOptions,
) => Promise<Result>;

/**
 * What every workflow method resolves to: `{ data }`, as React-Admin's own methods do. It is an
 * instance of this class so that the hooks (common/providerHooks.ts) can tell it from the
 * `{ data: {} }` React-Admin's `useDataProvider` gives instead when a 401 has just signed the user out.
 */
export class Answer<T> {
  constructor(readonly data: T) {}
}

/** Wraps a method's result as an {@link Answer}. */
export const answer = <T>(data: T): Answer<T> => new Answer(data);
