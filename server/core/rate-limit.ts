import { Redis } from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { createRedisClient, type RedisHealth } from './pubsub';

/** One named limit: at most `points` events per key in `duration` seconds. */
export interface LimitOptions {
  /** A name unique among the process's limits, e.g. `login:address`; keys of different limits never mix. */
  keyPrefix: string;
  /** Events allowed per key in a window. */
  points: number;
  /** The window, in seconds. */
  duration: number;
}

/**
 * Makes the rate limiters of a process. Every limit of Pingyi (sign-in, ballot codes, …) is made
 * through one factory, so that where the counts live (this process, or Redis shared by every
 * instance) is decided once, when the app is built.
 */
export type LimiterFactory = (options: LimitOptions) => RateLimiterAbstract;

/** Limits counted in this process only (one instance, or tests). */
export const memoryLimiters: LimiterFactory = (options) => new RateLimiterMemory(options);

/**
 * Limits counted in Redis, shared by every instance that uses the same Redis and `prefix`
 * (rate-limiter-flexible's RateLimiterRedis over an ioredis client). Each limiter has an in-memory
 * insurance limiter with the same limit: while Redis is unreachable (or not yet connected) the
 * counts go on in this process, so an outage never blocks or fails a request; each instance then
 * counts its own share until Redis is back. Keys are `<prefix>:<limit's keyPrefix>:<key>`.
 */
export function redisLimiters(client: Redis, prefix: string): LimiterFactory {
  return (options) =>
    new RateLimiterRedis({
      ...options,
      keyPrefix: `${prefix}:${options.keyPrefix}`,
      storeClient: client,
      useRedisPackage: false,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ ...options, keyPrefix: `${prefix}:${options.keyPrefix}` }),
    });
}

/** A process's limiter factory and how to close what it holds. */
export interface LimitersHandle {
  limiters: LimiterFactory;
  /** With Redis: whether its connection is ready, for /healthz; undefined in memory. */
  redis?: RedisHealth;
  close(): Promise<void>;
}

/** The key prefix of the limits in Redis unless one is given. */
export const DEFAULT_LIMIT_PREFIX = 'pingyi:limit';

/**
 * The limiter factory of a process (README, Security and production): in Redis when `redisUrl` is set, so that
 * every instance behind a load balancer counts together (redisLimiters, with `prefix`, default
 * DEFAULT_LIMIT_PREFIX); in this process otherwise.
 */
export function createLimitersFor(redisUrl: string | undefined, prefix = DEFAULT_LIMIT_PREFIX): LimitersHandle {
  if (!redisUrl) return { limiters: memoryLimiters, close: async () => undefined };
  // Commands fail at once while Redis is away (no offline queue): the insurance limiter answers.
  const client = createRedisClient(redisUrl, 'limits');
  return {
    limiters: redisLimiters(client, prefix),
    redis: { ready: () => client.status === 'ready' },
    close: async () => {
      // QUIT only on a live connection; otherwise stop reconnecting at once.
      if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
      else client.disconnect();
    },
  };
}
