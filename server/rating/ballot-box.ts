import type { DataSource } from 'typeorm';
import { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import { MeetingStatus } from '../evaluation-meeting/meeting-status';
import type { RatingCriterion } from '../rating-template/rating-template.entity';
import { limitToScope, type Viewer } from '../core/viewer';
import { Rating } from './rating.entity';
import type { Satisfaction } from './satisfaction';

/** What one statement tells about a ballot before it is cast (DESIGN rule 5). */
export interface BallotFacts {
  status: MeetingStatus;
  criteria: RatingCriterion[];
  /** Whether the official is under evaluation at the meeting. */
  underEvaluation: boolean;
  /** Whether the signed-in voter is registered for the meeting (false for a code voter). */
  registered: boolean;
  /** The official the signed-in voter is, if any (null for a code voter). */
  voterOfficialId: string | null;
}

/**
 * Everything `submitRating` checks, in one SQL statement: the meeting's status and template
 * criteria, whether the official is under evaluation and, for a signed-in `viewer`, whether they
 * are registered and which official they are. The meeting is looked for within the viewer's scope
 * (as the meetings' loader does); null when there is no such meeting there. A code voter passes
 * `viewer` null: the code already named the meeting.
 */
export async function ballotFacts(db: DataSource, viewer: Viewer | null, meetingId: string, officialId: string): Promise<BallotFacts | null> {
  let qb = db
    .getRepository(EvaluationMeeting)
    .createQueryBuilder('m')
    .select('m.status', 'status')
    .addSelect('t.criteria', 'criteria')
    .innerJoin('rating_template', 't', 't.id = m.template_id')
    .addSelect('EXISTS (SELECT 1 FROM meeting_official mo WHERE mo.meeting_id = m.id AND mo.official_id::text = :officialId)', 'underEvaluation')
    .addSelect(viewer ? 'EXISTS (SELECT 1 FROM meeting_representative mr WHERE mr.meeting_id = m.id AND mr.user_id = :userId)' : 'false', 'registered')
    .addSelect(viewer ? '(SELECT u.official_id FROM app_user u WHERE u.id = :userId)' : 'NULL::uuid', 'voterOfficialId')
    .where('m.id = :meetingId', { meetingId, officialId, userId: viewer?.userId });
  if (viewer) qb = limitToScope(qb, viewer, 'subdistrictId');
  const row = await qb.getRawOne<BallotFacts>();
  return row ?? null;
}

/** A ballot to cast: the meeting, the official, the voter roll's key and the ballot's content. */
export interface BallotToCast {
  meetingId: string;
  officialId: string;
  /** `user:<id>` or `code:<id>`: goes to the voter roll only, never with the ballot. */
  voter: string;
  /** The keyed hash that lets the voter, through the server, find this ballot again. */
  ballotKey: string;
  satisfaction: Satisfaction;
  scores: Record<string, number>;
  comment: string | null;
  /** The audit entry's time: the hour of the ballot (rule 7: never the exact moment). */
  hour: Date;
}

/**
 * Casts or replaces a ballot in one SQL statement, so atomic without a separate transaction: it
 * takes the meeting's row in SHARE mode only while the meeting is OPEN (closing takes it
 * exclusively, so no ballot lands after the results are frozen), puts (meeting, official, voter)
 * on the voter roll once, inserts or replaces the ballot keyed by `ballotKey`, and appends
 * `rating.cast` to the audit log without author or content. Resolves to the stored ballot and
 * whether it replaced an earlier one, or null when the meeting is not OPEN (nothing written).
 */
export async function castBallot(db: DataSource, ballot: BallotToCast): Promise<{ rating: Rating; replaced: boolean } | null> {
  const rows: (Record<string, unknown> & { inserted: boolean })[] = await db.query(
    `WITH open_meeting AS (
       SELECT id FROM evaluation_meeting WHERE id = $1 AND status = '${MeetingStatus.OPEN}' FOR SHARE
     ), roll AS (
       INSERT INTO participation (meeting_id, official_id, voter) SELECT id, $2, $3 FROM open_meeting ON CONFLICT DO NOTHING
     ), logged AS (
       INSERT INTO audit_event (actor_id, action, entity_type, entity_id, before, after, at)
       SELECT NULL, 'rating.cast', 'EvaluationMeeting', id, NULL, jsonb_build_object('officialId', $2::text), $8 FROM open_meeting
     )
     INSERT INTO rating (meeting_id, official_id, ballot_key, satisfaction, scores, comment)
     SELECT id, $2, $4, $5, $6, $7 FROM open_meeting
     ON CONFLICT (meeting_id, official_id, ballot_key)
     DO UPDATE SET satisfaction = EXCLUDED.satisfaction, scores = EXCLUDED.scores, comment = EXCLUDED.comment
     RETURNING id, meeting_id, official_id, ballot_key, satisfaction, scores, comment, (xmax = 0) AS inserted`,
    [ballot.meetingId, ballot.officialId, ballot.voter, ballot.ballotKey, ballot.satisfaction, JSON.stringify(ballot.scores), ballot.comment, ballot.hour],
  );
  const row = rows[0];
  if (!row) return null;
  const rating = Object.assign(new Rating(), {
    id: row.id,
    meetingId: row.meeting_id,
    officialId: row.official_id,
    ballotKey: row.ballot_key,
    satisfaction: row.satisfaction,
    scores: row.scores,
    comment: row.comment,
  });
  return { rating, replaced: !row.inserted };
}
