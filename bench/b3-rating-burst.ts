/**
 * B3 rating burst (issue 5): 500 representatives at once submitting `submitRating` to OPEN
 * meetings, each rating every official of their meeting once; throughput, p50/p99 per
 * submitRating, then the ballots and voter roll counted in the database (lost or doubled must be
 * 0). Some representatives send a rating twice at the same moment (the second must replace, never
 * add), and some rate at a meeting they are not registered for (must be refused). The meetings are
 * made for the run through the API from the seed's OPEN fixtures, the representatives signed in
 * beforehand, and the meetings deleted afterwards. Settings: B3_REPS (500), B3_THINK_MS (0: no
 * pause between a representative's ratings), B3_DUPLICATE_EVERY (10), B3_PROFILE=1 (CPU profile of
 * Pingyi through the run, summarised in the notes).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadOpenMeetings } from './lib/fixtures';
import { BenchContext, BenchSection, formatMs, markdownTable, verdict } from './lib/report';
import { profileNotes, summariseProfile } from './b2/profile';
import { startPingyi } from './b2/servers';
import { percentile, runBurst, sendUnregistered } from './b3/burst';
import { createBurstMeetings, deleteBurstMeetings } from './b3/setup';
import { tally } from './b3/verify';

/** Goal of issue 5: p99 of one submitRating under the burst, in ms. */
export const GOAL_P99_MS = 50;
/** Representatives rating at a meeting they are not registered for, after the burst. */
const UNREGISTERED_ATTEMPTS = 20;

function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 && process.env[name] !== '' && process.env[name] !== undefined ? value : fallback;
}

const show = (map: Map<string, number>) => [...map].map(([k, v]) => `${k} ${v}`).join(', ') || 'none';

/** The CPU profile's summary as notes, when one was taken. */
function profileLines(profileDir: string | undefined): string[] {
  const summary = profileDir ? summariseProfile(profileDir) : null;
  return summary ? profileNotes(summary, 'through the run (set-up and sign-ins included)') : [];
}

