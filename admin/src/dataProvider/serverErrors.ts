/**
 * Turns Pingyi's GraphQL errors into what React-Admin shows: a localized notification, and for
 * BAD_USER_INPUT or CONFLICT naming an input field (`extensions.field` = `input.name`) an error
 * under that form field (React-Admin reads `error.body.errors` as server-side validation).
 */
import { HttpError, type TranslateFunction } from 'ra-core';
import { GraphQLRequestError, type ServerError } from './graphqlClient';
import { errorSentence } from './errorText';

/** HTTP-like status per error code, so React-Admin treats them as it would REST errors. */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
};

/** What a converted error carries in `body`. */
export interface ServerErrorBody {
  code: string;
  /** The input field at fault as the server named it, e.g. `input.kind`. */
  field: string | null;
  /** All errors of the response, untranslated. */
  graphQLErrors: ServerError[];
  /** Form errors by field, plus `root.serverError` for the notification. */
  errors?: Record<string, string | { serverError: string }>;
  /** The request carried no token (a ballot code's): its UNAUTHENTICATED ends no session. */
  anonymous?: boolean;
}

/**
 * The form field an error names: `input.kind` → `kind`, `input.duties.2` → `duties`; null when
 * the error is not about an input field (e.g. `first` or `id`).
 */
export function formFieldOf(field: string | null | undefined): string | null {
  const match = /^input\.([A-Za-z_][A-Za-z0-9_]*)/.exec(field ?? '');
  return match ? match[1] : null;
}

function unwrap(error: unknown): GraphQLRequestError | null {
  if (error instanceof GraphQLRequestError) return error;
  if (error instanceof HttpError && error.body instanceof GraphQLRequestError) return error.body;
  return null;
}

/**
 * Converts an error of the data provider into an HttpError whose message is in the admin's
 * current language, with the server's code, field and errors in `body` (`anonymous` marks a call
 * sent without a token). Errors that did not come from the API (aborts, programming errors) pass
 * through unchanged.
 */
export function toHttpError(
  error: unknown,
  resource: string,
  translate: TranslateFunction,
  options: { anonymous?: boolean } = {},
): unknown {
  // ra-data-graphql wraps whatever parseResponse throws (e.g. our 404) in an HttpError of its own.
  if (error instanceof HttpError && error.body instanceof HttpError) return error.body;
  const failure = unwrap(error);
  if (!failure) return error;
  const first = failure.graphQLErrors[0];
  const code = first ? String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'NETWORK';
  const field = first?.extensions?.field ?? null;
  const formField = formFieldOf(field);
  // The reason's sentence in the admin's language (the field by its label), never the server's English message.
  const message = errorSentence(translate, first, code, resource);
  const body: ServerErrorBody = {
    code,
    field,
    graphQLErrors: failure.graphQLErrors,
    ...(options.anonymous ? { anonymous: true } : {}),
  };
  if (formField && (code === 'BAD_USER_INPUT' || code === 'CONFLICT')) {
    // The field shows the reason's sentence; a conflict's field gets a short hint and the notification the sentence.
    const fieldMessage = code === 'CONFLICT' ? translate('pingyi.errors.CONFLICT_inline') : message;
    body.errors = { [formField]: fieldMessage, root: { serverError: message } };
  }
  return new HttpError(message, STATUS[code] ?? (failure.status || 500), body);
}
