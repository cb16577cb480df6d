/**
 * B2's queries against one build of Pingyi in two states, alternating: the compiled executor on
 * (default) and off (PINGYI_COMPILED_EXECUTOR=0), so that the only difference between the two is
 * the executor and a busy machine weighs on both alike. Not part of `npm run bench`; run alone:
 * `ts-node --transpile-only bench/b2/executor-ab.ts` (prints a Markdown table). Settings: those of
 * B2 (B2_CONNECTIONS, B2_WARMUP_S, B2_DURATION_S, B2_DISTRICT_CODE, B2_USERNAME/B2_PASSWORD) and
 * B2_AB_ROUNDS (3): how many times each state runs each query.
 */
import { createBenchContext } from '../lib/context';
import { markdownTable } from '../lib/report';
import { ask, requestFor } from './check';
import { login } from './http';
import { drive, loadSettings } from './load';
import { QUERIES } from './queries';
import type { ServerUnderTest } from './servers';
import { pickTargets } from './targets';

const STATES = [
  { label: 'compiled (graphql-jit)', env: { PINGYI_COMPILED_EXECUTOR: '1' } },
  { label: 'graphql-js (PINGYI_COMPILED_EXECUTOR=0)', env: { PINGYI_COMPILED_EXECUTOR: '0' } },
];

/** The middle value of `values` (the mean of the two middle ones for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main(): Promise<void> {
  const { ctx, runCleanups } = createBenchContext('B2 a/b');
  try {
    const settings = loadSettings();
    const rounds = Number(process.env.B2_AB_ROUNDS ?? 3);
    const targets = await pickTargets(ctx.databaseUrl);
    // req/s and peak RSS (MB) per state and query, one entry per round.
    const rps = new Map<string, number[]>();
    const rss = new Map<string, number>();
    for (let round = 1; round <= rounds; round += 1) {
      for (const state of round % 2 ? STATES : [...STATES].reverse()) {
        const started = await ctx.startPingyi({ databaseUrl: ctx.databaseUrl, env: state.env });
        const server: ServerUnderTest = {
          kind: 'pingyi',
          baseUrl: started.baseUrl,
          pid: started.pid,
          peakRssMb: () => {
            const kb = started.peakRssKb();
            return kb === null ? null : kb / 1024;
          },
          stop: () => started.stop(),
        };
        try {
          const token = await login(`${server.baseUrl}/graphql`, targets.username, targets.password);
          for (const query of QUERIES) await ask(server, query, targets, token);
          for (const query of QUERIES) {
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
    const rows = QUERIES.map((query) => {
      const [on, off] = STATES.map((s) => rps.get(`${s.label}/${query.id}`)!);
      return [
        query.id,
        on.map((v) => v.toFixed(0)).join(', '),
        off.map((v) => v.toFixed(0)).join(', '),
        `${(median(on) / median(off)).toFixed(2)}×`,
      ];
    });
    console.log(
      markdownTable(
        ['query', `req/s ${STATES[0].label}, by round`, `req/s ${STATES[1].label}, by round`, 'median on / off'],
        rows,
      ),
    );
    console.log(`\npeak RSS (MB): ${STATES.map((s) => `${s.label} ${rss.get(s.label)?.toFixed(0)}`).join('; ')}`);
  } finally {
    await runCleanups();
  }
}

void main();
