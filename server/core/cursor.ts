import { createHash } from 'node:crypto';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from './errors';
import { coreReasons } from './core-reasons';

/**
 * Keyset cursors (the Relay cursor-connection convention): a cursor names a row by the values of
 * the list's sort key (its `orderBy` columns, then the id), so a page that starts `after` or ends
 * `before` it is the same whatever rows were inserted or deleted elsewhere in the list since.
 *
 * A cursor is base64url of JSON `[signature, [value, …, id]]`: the values are the row's sort
 * columns as PostgreSQL's text (timestamps keep their microseconds), null for a NULL. The
 * signature is a hash of the list query before paging (its SQL, the filter's and the caller's
 * scope's parameters) and of the sort order, so a cursor of another list, filter or sort is
 * refused with BAD_USER_INPUT naming `after` or `before` instead of starting a page somewhere
 * meaningless. Cursors are not secret: a hand-made one can only start a page elsewhere in the
 * same filtered list, and a value PostgreSQL cannot read as its column's type is refused the same
 * way (see isCursorValueError).
 */

/** One column of a list's sort key: its SQL expression (`alias.property`), direction and whether it may be NULL. */
export interface SortKey {
  expression: string;
  descending: boolean;
  nullable: boolean;
}

/** Longest cursor text accepted (a few sort values and an id fit in far less). */
const MAX_CURSOR_LENGTH = 2048;

/**
 * The signature cursors of this list carry: a short hash (base64url, 16 characters) of the query
 * before paging — its SQL and parameters, hence the filter and the caller's scope — and of the
 * sort key. Call it before adding the order, limit and keyset conditions.
 */
export function listSignature<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, keys: SortKey[]): string {
  const parameters = qb.getParameters();
  const sortedParameters = Object.keys(parameters)
    .sort()
    .map((name) => [name, parameters[name]]);
  return signatureOf(JSON.stringify([qb.getQuery(), sortedParameters, keys.map((k) => [k.expression, k.descending])]));
}

/** A short hash (base64url, 16 characters) of a list's description, as cursors carry it. */
export function signatureOf(description: string): string {
  return createHash('sha256').update(description).digest('base64url').slice(0, 16);
}

/** The cursor of a row of a list with `signature`, from the row's sort values (the id last). */
export function encodeCursor(signature: string, values: (string | null)[]): string {
  return Buffer.from(JSON.stringify([signature, values]), 'utf8').toString('base64url');
}

/**
 * The sort values (the id last) a cursor names. BAD_USER_INPUT naming `field` (`after` or
 * `before`) when the text is not a cursor this API made for `arity` values, or when it was made
 * for another list, filter or sort order than `signature`.
 */
export function decodeCursor(cursor: string, signature: string, arity: number, field: string): (string | null)[] {
  const refuse = () => new BadUserInputError(coreReasons['pagination.badCursor'](), field);
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || !Array.isArray(parsed[1]))
    throw refuse();
  const [madeFor, values] = parsed as [string, unknown[]];
  if (madeFor !== signature) {
    throw new BadUserInputError(coreReasons['pagination.cursorOtherList']({ field2: field }), field);
  }
  if (
    values.length !== arity ||
    !values.every((v) => v === null || typeof v === 'string') ||
    typeof values[arity - 1] !== 'string'
  )
    throw refuse();
  return values as (string | null)[];
}

/**
 * Adds to `qb` the condition "the row comes strictly after (`side` = 'after') or before ('before')
 * the row whose sort values are `values`" in the order of `keys` (each column NULLS LAST, then the
 * id ascending, never NULL): the lexicographic comparison written out as OR of (equal prefix AND
 * one column strictly past), with NULLs placed after every value. Parameters are named
 * `pingyi_<side>_<n>`.
 */
export function whereBeyond<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  keys: SortKey[],
  values: (string | null)[],
  side: 'after' | 'before',
): void {
  const parameters: Record<string, string> = {};
  const param = (i: number, value: string) => {
    const name = `pingyi_${side}_${i}`;
    parameters[name] = value;
    return `:${name}`;
  };
  const equal = keys.map((key, i) => {
    const value = values[i];
    return value === null ? `${key.expression} IS NULL` : `${key.expression} = ${param(i, value)}`;
  });
  const terms: string[] = [];
  keys.forEach((key, i) => {
    const value = values[i];
    let past: string | null;
    if (side === 'after') {
      // Nothing but NULLs (equal, not past) follows a NULL; after a value come the values beyond it, then the NULLs.
      past =
        value === null
          ? null
          : `(${key.expression} ${key.descending ? '<' : '>'} ${param(i, value)}${key.nullable ? ` OR ${key.expression} IS NULL` : ''})`;
    } else {
      // Before a NULL come all values; before a value only the values short of it.
      past =
        value === null
          ? `${key.expression} IS NOT NULL`
          : `${key.expression} ${key.descending ? '>' : '<'} ${param(i, value)}`;
    }
    if (past) terms.push(`(${[...equal.slice(0, i), past].join(' AND ')})`);
  });
  qb.andWhere(terms.length > 0 ? `(${terms.join(' OR ')})` : '1 = 0', parameters);
}

/**
 * Whether a failed page query failed on a cursor's value: PostgreSQL could not read it as the
 * column's type (SQLSTATE class 22, data exception: bad number, date or uuid). Only a hand-made
 * cursor carries such a value; the caller turns it into BAD_USER_INPUT.
 */
export function isCursorValueError(error: unknown): boolean {
  const code =
    (error as { driverError?: { code?: unknown }; code?: unknown })?.driverError?.code ??
    (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('22');
}
