/**
 * B2 throughput and latency: the four representative queries driven by autocannon at
 * fixed connections and duration against (a) Pingyi built and run with NODE_ENV=production,
 * (b) PostGraphile 4 and (c) a raw node:http + pg server answering from one hand-written SQL
 * statement, all on the seeded bench database, one server at a time. The answers are compared
 * before timing. Settings: B2_CONNECTIONS (10), B2_WARMUP_S (3), B2_DURATION_S (10),
 * B2_DISTRICT_CODE, B2_USERNAME/B2_PASSWORD, B2_PROFILE=1 (CPU profile of Pingyi under load).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signingSecret } from './lib/context';
import { BenchContext, BenchSection, formatRatio, markdownTable, verdict } from './lib/report';
import { Agreement, ask, compareServers, requestFor } from './b2/check';
import { createGraphileSchema, dropGraphileSchema } from './b2/graphile-sql';
import { login } from './b2/http';
import { drive, LoadFigures, loadSettings } from './b2/load';
import { profileNotes, summariseProfile } from './b2/profile';
import { QUERIES, ServerKind } from './b2/queries';
import { ServerUnderTest, startCompanion, startPingyi } from './b2/servers';
import { B2Targets, pickTargets } from './b2/targets';

/** Goal: Pingyi's throughput at least 1.2× PostGraphile's … */
export const GOAL_VS_POSTGRAPHILE = 1.2;
/** … and at least 0.6× the raw server's, per query. */
export const GOAL_VS_RAW = 0.6;

const SERVER_LABEL: Record<ServerKind, string> = {
  pingyi: '(a) Pingyi',
  postgraphile: '(b) PostGraphile 4',
  raw: '(c) raw http + pg',
};
const ORDER: ServerKind[] = ['pingyi', 'postgraphile', 'raw'];

/** Starts a server of `kind` on the bench database (Pingyi under the CPU profiler when `profileDir` is given). */
function start(ctx: BenchContext, kind: ServerKind, secret: string, profileDir?: string): Promise<ServerUnderTest> {
  return kind === 'pingyi'
    ? startPingyi(ctx, ctx.databaseUrl, profileDir)
    : startCompanion(ctx, kind, { databaseUrl: ctx.databaseUrl, jwtSecret: secret });
}

/** Figures of one server and query, with the server's peak RSS (MB) after that query's run. */
interface Measured extends LoadFigures {
  rssMb: number | null;
}

/** Runs B2 and returns its section. */
export async function run(ctx: BenchContext): Promise<BenchSection> {
  const settings = loadSettings();
  const targets: B2Targets = await pickTargets(ctx.databaseUrl);
  ctx.log(
    `district ${targets.districtCode} (${targets.officialCount} officials), year ${targets.year}; ${settings.connections} connections, ${settings.warmupS} s warm-up + ${settings.durationS} s`,
  );
  await createGraphileSchema(ctx.databaseUrl);
  ctx.onCleanup(() => dropGraphileSchema(ctx.databaseUrl));

  // 1. Same data from all three, checked once before timing.
  const pingyi = await start(ctx, 'pingyi', '');
  const token = await login(`${pingyi.baseUrl}/graphql`, targets.username, targets.password);
  const secret = await signingSecret(ctx.databaseUrl);
  const companions = [await start(ctx, 'postgraphile', secret), await start(ctx, 'raw', secret)];
  const agreements: Agreement[] = await compareServers([pingyi, ...companions], targets, token);
  for (const a of agreements)
    ctx.log(`${a.query.id}: ${a.same ? `same data from all three (${a.bytes} bytes)` : `DIFFERENT: ${a.difference}`}`);
  for (const s of [pingyi, ...companions]) await s.stop();

  // 2. One server at a time, each query warm-up + timed run.
  const profileDir = process.env.B2_PROFILE === '1' ? fs.mkdtempSync(path.join(os.tmpdir(), 'pingyi-b2-prof-')) : null;
  if (profileDir) ctx.log(`CPU profile of Pingyi goes to ${profileDir}`);
  const figures = new Map<string, Measured>();
  for (const kind of ORDER) {
    const server = await start(ctx, kind, secret, profileDir ?? undefined);
    try {
      // One answer per query first: PostGraphile builds its schema on the first request.
      for (const query of QUERIES) await ask(server, query, targets, token);
      for (const query of QUERIES) {
        const { url, body } = requestFor(server, query, targets);
        const measured = await drive(url, body, { authorization: `Bearer ${token}` }, settings);
        figures.set(`${kind}/${query.id}`, { ...measured, rssMb: server.peakRssMb() });
        ctx.log(
          `${kind} ${query.id}: ${measured.rps.toFixed(0)} req/s, p50 ${measured.p50} ms, p99 ${measured.p99} ms, errors ${measured.errors}, non-2xx ${measured.non2xx}`,
        );
      }
    } finally {
      await server.stop();
    }
  }
  return section(targets, settings, agreements, figures, profileDir);
}

