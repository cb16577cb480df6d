/**
 * B2's queries against one build of Pingyi in two states, alternating: the compiled executor on
 * (default) and off (PINGYI_COMPILED_EXECUTOR=0), so that the only difference between the two is
 * the executor. Not part of `npm run bench`; run alone:
 * `ts-node --transpile-only bench/b2/executor-ab.ts` (prints a Markdown table). Settings: see
 * alternate.ts (B2_AB_ROUNDS, B2_AB_QUERIES and B2's own).
 */
import { alternate } from './alternate';

void alternate('B2 a/b', [
  { label: 'compiled (graphql-jit)', env: { PINGYI_COMPILED_EXECUTOR: '1' } },
  { label: 'graphql-js (PINGYI_COMPILED_EXECUTOR=0)', env: { PINGYI_COMPILED_EXECUTOR: '0' } },
]);
