import type { DataSource } from 'typeorm';
import { preparedQuery } from '../core/database';
import type { DomainEvent } from '../core/domain-events';
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
  /**
   * The signed-in voter (put on the attendance roll as an account voter), whose registration,
   * scope, own official and check-in mode the statement checks; null for a code voter.
   */
  viewer: Viewer | null;
  /** The ballot code's id for a code voter (it must still be live when the ballot lands), or null. */
  codeId: string | null;
  /** The keyed hash that lets the voter, through the server, find this ballot again to amend it. */
  ballotKey: string;
  /** The keyed hash of the session or code that may read this ballot back (docs/rules.md rule 7). */
  readerKey: string;
  satisfaction: Satisfaction;
  /** Score per criterion key, as sent (each key once): cast only when the keys are exactly the template's criteria. */
  scores: Record<string, number>;
  comment: string | null;
  /** `rating.cast` (no author, to the hour), written to the audit log by the statement for a voter's first ballot only. */
  event: DomainEvent;
}

/** What casting found: the stored ballot, or the facts and why nothing was written. */
export type CastOutcome =
  | {
      cast: true;
      rating: Rating;
      /** Whether this is the voter's first ballot for this official (then `rating.cast` was logged; an amendment logs nothing). */
      first: boolean;
      /** Whether it replaced a ballot that the same reader (session or code) had cast. */
      replacedOwn: boolean;
    }
  | {
      cast: false;
      /** What the statement read before writing (null: no such meeting in the voter's scope); a failed check explains the refusal. */
      facts: BallotFacts | null;
      /** When every check of `facts` passed: what the writes found (a meeting closed meanwhile, a code voter, a dead code). */
      reason: 'NOT_OPEN' | 'CODE_VOTER' | 'CODE_DEAD';
    };

/** The statement's name on each pooled connection (preparedQuery). */
const CAST_BALLOT = 'pingyi_cast_ballot_v1';

/**
 * The ballot statement: the facts of ballotFacts ($8 the signed-in voter, null for a code voter;
 * the scope: $12 the voter's subdistrict, else $13 their district), then — only if they all pass
 * (the meeting OPEN, the official under evaluation, $11 exactly the template's criterion keys;
 * for a signed-in voter: registered, not checked in by code, not the official) — the writes.
 */
const CAST_BALLOT_SQL = `WITH facts AS (
  SELECT m.id, m.status, t.criteria,
         EXISTS (SELECT 1 FROM meeting_official mo WHERE mo.meeting_id = m.id AND mo.official_id = $2::uuid) AS under_evaluation,
         ($8::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM meeting_representative mr WHERE mr.meeting_id = m.id AND mr.user_id = $8::uuid)) AS registered,
         (SELECT u.official_id FROM app_user u WHERE u.id = $8::uuid) AS voter_official_id,
         ($8::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.user_id = $8::uuid AND a.mode = 'CODE')) AS code_voter,
         (ARRAY(SELECT c->>'key' FROM jsonb_array_elements(t.criteria) c) @> $11::text[]
          AND ARRAY(SELECT c->>'key' FROM jsonb_array_elements(t.criteria) c) <@ $11::text[]) AS scores_fit
  FROM evaluation_meeting m JOIN rating_template t ON t.id = m.template_id
  WHERE m.id = $1::uuid
    AND ($8::uuid IS NULL
         OR ($12::uuid IS NOT NULL AND m.subdistrict_id = $12::uuid)
         OR ($12::uuid IS NULL AND m.subdistrict_id IN (SELECT s.id FROM subdistrict s WHERE s.district_id = $13::uuid)))
), checked AS (
  SELECT id FROM facts
  WHERE status = '${MeetingStatus.OPEN}' AND under_evaluation AND scores_fit
    AND ($8::uuid IS NULL OR (registered AND NOT code_voter AND voter_official_id IS DISTINCT FROM $2::uuid))
), open_meeting AS (
  SELECT id FROM evaluation_meeting WHERE id = (SELECT id FROM checked) AND status = '${MeetingStatus.OPEN}' FOR SHARE
), live_code AS (
  SELECT id FROM ballot_code WHERE id = $9::uuid AND meeting_id = $1::uuid AND NOT voided FOR SHARE
), present AS (
  INSERT INTO meeting_attendance (meeting_id, user_id, mode)
  SELECT id, $8::uuid, 'ACCOUNT' FROM open_meeting WHERE $8::uuid IS NOT NULL
  ON CONFLICT (meeting_id, user_id) DO UPDATE SET mode = meeting_attendance.mode
  RETURNING mode
), allowed AS (
  SELECT id FROM open_meeting
  WHERE CASE WHEN $8::uuid IS NOT NULL THEN EXISTS (SELECT 1 FROM present WHERE mode = 'ACCOUNT') ELSE EXISTS (SELECT 1 FROM live_code) END
), roll AS (
  INSERT INTO participation (meeting_id, official_id, voter) SELECT id, $2::uuid, $3 FROM allowed ON CONFLICT DO NOTHING RETURNING 1
), logged AS (
  INSERT INTO audit_event (actor_id, action, entity_type, entity_id, "before", "after", at)
  SELECT NULL, $14, $15, $1::uuid, NULL, $16::jsonb, $17::timestamptz FROM roll
  RETURNING 1
), earlier AS (
  SELECT reader_key FROM rating WHERE meeting_id = $1::uuid AND official_id = $2::uuid AND ballot_key = $4
), cast_ballot AS (
  INSERT INTO rating (meeting_id, official_id, ballot_key, reader_key, satisfaction, scores, comment)
  SELECT id, $2::uuid, $4, $10, $5, $6::jsonb, $7 FROM allowed
  ON CONFLICT (meeting_id, official_id, ballot_key)
  DO UPDATE SET satisfaction = EXCLUDED.satisfaction, scores = EXCLUDED.scores, comment = EXCLUDED.comment, reader_key = EXCLUDED.reader_key
  RETURNING id, meeting_id, official_id, ballot_key, reader_key, satisfaction, scores, comment
)
SELECT c.*, f.id IS NOT NULL AS found, f.status, f.criteria, f.under_evaluation, f.registered, f.voter_official_id,
       f.code_voter, EXISTS (SELECT 1 FROM open_meeting) AS open, EXISTS (SELECT 1 FROM roll) AS first,
       COALESCE((SELECT reader_key FROM earlier) = $10, false) AS replaced_own
FROM (SELECT 1) one LEFT JOIN facts f ON true LEFT JOIN cast_ballot c ON true`;

