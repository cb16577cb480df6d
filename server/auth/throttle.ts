import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { GraphQLError } from 'graphql';
import { LimiterFactory, memoryLimiters } from '../core/rate-limit';

/** Sign-in attempts allowed per username and address in a window. */
export const ATTEMPTS_PER_USER_AND_ADDRESS = 10;
/** Sign-in attempts allowed per address (whatever the usernames) in a window. */
export const ATTEMPTS_PER_ADDRESS = 50;
/** The window, in seconds. */
export const WINDOW_SECONDS = 15 * 60;

/**
 * Counts sign-in attempts, each `login` field on its own (so many aliased `login` fields in one
 * request are counted one by one). A sign-in that succeeds gives its attempt back, so only failed
 * attempts add up: a meeting room of representatives behind one address, or an assessor opening
 * the panel on several devices, is never locked out. In-process; with several instances behind a
 * load balancer, each counts its own share.
 */
export class LoginThrottle {
  private readonly perUser: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  /** `limiters` decides where the counts live (see LimiterFactory); in this process by default. */
  constructor(limiters: LimiterFactory = memoryLimiters) {
    this.perUser = limiters({ keyPrefix: 'login:user-address', points: ATTEMPTS_PER_USER_AND_ADDRESS, duration: WINDOW_SECONDS });
    this.perAddress = limiters({ keyPrefix: 'login:address', points: ATTEMPTS_PER_ADDRESS, duration: WINDOW_SECONDS });
  }

  /** Gives back the attempt of a sign-in that succeeded (see the class). */
  async succeeded(username: string, address: string): Promise<void> {
    await this.perAddress.reward(address, 1);
    await this.perUser.reward(`${username.toLowerCase()}|${address}`, 1);
  }

  /** Takes one attempt; raises UNAUTHENTICATED with `retryAfterSeconds` when over the limit. */
  async take(username: string, address: string): Promise<void> {
    try {
      await this.perAddress.consume(address);
      await this.perUser.consume(`${username.toLowerCase()}|${address}`);
    } catch (result) {
      const wait = result instanceof RateLimiterRes ? Math.ceil(result.msBeforeNext / 1000) : WINDOW_SECONDS;
      throw new GraphQLError(`Too many sign-in attempts; try again in ${wait} s`, {
        extensions: { code: 'UNAUTHENTICATED', retryAfterSeconds: wait },
      });
    }
  }
}