/** Builds the section: one row per query and server, ratios on Pingyi's row. */
function section(
  targets: B2Targets,
  settings: ReturnType<typeof loadSettings>,
  agreements: Agreement[],
  figures: Map<string, Measured>,
  profileDir: string | null,
): BenchSection {
  const rows: (string | number)[][] = [];
  const headline: string[] = [];
  let passed = agreements.every((a) => a.same);
  for (const query of QUERIES) {
    const of = (kind: ServerKind) => figures.get(`${kind}/${query.id}`)!;
    const a = of('pingyi');
    const vsB = a.rps / of('postgraphile').rps;
    const vsC = a.rps / of('raw').rps;
    passed &&= vsB >= GOAL_VS_POSTGRAPHILE && vsC >= GOAL_VS_RAW;
    headline.push(
      `${query.id} a/b ${formatRatio(a.rps, of('postgraphile').rps)}, a/c ${formatRatio(a.rps, of('raw').rps)}`,
    );
    for (const kind of ORDER) {
      const f = of(kind);
      passed &&= f.errors === 0 && f.non2xx === 0;
      const pingyiRow = kind === 'pingyi';
      rows.push([
        pingyiRow ? `${query.id} ${query.title}` : '',
        SERVER_LABEL[kind],
        Math.round(f.rps),
        f.p50,
        f.p99,
        `${f.errors} / ${f.non2xx}`,
        f.rssMb ?? 'n/a',
        pingyiRow ? `${formatRatio(a.rps, of('postgraphile').rps)} ${verdict(vsB >= GOAL_VS_POSTGRAPHILE)}` : '',
        pingyiRow ? `${formatRatio(a.rps, of('raw').rps)} ${verdict(vsC >= GOAL_VS_RAW)}` : '',
      ]);
    }
  }
  const notes = [
    `autocannon ${settings.connections} connections, ${settings.warmupS} s warm-up then ${settings.durationS} s timed, per query and server; servers run one at a time (each started fresh, pool of 10 connections); peak RSS is VmHWM of the server process after that query's run.`,
    `Data: district ${targets.districtCode} (${targets.officialCount} officials), assessment year ${targets.year}; every query signed in as the district's ADMIN (PostGraphile checks the same HS256 token with \`jwtSecret\`, the raw server checks its signature).`,
    'Same data checked before timing: ' +
      agreements
        .map((a) => `${a.query.id} ${a.same ? `same (${a.bytes} B)` : `**different** (${a.difference})`}`)
        .join(', ') +
      '.',
    "PostGraphile runs with graphiql off, disableQueryLog, dynamicJson, setofFunctionsContainNulls false, ignoreRBAC false, simpleCollections both, legacyRelations omit; what it cannot express (agency head, published results, effective grade, latest assessment, rule 11, a district's officials, the GROUP BY of the overview) is SQL functions in the bench-only schema `b2_graphile`, created for the run and dropped after it.",
  ];
  const summary = profileDir ? summariseProfile(profileDir) : null;
  if (summary)
    notes.push(
      'Pingyi ran under `node --cpu-prof` in this run (B2_PROFILE=1): its figures are a little lower than without.',
      ...profileNotes(summary),
    );
  return {
    id: 'B2',
    title: 'Throughput and latency: Pingyi, PostGraphile 4, raw http + pg',
    goal: `same data; per query Pingyi's req/s ≥ ${GOAL_VS_POSTGRAPHILE}× PostGraphile's (a/b) and ≥ ${GOAL_VS_RAW}× the raw server's (a/c)`,
    table: markdownTable(
      [
        'query',
        'server',
        'req/s',
        'p50 (ms)',
        'p99 (ms)',
        'errors / non-2xx',
        'peak RSS (MB)',
        `a/b (≥ ${GOAL_VS_POSTGRAPHILE})`,
        `a/c (≥ ${GOAL_VS_RAW})`,
      ],
      rows,
    ),
    notes,
    passed,
    headline: headline.join('; '),
  };
}

if (require.main === module) {
  // Alone: `ts-node --transpile-only bench/b2-throughput.ts` prints the section.
  void import('./lib/context').then(async ({ createBenchContext }) => {
    const { ctx, runCleanups } = createBenchContext('B2');
    try {
      const s = await run(ctx);
      console.log(
        `## ${s.id} ${s.title}\n\nGoal: ${s.goal}\n\n${s.table}\n\n${s.notes.map((n) => `- ${n}`).join('\n')}\n\n${s.passed ? 'passed' : 'missed'}`,
      );
    } finally {
      await runCleanups();
    }
  });
}
