/**
 * The kernel's own error reasons (server/core/reasons.ts): those of the kernel's checks (paging,
 * access, validation, the database) and those several modules share. Keys are written in full.
 */
import { defineReasons } from './reasons';

export const coreReasons = defineReasons('', {
  // Generic reasons: an error given a bare message instead of a reason (or one raised outside Pingyi's code).
  'generic.badInput': '{message}',
  'generic.conflict': '{message}',
  'generic.forbidden': '{message}',
  'generic.unauthenticated': '{message}',
  'generic.missing': '{message}',
  notFound: '{typeName} "{id}" was not found',
  serviceUnavailable: 'The database is unavailable; try again in {seconds} seconds',
  internal: 'Internal server error (request id {requestId})',
  'access.forbidden': 'You may not do this',
  'auth.signInFirst': 'Sign in first: send Authorization: Bearer <token> from the login mutation',
  // Requests refused before a resolver ran: graphql's parse and validation errors, a persisted query. Their
  // message is graphql's own (more precise than the template); the reason only classifies them.
  'request.invalid': 'The request is not a valid operation of this API',
  'request.badBody': 'Bad request: {problem}',
  'request.noSuchAddress': 'No such address: {path}',
  'request.bodyTooLarge': 'Bad request: the body is larger than {max}',
  'request.tooComplex':
    'This query is too complex ({complexity}, at most {max}): ask for fewer fields or smaller pages',
  'request.shaMismatch': '{field}: does not match the SHA-256 of the query',
  // PostgreSQL refused the write.
  'conflict.unique': '{field}: this value is already taken; it must be unique',
  'conflict.exists': 'A record with these values already exists',
  'conflict.reference': 'A referenced record does not exist or is still in use',
  'input.malformed': 'A value is out of range or malformed',
  // class-validator: one reason per constraint, with its limit (`max`, `min`) where it has one.
  'validation.failed': 'Argument validation failed',
  'validation.invalid': '{field}: {message}',
  'validation.isUuid': '{field}: {message}',
  'validation.isInt': '{field}: {message}',
  'validation.maxLength': '{field}: {message}',
  'validation.minLength': '{field}: {message}',
  'validation.arrayMaxSize': '{field}: {message}',
  'validation.arrayMinSize': '{field}: {message}',
  'validation.arrayNotEmpty': '{field}: {message}',
  'validation.min': '{field}: {message}',
  'validation.max': '{field}: {message}',
  'validation.matches': '{field}: {message}',
  'validation.saysSomething': '{field}: {message}',
  'validation.noHiddenCharacters': '{field}: {message}',
  // The string guard and the variables' checks (server/core/string-guard.ts, variables.ts).
  'validation.unstorable': 'contains a NUL character or an unpaired UTF-16 surrogate, which cannot be stored',
  'validation.containsTooLong': 'must be at most {max} characters',
  'validation.yearOutOfRange': 'must be a year {from}–{to}',
  'validation.yearRange': '{field}: give a year between 2000 and 2100',
  'validation.rowsInvalid': 'input: 1 row is invalid (see extensions.errors); nothing was written',
  'validation.variables': 'The variables do not fit the operation',
  // Shared by several modules.
  TOO_MANY_ATTEMPTS: 'Too many {attempts}; try again in {seconds} s',
  'codes.listOrAllUnused': '{field}: list the codes to void, or set allUnused',
  'batch.tooManyRows': '{field}: at most {max} rows a call; split the batch',
  // The kernel's paging, access and node checks.
  'access.outsideScope': 'You may not {what}: it is outside your scope',
  'access.roleMayNot': 'Role {role} may not {what}',
  'access.adminOrServiceToken': 'Only an ADMIN or a service token with {scope} may {what}',
  'batch.externalIdRepeated': 'repeats row {first}; each externalId may appear once a call',
  'batch.rowsInvalid':
    '{field}: {rowsAtFault} of {length} rows are invalid (see extensions.errors); nothing was written',
  'access.serviceTokenMayNot': 'A service token may not {what}',
  'access.serviceTokenScope': 'This service token lacks the scope {scope} needed to {what}',
  'node.noSuchId': '{field}: no {typeName} has id {value}',
  'pagination.afterOrOffset': 'Give either after or offset, not both',
  'pagination.badCursor':
    "{field}: not a cursor returned by this API; pass an edge's cursor or a pageInfo cursor of the same query",
  'pagination.cursorOtherList':
    '{field}: this cursor belongs to another list, filter or sort order; page with the cursors of the same query, or start again without {field2}',
  'pagination.firstOrLast': 'Give either first or last, not both',
  'pagination.offsetForward': 'offset pages forward only: not with last or before',
  'pagination.offsetNegative': 'offset must be 0 or more',
  'pagination.orderByField': 'orderBy cannot sort by {value}',
  'pagination.pageSize': '{field} must be between 0 and {max}',
});