/**
 * Checks and casts or replaces a ballot in one SQL statement, a prepared one, which commits on its
 * own (docs/architecture.md, Ballots). It reads every fact the checks need (as ballotFacts) and
 * writes only if every check passes; then it takes the meeting's row in SHARE mode only while the
 * meeting is OPEN (closing, check-ins and voiding take it exclusively, so no ballot lands after the
 * results are frozen); for a code voter it takes the code's row in SHARE mode only while the code
 * is not voided; for a signed-in voter it puts them on the attendance roll as an account voter, or
 * finds them there as a code voter and casts nothing (the roll's unique key decides, also against
 * a check-in at the same moment). Then it puts (meeting, official, voter) on the voter roll once,
 * inserts or replaces the ballot keyed by `ballotKey` (recording `readerKey` as its reader) and,
 * only for the voter's first ballot for this official, writes `ballot.event` to the audit log —
 * without author or content, so an amendment leaves no trace (docs/rules.md rule 7). The event
 * carries no notice for district systems, so the audit log is the only in-transaction subscriber
 * it has; the caller announces it to the after-commit ones.
 */
export async function castBallot(db: DataSource, ballot: BallotToCast): Promise<CastOutcome> {
  const { viewer, event } = ballot;
  if (event.notice)
    throw new Error(`${event.type} may not carry a notice: the ballot statement writes its audit entry only`);
  const [row] = await preparedQuery(db, {
    name: CAST_BALLOT,
    text: CAST_BALLOT_SQL,
    values: [
      ballot.meetingId,
      ballot.officialId,
      ballot.voter,
      ballot.ballotKey,
      ballot.satisfaction,
      JSON.stringify(ballot.scores),
      ballot.comment,
      viewer?.userId ?? null,
      ballot.codeId,
      ballot.readerKey,
      Object.keys(ballot.scores),
      viewer?.subdistrictId ?? null,
      viewer && !viewer.subdistrictId ? viewer.districtId : null,
      event.type,
      event.entityType,
      JSON.stringify(event.after ?? null),
      event.at ?? new Date(),
    ],
  });
  if (!row.id) {
    const facts: BallotFacts | null = row.found
      ? {
          status: row.status as MeetingStatus,
          criteria: row.criteria as RatingCriterion[],
          underEvaluation: row.under_evaluation === true,
          registered: row.registered === true,
          voterOfficialId: (row.voter_official_id as string | null) ?? null,
          codeVoter: row.code_voter === true,
        }
      : null;
    if (!row.open) return { cast: false, facts, reason: 'NOT_OPEN' };
    return { cast: false, facts, reason: viewer ? 'CODE_VOTER' : 'CODE_DEAD' };
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
