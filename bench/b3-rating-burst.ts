/**
 * B3 rating burst: 500 representatives at once submitting `submitRating` to OPEN
 * meetings, each rating every official of their meeting once; throughput, p50/p99 per
 * submitRating, then the ballots and voter roll counted in the database (lost or doubled must be
 * 0). Some representatives send a rating twice at the same moment (the second must replace, never
 * add), and some rate at a meeting they are not registered for (must be refused). The meetings are
 * made for the run through the API from the seed's OPEN fixtures, the representatives signed in
 * beforehand, and the meetings deleted afterwards. A second phase repeats it at a meeting's pace.
 * Settings: B3_REPS (500), B3_THINK_MS (0: no pause between a representative's ratings in the
 * burst), B3_PACED_THINK_MS (10000; 0 skips the second phase), B3_DUPLICATE_EVERY (10),
 * B3_PROFILE=1 (CPU profile of Pingyi through the run, summarised in the notes), B3_ANCHOR (1; 0 skips
 * the third phase: the burst again, sent to a raw http + pg server making the same two writes).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadOpenMeetings } from './lib/fixtures';
import { BenchContext, BenchSection, formatMs, markdownTable, verdict } from './lib/report';
import { profileNotes, summariseProfile } from './b2/profile';
import { startPingyi } from './b2/servers';
import { startAnchor } from './b3/anchor';
import { percentile, runBurst, sendUnregistered } from './b3/burst';
import { createBurstMeetings, deleteBurstMeetings } from './b3/setup';
import { tally } from './b3/verify';

/** Goal: p99 of one submitRating under the burst, in ms. */
export const GOAL_P99_MS = 50;
/** Representatives rating at a meeting they are not registered for, after the burst. */
const UNREGISTERED_ATTEMPTS = 20;

function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 && process.env[name] !== '' && process.env[name] !== undefined
    ? value
    : fallback;
}

const show = (map: Map<string, number>) => [...map].map(([k, v]) => `${k} ${v}`).join(', ') || 'none';

/** The CPU profile's summary as notes, when one was taken. */
function profileLines(profileDir: string | undefined): string[] {
  const summary = profileDir ? summariseProfile(profileDir) : null;
  return summary ? profileNotes(summary, 'through the run (set-up and sign-ins included)') : [];
}

/** What one phase of B3 measured: the burst (no pause) or the meeting's pace. */
export interface Phase {
  reps: number;
  meetings: number;
  officialsPerMeeting: number;
  thinkMs: number;
  sent: number;
  failed: number;
  outcomes: string;
  wallMs: number;
  rate: number;
  p50: number;
  p99: number;
  max: number;
  expected: number;
  counts: Awaited<ReturnType<typeof tally>>;
  intact: boolean;
  duplicates: string;
  duplicatesOk: boolean;
  refused: string;
  refusedOk: boolean;
}

/**
 * One phase on fresh copies of the seed's OPEN meetings (made through Pingyi at `graphqlUrl`):
 * every representative rates each official of their meeting once, sending to `ratingUrl` (Pingyi
 * itself, or the anchor), pausing up to `thinkMs` ms (uniformly at random) between ratings, then
 * the ballots and the voter roll are counted. The meetings are deleted afterwards.
 */
