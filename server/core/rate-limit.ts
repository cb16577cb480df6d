import { RateLimiterAbstract, RateLimiterMemory } from 'rate-limiter-flexible';

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
