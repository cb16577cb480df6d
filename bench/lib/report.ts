/**
 * The contract between the benchmark runner (`bench/run.ts`) and the benchmark modules.
 *
 * Every benchmark is a module `bench/bN-<name>.ts` that exports
 *
 * ```ts
 * export async function run(ctx: BenchContext): Promise<BenchSection>
 * ```
 *
 * `npm run bench` runs B1…B5 in order and writes one dated section into BENCHMARKS.md;
 * `npm run bench:bN` runs one of them and prints its section. A module never writes
 * BENCHMARKS.md itself, never exits the process and cleans up what it started (servers, temporary
 * databases and folders) before it returns or throws; `ctx.onCleanup` is the safety net for an
 * interrupted run.
 */

/** What a benchmark reports: one table in BENCHMARKS.md plus its verdict. */
export interface BenchSection {
  /** Short id, "B1" … "B5". */
  id: string;
  /** Title shown as the section's heading, e.g. "SQL statements per request". */
  title: string;
  /** The goal in words, e.g. "≤ 30 s and ≤ 2× the copy". */
  goal: string;
  /**
   * The measurements as a Markdown table (build it with `markdownTable`); it must show every
   * measured figure and ratio the goal is judged on.
   */
  table: string;
  /** Free Markdown lines shown under the table: settings used, causes of a miss, remarks. */
  notes: string[];
  /** Whether every goal of this benchmark was met in this run. */
  passed: boolean;
  /**
   * Optional one-line summary of the figures the goal is judged on, shown in the run's overview
   * table, e.g. "48.0 s; 1.6× the copy". Without it the overview shows only pass/miss.
   */
  headline?: string;
}

/** A Pingyi server process started by `BenchContext.startPingyi`. */
export interface RunningServer {
  /** Base address without a trailing slash, e.g. "http://127.0.0.1:41234". */
  baseUrl: string;
  /** The GraphQL endpoint, `${baseUrl}/graphql`. */
  graphqlUrl: string;
  /** Process id of the server (node) process. */
  pid: number;
  /** Milliseconds from spawning the process to the first successful GraphQL answer. */
  readyMs: number;
  /** Peak resident set size of the process so far in KB (Linux VmHWM), or null if unknown. */
  peakRssKb(): number | null;
  /** Sends SIGTERM, waits for the exit (SIGKILL after 10 s). Safe to call twice. */
  stop(): Promise<void>;
}

/** Options of `BenchContext.startPingyi`. */
export interface StartPingyiOptions {
  /** Database to serve (default: `ctx.databaseUrl`, the seeded bench database). */
  databaseUrl?: string;
  /** HTTP port (default: a free port). */
  port?: number;
  /** Extra environment variables; they override the defaults below. */
  env?: Record<string, string>;
  /** How long to wait for the first GraphQL answer, in ms (default 120000). */
  timeoutMs?: number;
  /**
   * Another checkout of Pingyi whose build (`dist/server/main.js`, built beforehand) runs instead
   * of this one's, for side-by-side comparisons (bench/b2/build-ab.ts). Default: this checkout.
   */
  root?: string;
}

/**
 * What the runner hands to each benchmark. Everything a benchmark needs from outside its own
 * module comes through here, so every benchmark runs the same way alone and in `npm run bench`.
 */
export interface BenchContext {
  /** Repository root (absolute path). */
  root: string;
  /**
   * Connection string of the seeded bench database (`npm run bench:seed`):
   * `PINGYI_BENCH_DATABASE_URL`, default postgres://postgres@127.0.0.1:5432/pingyi_bench.
   */
  databaseUrl: string;
  /**
   * Connection string of the same server's maintenance database ("postgres"), for creating and
   * dropping scratch databases (see `createScratchDatabase`).
   */
  adminDatabaseUrl: string;
  /** Number of logical CPU cores of the machine. */
  cores: number;
  /** Prints one progress line to stderr, prefixed with the benchmark's id. */
  log(message: string): void;
  /**
   * Builds the server (`npm run build:server`) and the admin (`npm run build:admin`) when dist is
   * missing or older than the sources (same rule as `npm start`). Runs at most once per process.
   * Resolves when done; rejects if a build fails.
   */
  ensureBuilt(): Promise<void>;
  /**
   * Starts the built server (`node dist/server/main.js`) with `NODE_ENV=production`,
   * `LOG_LEVEL=warn`, `PINGYI_DEMO=0`, `DATABASE_URL` = `options.databaseUrl ?? databaseUrl`, on
   * 127.0.0.1 and a free port, and resolves once a GraphQL request (`{ __typename }`) answers 200.
   * Calls `ensureBuilt` first. The server is stopped by `onCleanup` if the benchmark forgets.
   */
  startPingyi(options?: StartPingyiOptions): Promise<RunningServer>;
  /** Resolves to a TCP port on 127.0.0.1 that is free right now. */
  freePort(): Promise<number>;
  /**
   * Creates an empty database named `pingyi_bench_<suffix>` on the bench server (dropping any
   * leftover of the same name first) and resolves to its connection string. It is dropped again
   * on cleanup.
   */
  createScratchDatabase(suffix: string): Promise<string>;
  /** Registers a function run (last registered first) when the run ends, even after an error. */
  onCleanup(fn: () => Promise<void> | void): void;
}

/** Signature every `bench/bN-<name>.ts` exports as `run`. */
export type BenchRun = (ctx: BenchContext) => Promise<BenchSection>;

/**
 * Renders a Markdown table. Takes the header cells and the rows (cells are converted with
 * `String`; "|" is escaped); returns the table text without a trailing newline.
 */
export function markdownTable(headers: string[], rows: (string | number)[][]): string {
  const cell = (v: string | number) => String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    `| ${headers.map(cell).join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** Formats a duration given in ms as "850 ms" below 10 s, else "12.3 s". */
export function formatMs(ms: number): string {
  return ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Formats a byte count as KB with one decimal (1 KB = 1024 bytes), e.g. "512.3 KB". */
export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Formats a ratio a/b as "1.23×"; "n/a" when b is 0 or either is not finite. */
export function formatRatio(a: number, b: number): string {
  const r = a / b;
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a';
}

/** "pass" or "**miss**" for a goal's cell in a table. */
export function verdict(passed: boolean): string {
  return passed ? 'pass' : '**miss**';
}
