import type { DataSource } from 'typeorm';
import { audit } from '../audit/audit';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../core/errors';
import { isId } from '../core/ids';
import type { ServiceContext } from '../core/record.service';
import { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import { MeetingOfficial, MeetingRepresentative } from '../evaluation-meeting/meeting-registration.entity';
import { MeetingStatus } from '../evaluation-meeting/meeting-status';
import { Official } from '../official/official.entity';
import type { RatingCriterion } from '../rating-template/rating-template.entity';
import { RatingTemplate } from '../rating-template/rating-template.entity';
import { Role } from '../user/role';
import { BallotCode } from './ballot-code.entity';
import { ballotKey, hashBallotCode, newBallotCode } from './ballot-secret';
import { Participation, Rating } from './rating.entity';
import { IssueBallotCodesInput, SubmitRatingInput } from './rating.inputs';
import { Ballot, IssuedBallotCodes, MeetingProgress, SubmitRatingPayload } from './rating.types';
import { NEEDS_COMMENT } from './satisfaction';
import { ballotFacts, castBallot } from './ballot-box';
import { saysSomething } from '../core/inputs';

/** Who casts a ballot: a signed-in representative or a ballot code; never stored with the ballot. */
interface Voter {
  /** `user:<id>` or `code:<id>`, the voter roll's key. */
  key: string;
  meetingId: string;
  /** For a signed-in voter, the official they are (they may not rate themselves). */
  officialId: string | null;
}

const INVALID_CODE = 'This ballot code is not valid for an open meeting';

/** Ratings and the secret ballot (DESIGN rules 5 and 7): voting, ballot codes, one's own ballots, progress. */
export class RatingService {
  constructor(private readonly ctx: ServiceContext) {}

  private get db(): DataSource {
    return this.ctx.db;
  }

  /**
   * Casts or replaces a ballot (DESIGN rule 5), each refusal with its own error: NOT_FOUND (no such
   * meeting), CONFLICT (the meeting is not OPEN), FORBIDDEN (not a representative registered for
   * it, or rating oneself), BAD_USER_INPUT naming `input.officialId`, `input.scores` or
   * `input.comment`. In one transaction that shares the meeting's row lock with closing: the voter
   * roll gets (meeting, official, voter) once, and the ballot, keyed only by a keyed hash, is
   * inserted or replaced — so concurrent submissions never make two.
   */
  async submit(input: SubmitRatingInput): Promise<SubmitRatingPayload> {
    if (input.ballotCode && this.ctx.viewer) {
      // One person, one ballot: a signed-in representative votes with the account, never also with a code.
      throw new ForbiddenError('Vote either signed in or with a ballot code, not both: sign out to use a code', 'CODE_WITH_ACCOUNT');
    }
    // Two statements in all for a signed-in voter: the checks, then the ballot (BENCHMARKS.md, B3).
    let voter: string;
    if (input.ballotCode) {
      const found = await this.findCode(input.ballotCode);
      if (!found || found.meetingId !== input.meetingId) throw new ForbiddenError(INVALID_CODE, 'INVALID_BALLOT_CODE');
      voter = `code:${found.id}`;
    } else {
      if (!this.ctx.viewer) throw new UnauthenticatedError('Sign in, or give the ballot code the chair handed you');
      voter = `user:${this.ctx.viewer.userId}`;
    }
    const viewer = input.ballotCode ? null : this.ctx.viewer;
    const facts = isId(input.meetingId) ? await ballotFacts(this.db, viewer, input.meetingId, input.officialId) : null;
    if (!facts) throw new NotFoundError('EvaluationMeeting', input.meetingId);
    if (viewer && !(viewer.role === Role.REPRESENTATIVE && facts.registered)) {
      throw new ForbiddenError('Only representatives registered for this meeting may rate at it', 'NOT_REGISTERED');
    }
    if (facts.voterOfficialId !== null && facts.voterOfficialId === input.officialId) throw new ForbiddenError('You may not rate yourself', 'SELF_RATING');
    if (facts.status !== MeetingStatus.OPEN) throw new ConflictError(`The meeting is ${facts.status}; ratings are taken only while it is OPEN`);
    if (!isId(input.officialId) || !facts.underEvaluation) throw new BadUserInputError('input.officialId: this official is not under evaluation at this meeting', 'input.officialId');
    const scores = scoresFor(facts.criteria, input);
    if (NEEDS_COMMENT.includes(input.satisfaction) && !saysSomething(input.comment)) {
      throw new BadUserInputError(`input.comment: a ${input.satisfaction} rating needs a comment saying why`, 'input.comment');
    }
    const cast = await castBallot(this.db, {
      meetingId: input.meetingId,
      officialId: input.officialId,
      voter,
      ballotKey: await ballotKey(this.db, input.meetingId, input.officialId, voter),
      satisfaction: input.satisfaction,
      scores,
      comment: saysSomething(input.comment) ? input.comment!.trim() : null,
      // The log says a ballot was cast for whom, to the hour: never by whom, what it says, the
      // exact moment or whether it replaced an earlier one, which together could name the voter.
      hour: toTheHour(new Date()),
    });
    if (!cast) throw new ConflictError('The meeting closed just now; ratings are taken only while it is OPEN');
    this.ctx.events.meetingChanged(input.meetingId);
    return cast;
  }

  /** The caller's own ballots at a meeting (by signed-in user, or by `ballotCode`); nobody sees anyone else's. */
  async own(meetingId: string, code?: string | null): Promise<Rating[]> {
    const voter = await this.voter(meetingId, code, true);
    const officials = await this.db.getRepository(MeetingOfficial).findBy({ meetingId });
    const keys = await Promise.all(officials.map((o) => ballotKey(this.db, meetingId, o.officialId, voter.key)));
    if (keys.length === 0) return [];
    return this.db.getRepository(Rating).createQueryBuilder('r').where('r.meetingId = :meetingId AND r.ballotKey = ANY(:keys)', { meetingId, keys }).getMany();
  }

  /**
   * Issues one-time ballot codes for a DRAFT or OPEN meeting (its chair or an ADMIN), returning
   * them this once; only their hashes are kept. CONFLICT for a closed meeting.
   */
  async issueCodes(input: IssueBallotCodesInput): Promise<IssuedBallotCodes> {
    await this.ctx.services().meetings.assertCanRun(input.meetingId);
    const codes = Array.from({ length: input.count }, newBallotCode);
    await this.db.transaction(async (manager) => {
      const meeting = await manager.getRepository(EvaluationMeeting).createQueryBuilder('m').setLock('pessimistic_read').where('m.id = :id', { id: input.meetingId }).getOneOrFail();
      if (meeting.status === MeetingStatus.CLOSED) throw new ConflictError('The meeting is CLOSED; no more ballot codes');
      await manager.getRepository(BallotCode).insert(codes.map((code) => ({ meetingId: meeting.id, codeHash: hashBallotCode(code) })));
      await audit(manager, { actorId: this.ctx.viewer!.userId, action: 'ballot_codes.issued', entityType: 'EvaluationMeeting', entityId: meeting.id, after: { count: codes.length } });
    });
    this.ctx.events.meetingChanged(input.meetingId);
    return { meetingId: input.meetingId, codes };
  }

  /** What a ballot code opens (no sign-in needed). BAD_USER_INPUT on `code` for an unknown code or a closed meeting. */
  async ballot(code: string): Promise<Ballot> {
    const found = await this.findCode(code);
    if (!found) throw new BadUserInputError(INVALID_CODE, 'code');
    const meeting = await this.db.getRepository(EvaluationMeeting).findOneByOrFail({ id: found.meetingId });
    const template = await this.db.getRepository(RatingTemplate).findOneByOrFail({ id: meeting.templateId });
    const officials = await this.db
      .getRepository(Official)
      .createQueryBuilder('o')
      .where('o.id IN (SELECT official_id FROM meeting_official WHERE meeting_id = :m)', { m: meeting.id })
      .orderBy('o.name')
      .getMany();
    const rated = await this.db.getRepository(Participation).findBy({ meetingId: meeting.id, voter: `code:${found.id}` });
    return {
      meetingId: meeting.id,
      title: meeting.title,
      status: meeting.status,
      criteria: template.criteria,
      officials: officials.map((o) => ({ id: o.id, name: o.name, category: o.category, title: o.title })),
      ratedOfficialIds: rated.map((p) => p.officialId),
    };
  }

  /**
   * A meeting's progress for a subscriber: the subscription keeps one context for its whole life,
   * so this forgets what its loaders cached about the meeting before counting again.
   */
  async liveProgress(meetingId: string): Promise<MeetingProgress> {
    const loaders = this.ctx.loaders;
    for (const loader of [loaders.evaluationMeeting, loaders.participationCounts, loaders.meetingRepresentatives, loaders.ballotCodeCounts, loaders.meetingOfficials]) {
      loader.clear(meetingId);
    }
    return this.progress(await this.ctx.services().meetings.get(meetingId));
  }

  /**
   * A meeting's progress: ratings received per official, voters registered and codes issued
   * (counts only), through loaders, so a list of meetings costs the same few statements.
   */
  async progress(meeting: EvaluationMeeting): Promise<MeetingProgress> {
    const loaders = this.ctx.loaders;
    const [byOfficial, representatives, codes, officials] = await Promise.all([
      loaders.participationCounts.load(meeting.id),
      loaders.meetingRepresentatives.load(meeting.id),
      loaders.ballotCodeCounts.load(meeting.id),
      this.ctx.services().meetings.officials(meeting),
    ]);
    return {
      meetingId: meeting.id,
      status: meeting.status,
      representativesRegistered: representatives.length,
      ballotCodesIssued: codes,
      officials: officials.map((o) => ({ officialId: o.id, name: o.name, ratingsReceived: byOfficial.get(o.id) ?? 0 })),
    };
  }

  /** Resolves the voter: a valid ballot code of this meeting, else the signed-in representative registered for it. */
  private async voter(meetingId: string, code: string | null | undefined, reading = false): Promise<Voter> {
    if (code) {
      const found = await this.findCode(code, reading);
      if (!found || found.meetingId !== meetingId) throw new ForbiddenError(INVALID_CODE, 'INVALID_BALLOT_CODE');
      return { key: `code:${found.id}`, meetingId, officialId: null };
    }
    const viewer = this.ctx.viewer;
    if (!viewer) throw new UnauthenticatedError('Sign in, or give the ballot code the chair handed you');
    const meeting = isId(meetingId) ? await this.ctx.loaders.evaluationMeeting.load(meetingId) : null;
    if (!meeting) throw new NotFoundError('EvaluationMeeting', meetingId);
    const registered = viewer.role === Role.REPRESENTATIVE && (await this.db.getRepository(MeetingRepresentative).existsBy({ meetingId, userId: viewer.userId }));
    if (!registered) throw new ForbiddenError('Only representatives registered for this meeting may rate at it', 'NOT_REGISTERED');
    const user = await this.ctx.loaders.user.load(viewer.userId);
    return { key: `user:${viewer.userId}`, meetingId, officialId: user?.officialId ?? null };
  }

  /** The code's record while its meeting is OPEN (or, for reading one's own ballots, not DRAFT). */
  private async findCode(code: string, reading = false): Promise<BallotCode | null> {
    const found = await this.db.getRepository(BallotCode).findOneBy({ codeHash: hashBallotCode(code) });
    if (!found) return null;
    const meeting = await this.db.getRepository(EvaluationMeeting).findOneBy({ id: found.meetingId });
    const alive = meeting?.status === MeetingStatus.OPEN || (reading && meeting?.status === MeetingStatus.CLOSED);
    return alive ? found : null;
  }
}

/** The start of the hour of `date` (UTC). */
function toTheHour(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 3_600_000) * 3_600_000);
}

/** Exactly one integer 1–5 per criterion of the template (DESIGN rule 5); BAD_USER_INPUT on `input.scores` otherwise. */
function scoresFor(criteria: RatingCriterion[], input: SubmitRatingInput): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const s of input.scores) {
    if (!criteria.some((c) => c.key === s.key)) throw new BadUserInputError(`input.scores: "${s.key}" is not a criterion of this meeting`, 'input.scores');
    if (s.key in scores) throw new BadUserInputError(`input.scores: "${s.key}" is scored twice`, 'input.scores');
    scores[s.key] = s.score;
  }
  const missing = criteria.filter((c) => !(c.key in scores));
  if (missing.length > 0) throw new BadUserInputError(`input.scores: score every criterion; missing ${missing.map((c) => c.label).join(', ')}`, 'input.scores');
  return scores;
}