export async function runPhase(
  ctx: BenchContext,
  graphqlUrl: string,
  tag: string,
  thinkMs: number,
  ratingUrl = graphqlUrl,
): Promise<Phase> {
  const repsWanted = envNumber('B3_REPS', 500);
  const duplicateEvery = envNumber('B3_DUPLICATE_EVERY', 10);
  const fixtures = await loadOpenMeetings(ctx.databaseUrl);
  if (fixtures.length === 0) throw new Error("B3 needs the seed's OPEN meetings: run `npm run bench:seed` first");
  const meetingIds: string[] = [];
  ctx.onCleanup(() => deleteBurstMeetings(ctx.databaseUrl, meetingIds));
  const meetings = await createBurstMeetings(graphqlUrl, ctx.databaseUrl, fixtures, repsWanted, tag);
  meetingIds.push(...meetings.map((m) => m.meetingId));
  const reps = meetings.reduce((n, m) => n + m.reps.length, 0);
  const expected = meetings.reduce((n, m) => n + m.reps.length * m.officialIds.length, 0);
  ctx.log(
    `${meetings.length} OPEN meetings, ${reps} representatives signed in; ${expected} ratings to submit${thinkMs > 0 ? `, up to ${thinkMs} ms apart` : ' at once'}`,
  );

  const burst = await runBurst(ratingUrl, meetings, { duplicateEvery, thinkMs });
  const refused = await sendUnregistered(ratingUrl, meetings, UNREGISTERED_ATTEMPTS);
  const counts = await tally(ctx.databaseUrl, meetingIds, burst.confirmed, burst.attempted);
  await deleteBurstMeetings(ctx.databaseUrl, meetingIds.splice(0));

  const sent = burst.latenciesMs.length;
  const ok = (burst.outcomes.get('inserted') ?? 0) + (burst.outcomes.get('replaced') ?? 0);
  const phase: Phase = {
    reps,
    meetings: meetings.length,
    officialsPerMeeting: meetings[0]?.officialIds.length ?? 0,
    thinkMs,
    sent,
    failed: sent - ok,
    outcomes: show(burst.outcomes),
    wallMs: burst.wallMs,
    rate: sent / (burst.wallMs / 1000),
    p50: percentile(burst.latenciesMs, 50),
    p99: percentile(burst.latenciesMs, 99),
    max: percentile(burst.latenciesMs, 100),
    expected,
    counts,
    intact: counts.lost === 0 && counts.doubled === 0 && counts.rollMismatches === 0 && counts.ratings === expected,
    duplicates: `${burst.duplicates.sent} → ${show(burst.duplicates.outcomes)}`,
    duplicatesOk: [...burst.duplicates.outcomes.keys()].every((o) => o === 'inserted' || o === 'replaced'),
    refused: show(refused),
    refusedOk:
      [...refused.keys()].every((o) => o === 'FORBIDDEN' || o === 'NOT_FOUND') &&
      (meetings.length < 2 || refused.size > 0),
  };
  ctx.log(
    `${sent} submitRating in ${formatMs(burst.wallMs)}: ${phase.rate.toFixed(0)}/s, p50 ${phase.p50.toFixed(1)} ms, p99 ${phase.p99.toFixed(1)} ms; ${phase.outcomes}`,
  );
  return phase;
}

/** Whether a phase kept every ballot exactly once and answered every request. */
export const sound = (p: Phase) => p.failed === 0 && p.intact && p.duplicatesOk && p.refusedOk;

/**
 * Runs B3 and returns its section: the burst (every representative at once, no pause; the goal
 * is judged on it), then the same number of representatives at a meeting's pace (up to
 * B3_PACED_THINK_MS, default 10000 ms, before each of a representative's ratings), each on fresh
 * meetings of one freshly started Pingyi.
 */
