import { queryOnce } from '../lib/context';

/** What the database holds after the burst, against what Pingyi confirmed. */
export interface Tally {
  /** Rating rows of the run's meetings. */
  ratings: number;
  /** Voter-roll rows (participation) of the run's meetings. */
  voters: number;
  /** Ratings Pingyi confirmed but the database lacks, summed over (meeting, official). */
  lost: number;
  /** Ratings the database holds beyond one per representative who sent one, summed over (meeting, official). */
  doubled: number;
  /** (meeting, official) pairs whose ballot count differs from their voter-roll count. */
  rollMismatches: number;
}

/**
 * Counts, per (meeting, official) of the run's meetings, the ballots and voter-roll rows and
 * compares them with what was sent ("meetingId|officialId" → representatives): every confirmed
 * representative must have a ballot (else lost), and there may be no more ballots than
 * representatives who sent one (else doubled), nor ballots without their roll entry.
 */
export async function tally(
  databaseUrl: string,
  meetingIds: string[],
  confirmed: Map<string, Set<string>>,
  attempted: Map<string, Set<string>>,
): Promise<Tally> {
  const rows = await queryOnce<{ meeting_id: string; official_id: string; ratings: number; voters: number }>(
    databaseUrl,
    `SELECT mo.meeting_id, mo.official_id,
            (SELECT count(*) FROM rating r WHERE r.meeting_id = mo.meeting_id AND r.official_id = mo.official_id)::int AS ratings,
            (SELECT count(*) FROM participation p WHERE p.meeting_id = mo.meeting_id AND p.official_id = mo.official_id)::int AS voters
       FROM meeting_official mo WHERE mo.meeting_id = ANY($1)`,
    [meetingIds],
  );
  const result: Tally = { ratings: 0, voters: 0, lost: 0, doubled: 0, rollMismatches: 0 };
  for (const row of rows) {
    const key = `${row.meeting_id}|${row.official_id}`;
    result.ratings += row.ratings;
    result.voters += row.voters;
    result.lost += Math.max(0, (confirmed.get(key)?.size ?? 0) - row.ratings);
    result.doubled += Math.max(0, row.ratings - (attempted.get(key)?.size ?? 0));
    if (row.ratings !== row.voters) result.rollMismatches += 1;
  }
  return result;
}
