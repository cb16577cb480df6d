import http from 'node:http';
import { postJson } from '../b2/http';
import type { BurstMeeting, BurstRep } from './setup';

const SUBMIT = 'mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { replaced } }';
const LEVELS = [
  'VERY_SATISFIED',
  'SATISFIED',
  'SATISFIED',
  'BASICALLY_SATISFIED',
  'SATISFIED',
  'VERY_SATISFIED',
  'DISSATISFIED',
  'BASICALLY_SATISFIED',
  'VERY_DISSATISFIED',
  'SATISFIED',
];
const NEEDS_COMMENT = new Set(['DISSATISFIED', 'VERY_DISSATISFIED']);

/** How one submitRating came back: "inserted", "replaced", or the error code (or "HTTP <status>"). */
export type Outcome = string;

/** What the burst measured. */
export interface BurstResult {
  /** Latency of every submitRating, in ms. */
  latenciesMs: number[];
  /** From the first request to the last answer, in ms. */
  wallMs: number;
  /** Number of answers per outcome. */
  outcomes: Map<Outcome, number>;
  /** Per "meetingId|officialId", the representatives whose rating Pingyi confirmed (inserted or replaced). */
  confirmed: Map<string, Set<string>>;
  /** Per "meetingId|officialId", the representatives who sent a rating, whatever the answer (a timed-out one may still count). */
  attempted: Map<string, Set<string>>;
  /** Duplicate submissions sent at the same moment as the original, and how they came back. */
  duplicates: { sent: number; outcomes: Map<Outcome, number> };
}

/** The rating a representative gives an official: deterministic from their positions, 1–5 per criterion. */
function ratingInput(meeting: BurstMeeting, officialIndex: number, repIndex: number) {
  const satisfaction = LEVELS[(officialIndex * 7 + repIndex * 3) % LEVELS.length];
  return {
    meetingId: meeting.meetingId,
    officialId: meeting.officialIds[officialIndex],
    satisfaction,
    scores: meeting.criteriaKeys.map((key, k) => ({ key, score: 1 + ((officialIndex + repIndex + k) % 5) })),
    comment: NEEDS_COMMENT.has(satisfaction) ? '办事拖延，群众反映的问题迟迟没有答复' : undefined,
  };
}

/** Sends one submitRating and resolves to its latency (ms) and outcome. */
async function submit(
  graphqlUrl: string,
  rep: BurstRep,
  input: unknown,
  agent?: http.Agent,
): Promise<{ ms: number; outcome: Outcome }> {
  const started = performance.now();
  let outcome: Outcome;
  try {
    const res = await postJson(graphqlUrl, { query: SUBMIT, variables: { input } }, { token: rep.token, agent });
    const error = res.json?.errors?.[0];
    if (error) outcome = String(error.extensions?.code ?? 'ERROR');
    else if (res.status !== 200 || !res.json?.data) outcome = `HTTP ${res.status}`;
    else
      outcome = (res.json.data as { submitRating: { replaced: boolean } }).submitRating.replaced
        ? 'replaced'
        : 'inserted';
  } catch {
    outcome = 'NETWORK';
  }
  return { ms: performance.now() - started, outcome };
}

const count = (map: Map<Outcome, number>, outcome: Outcome) => map.set(outcome, (map.get(outcome) ?? 0) + 1);

/**
 * Every representative of every meeting at once, each on a connection of their own, rating each
 * official of their meeting once in turn (pausing up to `thinkMs` ms before each rating when given).
 * Every `duplicateEvery`-th representative sends their first rating twice at the same moment, on
 * a second connection. Resolves when every answer is in.
 */
export async function runBurst(
  graphqlUrl: string,
  meetings: BurstMeeting[],
  options: { duplicateEvery: number; thinkMs: number },
): Promise<BurstResult> {
  const result: BurstResult = {
    latenciesMs: [],
    wallMs: 0,
    outcomes: new Map(),
    confirmed: new Map(),
    attempted: new Map(),
    duplicates: { sent: 0, outcomes: new Map() },
  };
  const note = (map: Map<string, Set<string>>, meeting: BurstMeeting, officialIndex: number, rep: BurstRep) => {
    const key = `${meeting.meetingId}|${meeting.officialIds[officialIndex]}`;
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)!.add(rep.username);
  };
  const confirm = (meeting: BurstMeeting, officialIndex: number, rep: BurstRep) =>
    note(result.confirmed, meeting, officialIndex, rep);
  const record = (r: { ms: number; outcome: Outcome }) => {
    result.latenciesMs.push(r.ms);
    count(result.outcomes, r.outcome);
  };
  const voters = meetings.flatMap((meeting) => meeting.reps.map((rep, repIndex) => ({ meeting, rep, repIndex })));
  const started = performance.now();
  await Promise.all(
    voters.map(async ({ meeting, rep, repIndex }, voterIndex) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        for (let i = 0; i < meeting.officialIds.length; i++) {
          // At a meeting's pace the first card is read too: arrivals spread over the pause.
          if (options.thinkMs > 0) await new Promise((r) => setTimeout(r, Math.random() * options.thinkMs));
          const input = ratingInput(meeting, i, repIndex);
          const duplicate = i === 0 && options.duplicateEvery > 0 && voterIndex % options.duplicateEvery === 0;
          note(result.attempted, meeting, i, rep);
          const [first, second] = await Promise.all([
            submit(graphqlUrl, rep, input, agent),
            duplicate ? submit(graphqlUrl, rep, input) : null,
          ]);
          record(first);
          if (first.outcome === 'inserted' || first.outcome === 'replaced') confirm(meeting, i, rep);
          if (second) {
            record(second);
            result.duplicates.sent += 1;
            count(result.duplicates.outcomes, second.outcome);
            if (second.outcome === 'inserted' || second.outcome === 'replaced') confirm(meeting, i, rep);
          }
        }
      } finally {
        agent.destroy();
      }
    }),
  );
  result.wallMs = performance.now() - started;
  return result;
}

/**
 * Representatives rating at a meeting they are not registered for (each rep of the first meeting
 * at the second one, in another 街道), which Pingyi must refuse — FORBIDDEN, or NOT_FOUND since
 * that meeting lies outside their scope; resolves to the outcomes. Needs two meetings.
 */
export async function sendUnregistered(
  graphqlUrl: string,
  meetings: BurstMeeting[],
  howMany: number,
): Promise<Map<Outcome, number>> {
  const outcomes = new Map<Outcome, number>();
  if (meetings.length < 2) return outcomes;
  const [from, to] = meetings;
  for (const rep of from.reps.slice(0, howMany))
    count(outcomes, (await submit(graphqlUrl, rep, ratingInput(to, 0, 0))).outcome);
  return outcomes;
}

/** The p-th percentile (0–100) of `values` in ms, nearest rank; 0 for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
