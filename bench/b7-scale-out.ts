/**
 * B7 scale-out: two Pingyi instances (built, NODE_ENV=production) behind HAProxy with the
 * machine's Redis (REDIS_URL, default redis://127.0.0.1:6379) and the one bench database: B2's q1
 * and B3's burst through the balancer against one instance alone; the sign-in limit through the
 * balancer counts both instances together. Then a primary cluster of the benchmark's own with a
 * streaming replica (pg_basebackup -R): q1 without and with DATABASE_REPLICA_URLS, and with the
 * replica stopped halfway through the run (every answer must be the right one, none may fail).
 * Settings: B2_CONNECTIONS, B2_WARMUP_S, B2_DURATION_S (as B2), B3_REPS (as B3), REDIS_URL.
 */
import { randomInt } from 'node:crypto';
import { BenchContext, BenchSection, formatMs, markdownTable, verdict } from './lib/report';
import type { RunningServer } from './lib/report';
import { requestFor } from './b2/check';
import { graphql, login, postJson } from './b2/http';
import { drive, LoadFigures, loadSettings, LoadSettings } from './b2/load';
import { QUERIES } from './b2/queries';
import type { ServerUnderTest } from './b2/servers';
import { pickTargets } from './b2/targets';
import { runPhase, sound, type Phase } from './b3-rating-burst';
import { findHaproxy, HAPROXY_INSTALL, startBalancer } from './b7/haproxy';
import { committed, LEFT_OUT, startReplicatedCopy, statsSettled } from './b7/replica';
import { ATTEMPTS_PER_USER_AND_ADDRESS } from '../server/auth/throttle';

// autocannon ships without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<{
  latency: { totalCount: number; p50: number; p99: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
}>;

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const Q1 = QUERIES.find((q) => q.id === 'q1')!;

/** A Pingyi instance as B2's helpers take it. */
const asServer = (baseUrl: string): ServerUnderTest => ({
  kind: 'pingyi',
  baseUrl,
  pid: 0,
  peakRssMb: () => null,
  stop: async () => undefined,
});

/** q1 under autocannon against `baseUrl` (B2's settings). */
function driveQ1(
  baseUrl: string,
  targets: Awaited<ReturnType<typeof pickTargets>>,
  token: string,
  settings: LoadSettings,
): Promise<LoadFigures> {
  const { url, body } = requestFor(asServer(baseUrl), Q1, targets);
  return drive(url, body, { authorization: `Bearer ${token}` }, settings);
}

/** Signs in with a wrong password through `graphqlUrl` from `address` until refused; the attempt that was refused first. */
async function firstRefusal(graphqlUrl: string, username: string, address: string): Promise<number> {
  for (let attempt = 1; attempt <= 3 * ATTEMPTS_PER_USER_AND_ADDRESS; attempt += 1) {
    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({
        query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        variables: { u: username, p: 'not-the-password' },
      }),
    });
    const answer = (await res.json()) as { errors?: { extensions?: { retryAfterSeconds?: unknown } }[] };
    if (typeof answer.errors?.[0]?.extensions?.retryAfterSeconds === 'number') return attempt;
  }
  return Infinity;
}

const rps = (f: LoadFigures) => Math.round(f.rps);
const errs = (f: { errors: number; non2xx: number }) => `${f.errors} / ${f.non2xx}`;
/** Failed or wrong answers of a run that compared every body with q1's answer. */
const failures = (f: LoadFigures) => f.errors + f.non2xx + f.mismatches;

/** Part 1: two instances behind HAProxy on the bench database. */
async function balanced(ctx: BenchContext, haproxy: string, settings: LoadSettings) {
  const env = { REDIS_URL, PINGYI_TRUST_PROXY: 'loopback' };
  const a = await ctx.startPingyi({ env });
  const b = await ctx.startPingyi({ env: { ...env, PINGYI_MATTER_JOBS: '0' } });
  const balancer = await startBalancer(ctx, haproxy, [a.baseUrl, b.baseUrl]);
  const targets = await pickTargets(ctx.databaseUrl);
  const token = await login(a.graphqlUrl, targets.username, targets.password);
  await graphql(`${balancer.baseUrl}/graphql`, Q1.pingyi, Q1.variables(targets), { token });

  const q1One = await driveQ1(a.baseUrl, targets, token, settings);
  ctx.log(`q1 one instance: ${rps(q1One)} req/s, p99 ${q1One.p99} ms`);
  const before = await balancer.answersPerServer();
  const q1Two = await driveQ1(balancer.baseUrl, targets, token, settings);
  const after = await balancer.answersPerServer();
  const share = Object.keys(after).map((s) => `${s} ${after[s] - (before[s] ?? 0)}`);
  ctx.log(`q1 two instances behind HAProxy: ${rps(q1Two)} req/s, p99 ${q1Two.p99} ms (${share.join(', ')})`);

  const tag = new Date().toISOString().slice(0, 19);
  const b3One = await runPhase(ctx, a.graphqlUrl, `${tag} B7 one`, 0);
  const b3Two = await runPhase(ctx, `${balancer.baseUrl}/graphql`, `${tag} B7 two`, 0);

  // The sign-in limit per username and address: counted in Redis, so the balancer's alternation
  // between the instances does not double it.
  const address = `10.77.${randomInt(256)}.${randomInt(1, 255)}`;
  const refusedAt = await firstRefusal(`${balancer.baseUrl}/graphql`, `b7.nobody.${Date.now()}`, address);
  const rss = (s: RunningServer) => s.peakRssKb();
  const rssMb = [rss(a), rss(b)].map((kb) => (kb === null ? 'n/a' : Math.round(kb / 1024)));
  await balancer.stop();
  await a.stop();
  await b.stop();
  return { q1One, q1Two, share, b3One, b3Two, refusedAt, rssMb };
}

