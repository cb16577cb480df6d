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
   * Whether clients may read the schema from the server: introspection and "Did you mean …"
   * suggestions in errors. On, except with NODE_ENV=production unless PINGYI_INTROSPECTION=1.
   */
  introspection: boolean;
  /** Whether `npm start` seeds the 黄浦区 demo set (default true; set PINGYI_DEMO=0 to skip). */
  demo: boolean;
  /** Whether this instance runs the matter jobs (the overdue marking; default true; PINGYI_MATTER_JOBS=0 turns it off). */
  matterJobs: boolean;
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
    demo: env.PINGYI_DEMO !== '0',
    matterJobs: env.PINGYI_MATTER_JOBS !== '0',
    redisUrl: env.REDIS_URL || undefined,
  };
}
