/**
 * B2's queries against this checkout's build and another checkout's (B2_AB_BASELINE, a folder
 * holding a built Pingyi: `npm ci && npm run build` there first), alternating, for a change's
 * before and after measured side by side. Not part of `npm run bench`; run alone:
 * `B2_AB_BASELINE=../pingyi-before ts-node --transpile-only bench/b2/build-ab.ts` (prints a
 * Markdown table, this build first). Settings: see alternate.ts (B2_AB_ROUNDS, B2_AB_QUERIES and
 * B2's own).
 */
import fs from 'node:fs';
import path from 'node:path';
import { alternate } from './alternate';

const baseline = process.env.B2_AB_BASELINE;
if (!baseline || !fs.existsSync(path.join(baseline, 'dist', 'server', 'main.js'))) {
  console.error('B2_AB_BASELINE must name a checkout of Pingyi with a build (dist/server/main.js).');
  process.exit(2);
}
void alternate('B2 build a/b', [
  { label: 'this build' },
  { label: `baseline (${path.basename(path.resolve(baseline))})`, root: path.resolve(baseline) },
]);