/** Part 2: a replica of a copy of the bench data, q1 without it, with it, and with it stopped halfway. */
async function replicated(ctx: BenchContext, settings: LoadSettings) {
  const clusters = await startReplicatedCopy(ctx);
  const { primary, replica } = clusters;
  ctx.log(`copy ${clusters.copySeconds.toFixed(0)} s, base backup ${clusters.backupSeconds.toFixed(0)} s`);
  const targets = await pickTargets(ctx.databaseUrl);

  const alone = await ctx.startPingyi({ databaseUrl: primary.url });
  const token = await login(alone.graphqlUrl, targets.username, targets.password);
  const { url: aloneUrl, body } = requestFor(asServer(alone.baseUrl), Q1, targets);
  // q1's whole answer as Pingyi sends it, byte for byte.
  const expected = (await postJson(aloneUrl, JSON.parse(body) as unknown, { token })).text;
  const primaryOnly = await drive(aloneUrl, body, { authorization: `Bearer ${token}` }, settings);
  await alone.stop();
  ctx.log(`q1 primary only: ${rps(primaryOnly)} req/s`);

  const routed = await ctx.startPingyi({ databaseUrl: primary.url, env: { DATABASE_REPLICA_URLS: replica.url } });
  const url = `${routed.baseUrl}/graphql`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  await statsSettled();
  const [p0, r0] = [await committed(primary.url), await committed(replica.url)];
  const withReplica = await drive(url, body, { authorization: `Bearer ${token}` }, settings, expected);
  await statsSettled();
  const [p1, r1] = [await committed(primary.url), await committed(replica.url)];
  ctx.log(`q1 with the replica: ${rps(withReplica)} req/s; transactions primary ${p1 - p0}, replica ${r1 - r0}`);

  // Stopped halfway: every answer must be q1's whole answer (autocannon's expectBody).
  const durationS = settings.durationS;
  const run = autocannon({
    url,
    method: 'POST',
    body,
    headers,
    connections: settings.connections,
    duration: durationS,
    expectBody: expected,
  });
  await new Promise((r) => setTimeout(r, (durationS * 1000) / 2));
  const stopStarted = Date.now();
  await replica.stop();
  const stopMs = Date.now() - stopStarted;
  const stopped = await run;
  ctx.log(
    `q1 with the replica stopped halfway: ${stopped.latency.totalCount} requests, errors ${stopped.errors + stopped.timeouts}, non-2xx ${stopped.non2xx}, wrong bodies ${stopped.mismatches}`,
  );
  await replica.start();
  await new Promise((r) => setTimeout(r, 3000));
  await statsSettled();
  const [p2, r2] = [await committed(primary.url), await committed(replica.url)];
  const back = await drive(
    url,
    body,
    { authorization: `Bearer ${token}` },
    { ...settings, warmupS: 1, durationS: 5 },
    expected,
  );
  await statsSettled();
  const [p3, r3] = [await committed(primary.url), await committed(replica.url)];
  await routed.stop();
  return {
    clusters,
    primaryOnly,
    withReplica,
    share: { primary: p1 - p0, replica: r1 - r0 },
    stopped,
    stopMs,
    back,
    backShare: { primary: p3 - p2, replica: r3 - r2 },
  };
}

