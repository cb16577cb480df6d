import type { DataSource, EntityManager } from 'typeorm';
import { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import { MeetingStatus } from '../evaluation-meeting/meeting-status';
import type { RatingCriterion } from '../rating-template/rating-template.entity';
import { limitToScope, type Viewer } from '../core/viewer';
import { Rating } from './rating.entity';
import type { Satisfaction } from './satisfaction';

/** What one statement tells about a ballot before it is cast (docs/rules.md rule 5). */
export interface BallotFacts {
  status: MeetingStatus;
  criteria: RatingCriterion[];
  /** Whether the official is under evaluation at the meeting. */
  underEvaluation: boolean;
  /** Whether the signed-in voter is registered for the meeting (false for a code voter). */
  registered: boolean;
  /** The official the signed-in voter is, if any (null for a code voter). */
  voterOfficialId: string | null;
  /** Whether the signed-in voter was checked in as a code voter, so may not vote with the account (false for a code voter). */
  codeVoter: boolean;
}

/**
 * Everything `submitRating` checks, in one SQL statement: the meeting's status and template
 * criteria, whether the official is under evaluation and, for a signed-in `viewer`, whether they
 * are registered and which official they are. The meeting is looked for within the viewer's scope
 * (as the meetings' loader does); null when there is no such meeting there. A code voter passes
 * `viewer` null: the code already named the meeting.
 */
export async function ballotFacts(
  db: DataSource,
  viewer: Viewer | null,
  meetingId: string,
  officialId: string,
): Promise<BallotFacts | null> {
  let qb = db
    .getRepository(EvaluationMeeting)
    .createQueryBuilder('m')
    .select('m.status', 'status')
    .addSelect('t.criteria', 'criteria')
    .innerJoin('rating_template', 't', 't.id = m.template_id')
    .addSelect(
      'EXISTS (SELECT 1 FROM meeting_official mo WHERE mo.meeting_id = m.id AND mo.official_id::text = :officialId)',
      'underEvaluation',
    )
    .addSelect(
      viewer
        ? 'EXISTS (SELECT 1 FROM meeting_representative mr WHERE mr.meeting_id = m.id AND mr.user_id = :userId)'
        : 'false',
      'registered',
    )
    .addSelect(viewer ? '(SELECT u.official_id FROM app_user u WHERE u.id = :userId)' : 'NULL::uuid', 'voterOfficialId')
    .addSelect(
      viewer
        ? `EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.user_id = :userId AND a.mode = 'CODE')`
        : 'false',
      'codeVoter',
    )
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
  /** The signed-in voter's user id (put on the attendance roll as an account voter), or null for a code voter. */
  userId: string | null;
  /** The ballot code's id for a code voter (it must still be live when the ballot lands), or null. */
  codeId: string | null;
  /** The keyed hash that lets the voter, through the server, find this ballot again to amend it. */
  ballotKey: string;
  /** The keyed hash of the session or code that may read this ballot back (docs/rules.md rule 7). */
  readerKey: string;
  satisfaction: Satisfaction;
  scores: Record<string, number>;
  comment: string | null;
}

/** What casting found: the stored ballot, or why nothing was written. */
export type CastOutcome =
  | {
      cast: true;
      rating: Rating;
      /** Whether this is the voter's first ballot for this official (then the caller records `rating.cast`; an amendment records nothing). */
      first: boolean;
      /** Whether it replaced a ballot that the same reader (session or code) had cast. */
      replacedOwn: boolean;
    }
  | { cast: false; reason: 'NOT_OPEN' | 'CODE_VOTER' | 'CODE_DEAD' };

/**
 * Casts or replaces a ballot in one SQL statement (run it in the transaction that records the
 * ballot's event): it
 * takes the meeting's row in SHARE mode only while the meeting is OPEN (closing, check-ins and
 * voiding take it exclusively, so no ballot lands after the results are frozen); for a code voter
 * it takes the code's row in SHARE mode only while the code is not voided; for a signed-in voter it
 * puts them on the attendance roll as an account voter, or finds them there as a code voter and
 * casts nothing (the roll's unique key decides, also against a check-in at the same moment). Then
 * it puts (meeting, official, voter) on the voter roll once, inserts or replaces the ballot keyed by
 * `ballotKey` (recording `readerKey` as its reader), and says whether it was the voter's first
 * ballot for this official: only then does the caller record `rating.cast` (without author or
 * content), so an amendment leaves no trace (docs/rules.md rule 7).
 */
export async function castBallot(db: DataSource | EntityManager, ballot: BallotToCast): Promise<CastOutcome> {
  const rows: Record<string, unknown>[] = await db.query(
    `WITH open_meeting AS (
       SELECT id FROM evaluation_meeting WHERE id = $1 AND status = '${MeetingStatus.OPEN}' FOR SHARE
     ), live_code AS (
       SELECT id FROM ballot_code WHERE id = $9::uuid AND meeting_id = $1 AND NOT voided FOR SHARE
     ), present AS (
       INSERT INTO meeting_attendance (meeting_id, user_id, mode)
       SELECT id, $8::uuid, 'ACCOUNT' FROM open_meeting WHERE $8::uuid IS NOT NULL
       ON CONFLICT (meeting_id, user_id) DO UPDATE SET mode = meeting_attendance.mode
       RETURNING mode
     ), allowed AS (
       SELECT id FROM open_meeting
       WHERE CASE WHEN $8::uuid IS NOT NULL THEN EXISTS (SELECT 1 FROM present WHERE mode = 'ACCOUNT') ELSE EXISTS (SELECT 1 FROM live_code) END
     ), roll AS (
       INSERT INTO participation (meeting_id, official_id, voter) SELECT id, $2, $3 FROM allowed ON CONFLICT DO NOTHING RETURNING 1
     ), earlier AS (
       SELECT reader_key FROM rating WHERE meeting_id = $1 AND official_id = $2 AND ballot_key = $4
     ), cast_ballot AS (
       INSERT INTO rating (meeting_id, official_id, ballot_key, reader_key, satisfaction, scores, comment)
       SELECT id, $2, $4, $10, $5, $6, $7 FROM allowed
       ON CONFLICT (meeting_id, official_id, ballot_key)
       DO UPDATE SET satisfaction = EXCLUDED.satisfaction, scores = EXCLUDED.scores, comment = EXCLUDED.comment, reader_key = EXCLUDED.reader_key
       RETURNING id, meeting_id, official_id, ballot_key, reader_key, satisfaction, scores, comment
     )
     SELECT c.*, EXISTS (SELECT 1 FROM open_meeting) AS open, (SELECT mode FROM present) AS attendance,
            EXISTS (SELECT 1 FROM roll) AS first, COALESCE((SELECT reader_key FROM earlier) = $10, false) AS replaced_own
     FROM (SELECT 1) one LEFT JOIN cast_ballot c ON true`,
    [
      ballot.meetingId,
      ballot.officialId,
      ballot.voter,
      ballot.ballotKey,
      ballot.satisfaction,
      JSON.stringify(ballot.scores),
      ballot.comment,
      ballot.userId,
      ballot.codeId,
      ballot.readerKey,
    ],
  );
  const row = rows[0];
  if (!row.id) {
    if (!row.open) return { cast: false, reason: 'NOT_OPEN' };
    return { cast: false, reason: ballot.userId ? 'CODE_VOTER' : 'CODE_DEAD' };
  }
  const rating = Object.assign(new Rating(), {
    id: row.id,
    meetingId: row.meeting_id,
    officialId: row.official_id,
    ballotKey: row.ballot_key,
    readerKey: row.reader_key,
    satisfaction: row.satisfaction,
    scores: row.scores,
    comment: row.comment,
  });
  return { cast: true, rating, first: row.first === true, replacedOwn: row.replaced_own === true };
}
