import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import type { ValidationError } from 'class-validator';
import { getMetadataStorage } from 'class-validator';
import { logger } from './logger';
import { currentRequestId } from './request-scope';
import { coreReasons } from './core-reasons';
import { reasonParams, renderReason, type Reason } from './reasons';

export type { Reason } from './reasons';

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

/** Why a client is answered SERVICE_UNAVAILABLE: PostgreSQL is away. */
const SERVICE_UNAVAILABLE_REASON = coreReasons.serviceUnavailable({ seconds: RETRY_AFTER_SECONDS });
/** What a client reads when PostgreSQL is away. */
const SERVICE_UNAVAILABLE_MESSAGE = renderReason(SERVICE_UNAVAILABLE_REASON);

/**
 * The `extensions` entries of a reason (docs/architecture.md, errors): `reason`, the registry key,
 * and `params`, the values its sentence needs, with `field` when there is one.
 */
export function reasonExtensions(reason: Reason, field: string | null = null): { reason: string; params: object } {
  return { reason: reason.key, params: reasonParams(reason, field) };
}

/**
 * A client error of `code` for `reason`: the English message rendered from the reason's template,
 * `extensions.code`, `field` (when given), `reason`, `params` and any `extra` extensions (e.g.
 * `retryAfterSeconds`). For errors that need more than the classes below carry.
 */
export function reasonError(
  code: ClientErrorCode,
  reason: Reason,
  field: string | null = null,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(renderReason(reason, field), {
    extensions: { code, field, ...reasonExtensions(reason, field), ...extra },
  });
}

/** A reason, or a bare message (deprecated: define a reason instead) turned into the code's generic reason. */
function asReason(given: Reason | string, generic: (params: { message: string }) => Reason): Reason {
  return typeof given === 'string' ? generic({ message: given }) : given;
}

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
        ...reasonExtensions(SERVICE_UNAVAILABLE_REASON),
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

/** Parameters whose text the server writes (lists of allowed values, a developer's message), cut only as a message is. */
const SERVER_TEXT_PARAMS = new Set(['message', 'allowed', 'listed', 'missing', 'what', 'why', 'statuses']);

/**
 * `extensions.params` as a client may read them, like messages (shortQuotes): the server's own
 * texts with their quoted values cut, every other string (which may be the client's value) to
 * MAX_QUOTED characters, so that no parameter echoes a client's long value back whole.
 */
export function shortParams(params: unknown): unknown {
  if (!params || typeof params !== 'object') return params;
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value !== 'string' ? value : SERVER_TEXT_PARAMS.has(name) ? shortQuotes(value) : clip(value),
    ]),
  );
}

/**
 * Bad input: `field` names the input field at fault, as a path such as `input.name`; `reason`
 * says why (server/core/reasons.ts). A bare message is deprecated: it gets the generic `generic.badInput`.
 */
export class BadUserInputError extends GraphQLError {
  constructor(reason: Reason | string, field: string | null) {
    const why = asReason(reason, coreReasons['generic.badInput']);
    super(renderReason(why, field), {
      extensions: { code: 'BAD_USER_INPUT', field, ...reasonExtensions(why, field) },
    });
  }
}

/** The thing asked for does not exist (or is outside the caller's reach): reason `notFound` with `typeName` and `id`. */
export class NotFoundError extends GraphQLError {
  constructor(typeName: string, id: string) {
    const why = coreReasons.notFound({ typeName, id: clip(id) });
    super(renderReason(why), {
      extensions: { code: 'NOT_FOUND', typeName, id: clip(id), ...reasonExtensions(why) },
    });
  }
}

/** The write collides with existing data (a unique key, a state that changed meanwhile); `reason` says which. */
export class ConflictError extends GraphQLError {
  constructor(reason: Reason | string, field: string | null = null) {
    const why = asReason(reason, coreReasons['generic.conflict']);
    super(renderReason(why, field), { extensions: { code: 'CONFLICT', field, ...reasonExtensions(why, field) } });
  }
}