/** Runs B7 and returns its section; without HAProxy, a missed section saying how to install it. */
export async function run(ctx: BenchContext): Promise<BenchSection> {
  const haproxy = findHaproxy();
  if (!haproxy)
    return {
      id: 'B7',
      title: 'scale-out: two instances behind HAProxy, a streaming replica',
      goal: 'q1 and B3 through the balancer; limits shared; reads on the replica; 0 failed requests when it stops',
      table: '',
      notes: [`HAProxy is not installed: \`${HAPROXY_INSTALL}\`, then run \`npm run bench:b7\` again.`],
      passed: false,
    };
  const settings = loadSettings();
  const one = await balanced(ctx, haproxy, settings);
  const rep = await replicated(ctx, settings);

  const b3Row = (label: string, f: (p: Phase) => string | number) => [label, f(one.b3One), f(one.b3Two)];
  const limitsOk = one.refusedAt === ATTEMPTS_PER_USER_AND_ADDRESS + 1;
  const stoppedFailures = rep.stopped.errors + rep.stopped.timeouts + rep.stopped.non2xx + rep.stopped.mismatches;
  const passed =
    one.q1Two.errors + one.q1Two.non2xx === 0 &&
    sound(one.b3One) &&
    sound(one.b3Two) &&
    limitsOk &&
    rep.share.replica > rep.share.primary &&
    failures(rep.withReplica) + failures(rep.back) === 0 &&
    stoppedFailures === 0 &&
    rep.backShare.replica > 0;
  const table = [
    markdownTable(
      ['q1 (B2)', 'one instance', 'two instances behind HAProxy'],
      [
        ['req/s', rps(one.q1One), rps(one.q1Two)],
        ['p50 / p99 (ms)', `${one.q1One.p50} / ${one.q1One.p99}`, `${one.q1Two.p50} / ${one.q1Two.p99}`],
        ['errors / non-2xx', errs(one.q1One), errs(one.q1Two)],
        ['answers per instance', '—', one.share.join(', ')],
      ],
    ),
    markdownTable(
      ['B3 burst', 'one instance', 'two instances behind HAProxy'],
      [
        b3Row('representatives / submitRating sent', (p) => `${p.reps} / ${p.sent}`),
        b3Row('throughput (submitRating/s)', (p) => Math.round(p.rate)),
        b3Row('p50 / p99 (ms)', (p) => `${p.p50.toFixed(0)} / ${p.p99.toFixed(0)}`),
        b3Row('lost / doubled / failed', (p) => `${p.counts.lost} / ${p.counts.doubled} / ${p.failed}`),
        b3Row('sound (every ballot once, duplicates replaced, strangers refused)', (p) => verdict(sound(p))),
      ],
    ),
    markdownTable(
      [
        'q1 on a copy with a streaming replica',
        'req/s',
        'p50 / p99 (ms)',
        'transactions primary / replica',
        'errors / non-2xx / wrong answers',
      ],
      [
        [
          'primary only',
          rps(rep.primaryOnly),
          `${rep.primaryOnly.p50} / ${rep.primaryOnly.p99}`,
          '—',
          `${errs(rep.primaryOnly)} / —`,
        ],
        [
          'DATABASE_REPLICA_URLS',
          rps(rep.withReplica),
          `${rep.withReplica.p50} / ${rep.withReplica.p99}`,
          `${rep.share.primary} / ${rep.share.replica}`,
          `${errs(rep.withReplica)} / ${rep.withReplica.mismatches} ${verdict(failures(rep.withReplica) === 0)}`,
        ],
        [
          `replica stopped halfway (pg_ctl stop -m fast, ${formatMs(rep.stopMs)})`,
          Math.round(rep.stopped.latency.totalCount / rep.stopped.duration),
          `${rep.stopped.latency.p50} / ${rep.stopped.latency.p99}`,
          '—',
          `${rep.stopped.errors + rep.stopped.timeouts} / ${rep.stopped.non2xx} / ${rep.stopped.mismatches} ${verdict(stoppedFailures === 0)}`,
        ],
        [
          'replica started again (5 s)',
          rps(rep.back),
          `${rep.back.p50} / ${rep.back.p99}`,
          `${rep.backShare.primary} / ${rep.backShare.replica}`,
          `${errs(rep.back)} / ${rep.back.mismatches} ${verdict(failures(rep.back) === 0)}`,
        ],
      ],
    ),
  ].join('\n\n');
  return {
    id: 'B7',
    title: 'scale-out: two instances behind HAProxy, a streaming replica',
    goal: 'q1 and B3 through the balancer; limits shared; reads on the replica; 0 failed requests when it stops',
    headline: `q1 ${rps(one.q1One)} → ${rps(one.q1Two)} req/s with two instances; replica stopped: ${stoppedFailures} failed`,
    table,
    notes: [
      `HAProxy (\`${haproxy}\`, round robin, /healthz checked every 2 s with a 5 s time limit, \`option forwardfor\`) in front of two instances with REDIS_URL=${REDIS_URL} and PINGYI_TRUST_PROXY=loopback, both on the bench database; peak RSS ${one.rssMb.join(' and ')} MB. autocannon ${settings.connections} connections, ${settings.warmupS} s warm-up then ${settings.durationS} s; B3 is its burst phase (no pause), on fresh meetings each time.`,
      `Sign-in limit through the balancer: wrong passwords for one username from one address (X-Forwarded-For) were refused from attempt ${one.refusedAt} (limit ${ATTEMPTS_PER_USER_AND_ADDRESS}, counted in Redis by both instances) ${verdict(limitsOk)}. Live updates across instances: test/live-progress.test.ts.`,
      `Replica: a primary cluster of the benchmark's own (initdb, fsync off) holding the bench database without the rows of ${LEFT_OUT.join(', ')} (copied in ${rep.clusters.copySeconds.toFixed(0)} s), and a streaming replica of it (pg_basebackup -R, ${rep.clusters.backupSeconds.toFixed(0)} s); one instance, pool of 10 on each. Transactions are pg_stat_database.xact_commit of each cluster over the run (the replica's own statistics; the token is read on the primary).`,
      `With the replica stopped halfway every answer was compared with q1's whole answer (autocannon expectBody); reads in flight on the replica ran again on the primary.`,
    ],
    passed,
  };
}
