// autocannon ships without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

/** The parts of autocannon's result B2 reads (latencies in ms, duration in s). */
interface AutocannonResult {
  latency: { totalCount: number; p50: number; p99: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Answers whose body was not `expectBody`. */
  mismatches?: number;
}

/** How B2 drives a server: fixed connections, a warm-up, then the timed run. */
export interface LoadSettings {
  /** Concurrent connections (default 10, `B2_CONNECTIONS`). */
  connections: number;
  /** Warm-up before the timed run, in s (default 3, `B2_WARMUP_S`); its figures are discarded. */
  warmupS: number;
  /** Timed run, in s (default 10, `B2_DURATION_S`). */
  durationS: number;
}

/** Reads B2's load settings from the environment. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): LoadSettings {
  const num = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    connections: num('B2_CONNECTIONS', 10),
    warmupS: num('B2_WARMUP_S', 3),
    durationS: num('B2_DURATION_S', 10),
  };
}

/** What one timed run measured. */
export interface LoadFigures {
  /** Completed requests per second over the timed run (req/s). */
  rps: number;
  /** Median latency (ms). */
  p50: number;
  /** 99th-percentile latency (ms). */
  p99: number;
  /** Requests completed in the timed run. */
  requests: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Answers with a status other than 2xx. */
  non2xx: number;
  /** Timed answers whose body was not `expectBody` (0 when no body was expected). */
  mismatches: number;
}

/**
 * Drives `url` with POSTs of `body` (JSON text) and `headers` at `settings.connections`
 * connections: the warm-up, then the timed run, whose figures it returns. With `expectBody`,
 * every timed answer is compared with it byte for byte.
 */
export async function drive(
  url: string,
  body: string,
  headers: Record<string, string>,
  settings: LoadSettings,
  expectBody?: string,
): Promise<LoadFigures> {
  const options = {
    url,
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
    connections: settings.connections,
  };
  await autocannon({ ...options, duration: settings.warmupS });
  const result = await autocannon({ ...options, duration: settings.durationS, expectBody });
  const requests: number = result.latency.totalCount;
  return {
    rps: requests / (result.duration || settings.durationS),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches ?? 0,
  };
}
