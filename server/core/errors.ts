import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import type { ValidationError } from 'class-validator';
import { logger } from './logger';
import { currentRequestId } from './request-scope';

/**
 * The error codes a client can see in `extensions.code` (docs/architecture.md, the path of a request). Anything else is
 * masked as INTERNAL_SERVER_ERROR with a request id and logged.
 */
export type ClientErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'SERVICE_UNAVAILABLE';

/** Seconds a client should wait before retrying a SERVICE_UNAVAILABLE answer (`Retry-After`). */
export const RETRY_AFTER_SECONDS = 5;

/** Error codes of a PostgreSQL server or connection that is away (not of a bad statement). */
const UNAVAILABLE_CODES = new Set([
  // The network: nothing listens, the connection broke, the host is unreachable.
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  // PostgreSQL: shutting down (admin, crash), starting up, too many connections.
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
/** node-postgres's and TypeORM's messages for a connection that could not be had or was lost. */
const UNAVAILABLE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|connection error and is not queryable|Connection is not established|Driver not Connected/i;

/**
 * Whether `error` means that PostgreSQL cannot be reached right now, rather than that a statement
 * failed: a network error, SQLSTATE class 08 (connection exception), 57P01–57P03 (shutting down,
 * starting), 53300 (too many connections) or a pool timeout. Looks through TypeORM's
 * `driverError`, `cause`, graphql's `originalError` (and `thrownValue`, when graphql wrapped a value
 * that is no Error of this realm) and an AggregateError's `errors`, iteratively.
 * The one place where connection failures are recognised.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const queue: unknown[] = [error];
  const seen = new Set<unknown>();
  while (queue.length > 0 && seen.size < 20) {
    const item = queue.shift();
    if (!item || typeof item !== 'object' || seen.has(item)) continue;
    seen.add(item);
    const e = item as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
      originalError?: unknown;
      thrownValue?: unknown;
      errors?: unknown;
    };
    if (typeof e.code === 'string' && (UNAVAILABLE_CODES.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code))) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
    queue.push(e.driverError, e.cause, e.originalError, e.thrownValue, ...(Array.isArray(e.errors) ? e.errors : []));
  }
  return false;
}

/** What a client reads when PostgreSQL is away. */
const SERVICE_UNAVAILABLE_MESSAGE = `The database is unavailable; try again in ${RETRY_AFTER_SECONDS} seconds`;

/**
 * PostgreSQL is away: a retryable error, HTTP 503 with `Retry-After` (RETRY_AFTER_SECONDS) and
 * `extensions.retryAfterSeconds`. Thrown where a request needs the database before any resolver
 * runs (its context); resolvers' errors are recognised by isDatabaseUnavailable in formatError.
 */
export class ServiceUnavailableError extends GraphQLError {
  constructor() {
    super(SERVICE_UNAVAILABLE_MESSAGE, {
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        retryAfterSeconds: RETRY_AFTER_SECONDS,
        http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
      },
    });
  }
}

/** The most characters of a client's value that an error message quotes back (then "…"). */
export const MAX_QUOTED = 40;
/** The longest error message sent to a client (then "…"), whatever it quotes. */
export const MAX_MESSAGE = 500;

/** `value` cut to MAX_QUOTED characters (code points), with "…" when it was longer. */
export function clip(value: string): string {
  const chars = Array.from(value);
  return chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join('')}…` : value;
}

/**
 * A message as a client may read it: every quoted value ("…", as JSON.stringify or graphql writes
 * them) cut to MAX_QUOTED characters, and the whole to MAX_MESSAGE, so that no error echoes a
 * client's long value back whole. Applied to every error the client sees (formatError, the
 * variables' errors, the WebSocket's).
 */
export function shortQuotes(message: string): string {
  const cut = message.replace(/"((?:[^"\\]|\\.)*)"/g, (whole, inner: string) =>
    Array.from(inner).length > MAX_QUOTED ? `"${clip(inner)}"` : whole,
  );
  return Array.from(cut).length > MAX_MESSAGE ? `${Array.from(cut).slice(0, MAX_MESSAGE).join('')}…` : cut;
}

/** Bad input: `field` names the input field at fault, as a path such as `input.name`. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, field: string | null) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', field } });
  }
}

/** The thing asked for does not exist (or is outside the caller's reach). */
export class NotFoundError extends GraphQLError {
  constructor(typeName: string, id: string) {
    super(`${typeName} ${JSON.stringify(clip(id))} was not found`, {
      extensions: { code: 'NOT_FOUND', typeName, id: clip(id) },
    });
  }
}

/** The write collides with existing data (a unique key, a state that changed meanwhile). */
export class ConflictError extends GraphQLError {
  constructor(message: string, field: string | null = null) {
    super(message, { extensions: { code: 'CONFLICT', field } });
  }
}

/** The caller is signed in but may not do this; `reason` is a stable machine-readable word when there are several. */
export class ForbiddenError extends GraphQLError {
  constructor(message = 'You may not do this', reason?: string) {
    super(message, { extensions: reason ? { code: 'FORBIDDEN', reason } : { code: 'FORBIDDEN' } });
  }
}

/** The caller must sign in first. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in first') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

/** Apollo's own codes for requests that never reached a resolver: all of them are bad input. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
const CLIENT_CODES = new Set<string>(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

/** Unique-key names → the input field they guard, for CONFLICT errors that name the field. */
const constraintFields: Record<string, string> = {};

/** Registers which input field a unique index protects, so its violation names that field. */
export function registerUniqueField(constraint: string, field: string): void {
  constraintFields[constraint] = field;
}

function firstValidationPath(
  errors: ValidationError[],
  prefix: string[] = [],
): { field: string; message: string } | null {
  for (const error of errors) {
    const pathHere = [...prefix, error.property];
    if (error.constraints && Object.keys(error.constraints).length > 0) {
      return { field: pathHere.join('.'), message: Object.values(error.constraints)[0] };
    }
    const nested = firstValidationPath(error.children ?? [], pathHere);
    if (nested) return nested;
  }
  return null;
}

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
  column?: string;
}

/**
 * Input classes → the argument name they are passed as (`CreateOfficeInput` → `input`), so that a
 * validation error names the full path (`input.name`). Filled by schema.ts from type-graphql's metadata.
 */
export const argumentNames = new Map<object, string>();

/** Turns an error a resolver threw into the error the client may see; null when it must be masked. */
export function toClientError(error: unknown): GraphQLFormattedError | null {
  if (error instanceof ArgumentValidationError) {
    const errors = error.extensions.validationErrors as ValidationError[];
    const found = firstValidationPath(errors);
    const target = errors[0]?.target?.constructor;
    const root = target ? argumentNames.get(target) : undefined;
    const field = found ? (root ? `${root}.${found.field}` : found.field) : null;
    return {
      message: found ? `${field}: ${found.message}` : 'Argument validation failed',
      extensions: { code: 'BAD_USER_INPUT', field },
    };
  }
  if (error instanceof QueryFailedError) {
    const pg = error.driverError as PgError;
    if (pg.code === '23505') {
      const field = (pg.constraint && constraintFields[pg.constraint]) || null;
      return {
        message: field
          ? `${field}: this value is already taken; it must be unique`
          : 'A record with these values already exists',
        extensions: { code: 'CONFLICT', field },
      };
    }
    if (pg.code === '23503' || pg.code === '23001') {
      return {
        message: 'A referenced record does not exist or is still in use',
        extensions: { code: 'CONFLICT', field: null },
      };
    }
    // Class 22 is PostgreSQL's "data exception" (a date out of range, a string too long, a NUL
    // byte, …): always a value the client sent, never a fault of the server.
    if ((pg.code ?? '').startsWith('22') || ['23502', '23514'].includes(pg.code ?? '')) {
      return {
        message: 'A value is out of range or malformed',
        extensions: { code: 'BAD_USER_INPUT', field: pg.column ?? null },
      };
    }
  }
  return null;
}

/** A message without graphql's "Did you mean …?" suggestion, which names parts of the schema. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .+\?$/s, '');
}

/**
 * Errors Apollo raises without a code about a request it refuses with HTTP 4xx before parsing it
 * (a persisted-query hash that does not match its query, an unsupported persisted-query version):
 * bad input, answered without logging; null for anything else.
 */
function apolloRequestError(error: unknown): GraphQLFormattedError | null {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return null;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  if (!status || status < 400 || status >= 500) return null;
  if (error.message === 'provided sha does not match query') {
    const field = 'extensions.persistedQuery.sha256Hash';
    return {
      message: `${field}: does not match the SHA-256 of the query`,
      extensions: { code: 'BAD_USER_INPUT', field },
    };
  }
  return { message: error.message, extensions: { code: 'BAD_USER_INPUT', field: null } };
}

/**
 * Apollo's `formatError`: keeps the client codes, maps request-level failures to BAD_USER_INPUT
 * and a database that cannot be reached to SERVICE_UNAVAILABLE, and masks everything else with
 * the request id after logging it. Quoted values in messages are cut to MAX_QUOTED characters.
 */
export function formatError(formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError {
  const shown = clientError(formatted, raw);
  return shown.message === undefined ? shown : { ...shown, message: shortQuotes(shown.message) };
}

/** formatError before quoted values are cut (shortQuotes). */
function clientError(formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const original = unwrapResolverError(raw);
  if (code === 'SERVICE_UNAVAILABLE' || isDatabaseUnavailable(original)) {
    logger.warn({ requestId: currentRequestId(), path: formatted.path }, 'database unavailable');
    return {
      message: SERVICE_UNAVAILABLE_MESSAGE,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS },
    };
  }
  const mapped = toClientError(original);
  if (mapped) return { ...mapped, locations: formatted.locations, path: formatted.path };
  if (code && CLIENT_CODES.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code, field: extensions.field ?? null } };
  }
  if (code && REQUEST_ERROR_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', field: null },
    };
  }
  const requestError = apolloRequestError(original);
  if (requestError) return requestError;
  const requestId = currentRequestId();
  logger.error({ err: original, requestId, path: formatted.path }, 'internal error');
  return {
    message: `Internal server error (request id ${requestId ?? 'unknown'})`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

/**
 * Apollo plugin answering HTTP 503 with `Retry-After` when any error of the request is a
 * database that cannot be reached (formatError turns those into SERVICE_UNAVAILABLE), so that
 * clients and load balancers retry instead of reading a 200 with errors.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (
            !errors?.some(
              (e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' || isDatabaseUnavailable(unwrapResolverError(e)),
            )
          )
            return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/** HTTP status of each client error code, for the routes that answer outside GraphQL (Open311, the export). */
export const HTTP_STATUS_OF_CODE: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/** An error a plain HTTP route may show its client: its HTTP status, message and GraphQL extensions. */
export interface HttpClientError {
  status: number;
  message: string;
  extensions: Record<string, unknown> & { code: string };
}

/**
 * What a plain HTTP route shows for `error`, as GraphQL would: a GraphQLError with a client code
 * as it is, a validation or PostgreSQL data error (a value too long, a date out of range) mapped by
 * `toClientError`; null when it must be masked as an internal error (log it, answer 500).
 */
export function httpClientError(error: unknown): HttpClientError | null {
  const shown =
    error instanceof GraphQLError ? { message: error.message, extensions: error.extensions } : toClientError(error);
  const code = String(shown?.extensions?.code ?? '');
  const status = HTTP_STATUS_OF_CODE[code];
  if (!shown || !status) return null;
  return { status, message: shown.message, extensions: { ...shown.extensions, code } };
}
