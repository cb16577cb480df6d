import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isId } from '../core/ids';

/** Per meeting, how many voters have rated each official: Map official id → count. */
function participationCounts(db: DataSource): DataLoader<string, Map<string, number>> {
  return new DataLoader(async (meetingIds) => {
    const ids = [...new Set(meetingIds.filter(isId))];
    const rows: { meeting_id: string; official_id: string; n: number }[] =
      ids.length === 0 ? [] : await db.query(`SELECT meeting_id, official_id, count(*)::int AS n FROM participation WHERE meeting_id = ANY($1) GROUP BY meeting_id, official_id`, [ids]);
    const byMeeting = new Map<string, Map<string, number>>();
    for (const row of rows) {
      if (!byMeeting.has(row.meeting_id)) byMeeting.set(row.meeting_id, new Map());
      byMeeting.get(row.meeting_id)!.set(row.official_id, row.n);
    }
    return meetingIds.map((id) => byMeeting.get(id) ?? new Map());
  });
}

/** Per meeting, how many ballot codes were issued. */
function ballotCodeCounts(db: DataSource): DataLoader<string, number> {
  return new DataLoader(async (meetingIds) => {
    const ids = [...new Set(meetingIds.filter(isId))];
    const rows: { meeting_id: string; n: number }[] =
      ids.length === 0 ? [] : await db.query(`SELECT meeting_id, count(*)::int AS n FROM ballot_code WHERE meeting_id = ANY($1) GROUP BY meeting_id`, [ids]);
    const counts = new Map(rows.map((r) => [r.meeting_id, r.n]));
    return meetingIds.map((id) => counts.get(id) ?? 0);
  });
}

/**
 * This request's rating loaders: counts only, per meeting (the loaders are reached through a
 * meeting the viewer may see, so they need no scope of their own).
 */
export function createRatingLoaders(db: DataSource) {
  return { participationCounts: participationCounts(db), ballotCodeCounts: ballotCodeCounts(db) };
}
