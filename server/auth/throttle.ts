import { createHash } from 'node:crypto';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { reasonError } from '../core/errors';
import { coreReasons } from '../core/core-reasons';
import { LimiterFactory, memoryLimiters } from '../core/rate-limit';

/** Wrong passwords allowed per username and address in a window. */
export const ATTEMPTS_PER_USER_AND_ADDRESS = 10;
/**
 * Wrong passwords allowed per address (whatever the usernames) in a window: a meeting room of 100
 * behind one router may each mistype twice; one address spraying guesses over many accounts stays slow.
 */
export const ATTEMPTS_PER_ADDRESS = 200;
/**
 * Wrong passwords allowed per account whatever the addresses, in a window: what keeps guessing slow
 * for an attacker with many addresses. Far above one person's typos (each address counts at most
 * ATTEMPTS_PER_USER_AND_ADDRESS of them); reaching it refuses that account alone, not the room.
 */
export const FAILURES_PER_ACCOUNT = 100;
/** Successful sign-ins allowed per account (whatever the addresses) in a window. */
export const SIGN_INS_PER_ACCOUNT = 30;
/** The window, in seconds. */
export const WINDOW_SECONDS = 15 * 60;

/**
 * A username as it is counted and looked up: Unicode NFKC (full-width letters and dots become
 * ASCII), surrounding white space (ideographic space included) trimmed, lower case. So
 * "ＷＡＩＴＡＮ．ＲＥＰ " and "waitan.rep" are one account for the limits as for sign-in.
 */
export function normalizeUsername(username: string): string {
  return username.normalize('NFKC').trim().toLowerCase();
}

/** A limiter key for a normalised username: itself, or a hash for a name longer than any username (40). */
function nameKey(name: string): string {
  return name.length <= 40 ? name : `sha256:${createHash('sha256').update(name).digest('base64url')}`;
}

/**
 * The sign-in limits. Only evaluated wrong
 * passwords count against an address (ATTEMPTS_PER_ADDRESS) and a username at that address
 * (ATTEMPTS_PER_USER_AND_ADDRESS), and against the account whatever the address
 * (FAILURES_PER_ACCOUNT, for guessing from many addresses); an attempt refused as "too many" is not evaluated and costs
 * nothing, so one account's guesses never lock out the other users behind a meeting room's address.
 * Successful sign-ins are limited per account (SIGN_INS_PER_ACCOUNT), each costing a password hash.
 * An account over any limit is refused whatever the password, so the refusal never tells a right
 * password from a wrong one. Where the counts live is the LimiterFactory's choice (Redis shared by
 * every instance, or this process).
 */
export class LoginThrottle {
  private readonly perUserAndAddress: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;
  private readonly failuresPerAccount: RateLimiterAbstract;

  /** `limiters` decides where the counts live (see LimiterFactory); in this process by default. */
  constructor(limiters: LimiterFactory = memoryLimiters) {
    this.perUserAndAddress = limiters({
      keyPrefix: 'login:user-address',
      points: ATTEMPTS_PER_USER_AND_ADDRESS,
      duration: WINDOW_SECONDS,
    });
    this.perAddress = limiters({ keyPrefix: 'login:address', points: ATTEMPTS_PER_ADDRESS, duration: WINDOW_SECONDS });
    this.perAccount = limiters({ keyPrefix: 'login:account', points: SIGN_INS_PER_ACCOUNT, duration: WINDOW_SECONDS });
    this.failuresPerAccount = limiters({
      keyPrefix: 'login:account-failures',
      points: FAILURES_PER_ACCOUNT,
      duration: WINDOW_SECONDS,
    });
  }

  /**
   * Raises UNAUTHENTICATED with `retryAfterSeconds` (the longest wait of the limits reached) when
   * the address, the username at that address or the account has used up its window; counts
   * nothing. `username` is normalised (normalizeUsername).
   */
  async check(username: string, address: string): Promise<void> {
    const name = nameKey(username);
    const states = await Promise.all([
      this.perAddress.get(address).then((res) => [res, ATTEMPTS_PER_ADDRESS] as const),
      this.perUserAndAddress.get(`${address}|${name}`).then((res) => [res, ATTEMPTS_PER_USER_AND_ADDRESS] as const),
      this.perAccount.get(name).then((res) => [res, SIGN_INS_PER_ACCOUNT] as const),
      this.failuresPerAccount.get(name).then((res) => [res, FAILURES_PER_ACCOUNT] as const),
    ]);
    const reached = states
      .filter(([res, points]) => res !== null && res.consumedPoints >= points)
      .map(([res]) => res!.msBeforeNext);
    if (reached.length === 0) return;
    const wait = Math.max(1, Math.ceil(Math.max(...reached) / 1000));
    throw reasonError(
      'UNAUTHENTICATED',
      coreReasons.TOO_MANY_ATTEMPTS({ attempts: 'sign-in attempts', seconds: wait }),
      null,
      {
        retryAfterSeconds: wait,
      },
    );
  }

  /**
   * Counts an evaluated wrong password (or unknown username) against the address, the username
   * there and the username whatever the address.
   */
  async failed(username: string, address: string): Promise<void> {
    const name = nameKey(username);
    await Promise.all([
      countOne(this.perAddress, address),
      countOne(this.perUserAndAddress, `${address}|${name}`),
      countOne(this.failuresPerAccount, name),
    ]);
  }

  /** Counts a successful sign-in against the account (its normalised username). */
  async succeeded(username: string): Promise<void> {
    await countOne(this.perAccount, nameKey(username));
  }
}

/** Consumes one point of `key`; a key already over its limit stays refused (check), so that rejection is no error here. */
async function countOne(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}
