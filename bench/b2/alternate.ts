/**
 * B2's queries against two states of Pingyi, alternating round by round (A B, B A, A B …), so that
 * a busy machine weighs on both alike. Used by executor-ab.ts (one build, the compiled executor on
 * and off) and build-ab.ts (this checkout's build against another checkout's). Settings: those of
 * B2 (B2_CONNECTIONS, B2_WARMUP_S, B2_DURATION_S, B2_DISTRICT_CODE, B2_USERNAME/B2_PASSWORD),
 * B2_AB_ROUNDS (3): how many times each state runs each query, and B2_AB_QUERIES (all): the
 * queries to run, as "q1,q2".
 */
import { createBenchContext } from '../lib/context';
import { markdownTable } from '../lib/report';
import { ask, requestFor } from './check';
import { login } from './http';
import { drive, loadSettings } from './load';
import { QUERIES } from './queries';
import { startPingyi } from './servers';
import { pickTargets } from './targets';

/** One state of Pingyi to measure: a label for the table, extra environment, another checkout's build. */
export interface AbState {
  label: string;
  env?: Record<string, string>;
  /** A checkout whose built server runs instead of this one's (StartPingyiOptions.root). */
  root?: string;
}

/** The middle value of `values` (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs B2's queries against the two states, alternating, and prints a Markdown table of req/s by
 * round with the ratio of medians (first state over second), then each state's peak RSS in MB.
 * Every answer is checked before timing; a failed request stops the run.
 */
export async function alternate(name: string, states: [AbState, AbState]): Promise<void> {
  const { ctx, runCleanups } = createBenchContext(name);
  try {
    const settings = loadSettings();
    const rounds = Number(process.env.B2_AB_ROUNDS ?? 3);
    const only = process.env.B2_AB_QUERIES?.split(',').map((q) => q.trim());
    const queries = only ? QUERIES.filter((q) => only.includes(q.id)) : QUERIES;
    if (queries.length === 0) throw new Error(`B2_AB_QUERIES names no query of ${QUERIES.map((q) => q.id).join(', ')}`);
    const targets = await pickTargets(ctx.databaseUrl);
    // req/s per state and query, one entry per round; peak RSS (MB) per state.
    const rps = new Map<string, number[]>();
    const rss = new Map<string, number>();
    for (let round = 1; round <= rounds; round += 1) {
      for (const state of round % 2 ? states : [...states].reverse()) {
        const server = await startPingyi(ctx, ctx.databaseUrl, undefined, { env: state.env, root: state.root });
        try {
          const token = await login(`${server.baseUrl}/graphql`, targets.username, targets.password);
          for (const query of queries) await ask(server, query, targets, token);
          for (const query of queries) {
            const { url, body } = requestFor(server, query, targets);
            const measured = await drive(url, body, { authorization: `Bearer ${token}` }, settings);
            if (measured.errors > 0 || measured.non2xx > 0) throw new Error(`${state.label} ${query.id}: failures`);
            const key = `${state.label}/${query.id}`;
            rps.set(key, [...(rps.get(key) ?? []), measured.rps]);
            rss.set(state.label, Math.max(rss.get(state.label) ?? 0, server.peakRssMb() ?? 0));
            ctx.log(`round ${round} ${state.label} ${query.id}: ${measured.rps.toFixed(0)} req/s`);
          }
        } finally {
          await server.stop();
        }
      }
    }
    const rows = queries.map((query) => {
      const [first, second] = states.map((s) => rps.get(`${s.label}/${query.id}`)!);
      return [
        query.id,
        first.map((v) => v.toFixed(0)).join(', '),
        second.map((v) => v.toFixed(0)).join(', '),
        `${(median(first) / median(second)).toFixed(2)}×`,
      ];
    });
    console.log(
      markdownTable(
        ['query', `req/s ${states[0].label}, by round`, `req/s ${states[1].label}, by round`, 'median first / second'],
        rows,
      ),
    );
    console.log(`\npeak RSS (MB): ${states.map((s) => `${s.label} ${rss.get(s.label)?.toFixed(0)}`).join('; ')}`);
  } finally {
    await runCleanups();
  }
}