/**
 * The caller is signed in but may not do this; `reason` says why (`access.forbidden` when not
 * given). Reasons clients compared before the registry keep their upper-case keys (`CODE_IN_USE`).
 */
export class ForbiddenError extends GraphQLError {
  constructor(reason: Reason | string = coreReasons['access.forbidden']()) {
    const why = asReason(reason, coreReasons['generic.forbidden']);
    super(renderReason(why), { extensions: { code: 'FORBIDDEN', ...reasonExtensions(why) } });
  }
}

/** The caller must sign in first; `reason` says how (`auth.signInFirst` when not given). */
export class UnauthenticatedError extends GraphQLError {
  constructor(reason: Reason | string = coreReasons['auth.signInFirst']()) {
    const why = asReason(reason, coreReasons['generic.unauthenticated']);
    super(renderReason(why), { extensions: { code: 'UNAUTHENTICATED', ...reasonExtensions(why) } });
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
/** The generic reason of each client code, for an error that was raised with a code but no reason. */
const GENERIC_REASONS: Readonly<Record<string, (params: { message: string }) => Reason>> = {
  BAD_USER_INPUT: coreReasons['generic.badInput'],
  UNAUTHENTICATED: coreReasons['generic.unauthenticated'],
  FORBIDDEN: coreReasons['generic.forbidden'],
  NOT_FOUND: coreReasons['generic.missing'],
  CONFLICT: coreReasons['generic.conflict'],
};

/** Unique-key names → the input field they guard, for CONFLICT errors that name the field. */
const constraintFields: Record<string, string> = {};

/** Registers which input field a unique index protects, so its violation names that field. */
export function registerUniqueField(constraint: string, field: string): void {
  constraintFields[constraint] = field;
}

/** The first failed constraint in `errors`: its path below the argument, constraint name, message and the object it was checked on. */
export interface FoundConstraint {
  field: string;
  constraint: string;
  message: string;
  target: object | undefined;
  property: string;
}

function firstValidationPath(errors: ValidationError[], prefix: string[] = []): FoundConstraint | null {
  for (const error of errors) {
    const pathHere = [...prefix, error.property];
    if (error.constraints && Object.keys(error.constraints).length > 0) {
      const [constraint, message] = Object.entries(error.constraints)[0];
      return { field: pathHere.join('.'), constraint, message, target: error.target, property: error.property };
    }
    const nested = firstValidationPath(error.children ?? [], pathHere);
    if (nested) return nested;
  }
  return null;
}

/** The class-validator constraints with a reason of their own, and the name of their limit parameter (if any). */
const CONSTRAINT_LIMITS: Readonly<Record<string, string | null>> = {
  isUuid: null,
  isInt: null,
  saysSomething: null,
  noHiddenCharacters: null,
  arrayNotEmpty: null,
  matches: null,
  maxLength: 'max',
  minLength: 'min',
  arrayMaxSize: 'max',
  arrayMinSize: 'min',
  min: 'min',
  max: 'max',
};

/**
 * The reason of a class-validator failure: `validation.<constraint>` (`validation.maxLength`) with
 * the English message and the constraint's limit (`max`, `min`, read from class-validator's
 * metadata), or `validation.invalid` for a constraint without a reason of its own.
 */
export function validationReason(found: FoundConstraint): Reason {
  const limitName = CONSTRAINT_LIMITS[found.constraint];
  if (limitName === undefined) return coreReasons['validation.invalid']({ message: found.message });
  const params: Record<string, string | number> = { message: found.message };
  if (limitName && found.target) {
    const meta = getMetadataStorage()
      .getTargetValidationMetadatas(found.target.constructor, '', true, false)
      .find((m) => m.propertyName === found.property && m.name === found.constraint);
    const limit: unknown = meta?.constraints?.[0];
    if (typeof limit === 'number') params[limitName] = limit;
  }
  return { key: `validation.${found.constraint}`, params };
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
    const why = found ? validationReason(found) : coreReasons['validation.failed']();
    return {
      message: renderReason(why, field),
      extensions: { code: 'BAD_USER_INPUT', field, ...reasonExtensions(why, field) },
    };
  }
  if (error instanceof QueryFailedError) {
    const pg = error.driverError as PgError;
    if (pg.code === '23505') {
      const field = (pg.constraint && constraintFields[pg.constraint]) || null;
      const why = field ? coreReasons['conflict.unique']() : coreReasons['conflict.exists']();
      return {
        message: renderReason(why, field),
        extensions: { code: 'CONFLICT', field, ...reasonExtensions(why, field) },
      };
    }
    if (pg.code === '23503' || pg.code === '23001') {
      const why = coreReasons['conflict.reference']();
      return { message: renderReason(why), extensions: { code: 'CONFLICT', field: null, ...reasonExtensions(why) } };
    }
    // Class 22 is PostgreSQL's "data exception" (a date out of range, a string too long, a NUL
    // byte, …): always a value the client sent, never a fault of the server.
    if ((pg.code ?? '').startsWith('22') || ['23502', '23514'].includes(pg.code ?? '')) {
      const field = pg.column ?? null;
      const why = coreReasons['input.malformed']();
      return {
        message: renderReason(why),
        extensions: { code: 'BAD_USER_INPUT', field, ...reasonExtensions(why, field) },
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
    const why = coreReasons['request.shaMismatch']();
    return {
      message: renderReason(why, field),
      extensions: { code: 'BAD_USER_INPUT', field, ...reasonExtensions(why, field) },
    };
  }
  return {
    message: error.message,
    extensions: {
      code: 'BAD_USER_INPUT',
      field: null,
      ...reasonExtensions(coreReasons['request.invalid']()),
    },
  };
}

/**
 * Apollo's `formatError`: keeps the client codes, maps request-level failures to BAD_USER_INPUT
 * and a database that cannot be reached to SERVICE_UNAVAILABLE, and masks everything else with
 * the request id after logging it. Quoted values in messages, and parameters, are cut to MAX_QUOTED characters (shortParams).
 */
export function formatError(formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError {
  const shown = clientError(formatted, raw);
  const extensions = shown.extensions?.params
    ? { ...shown.extensions, params: shortParams(shown.extensions.params) }
    : shown.extensions;
  return shown.message === undefined
    ? { ...shown, extensions }
    : { ...shown, extensions, message: shortQuotes(shown.message) };
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
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        ...reasonExtensions(SERVICE_UNAVAILABLE_REASON),
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      },
    };
  }
  const mapped = toClientError(original);
  if (mapped) return { ...mapped, locations: formatted.locations, path: formatted.path };
  if (code && CLIENT_CODES.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    const field = (extensions.field as string | null | undefined) ?? null;
    // An error raised without a reason (a plain GraphQLError with a client code) gets its code's generic one.
    const why = typeof extensions.reason === 'string' ? null : GENERIC_REASONS[code]({ message: formatted.message });
    return {
      ...formatted,
      extensions: { ...extensions, code, field, ...(why ? reasonExtensions(why, field) : {}) },
    };
  }
  if (code && REQUEST_ERROR_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: {
        code: 'BAD_USER_INPUT',
        field: null,
        ...reasonExtensions(coreReasons['request.invalid']()),
      },
    };
  }
  const requestError = apolloRequestError(original);
  if (requestError) return requestError;
  const requestId = currentRequestId();
  logger.error({ err: original, requestId, path: formatted.path }, 'internal error');
  const why = coreReasons.internal({ requestId: requestId ?? 'unknown' });
  return {
    message: renderReason(why),
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, ...reasonExtensions(why) },
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
  const extensions = shown.extensions ?? {};
  const field = (extensions.field as string | null | undefined) ?? null;
  const why = typeof extensions.reason === 'string' ? null : GENERIC_REASONS[code]({ message: shown.message });
  return {
    status,
    message: shown.message,
    extensions: {
      ...extensions,
      code,
      ...(why ? reasonExtensions(why, field) : { params: shortParams(extensions.params) }),
    },
  };
}