export async function run(ctx: BenchContext): Promise<BenchSection> {
  const thinkMs = envNumber('B3_THINK_MS', 0);
  const pacedMs = envNumber('B3_PACED_THINK_MS', 10_000);
  const profileDir =
    process.env.B3_PROFILE === '1' ? fs.mkdtempSync(path.join(os.tmpdir(), 'pingyi-b3-prof-')) : undefined;
  if (profileDir) ctx.log(`CPU profile of Pingyi goes to ${profileDir}`);
  const server = await startPingyi(ctx, ctx.databaseUrl, profileDir);
  const graphqlUrl = `${server.baseUrl}/graphql`;
  const tag = new Date().toISOString().slice(0, 19);
  let burst: Phase;
  let paced: Phase | null = null;
  let anchored: Phase | null = null;
  let rssMb: number | null = null;
  try {
    burst = await runPhase(ctx, graphqlUrl, tag, thinkMs);
    if (pacedMs > 0) paced = await runPhase(ctx, graphqlUrl, `${tag} paced`, pacedMs);
    rssMb = server.peakRssMb();
    if (envNumber('B3_ANCHOR', 1) > 0) {
      const anchor = await startAnchor(ctx);
      try {
        anchored = await runPhase(ctx, graphqlUrl, `${tag} raw`, thinkMs, anchor.url);
      } finally {
        await anchor.stop();
      }
    }
  } finally {
    rssMb ??= server.peakRssMb();
    await server.stop();
  }
  const phases = [burst, ...(paced ? [paced] : []), ...(anchored ? [anchored] : [])];
  const vsRaw = anchored ? burst.rate / anchored.rate : null;
  const cell = (f: (p: Phase) => string | number) => phases.map(f);
  const rows: (string | number)[][] = [
    [
      "pause before each of a representative's ratings",
      ...cell((p) => (p.thinkMs > 0 ? `up to ${p.thinkMs} ms` : 'none (burst)')),
      '',
    ],
    ['representatives at once / meetings', ...cell((p) => `${p.reps} / ${p.meetings}`), ''],
    ['submitRating sent (incl. duplicates)', ...cell((p) => p.sent), ''],
    ['answers', ...cell((p) => p.outcomes), verdict(phases.every((p) => p.failed === 0))],
    ['duration', ...cell((p) => formatMs(p.wallMs)), ''],
    ['throughput (submitRating/s)', ...cell((p) => Math.round(p.rate)), ''],
    ...(vsRaw === null
      ? []
      : [['burst throughput a/c (Pingyi ÷ raw http + pg)', vsRaw.toFixed(2), ...(paced ? [''] : []), '', '']]),
    ['p50 per submitRating (ms)', ...cell((p) => p.p50.toFixed(1)), ''],
    [
      `p99 per submitRating (ms), goal < ${GOAL_P99_MS} for the burst`,
      ...cell((p) => p.p99.toFixed(1)),
      verdict(burst.p99 < GOAL_P99_MS),
    ],
    ['max per submitRating (ms)', ...cell((p) => p.max.toFixed(1)), ''],
    [
      'ballots in the database / expected',
      ...cell((p) => `${p.counts.ratings} / ${p.expected}`),
      verdict(phases.every((p) => p.counts.ratings === p.expected)),
    ],
    ['lost ratings (goal 0)', ...cell((p) => p.counts.lost), verdict(phases.every((p) => p.counts.lost === 0))],
    [
      'doubled ratings (goal 0)',
      ...cell((p) => p.counts.doubled),
      verdict(phases.every((p) => p.counts.doubled === 0)),
    ],
    [
      'ballots ≠ voter roll, (meeting, official) pairs',
      ...cell((p) => p.counts.rollMismatches),
      verdict(phases.every((p) => p.counts.rollMismatches === 0)),
    ],
    [
      'simultaneous duplicates sent → answers',
      ...cell((p) => p.duplicates),
      verdict(phases.every((p) => p.duplicatesOk)),
    ],
    [
      'ratings at a meeting not registered for (another 街道) → answers',
      ...cell((p) => p.refused),
      verdict(phases.every((p) => p.refusedOk)),
    ],
  ];
  const reps = burst.reps;
  return {
    id: 'B3',
    title: 'Rating burst',
    goal: `p99 of submitRating < ${GOAL_P99_MS} ms with ${reps} representatives at once; 0 lost or doubled ratings`,
    table: markdownTable(
      [
        'measure',
        'burst',
        ...(paced ? ['meeting pace'] : []),
        ...(anchored ? ['(c) raw http + pg, burst'] : []),
        'verdict',
      ],
      rows,
    ),
    notes: [
      `Each representative on a connection of their own, rating the ${burst.officialsPerMeeting} officials of their meeting one after another; all start together on one freshly started Pingyi (NODE_ENV=production), tokens obtained beforehand, each phase on fresh meetings. Peak RSS of Pingyi ${rssMb ?? 'n/a'} MB.`,
      `In the burst ${reps} requests are in flight at once, so each waits for the ones ahead of it: p50 ≈ ${reps} / throughput = ${Math.round((reps / burst.rate) * 1000)} ms (Little's law); p99 < ${GOAL_P99_MS} ms with ${reps} at once would take ≥ ${Math.round(reps / (GOAL_P99_MS / 1000))} submitRating/s, far above what one process on ${ctx.cores} cores answers. The meeting-pace column is the same people rating as they would in a meeting (reading each card before tapping): there the latency is the server's own time per ballot.`,
      `Every ${envNumber('B3_DUPLICATE_EVERY', 10)}th representative sends their first rating twice at the same moment on a second connection: docs/rules.md rule 5 makes the second replace the first (answer \`replaced: true\`), so a duplicate is refused as a second ballot, not as a request; the counts show none was added.`,
      "The run's meetings are copies of the seed's OPEN fixtures made through the API and deleted afterwards; the audit log keeps their `rating.cast` entries (it is append-only).",
      ...(anchored
        ? [
            `The anchor (c) is bench/b3/raw-server.ts: the same requests with the same tokens on fresh meetings, Pingyi's secret checked as an HS256 signature, the ballot and reader keys derived as Pingyi derives them, then one prepared statement making the same two writes (voter roll once, ballot inserted or replaced) while the meeting is OPEN and the voter registered; no scope, criteria, comment, attendance roll or audit entry. a/c = ${vsRaw!.toFixed(2)}.`,
          ]
        : []),
      ...profileLines(profileDir),
    ],
    passed: phases.every(sound) && burst.p99 < GOAL_P99_MS,
    headline: `burst p99 ${burst.p99.toFixed(1)} ms at ${Math.round(burst.rate)}/s${vsRaw === null ? '' : ` (a/c ${vsRaw.toFixed(2)})`}${paced ? `, meeting pace p99 ${paced.p99.toFixed(1)} ms` : ''}; lost ${burst.counts.lost + (paced?.counts.lost ?? 0)}, doubled ${burst.counts.doubled + (paced?.counts.doubled ?? 0)}`,
  };
}

if (require.main === module) {
  // Alone: `ts-node --transpile-only bench/b3-rating-burst.ts` prints the section.
  void import('./lib/context').then(async ({ createBenchContext }) => {
    const { ctx, runCleanups } = createBenchContext('B3');
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
