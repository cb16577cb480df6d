import type { DataSource } from 'typeorm';
import type { Transaction } from '../core/domain-events';
import { BadUserInputError, ConflictError, ForbiddenError } from '../core/errors';
import type { ServiceContext } from '../core/record.service';
import { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import { meetingEvent } from '../evaluation-meeting/meeting-events';
import { MeetingStatus } from '../evaluation-meeting/meeting-status';
import { BallotCode } from './ballot-code.entity';
import { hashBallotCode, hashBallotSecret, newBallotCode } from './ballot-secret';
import { ballotCodeThrottle } from './ballot-throttle';
import { RatingEvent } from './rating-events';
import { VoidBallotCodesInput } from './rating.inputs';
import type { VoidedBallotCodes } from './rating.types';
import type { EvaluationMeetingService } from '../evaluation-meeting/evaluation-meeting.service';
import { ratingReasons } from './reasons';
import { coreReasons } from '../core/core-reasons';

/** The message of every code that opens nothing here: unknown, of another meeting, voided, or its meeting CLOSED. */
export const INVALID_CODE = 'This ballot code is not valid: check it, or ask the chair';

/** A browser secret as the voting screen makes it: 32 random bytes, base64url (43 characters), or any 32–128 such characters. */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;

/** Where a code is used, for its errors: `ballot(code)` names no meeting, `ratings` and `submitRating` do. */
export interface CodeUse {
  code: string;
  secret: string | null | undefined;
  /** The meeting the request names; null for `ballot(code)`. */
  meetingId: string | null;
  /** The argument paths of the code and the secret, for BAD_USER_INPUT (`code`/`secret`, `input.ballotCode`/`input.ballotSecret`, …). */
  codeField: string;
  secretField: string;
}

interface CodeRow {
  id: string;
  meeting_id: string;
  secret_hash: string | null;
  voided: boolean;
  status: MeetingStatus;
}

/** The loaders this service reads. */
type BallotCodeServiceLoaders = unknown;

/** The services this service calls (the composition root passes them). */
export interface BallotCodeDeps {
  meetings: EvaluationMeetingService;
}

/**
 * Ballot codes (docs/rules.md rule 7): using a code with the voter's browser secret (it binds to the
 * first secret it is used with), issuing codes to people checked in as code voters, and voiding
 * unused ones. Every failed use counts against the caller's address, never against the meeting
 * (BallotCodeThrottle).
 */
export class BallotCodeService {
  constructor(
    private readonly ctx: ServiceContext<BallotCodeServiceLoaders>,
    private readonly deps: BallotCodeDeps,
  ) {}

  private get db(): DataSource {
    return this.ctx.db;
  }

  /**
   * The code's record when it may be used here: a live code (not voided) of a DRAFT or OPEN meeting
   * — of `use.meetingId` when given — whose browser secret is `use.secret`; an unbound code is bound
   * to that secret now (atomically: of two browsers at once, one wins). A code of a meeting not open
   * yet is no failure, so a room trying its codes before the chair opens is never locked out;
   * ballots are still taken only while OPEN (the caller checks). Errors: BAD_USER_INPUT on the
   * secret field when no well-formed secret is sent; UNAUTHENTICATED with `retryAfterSeconds` when
   * the address has had too many failures (never for a code already bound to the secret sent, so
   * a voter who has started goes on whatever others guess); for a code that opens nothing here,
   * BAD_USER_INPUT on `code` (no meeting named) or FORBIDDEN reason INVALID_BALLOT_CODE — the same
   * answer, and the same count, whether the code is unknown, voided, of a CLOSED meeting or of
   * another meeting, so a guess confirms nothing; FORBIDDEN reason CODE_IN_USE for a code bound to
   * another browser.
   */
  async use(use: CodeUse): Promise<BallotCode> {
    if (!use.secret || !SECRET_PATTERN.test(use.secret)) {
      throw new BadUserInputError(ratingReasons.secretFormat(), use.secretField);
    }
    const throttle = ballotCodeThrottle(this.ctx.limiters);
    const [row] = (await this.db.query(
      `SELECT c.id, c.meeting_id, c.secret_hash, c.voided, m.status FROM ballot_code c JOIN evaluation_meeting m ON m.id = c.meeting_id WHERE c.code_hash = $1`,
      [hashBallotCode(use.code)],
    )) as CodeRow[];
    const usable =
      !!row &&
      !row.voided &&
      row.status !== MeetingStatus.CLOSED &&
      (use.meetingId === null || row.meeting_id === use.meetingId);
    const secretHash = hashBallotSecret(use.secret);
    // A code bound to this very secret is its voter's own use: never limited, never counted.
    if (usable && row.secret_hash === secretHash) return this.found(row, secretHash);
    await throttle.check(this.ctx.address);
    const fail = async (error: Error): Promise<never> => {
      await throttle.failed(this.ctx.address);
      throw error;
    };
    if (!usable)
      return fail(
        use.meetingId === null
          ? new BadUserInputError(ratingReasons.INVALID_BALLOT_CODE(), use.codeField)
          : new ForbiddenError(ratingReasons.INVALID_BALLOT_CODE()),
      );
    let bound = row.secret_hash;
    if (bound === null) {
      const [, claimed] = (await this.db.query(
        `UPDATE ballot_code SET secret_hash = $2 WHERE id = $1 AND secret_hash IS NULL RETURNING id`,
        [row.id, secretHash],
      )) as [unknown, number];
      bound =
        claimed > 0
          ? secretHash
          : (
              (await this.db.query(`SELECT secret_hash FROM ballot_code WHERE id = $1`, [row.id])) as {
                secret_hash: string;
              }[]
            )[0].secret_hash;
    }
    if (bound !== secretHash) return fail(new ForbiddenError(ratingReasons.CODE_IN_USE()));
    return this.found(row, bound);
  }

  private found(row: CodeRow, secretHash: string): BallotCode {
    return Object.assign(new BallotCode(), { id: row.id, meetingId: row.meeting_id, secretHash, voided: false });
  }

  /**
   * Issues `count` new codes for a meeting inside the caller's transaction (`tx`, which holds the
   * meeting's row), stored with their issuer and recorded (`ballot_codes.issued`); returns the codes, shown
   * this once, in alphabetical order (so that their order says nothing about whom each was for).
   */
  async issue(tx: Transaction, meetingId: string, count: number, issuerId: string): Promise<string[]> {
    if (count === 0) return [];
    const codes = Array.from({ length: count }, newBallotCode).sort();
    await tx.manager
      .getRepository(BallotCode)
      .insert(codes.map((code) => ({ meetingId, codeHash: hashBallotCode(code), issuedById: issuerId })));
    await tx.record(meetingEvent(RatingEvent.CODES_ISSUED, issuerId, meetingId, { after: { count } }));
    return codes;
  }

  /**
   * Voids unused codes of a DRAFT or OPEN meeting (its chair or an ADMIN over it, docs/rules.md rule 7):
   * the codes listed (slips handed back or never handed out), or with `allUnused` every code that
   * has cast no ballot yet. A voided code opens nothing any more; already voided ones are left as
   * they are. BAD_USER_INPUT on `input.codes` for a code that is not one of this meeting's, or when
   * neither codes nor `allUnused` is given; CONFLICT on `input.codes` for a code that has already
   * cast a ballot, and for a CLOSED meeting. Audited with the count; nothing is written on error.
   */
  async voidCodes(input: VoidBallotCodesInput): Promise<VoidedBallotCodes> {
    const meeting = await this.deps.meetings.assertCanRun(input.meetingId);
    const listed = input.codes ?? [];
    if (listed.length === 0 && !input.allUnused)
      throw new BadUserInputError(coreReasons['codes.listOrAllUnused'](), 'input.codes');
    const hashes = listed.map(hashBallotCode);
    const voided = await this.ctx.transaction(async ({ manager, record }) => {
      const locked = await manager
        .getRepository(EvaluationMeeting)
        .createQueryBuilder('m')
        .setLock('pessimistic_write')
        .where('m.id = :id', { id: meeting.id })
        .getOneOrFail();
      if (locked.status === MeetingStatus.CLOSED)
        throw new ConflictError(ratingReasons.meetingClosedCodes(), 'input.meetingId');
      const found: { id: string; code_hash: string; used: boolean }[] = await manager.query(
        `SELECT c.id, c.code_hash, EXISTS (SELECT 1 FROM participation p WHERE p.meeting_id = c.meeting_id AND p.voter = 'code:' || c.id::text) AS used
         FROM ballot_code c WHERE c.meeting_id = $1 AND c.code_hash = ANY($2)`,
        [meeting.id, hashes],
      );
      const byHash = new Map(found.map((row) => [row.code_hash, row]));
      listed.forEach((code, i) => {
        const row = byHash.get(hashes[i]);
        if (!row)
          throw new BadUserInputError(ratingReasons.notABallotCode({ value: JSON.stringify(code) }), 'input.codes');
        if (row.used) throw new ConflictError(ratingReasons.codeUsed({ value: JSON.stringify(code) }), 'input.codes');
      });
      const [, count] = (await manager.query(
        `UPDATE ballot_code c SET voided = true
         WHERE c.meeting_id = $1 AND NOT c.voided AND (c.id = ANY($2::uuid[]) OR $3)
           AND NOT EXISTS (SELECT 1 FROM participation p WHERE p.meeting_id = c.meeting_id AND p.voter = 'code:' || c.id::text)`,
        [meeting.id, found.map((row) => row.id), !!input.allUnused],
      )) as [unknown, number];
      if (count > 0) {
        await record(meetingEvent(RatingEvent.CODES_VOIDED, this.ctx.viewer!.userId, meeting.id, { after: { count } }));
      }
      return count;
    });
    return { meetingId: meeting.id, voided };
  }
}
