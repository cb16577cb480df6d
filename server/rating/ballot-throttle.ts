import { GraphQLError } from 'graphql';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { LimiterFactory } from '../core/rate-limit';
import { logger } from '../core/logger';

/** Failed ballot-code uses (an unknown, dead or foreign code, or the wrong browser) allowed per network address in a window. */
export const CODE_FAILURES_PER_ADDRESS = 20;
/** Failed ballot-code uses allowed against one meeting in a window, whatever the addresses. */
export const CODE_FAILURES_PER_MEETING = 100;
/** The window, in seconds. */
export const CODE_WINDOW_SECONDS = 15 * 60;

/** A kind of one-time code whose failed uses are limited: its limits' key prefix and its name in errors. */
export interface OneTimeCodeKind {
  /** Prefix of its limits' keys, e.g. `ballot-code`; each kind counts apart. */
  keyPrefix: string;
  /** Its name in the plural, for the error, e.g. "ballot codes". */
  plural: string;
}

/** Ballot codes (docs/rules.md rule 7); the group a failure counts against is the meeting. */
export const BALLOT_CODES: OneTimeCodeKind = { keyPrefix: 'ballot-code', plural: 'ballot codes' };

/**
 * Limits ballot-code guessing (issue 9, point 6; docs/rules.md rule 7) per network address and per
 * meeting. Only failed uses count, so a meeting room of code voters behind one address is never
 * slowed down by voting; once either budget is spent, every code use from that address (or against
 * that meeting) is refused with UNAUTHENTICATED and `retryAfterSeconds` until the window passes —
 * valid codes too, so that a refusal says nothing about the code tried. With 31¹⁰ possible codes
 * and at most 100 failures per meeting every 15 minutes, guessing one is hopeless. Other one-time
 * codes printed the same way (residents' survey codes, docs/rules.md rule 12) use the same limits
 * under their own `kind`, with their survey in the meeting's place.
 */
export class BallotCodeThrottle {
  private readonly perAddress: RateLimiterAbstract;
  private readonly perMeeting: RateLimiterAbstract;

  constructor(
    limiters: LimiterFactory,
    private readonly kind: OneTimeCodeKind = BALLOT_CODES,
  ) {
    this.perAddress = limiters({
      keyPrefix: `${kind.keyPrefix}:address`,
      points: CODE_FAILURES_PER_ADDRESS,
      duration: CODE_WINDOW_SECONDS,
    });
    this.perMeeting = limiters({
      keyPrefix: `${kind.keyPrefix}:meeting`,
      points: CODE_FAILURES_PER_MEETING,
      duration: CODE_WINDOW_SECONDS,
    });
  }

  /**
   * Raises UNAUTHENTICATED (reason TOO_MANY_ATTEMPTS, `retryAfterSeconds`) when the address, or the
   * meeting named by the request (null when it names none, as `ballot(code)`), has used up its
   * failures. A limiter that cannot answer (its store is down) never blocks a vote.
   */
  async check(address: string, meetingId: string | null): Promise<void> {
    const [byAddress, byMeeting] = await Promise.all([
      read(this.perAddress, address),
      meetingId ? read(this.perMeeting, meetingId) : Promise.resolve(null),
    ]);
    const waits = [
      byAddress && byAddress.consumedPoints >= CODE_FAILURES_PER_ADDRESS ? byAddress.msBeforeNext : 0,
      byMeeting && byMeeting.consumedPoints >= CODE_FAILURES_PER_MEETING ? byMeeting.msBeforeNext : 0,
    ];
    const wait = Math.max(...waits);
    if (wait > 0) {
      const seconds = Math.max(1, Math.ceil(wait / 1000));
      throw new GraphQLError(`Too many wrong ${this.kind.plural}; try again in ${seconds} s`, {
        extensions: { code: 'UNAUTHENTICATED', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: seconds },
      });
    }
  }

  /** Counts one failed code use against the address and, when known, the meeting. */
  async failed(address: string, meetingId: string | null): Promise<void> {
    await Promise.all([
      count(this.perAddress, address),
      meetingId ? count(this.perMeeting, meetingId) : Promise.resolve(),
    ]);
  }
}

async function read(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes | null> {
  try {
    return await limiter.get(key);
  } catch (err) {
    logger.warn({ err, limit: limiter.keyPrefix }, 'ballot-code limit unavailable; not limiting');
    return null;
  }
}

async function count(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.penalty(key, 1);
  } catch (err) {
    if (!(err instanceof RateLimiterRes))
      logger.warn({ err, limit: limiter.keyPrefix }, 'ballot-code limit unavailable; not counted');
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
