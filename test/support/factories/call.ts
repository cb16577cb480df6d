import type { Answer, TestServer } from '../server';

/**
 * Runs a GraphQL operation and returns its `data`, throwing (with the query and the errors) on
 * any error: for building data, where a failure is the test's setup going wrong. `token`: the
 * server's default (signed-in) token when left out, `null` for none. Tests that assert an
 * operation's success use `expectData` (support/expect.ts) instead.
 */
export async function ok<T = Answer>(
  server: TestServer,
  query: string,
  variables?: Record<string, unknown>,
  token?: string | null,
): Promise<T> {
  const res = await server.gql(query, variables, token === undefined ? {} : { token });
  if (res.errors) throw new Error(`${query}\n${JSON.stringify(res.errors)}`);
  return res.data as T;
}

let counter = 0;
/** A distinct lowercase name for records a factory makes, e.g. `rep.7k2x.3`: unique within the test file and across runs of it. */
export function unique(label: string): string {
  counter += 1;
  return `${label}.${RUN}.${counter}`;
}
const RUN = Math.random().toString(36).slice(2, 6);

/** The password of every user a factory makes (the demo users' too). */
export const PASSWORD = 'pingyi-demo';
