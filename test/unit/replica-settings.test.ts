import { loadConfig, replicaUrlsFromEnv } from '../../server/core/config';
import { lsnValue, memoryWritePositions } from '../../server/core/write-positions';

/** DATABASE_REPLICA_URLS (README, Settings) and the write positions of read-your-writes (docs/scale-out.md). */
describe('DATABASE_REPLICA_URLS', () => {
  it('is empty unless set, and reads a comma-separated list of PostgreSQL URLs', () => {
    expect(loadConfig({}).databaseReplicaUrls).toEqual([]);
    expect(replicaUrlsFromEnv({ DATABASE_REPLICA_URLS: ' ' })).toEqual([]);
    expect(
      replicaUrlsFromEnv({
        DATABASE_REPLICA_URLS: 'postgres://a@10.0.0.2:5432/pingyi, postgresql://b@10.0.0.3/pingyi',
      }),
    ).toEqual(['postgres://a@10.0.0.2:5432/pingyi', 'postgresql://b@10.0.0.3/pingyi']);
  });

  it('refuses anything else, naming the variable and hiding the password', () => {
    expect(() => replicaUrlsFromEnv({ DATABASE_REPLICA_URLS: 'postgres://a@h/db,10.0.0.3:5432' })).toThrow(
      'DATABASE_REPLICA_URLS must be comma-separated postgres:// URLs, got "10.0.0.3:5432"',
    );
    expect(() => replicaUrlsFromEnv({ DATABASE_REPLICA_URLS: 'mysql://u:secret@h/db' })).toThrow(
      'DATABASE_REPLICA_URLS must be comma-separated postgres:// URLs, got "mysql://…@h/db"',
    );
  });
});

describe('write positions', () => {
  it('orders WAL positions as the log does', () => {
    expect(lsnValue('0/16B3748') < lsnValue('0/16B3749')).toBe(true);
    expect(lsnValue('0/FFFFFFFF') < lsnValue('1/0')).toBe(true);
    expect(() => lsnValue('16B3748')).toThrow('not a WAL position');
  });

  it("keeps each writer's furthest position until it expires", async () => {
    let now = 1_000;
    const positions = memoryWritePositions(() => now);
    await positions.record(['viewer:a', 'address:1'], '0/200', 5);
    await positions.record(['address:2'], '0/300', 5);
    expect(await positions.furthest(['viewer:a'])).toBe(lsnValue('0/200'));
    expect(await positions.furthest(['viewer:a', 'address:2'])).toBe(lsnValue('0/300'));
    expect(await positions.furthest(['viewer:b'])).toBeUndefined();
    now += 5_000;
    expect(await positions.furthest(['viewer:a', 'address:2'])).toBeUndefined();
  });

  it('never moves a writer back when two of their writes finish out of order', async () => {
    const positions = memoryWritePositions(() => 1_000);
    await positions.record(['viewer:a'], '0/300', 5);
    await positions.record(['viewer:a'], '0/200', 5);
    expect(await positions.furthest(['viewer:a'])).toBe(lsnValue('0/300'));
  });
});
