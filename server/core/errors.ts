import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import type { ValidationError } from 'class-validator';
import { logger } from './logger';
import { currentRequestId } from './request-scope';

/**
 * The error codes a client can see in `extensions.code` (DESIGN, API contract). Anything else is
 * masked as INTERNAL_SERVER_ERROR with a request id and logged.
 */
export type ClientErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/** Bad input: `field` names the input field at fault, as a path such as `input.name`. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, field: string | null) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', field } });
  }
}

/** The thing asked for does not exist (or is outside the caller's reach). */
export class NotFoundError extends GraphQLError {
  constructor(typeName: string, id: string) {
    super(`${typeName} ${JSON.stringify(id)} was not found`, { extensions: { code: 'NOT_FOUND', typeName, id } });
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

function firstValidationPath(errors: ValidationError[], prefix: string[] = []): { field: string; message: string } | null {
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
export const argumentNames = new Map<Function, string>();

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
        message: field ? `${field}: this value is already taken; it must be unique` : 'A record with these values already exists',
        extensions: { code: 'CONFLICT', field },
      };
    }
    if (pg.code === '23503' || pg.code === '23001') {
      return { message: 'A referenced record does not exist or is still in use', extensions: { code: 'CONFLICT', field: null } };
    }
    // Class 22 is PostgreSQL's "data exception" (a date out of range, a string too long, a NUL
    // byte, …): always a value the client sent, never a fault of the server.
    if ((pg.code ?? '').startsWith('22') || ['23502', '23514'].includes(pg.code ?? '')) {
      return { message: 'A value is out of range or malformed', extensions: { code: 'BAD_USER_INPUT', field: pg.column ?? null } };
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
    return { message: `${field}: does not match the SHA-256 of the query`, extensions: { code: 'BAD_USER_INPUT', field } };
  }
  return { message: error.message, extensions: { code: 'BAD_USER_INPUT', field: null } };
}

/**
 * Apollo's `formatError`: keeps the five client codes, maps request-level failures to
 * BAD_USER_INPUT, and masks everything else with the request id after logging it.
 */
export function formatError(formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const original = unwrapResolverError(raw);
  const mapped = toClientError(original);
  if (mapped) return { ...mapped, locations: formatted.locations, path: formatted.path };
  if (code && CLIENT_CODES.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code, field: extensions.field ?? null } };
  }
  if (code && REQUEST_ERROR_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT', field: null } };
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

