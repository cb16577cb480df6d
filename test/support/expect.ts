import type { Answer, GqlResponse } from './server';

/** One GraphQL error as the tests read it. */
export type GqlError = NonNullable<GqlResponse['errors']>[number];

/**
 * Asserts that the operation succeeded (no `errors`) and returns its `data`. One assertion: on
 * failure Jest prints the errors the server sent.
 */
export function expectData<T = Answer>(res: GqlResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

/**
 * Asserts that the operation's first error carries `extensions.code` = `code` and, when `field` is
 * given, `extensions.field` = `field` (null for an error that names no field); with `extra`, the
 * other extensions too (e.g. `{ reason: 'NOT_REGISTERED' }`). Returns the error. One assertion.
 *
 *   expectError(await api.server.gql(CREATE_OFFICE, { input }), 'BAD_USER_INPUT', 'input.kind');
 */
export function expectError(
  res: GqlResponse,
  code: string,
  field?: string | null,
  extra: Record<string, unknown> = {},
): GqlError {
  expect(res.errors?.[0]?.extensions).toMatchObject({ code, ...(field === undefined ? {} : { field }), ...extra });
  return res.errors![0];
}

/** `text` as a Chinese input method in full-width mode types it: "K7PQM-3X" → "Ｋ７ＰＱＭ－３Ｘ". */
export function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