/** Runs B3 and returns its section. */
export async function run(ctx: BenchContext): Promise<BenchSection> {
  const repsWanted = envNumber('B3_REPS', 500);
  const thinkMs = envNumber('B3_THINK_MS', 0);
  const duplicateEvery = envNumber('B3_DUPLICATE_EVERY', 10);
  const fixtures = await loadOpenMeetings(ctx.databaseUrl);
  if (fixtures.length === 0) throw new Error('B3 needs the seed\'s OPEN meetings: run `npm run bench:seed` first');

  const profileDir = process.env.B3_PROFILE === '1' ? fs.mkdtempSync(path.join(os.tmpdir(), 'pingyi-b3-prof-')) : undefined;
  if (profileDir) ctx.log(`CPU profile of Pingyi goes to ${profileDir}`);
  const server = await startPingyi(ctx, ctx.databaseUrl, profileDir);
  const graphqlUrl = `${server.baseUrl}/graphql`;
  const tag = new Date().toISOString().slice(0, 19);
  const meetingIds: string[] = [];
  ctx.onCleanup(() => deleteBurstMeetings(ctx.databaseUrl, meetingIds));
  const meetings = await createBurstMeetings(graphqlUrl, ctx.databaseUrl, fixtures, repsWanted, tag);
  meetingIds.push(...meetings.map((m) => m.meetingId));
  const reps = meetings.reduce((n, m) => n + m.reps.length, 0);
  const expected = meetings.reduce((n, m) => n + m.reps.length * m.officialIds.length, 0);
  ctx.log(`${meetings.length} OPEN meetings, ${reps} representatives signed in; ${expected} ratings to submit`);

  const burst = await runBurst(graphqlUrl, meetings, { duplicateEvery, thinkMs });
  const refused = await sendUnregistered(graphqlUrl, meetings, UNREGISTERED_ATTEMPTS);
  const counts = await tally(ctx.databaseUrl, meetingIds, burst.confirmed, burst.attempted);
  const rssMb = server.peakRssMb();
  await server.stop();
  await deleteBurstMeetings(ctx.databaseUrl, meetingIds.splice(0));

  const sent = burst.latenciesMs.length;
  const ok = (burst.outcomes.get('inserted') ?? 0) + (burst.outcomes.get('replaced') ?? 0);
  const failed = sent - ok;
  const p50 = percentile(burst.latenciesMs, 50);
  const p99 = percentile(burst.latenciesMs, 99);
  const rate = sent / (burst.wallMs / 1000);
  const duplicatesOk = [...burst.duplicates.outcomes.keys()].every((o) => o === 'inserted' || o === 'replaced');
  const refusedOk = [...refused.keys()].every((o) => o === 'FORBIDDEN' || o === 'NOT_FOUND') && (meetings.length < 2 || refused.size > 0);
  const intact = counts.lost === 0 && counts.doubled === 0 && counts.rollMismatches === 0 && counts.ratings === expected;
  ctx.log(`${sent} submitRating in ${formatMs(burst.wallMs)}: ${rate.toFixed(0)}/s, p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms; ${show(burst.outcomes)}`);

  const rows: (string | number)[][] = [
    ['representatives at once / meetings', `${reps} / ${meetings.length}`, ''],
    ['submitRating sent (incl. duplicates)', sent, ''],
    ['answers', show(burst.outcomes), verdict(failed === 0)],
    ['burst duration', formatMs(burst.wallMs), ''],
    ['throughput (submitRating/s)', Math.round(rate), ''],
    ['p50 per submitRating (ms)', p50.toFixed(1), ''],
    [`p99 per submitRating (ms), goal < ${GOAL_P99_MS}`, p99.toFixed(1), verdict(p99 < GOAL_P99_MS)],
    ['max per submitRating (ms)', percentile(burst.latenciesMs, 100).toFixed(1), ''],
    ['ballots in the database / expected', `${counts.ratings} / ${expected}`, verdict(counts.ratings === expected)],
    ['lost ratings (goal 0)', counts.lost, verdict(counts.lost === 0)],
    ['doubled ratings (goal 0)', counts.doubled, verdict(counts.doubled === 0)],
    ['ballots ≠ voter roll, (meeting, official) pairs', counts.rollMismatches, verdict(counts.rollMismatches === 0)],
    [`simultaneous duplicates sent → answers`, `${burst.duplicates.sent} → ${show(burst.duplicates.outcomes)}`, verdict(duplicatesOk)],
    ['ratings at a meeting not registered for (another 街道) → answers', show(refused), verdict(refusedOk)],
    ['peak RSS of Pingyi (MB)', rssMb ?? 'n/a', ''],
  ];
  return {
    id: 'B3',
    title: 'Rating burst',
    goal: `p99 of submitRating < ${GOAL_P99_MS} ms with ${repsWanted} representatives at once; 0 lost or doubled ratings`,
    table: markdownTable(['measure', 'value', 'verdict'], rows),
    notes: [
      `Each representative on a connection of their own, rating the ${meetings[0]?.officialIds.length ?? 0} officials of their meeting one after another${thinkMs > 0 ? ` with up to ${thinkMs} ms between ratings` : ' without pause'}; all start together on a freshly started Pingyi (NODE_ENV=production), tokens obtained beforehand.`,
      `With ${reps} requests in flight, a request waits on average for the ones ahead of it: p50 ≈ ${reps} / throughput = ${Math.round((reps / rate) * 1000)} ms here (Little's law); p99 < ${GOAL_P99_MS} ms at once would take ≥ ${Math.round(reps / (GOAL_P99_MS / 1000))} submitRating/s.`,
      `Every ${duplicateEvery}th representative sends their first rating twice at the same moment on a second connection: DESIGN rule 5 makes the second replace the first (answer \`replaced: true\`), so a duplicate is refused as a second ballot, not as a request; the count above shows none was added.`,
      'The run\'s meetings are copies of the seed\'s OPEN fixtures made through the API and deleted afterwards; the audit log keeps their `rating.cast` entries (it is append-only).',
      ...profileLines(profileDir),
    ],
    passed: failed === 0 && p99 < GOAL_P99_MS && intact && duplicatesOk && refusedOk,
    headline: `p99 ${p99.toFixed(1)} ms, ${Math.round(rate)} submitRating/s; lost ${counts.lost}, doubled ${counts.doubled}`,
  };
}

if (require.main === module) {
  // Alone: `ts-node --transpile-only bench/b3-rating-burst.ts` prints the section.
  void import('./lib/context').then(async ({ createBenchContext }) => {
    const { ctx, runCleanups } = createBenchContext('B3');
    try {
      const s = await run(ctx);
      console.log(`## ${s.id} ${s.title}\n\nGoal: ${s.goal}\n\n${s.table}\n\n${s.notes.map((n) => `- ${n}`).join('\n')}\n\n${s.passed ? 'passed' : 'missed'}`);
    } finally {
      await runCleanups();
    }
  });
}
