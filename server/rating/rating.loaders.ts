import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isId } from '../core/ids';

/** Per meeting, how many voters have rated each official: Map official id → count. */
function participationCounts(db: DataSource): DataLoader<string, Map<string, number>> {
  return new DataLoader(async (meetingIds) => {
    const ids = [...new Set(meetingIds.filter(isId))];
    const rows: { meeting_id: string; official_id: string; n: number }[] =
      ids.length === 0
        ? []
        : await db.query(
            `SELECT meeting_id, official_id, count(*)::int AS n FROM participation WHERE meeting_id = ANY($1) GROUP BY meeting_id, official_id`,
            [ids],
          );
    const byMeeting = new Map<string, Map<string, number>>();
    for (const row of rows) {
      if (!byMeeting.has(row.meeting_id)) byMeeting.set(row.meeting_id, new Map());
      byMeeting.get(row.meeting_id)!.set(row.official_id, row.n);
    }
    return meetingIds.map((id) => byMeeting.get(id) ?? new Map());
  });
}

/** A meeting's attendance, voters and ballot codes as counts (docs/rules.md rule 7). */
export interface MeetingTally {
  accountVoters: number;
  codeVoters: number;
  codesIssued: number;
  codesUsed: number;
  codesVoided: number;
  /** Voters (accounts and codes) who have rated at least one official. */
  voters: number;
  /** Voters who have rated every official under evaluation (none when there is no official). */
  finishedAll: number;
  /** Per issuer (null: not recorded), with the issuer's display name, by name. */
  issuers: { issuerId: string | null; name: string | null; codesIssued: number }[];
}

const EMPTY_TALLY: MeetingTally = {
  accountVoters: 0,
  codeVoters: 0,
  codesIssued: 0,
  codesUsed: 0,
  codesVoided: 0,
  voters: 0,
  finishedAll: 0,
  issuers: [],
};

/** Per meeting, its attendance roll and ballot codes counted, in one statement for any number of meetings. */
function meetingTallies(db: DataSource): DataLoader<string, MeetingTally> {
  return new DataLoader(async (meetingIds) => {
    const ids = [...new Set(meetingIds.filter(isId))];
    const rows: (MeetingTally & { meetingId: string })[] =
      ids.length === 0
        ? []
        : await db.query(
            `SELECT m.id AS "meetingId",
               (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.mode = 'ACCOUNT')::int AS "accountVoters",
               (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id AND a.mode = 'CODE')::int AS "codeVoters",
               (SELECT count(*) FROM ballot_code c WHERE c.meeting_id = m.id)::int AS "codesIssued",
               (SELECT count(DISTINCT p.voter) FROM participation p WHERE p.meeting_id = m.id AND p.voter LIKE 'code:%')::int AS "codesUsed",
               (SELECT count(*) FROM ballot_code c WHERE c.meeting_id = m.id AND c.voided)::int AS "codesVoided",
               (SELECT count(DISTINCT p.voter) FROM participation p WHERE p.meeting_id = m.id)::int AS "voters",
               (SELECT count(*) FROM (
                  SELECT p.voter FROM participation p
                    JOIN meeting_official mo ON mo.meeting_id = p.meeting_id AND mo.official_id = p.official_id
                   WHERE p.meeting_id = m.id GROUP BY p.voter
                  HAVING count(*) = (SELECT count(*) FROM meeting_official o WHERE o.meeting_id = m.id)) f)::int AS "finishedAll",
               (SELECT coalesce(jsonb_agg(jsonb_build_object('issuerId', i.issued_by_id, 'name', u.display_name, 'codesIssued', i.n) ORDER BY u.display_name, i.issued_by_id), '[]'::jsonb)
                  FROM (SELECT issued_by_id, count(*)::int AS n FROM ballot_code c WHERE c.meeting_id = m.id GROUP BY issued_by_id) i
                  LEFT JOIN app_user u ON u.id = i.issued_by_id) AS issuers
             FROM unnest($1::uuid[]) AS m(id)`,
            [ids],
          );
    const byMeeting = new Map(rows.map(({ meetingId, ...tally }) => [meetingId, tally]));
    return meetingIds.map((id) => byMeeting.get(id) ?? EMPTY_TALLY);
  });
}

/**
 * This request's rating loaders: counts only, per meeting (the loaders are reached through a
 * meeting the viewer may see and may follow, so they need no scope of their own).
 */
export function createRatingLoaders(db: DataSource) {
  return { participationCounts: participationCounts(db), meetingTallies: meetingTallies(db) };
}

/** The rating loaders, for services that declare them. */
export type RatingLoaders = ReturnType<typeof createRatingLoaders>;
