import { reasonError } from '../core/errors';
import { coreReasons } from '../core/core-reasons';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { LimiterFactory } from '../core/rate-limit';
import { logger } from '../core/logger';

/** Failed ballot-code uses (an unknown, dead or foreign code, or the wrong browser) allowed per network address in a window. */
export const CODE_FAILURES_PER_ADDRESS = 20;
/**
 * Failed ballot-code uses over all addresses in a window past which guessing is taken to be under
 * way: each address is then allowed only CODE_FAILURES_PER_ADDRESS_UNDER_ATTACK failures. It only
 * slows guessing; it never refuses a meeting or an address that has not failed.
 */
export const CODE_FAILURES_GLOBAL = 500;
/** Failed uses allowed per address while the global ceiling is passed. */
export const CODE_FAILURES_PER_ADDRESS_UNDER_ATTACK = 3;
/** The window, in seconds. */
export const CODE_WINDOW_SECONDS = 15 * 60;

/** A kind of one-time code whose failed uses are limited: its limits' key prefix and its name in errors. */
export interface OneTimeCodeKind {
  /** Prefix of its limits' keys, e.g. `ballot-code`; each kind counts apart. */
  keyPrefix: string;
  /** Its name in the plural, for the error, e.g. "ballot codes". */
  plural: string;
}

/** Ballot codes (docs/rules.md rule 7). */
export const BALLOT_CODES: OneTimeCodeKind = { keyPrefix: 'ballot-code', plural: 'ballot codes' };

/**
 * Limits ballot-code guessing (docs/rules.md rule 7) by the guessing address, never by the
 * meeting, so that an outsider's guesses cannot lock the real code voters of a meeting out.
 * Only failed uses count (a valid code's own use never does). Once an address has spent its
 * failures, every code use from it that is not an already bound code with its own browser secret
 * is refused with UNAUTHENTICATED and `retryAfterSeconds` until the window passes — a valid unbound
 * code too, so that a refusal says nothing about the code tried. Past a global ceiling of failures
 * (all addresses together) each address gets a smaller budget: guessing slows, no meeting locks.
 * With 31¹⁰ possible codes, guessing one is hopeless either way. Other one-time codes printed the
 * same way (residents' survey codes, docs/rules.md rule 12) use the same limits under their own
 * `kind`, counted apart from ballot codes.
 */
export class BallotCodeThrottle {
  private readonly perAddress: RateLimiterAbstract;
  private readonly global: RateLimiterAbstract;

  constructor(
    limiters: LimiterFactory,
    private readonly kind: OneTimeCodeKind = BALLOT_CODES,
  ) {
    this.perAddress = limiters({
      keyPrefix: `${kind.keyPrefix}:address`,
      points: CODE_FAILURES_PER_ADDRESS,
      duration: CODE_WINDOW_SECONDS,
    });
    this.global = limiters({
      keyPrefix: `${kind.keyPrefix}:global`,
      points: CODE_FAILURES_GLOBAL,
      duration: CODE_WINDOW_SECONDS,
    });
  }

  /**
   * Raises UNAUTHENTICATED (reason TOO_MANY_ATTEMPTS, `retryAfterSeconds`) when the address has used
   * up its failures: CODE_FAILURES_PER_ADDRESS, or CODE_FAILURES_PER_ADDRESS_UNDER_ATTACK while
   * the global ceiling is passed. The caller skips this for a code bound to the secret sent. A
   * limiter that cannot answer (its store is down) never blocks a vote.
   */
  async check(address: string): Promise<void> {
    const [byAddress, overall] = await Promise.all([read(this.perAddress, address), read(this.global, GLOBAL_KEY)]);
    if (!byAddress) return;
    const underAttack = overall !== null && overall.consumedPoints >= CODE_FAILURES_GLOBAL;
    const budget = underAttack ? CODE_FAILURES_PER_ADDRESS_UNDER_ATTACK : CODE_FAILURES_PER_ADDRESS;
    if (byAddress.consumedPoints < budget) return;
    const seconds = Math.max(1, Math.ceil(byAddress.msBeforeNext / 1000));
    throw reasonError(
      'UNAUTHENTICATED',
      coreReasons.TOO_MANY_ATTEMPTS({ attempts: `wrong ${this.kind.plural}`, seconds }),
      null,
      { retryAfterSeconds: seconds },
    );
  }

  /** Counts one failed code use against the address and the global ceiling. */
  async failed(address: string): Promise<void> {
    await Promise.all([count(this.perAddress, address), count(this.global, GLOBAL_KEY)]);
  }
}

/** The one key of the global count. */
const GLOBAL_KEY = 'all';

async function read(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes | null> {
  try {
    return await limiter.get(key);
  } catch (err) {
    logger.warn({ err, limit: limiter.keyPrefix }, 'one-time code limit unavailable; not limiting');
    return null;
  }
}

async function count(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.penalty(key, 1);
  } catch (err) {
    if (!(err instanceof RateLimiterRes))
      logger.warn({ err, limit: limiter.keyPrefix }, 'one-time code limit unavailable; not counted');
  }
}

const throttles = new WeakMap<LimiterFactory, Map<string, BallotCodeThrottle>>();

/**
 * The ballot-code throttle of a process (or of another `kind` of one-time code): one per limiter
 * factory and kind (the app makes one factory), so every request of the process — and, with a
 * Redis-backed factory, every instance — shares counts.
 */
export function ballotCodeThrottle(limiters: LimiterFactory, kind: OneTimeCodeKind = BALLOT_CODES): BallotCodeThrottle {
  let byKind = throttles.get(limiters);
  if (!byKind) {
    byKind = new Map();
    throttles.set(limiters, byKind);
  }
  let throttle = byKind.get(kind.keyPrefix);
  if (!throttle) {
    throttle = new BallotCodeThrottle(limiters, kind);
    byKind.set(kind.keyPrefix, throttle);
  }
  return throttle;
}
