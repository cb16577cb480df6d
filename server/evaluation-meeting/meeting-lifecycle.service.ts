import type { EntityManager } from 'typeorm';
import { ConflictError } from '../core/errors';
import type { ServiceContext } from '../core/request-context';
import type { RatingTemplateService } from '../rating-template/rating-template.service';
import { freezeResults } from '../rating/results';
import { EvaluationMeeting } from './evaluation-meeting.entity';
import type { EvaluationMeetingService } from './evaluation-meeting.service';
import { MeetingEvent, meetingClosedPayload, meetingEvent, meetingSnapshot } from './meeting-events';
import { MeetingOfficial, MeetingRepresentative } from './meeting-registration.entity';
import { MeetingStatus } from './meeting-status';
import { meetingReasons } from './reasons';

/** The services the state machine calls (the composition root passes them). */
export interface MeetingLifecycleDeps {
  meetings: EvaluationMeetingService;
  ratingTemplates: RatingTemplateService;
}

/**
 * A meeting's state machine (docs/rules.md rule 4): DRAFT → OPEN → CLOSED, by its chair or an ADMIN
 * over it. Closing is final and atomic: it freezes every official's result (rule 6) in the
 * transaction that holds the meeting's row, records `meeting.closed` with the attendance and ballot
 * codes (rule 7) and tells district systems (the event's notice, queued in the webhook outbox).
 */
export class MeetingLifecycleService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly deps: MeetingLifecycleDeps,
  ) {}

  /**
   * The OPEN meeting a user is registered for as a representative (the one opened first), or null.
   * The user service asks before an ADMIN resets a password (docs/rules.md rule 7): a reset during
   * the meeting would let the ADMIN sign in as the voter and replace their ballot.
   */
  openMeetingRegistering(userId: string): Promise<EvaluationMeeting | null> {
    return this.ctx.db
      .getRepository(EvaluationMeeting)
      .createQueryBuilder('m')
      .innerJoin(MeetingRepresentative, 'r', 'r.meetingId = m.id AND r.userId = :userId', { userId })
      .where('m.status = :open', { open: MeetingStatus.OPEN })
      .orderBy('m.openedAt', 'ASC')
      .getOne();
  }

  /** DRAFT → OPEN (its chair or an ADMIN). CONFLICT unless DRAFT with at least one official under evaluation. */
  async open(id: string): Promise<EvaluationMeeting> {
    const meeting = await this.deps.meetings.assertCanRun(id);
    const actorId = this.ctx.viewer!.userId;
    return this.deps.meetings.inTransaction(id, [MeetingStatus.DRAFT], 'open', async ({ manager, record }, locked) => {
      const officials = await manager.getRepository(MeetingOfficial).countBy({ meetingId: id });
      if (officials === 0) throw new ConflictError(meetingReasons.noOfficials());
      const before = meetingSnapshot(locked);
      Object.assign(meeting, { status: MeetingStatus.OPEN, openedAt: new Date() });
      const saved = await manager.getRepository(EvaluationMeeting).save(meeting);
      await record(meetingEvent(MeetingEvent.OPENED, actorId, id, { before, after: meetingSnapshot(saved) }));
      return saved;
    });
  }

  /**
   * OPEN → CLOSED (its chair or an ADMIN), final: in one transaction that holds the meeting's row
   * (so no rating slips in meanwhile) it freezes every official's result (docs/rules.md rule 6) and
   * records `meeting.closed` with the results' counts and the attendance and ballot codes issued,
   * used and voided per issuer (docs/rules.md rule 7); its notice tells the district's systems the
   * published figures. Ballot codes die with it. CONFLICT unless OPEN.
   */
  async close(id: string): Promise<EvaluationMeeting> {
    const meeting = await this.deps.meetings.assertCanRun(id);
    const actorId = this.ctx.viewer!.userId;
    const template = await this.deps.ratingTemplates.get(meeting.templateId);
    const { districtId } = await this.ctx.places.placeInSubdistrict(meeting.subdistrictId);
    return this.deps.meetings.inTransaction(id, [MeetingStatus.OPEN], 'close', async ({ manager, record }, locked) => {
      const before = meetingSnapshot(locked);
      Object.assign(meeting, { status: MeetingStatus.CLOSED, closedAt: new Date() });
      const closed = await manager.getRepository(EvaluationMeeting).save(meeting);
      const results = await freezeResults(manager, closed, template.criteria);
      const officialRows: { id: string; external_id: string | null }[] = await manager.query(
        'SELECT id, external_id FROM official WHERE id = ANY($1::uuid[])',
        [results.map((r) => r.officialId)],
      );
      const externalIds = new Map(officialRows.map((o) => [o.id, o.external_id]));
      await record({
        ...meetingEvent(MeetingEvent.CLOSED, actorId, id, {
          before,
          after: {
            ...meetingSnapshot(closed),
            results: results.map((r) => ({ officialId: r.officialId, ratingCount: r.ratingCount })),
            ballots: await closingTally(manager, id),
          },
        }),
        notice: { districtId, payload: meetingClosedPayload(closed, results, externalIds) },
      });
      return closed;
    });
  }
}

/**
 * The attendance and ballot codes of a meeting being closed, for its `meeting.closed` event
 * (docs/rules.md rule 7): attendees by mode, codes issued, used and voided, and codes per issuer.
 */
async function closingTally(manager: EntityManager, meetingId: string): Promise<Record<string, unknown>> {
  const [row] = await manager.query(
    `SELECT (SELECT count(*) FROM meeting_attendance WHERE meeting_id = $1 AND mode = 'ACCOUNT')::int AS "accountVoters",
            (SELECT count(*) FROM meeting_attendance WHERE meeting_id = $1 AND mode = 'CODE')::int AS "codeVoters",
            (SELECT count(*) FROM ballot_code WHERE meeting_id = $1)::int AS "codesIssued",
            (SELECT count(DISTINCT voter) FROM participation WHERE meeting_id = $1 AND voter LIKE 'code:%')::int AS "codesUsed",
            (SELECT count(*) FROM ballot_code WHERE meeting_id = $1 AND voided)::int AS "codesVoided",
            (SELECT coalesce(jsonb_agg(jsonb_build_object('issuerId', i.issued_by_id, 'count', i.n) ORDER BY i.issued_by_id), '[]'::jsonb)
               FROM (SELECT issued_by_id, count(*)::int AS n FROM ballot_code WHERE meeting_id = $1 GROUP BY issued_by_id) i) AS "codeIssuers"`,
    [meetingId],
  );
  return row;
}
