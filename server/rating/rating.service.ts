import { filter, pipe } from '@graphql-yoga/subscription';
import type { DataSource } from 'typeorm';
import { ConflictError, ForbiddenError, UnauthenticatedError } from '../core/errors';
import { idKey, isId } from '../core/ids';
import { saysSomething } from '../core/inputs';
import type { ServiceContext } from '../core/record.service';
import { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import { MeetingOfficial } from '../evaluation-meeting/meeting-registration.entity';
import { MeetingStatus } from '../evaluation-meeting/meeting-status';
import { Official } from '../official/official.entity';
import { RatingTemplate } from '../rating-template/rating-template.entity';
import { Role } from '../core/role';
import { ballotFacts, castBallot } from './ballot-box';
import { assertMayCast, codeVoterError, refusedBeforeFacts, scoresAsSent } from './ballot-checks';
import { MEETING_PROGRESS, ratingCast } from './rating-events';
import { ballotKey, readerKey } from './ballot-secret';
import { Participation, Rating } from './rating.entity';
import { SubmitRatingInput, VoidBallotCodesInput } from './rating.inputs';
import { Ballot, MeetingProgress, progressIds, SubmitRatingPayload, VoidedBallotCodes } from './rating.types';
import type { EvaluationMeetingService } from '../evaluation-meeting/evaluation-meeting.service';
import type { BallotCodeService } from './ballot-code.service';
import type { RatingLoaders } from './rating.loaders';
import type { EvaluationMeetingLoaders } from '../evaluation-meeting/evaluation-meeting.loaders';
import { ratingReasons } from './reasons';

/** Who casts or reads a ballot: the voter roll's key and the reader's, never stored together with the ballot. */
interface Voter {
  /** `user:<id>` or `code:<id>`: the voter roll's key, which finds the ballot to amend it. */
  key: string;
  /** `session:<jti>` or `code:<id>`: who may read the ballot back (docs/rules.md rule 7). */
  reader: string;
  /** The signed-in voter's id, or null for a code voter. */
  userId: string | null;
  /** The code's id, or null for a signed-in voter. */
  codeId: string | null;
}

/** The loaders this service reads. */
type RatingServiceLoaders = RatingLoaders & EvaluationMeetingLoaders;

/** The services this service calls (the composition root passes them). */
export interface RatingDeps {
  meetings: EvaluationMeetingService;
  ballotCodes: BallotCodeService;
}

/** Ratings and the secret ballot (docs/rules.md rules 5 and 7): voting, ballot codes, one's own ballots, progress. */
export class RatingService {
  constructor(
    private readonly ctx: ServiceContext<RatingServiceLoaders>,
    private readonly deps: RatingDeps,
  ) {}

  private get db(): DataSource {
    return this.ctx.db;
  }

  private get codes(): BallotCodeService {
    return this.deps.ballotCodes;
  }

  /**
   * Casts or replaces a ballot (docs/rules.md rules 5 and 7), each refusal with its own error: NOT_FOUND (no
   * such meeting), CONFLICT (the meeting is not OPEN), FORBIDDEN (not a representative registered
   * for it, checked in as a code voter (reason CODE_VOTER), or rating oneself; a code that opens
   * nothing here or is bound to another browser, see BallotCodeService.use), BAD_USER_INPUT naming
   * `input.officialId`, `input.scores`, `input.comment` or `input.ballotSecret` (assertMayCast
   * gives their order). One prepared statement after the session check (castBallot) reads the
   * checks' facts and, when they pass, writes: it shares the meeting's row lock with closing, puts
   * (meeting, official, voter) on the voter roll once and inserts or replaces the ballot, keyed
   * only by keyed hashes — so concurrent submissions never make two — and, for a voter's first
   * ballot for an official only, logs `rating.cast`, which is then announced to the meeting's
   * progress without the answer waiting for it; an amendment is neither logged nor announced, so
   * amendments cannot be counted. When nothing was written, the facts it read name the refusal.
   */
  async submit(input: SubmitRatingInput): Promise<SubmitRatingPayload> {
    if (input.ballotCode && this.ctx.viewer) {
      // One person, one ballot: a signed-in representative votes with the account, never also with a code.
      throw new ForbiddenError(ratingReasons.CODE_WITH_ACCOUNT());
    }
    const voter = await this.voterFor(input.meetingId, input.ballotCode, input.ballotSecret, 'input');
    const viewer = voter.userId ? this.ctx.viewer : null;
    if (refusedBeforeFacts(input, viewer)) {
      // The input alone fails a check: the facts, read apart, say which error comes first.
      const facts = isId(input.meetingId)
        ? await ballotFacts(this.db, viewer, input.meetingId, input.officialId)
        : null;
      assertMayCast(facts, viewer, input);
    }
    const [key, reader] = await Promise.all([
      ballotKey(this.db, input.meetingId, input.officialId, voter.key),
      readerKey(this.db, input.meetingId, input.officialId, voter.reader),
    ]);
    // The log says a ballot was cast for whom, to the hour: never by whom, what it says, the
    // exact moment or whether it replaced an earlier one, which together could name the voter.
    // The meeting as its progress topic and the log name it, whatever case the client sent.
    const meetingId = idKey(input.meetingId);
    const event = ratingCast(meetingId, input.officialId, toTheHour(new Date()));
    const outcome = await castBallot(this.db, {
      meetingId,
      officialId: input.officialId,
      voter: voter.key,
      viewer,
      codeId: voter.codeId,
      ballotKey: key,
      readerKey: reader,
      satisfaction: input.satisfaction,
      scores: scoresAsSent(input),
      comment: saysSomething(input.comment) ? input.comment!.trim() : null,
      event,
    });
    if (outcome.cast) {
      // Only a voter's first ballot for an official is logged, and so announced.
      if (outcome.first) this.ctx.announce([event]);
      return { rating: outcome.rating, replaced: outcome.replacedOwn };
    }
    assertMayCast(outcome.facts, viewer, input);
    if (outcome.reason === 'CODE_VOTER') throw codeVoterError();
    if (outcome.reason === 'CODE_DEAD') throw new ForbiddenError(ratingReasons.INVALID_BALLOT_CODE());
    throw new ConflictError(ratingReasons.meetingClosedJustNow());
  }

  /**
   * The caller's own ballots at an OPEN meeting (docs/rules.md rule 7): those cast in this sign-in session,
   * or with `code` from the browser holding `secret`; a ballot cast in another session is not
   * listed, though it may be replaced. Nobody reads anyone else's, nor any ballot once the meeting
   * is not OPEN: NOT_FOUND outside the caller's scope, FORBIDDEN (NOT_REGISTERED) for anyone but a
   * representative registered for it, CONFLICT when it is not OPEN; a code voter gets the code's
   * own errors (a code dies with its meeting; before it opens there is nothing to list).
   */
  async own(meetingId: string, code?: string | null, secret?: string | null): Promise<Rating[]> {
    const voter = await this.voterFor(meetingId, code, secret, null);
    if (voter.userId) {
      const meeting = await this.deps.meetings.get(meetingId);
      const registered =
        this.ctx.viewer!.role === Role.REPRESENTATIVE &&
        (await this.ctx.loaders.meetingRepresentatives.load(meeting.id)).some((r) => r.userId === voter.userId);
      if (!registered) throw new ForbiddenError(ratingReasons.NOT_REGISTERED());
      if (meeting.status !== MeetingStatus.OPEN)
        throw new ConflictError(ratingReasons.ballotsReadOpenOnly({ status: meeting.status }));
    }
    const officials = await this.db.getRepository(MeetingOfficial).findBy({ meetingId });
    const keys = await Promise.all(officials.map((o) => readerKey(this.db, meetingId, o.officialId, voter.reader)));
    if (keys.length === 0) return [];
    return this.db
      .getRepository(Rating)
      .createQueryBuilder('r')
      .where('r.meetingId = :meetingId AND r.readerKey = ANY(:keys)', { meetingId, keys })
      .getMany();
  }

  /**
   * What a ballot code opens, with the browser secret (docs/rules.md rule 7; no sign-in needed): the
   * meeting, its criteria and officials (in pinyin order, docs/rules.md rule 15), and the officials this code has rated. The code binds to
   * `secret` if this is its first use. Errors as BallotCodeService.use, on `code` and `secret`.
   */
  async ballot(code: string, secret: string | null | undefined): Promise<Ballot> {
    const found = await this.codes.use({ code, secret, meetingId: null, codeField: 'code', secretField: 'secret' });
    const meeting = await this.db.getRepository(EvaluationMeeting).findOneByOrFail({ id: found.meetingId });
    const template = await this.db.getRepository(RatingTemplate).findOneByOrFail({ id: meeting.templateId });
    const officials = await this.db
      .getRepository(Official)
      .createQueryBuilder('o')
      .where('o.id IN (SELECT official_id FROM meeting_official WHERE meeting_id = :m)', { m: meeting.id })
      .orderBy('o.pinyinKey')
      .addOrderBy('o.id')
      .getMany();
    const rated = await this.db
      .getRepository(Participation)
      .findBy({ meetingId: meeting.id, voter: `code:${found.id}` });
    return {
      meetingId: meeting.id,
      title: meeting.title,
      status: meeting.status,
      criteria: template.criteria,
      officials: officials.map((o) => ({ id: o.id, name: o.name, category: o.category, title: o.title })),
      ratedOfficialIds: rated.map((p) => p.officialId),
    };
  }

  /** Voids unused ballot codes (docs/rules.md rule 7); see BallotCodeService.voidCodes. */
  voidCodes(input: VoidBallotCodesInput): Promise<VoidedBallotCodes> {
    return this.codes.voidCodes(input);
  }

  /**
   * The live progress of a meeting for a subscription (docs/rules.md rule 7), checked once when it starts:
   * UNAUTHENTICATED without a sign-in, NOT_FOUND outside the caller's scope, FORBIDDEN for anyone
   * but the meeting's chair and the ADMINs over it. Then the ids of the meeting's changes, one per
   * change (a first ballot, a check-in, a code issued or voided, opening, closing).
   */
  async watchProgress(meetingId: string): Promise<AsyncIterable<string>> {
    const meeting = await this.deps.meetings.get(meetingId);
    await this.assertMayFollow(meeting);
    return pipe(
      this.ctx.live.subscribe(MEETING_PROGRESS),
      filter((changed: string) => changed === meeting.id),
    );
  }

  /**
   * A meeting's progress for a subscriber: the subscription keeps one context for its whole life,
   * so this forgets what its loaders cached about the meeting before counting again.
   */
  async liveProgress(meetingId: string): Promise<MeetingProgress> {
    const loaders = this.ctx.loaders;
    for (const loader of [
      loaders.evaluationMeeting,
      loaders.participationCounts,
      loaders.meetingRepresentatives,
      loaders.meetingTallies,
      loaders.meetingOfficials,
    ]) {
      loader.clear(meetingId);
    }
    return this.progress(await this.deps.meetings.get(meetingId));
  }

  /**
   * A meeting's progress (docs/rules.md rule 7): ratings received per official, attendees present, codes
   * issued, used and voided and by whom — counts only, through loaders, so a list of meetings
   * costs the same few statements. For the meeting's chair and the ADMINs over it; for everyone who
   * sees the meeting once it is CLOSED. FORBIDDEN otherwise.
   */
  async progress(meeting: EvaluationMeeting): Promise<MeetingProgress> {
    if (meeting.status !== MeetingStatus.CLOSED) await this.assertMayFollow(meeting);
    const loaders = this.ctx.loaders;
    const [byOfficial, representatives, tally, officials] = await Promise.all([
      loaders.participationCounts.load(meeting.id),
      loaders.meetingRepresentatives.load(meeting.id),
      loaders.meetingTallies.load(meeting.id),
      this.deps.meetings.officials(meeting),
    ]);
    return {
      id: progressIds.meeting(meeting.id),
      meetingId: meeting.id,
      status: meeting.status,
      representativesRegistered: representatives.length,
      attendeesPresent: tally.accountVoters + tally.codeVoters,
      accountVoters: tally.accountVoters,
      codeVoters: tally.codeVoters,
      voters: tally.voters,
      finishedAll: officials.length > 0 ? tally.finishedAll : 0,
      turnout: turnoutOf(tally.voters, tally.accountVoters + tally.codeVoters),
      ballotCodesIssued: tally.codesIssued,
      ballotCodesUsed: tally.codesUsed,
      ballotCodesVoided: tally.codesVoided,
      codeIssuers: tally.issuers.map((issuer) => ({
        ...issuer,
        id: progressIds.codeIssuer(meeting.id, issuer.issuerId),
      })),
      officials: officials.map((o) => ({
        id: progressIds.official(meeting.id, o.id),
        officialId: o.id,
        name: o.name,
        ratingsReceived: byOfficial.get(o.id) ?? 0,
      })),
    };
  }

  /** FORBIDDEN unless the caller runs the meeting: its chair or an ADMIN over it. */
  private async assertMayFollow(meeting: EvaluationMeeting): Promise<void> {
    if (!(await this.deps.meetings.runs(meeting))) {
      throw new ForbiddenError(ratingReasons.progressReaders());
    }
  }

  /**
   * Resolves the voter: with `code`, a live code of this meeting used with `secret` (see
   * BallotCodeService.use; `input` names the arguments' parent, null for top-level arguments);
   * else the signed-in caller (UNAUTHENTICATED without one), whose reader is this session.
   */
  private async voterFor(
    meetingId: string,
    code: string | null | undefined,
    secret: string | null | undefined,
    input: 'input' | null,
  ): Promise<Voter> {
    if (code) {
      const field = (name: string) => (input ? `${input}.${name}` : name);
      const found = await this.codes.use({
        code,
        secret,
        meetingId,
        codeField: field('ballotCode'),
        secretField: field('ballotSecret'),
      });
      return { key: `code:${found.id}`, reader: `code:${found.id}`, userId: null, codeId: found.id };
    }
    const viewer = this.ctx.viewer;
    if (!viewer) throw new UnauthenticatedError(ratingReasons.signInOrCode());
    return {
      key: `user:${viewer.userId}`,
      reader: `session:${viewer.sessionId ?? 'none'}`,
      userId: viewer.userId,
      codeId: null,
    };
  }
}

/** Turnout, voters ÷ attendees present (docs/rules.md rule 7), 0–1 unrounded; null while nobody is present. */
export function turnoutOf(voters: number, present: number): number | null {
  return present > 0 ? voters / present : null;
}

/** The start of the hour of `date` (UTC). */
function toTheHour(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 3_600_000) * 3_600_000);
}
