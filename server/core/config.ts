import net from 'node:net';
import path from 'node:path';

/** Settings read once from the environment; README.md lists them. */
export interface Config {
  /** PostgreSQL connection string; when absent an embedded PostgreSQL is started under `dataDir`. */
  databaseUrl?: string;
  /** HTTP port of the API and admin (default 4000). */
  port: number;
  /** Interface to listen on (default 127.0.0.1). */
  host: string;
  /** Folder of the embedded PostgreSQL's data (default `.data/`). */
  dataDir: string;
  /** Port of the embedded PostgreSQL (default 54329, never 5432). */
  embeddedPgPort: number;
  /** pino log level (default `info`, `silent` in tests). */
  logLevel: string;
  /** `production` turns off stack traces in logs' client copies and enables caching. */
  production: boolean;
  /** Redis for live updates across instances; unset: in-process (one instance). */
  redisUrl?: string;
  /**
   * Streaming replicas of `databaseUrl` that read-only operations read from (DATABASE_REPLICA_URLS,
   * comma-separated; docs/scale-out.md); empty: every read on the primary.
   */
  databaseReplicaUrls: string[];
  /**
   * Whether clients may read the schema from the server: introspection and "Did you mean …"
   * suggestions in errors. On, except with NODE_ENV=production unless PINGYI_INTROSPECTION=1.
   */
  introspection: boolean;
  /**
   * Whether `npm start` seeds the 黄浦区 demo set, demo users with a known password included
   * (demoFromEnv): off with NODE_ENV=production unless PINGYI_DEMO=1; elsewhere on unless PINGYI_DEMO=0.
   */
  demo: boolean;
  /**
   * Which proxies in front of Pingyi are believed about the client's address (Express's `trust
   * proxy`): false (default) uses the connection's address and ignores `X-Forwarded-For`; a hop
   * count, or a comma-separated list of addresses and subnets (PINGYI_TRUST_PROXY).
   */
  trustProxy: TrustProxy;
  /**
   * Whether queries and mutations run compiled by graphql-jit (executor.ts, docs/architecture.md,
   * "The path of a request"): on unless PINGYI_COMPILED_EXECUTOR=0, which runs everything on graphql-js.
   */
  compiledExecutor: boolean;
  /** Whether this instance runs the matter jobs (the overdue marking; default true; PINGYI_MATTER_JOBS=0 turns it off). */
  matterJobs: boolean;
}

/** Express's `trust proxy` as Pingyi allows it: off, a number of hops, or the proxies' addresses. */
export type TrustProxy = false | number | string;

/** Express's own names of address ranges, allowed in PINGYI_TRUST_PROXY beside addresses and subnets. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Whether `entry` is an IPv4 or IPv6 address, optionally with a /prefix, or one of RANGE_NAMES. */
function isProxyEntry(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * PINGYI_TRUST_PROXY read as Config.trustProxy: unset, empty or `0` is off; a whole number 1–10 is
 * that many proxy hops; otherwise a comma-separated list of addresses, subnets (CIDR) or Express's
 * range names (`loopback`, `linklocal`, `uniquelocal`). `true` (believe every hop) is refused, as
 * it would let any client choose its own address for the sign-in limits. Throws naming the variable.
 */
export function trustProxyFromEnv(env: NodeJS.ProcessEnv = process.env): TrustProxy {
  const raw = (env.PINGYI_TRUST_PROXY ?? '').trim();
  if (raw === '' || raw === '0') return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) throw new Error(`PINGYI_TRUST_PROXY must be a hop count of 1–10 or proxy addresses, got "${raw}"`);
    return hops;
  }
  const entries = raw.split(',').map((e) => e.trim());
  const bad = entries.find((e) => !isProxyEntry(e));
  if (bad !== undefined)
    throw new Error(
      `PINGYI_TRUST_PROXY must be a hop count or a comma-separated list of proxy addresses or subnets, got "${bad}"`,
    );
  return entries.join(',');
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) {
    throw new Error(`${name} must be a port number (1–65535), got "${raw}"`);
  }
  return value;
}

/** Whether introspection and suggestions are on (Config.introspection) for this environment. */
export function introspectionFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV !== 'production' || env.PINGYI_INTROSPECTION === '1';
}

/**
 * Whether the compiled executor is on (Config.compiledExecutor): unset, empty or `1` on, `0` off.
 * Throws naming the variable for anything else.
 */
export function compiledExecutorFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = (env.PINGYI_COMPILED_EXECUTOR ?? '').trim();
  if (raw === '' || raw === '1') return true;
  if (raw === '0') return false;
  throw new Error(`PINGYI_COMPILED_EXECUTOR must be 0 or 1, got "${raw}"`);
}

/**
 * Whether the demo set is seeded (Config.demo): demo users sign in with a published password, so in
 * production (NODE_ENV=production) only when asked for with PINGYI_DEMO=1; elsewhere unless PINGYI_DEMO=0.
 */
export function demoFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NODE_ENV === 'production') return env.PINGYI_DEMO === '1';
  return env.PINGYI_DEMO !== '0';
}

/**
 * DATABASE_REPLICA_URLS read as Config.databaseReplicaUrls: comma-separated `postgres://` or
 * `postgresql://` URLs; unset or empty: none. Throws naming the variable and the entry.
 */
export function replicaUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const entries = (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  for (const entry of entries) {
    let ok = false;
    try {
      ok = ['postgres:', 'postgresql:'].includes(new URL(entry).protocol);
    } catch {
      ok = false;
    }
    if (!ok)
      throw new Error(
        `DATABASE_REPLICA_URLS must be comma-separated postgres:// URLs, got "${entry.replace(/\/\/[^@/]*@/, '//…@')}"`,
      );
  }
  return entries;
}

/** Reads the environment. Throws with the variable's name when a value is malformed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    port: intFromEnv('PORT', 4000),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.PINGYI_DATA_DIR || '.data'),
    embeddedPgPort: intFromEnv('PINGYI_EMBEDDED_PG_PORT', 54329),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    production: env.NODE_ENV === 'production',
    introspection: introspectionFromEnv(env),
    demo: demoFromEnv(env),
    matterJobs: env.PINGYI_MATTER_JOBS !== '0',
    trustProxy: trustProxyFromEnv(env),
    compiledExecutor: compiledExecutorFromEnv(env),
    redisUrl: env.REDIS_URL || undefined,
    databaseReplicaUrls: replicaUrlsFromEnv(env),
  };
}
