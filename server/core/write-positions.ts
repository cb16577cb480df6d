import type { Redis } from 'ioredis';

/**
 * A position in PostgreSQL's write-ahead log (`pg_current_wal_lsn()`, `pg_last_wal_replay_lsn()`,
 * text such as `0/16B3748`) as a number that orders like the log: the high and low 32 bits.
 */
export function lsnValue(lsn: string): bigint {
  const match = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(lsn);
  if (!match) throw new Error(`not a WAL position: "${lsn}"`);
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

/**
 * Where each writer's last write lies in the primary's log, for read-your-writes (replicas.ts,
 * docs/scale-out.md): a writer is named by keys such as `viewer:<user id>` and
 * `address:<client address>`. A position is kept for `ttlSeconds`, past which every replica still
 * in service has replayed it (replicas lagging beyond their bound are taken out).
 */
export interface WritePositions {
  /** Records `lsn` (text form) as the last write of every key. */
  record(keys: readonly string[], lsn: string, ttlSeconds: number): Promise<void>;
  /** The furthest position recorded for any of `keys` and not yet expired, or undefined. */
  furthest(keys: readonly string[]): Promise<bigint | undefined>;
}

/** The largest of the positions given as text, ignoring absent ones. */
function furthestOf(values: readonly (string | null | undefined)[]): bigint | undefined {
  let best: bigint | undefined;
  for (const value of values) {
    if (!value) continue;
    const lsn = lsnValue(value);
    if (best === undefined || lsn > best) best = lsn;
  }
  return best;
}

/** Write positions kept in this process: right for one instance (and tests). */
export function memoryWritePositions(now: () => number = Date.now): WritePositions {
  const entries = new Map<string, { lsn: string; until: number }>();
  return {
    async record(keys, lsn, ttlSeconds) {
      const at = now();
      const until = at + ttlSeconds * 1000;
      // Positions only grow while they last, as in Redis: writes may finish out of order.
      for (const key of keys) {
        const held = entries.get(key);
        const kept = held && held.until > at && lsnValue(held.lsn) > lsnValue(lsn) ? held.lsn : lsn;
        entries.set(key, { lsn: kept, until });
      }
      // Forget what expired, so the map holds only the writers of the last ttlSeconds.
      if (entries.size > 10_000) for (const [key, entry] of entries) if (entry.until <= now()) entries.delete(key);
    },
    async furthest(keys) {
      const at = now();
      return furthestOf(keys.map((key) => entries.get(key)).map((e) => (e && e.until > at ? e.lsn : undefined)));
    },
  };
}

/**
 * Write positions in Redis under `<prefix>:<key>`, shared by every instance (a writer may read
 * through another instance behind the balancer). Positions only grow: a Lua script keeps the
 * larger of the stored and the new one. While Redis is away, `furthest` throws and the caller
 * reads from the primary (always correct).
 */
export function redisWritePositions(client: Redis, prefix = 'pingyi:wal'): WritePositions {
  const RECORD = `
    local cur = redis.call('GET', KEYS[1])
    local function parts(lsn)
      local hi, lo = string.match(lsn, '^(%x+)/(%x+)$')
      return tonumber(hi, 16), tonumber(lo, 16)
    end
    local newHi, newLo = parts(ARGV[1])
    local curHi, curLo = -1, -1
    if cur then curHi, curLo = parts(cur) end
    if newHi > curHi or (newHi == curHi and newLo >= curLo) then
      redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
    else
      redis.call('EXPIRE', KEYS[1], ARGV[2])
    end
    return 1`;
  return {
    async record(keys, lsn, ttlSeconds) {
      await Promise.all(keys.map((key) => client.eval(RECORD, 1, `${prefix}:${key}`, lsn, String(ttlSeconds))));
    },
    async furthest(keys) {
      if (keys.length === 0) return undefined;
      return furthestOf(await client.mget(...keys.map((key) => `${prefix}:${key}`)));
    },
  };
}
