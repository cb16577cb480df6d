import type { EntityManager } from 'typeorm';
import { AssessmentStatus, Grade, PersonnelOutcome } from './assessment-enums';
import { outcomeOf } from './outcome';

/** One assessment as the stored facts read it. */
interface StandingSource {
  id: string;
  officialId: string;
  year: number;
  status: AssessmentStatus;
  /** The grade that counts: null in a breach year or without a score. */
  grade: Grade | null;
}

/** The stored facts of one official (official_standing). */
export interface Standing {
  officialId: string;
  latestAssessmentId: string;
  outcome: PersonnelOutcome | null;
}

/**
 * The facts of each official among `rows` (all of that official's assessments): the assessment of
 * the newest year, whatever its status, and rule 11's outcome from the FINALIZED ones (outcomeOf;
 * docs/rules.md rule 11). Officials without a row are absent.
 */
export function standingsOf(rows: StandingSource[]): Standing[] {
  const byOfficial = new Map<string, StandingSource[]>();
  for (const row of rows) {
    const list = byOfficial.get(row.officialId);
    if (list) list.push(row);
    else byOfficial.set(row.officialId, [row]);
  }
  return [...byOfficial].map(([officialId, years]) => ({
    officialId,
    latestAssessmentId: years.reduce((latest, a) => (a.year > latest.year ? a : latest)).id,
    outcome: outcomeOf(years.filter((a) => a.status === AssessmentStatus.FINALIZED)),
  }));
}

/**
 * Rewrites the stored facts (official_standing; docs/rules.md rule 11, "Stored facts") of the
 * officials `officialIds` from their assessments as `manager`'s transaction sees them. Call it in
 * the transaction that inserts, changes or finalises an assessment, after the write. The officials'
 * rows are locked first (FOR NO KEY UPDATE, in id order), so two transactions writing one official's
 * assessments refresh one after the other and the later one reads the earlier one's committed rows.
 * Three statements, whatever the number of officials.
 */
export async function refreshStandings(manager: EntityManager, officialIds: readonly string[]): Promise<void> {
  const ids = [...new Set(officialIds)].sort();
  if (ids.length === 0) return;
  await manager.query(`SELECT id FROM official WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [ids]);
  const rows: StandingSource[] = await manager.query(
    `SELECT id, official_id AS "officialId", year, status,
            CASE WHEN red_line_breached THEN NULL ELSE coalesce(override_grade, computed_grade) END AS grade
       FROM annual_assessment WHERE official_id = ANY($1::uuid[])`,
    [ids],
  );
  const standings = standingsOf(rows);
  await manager.query(
    `WITH fresh AS (
       SELECT * FROM unnest($2::uuid[], $3::uuid[], $4::varchar[]) AS f(official_id, latest_assessment_id, outcome)),
     gone AS (
       DELETE FROM official_standing s WHERE s.official_id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM fresh WHERE fresh.official_id = s.official_id))
     INSERT INTO official_standing (official_id, latest_assessment_id, outcome)
     SELECT official_id, latest_assessment_id, outcome FROM fresh
     ON CONFLICT (official_id) DO UPDATE
       SET latest_assessment_id = excluded.latest_assessment_id, outcome = excluded.outcome
       WHERE (official_standing.latest_assessment_id, official_standing.outcome)
             IS DISTINCT FROM (excluded.latest_assessment_id, excluded.outcome)`,
    [
      ids,
      standings.map((s) => s.officialId),
      standings.map((s) => s.latestAssessmentId),
      standings.map((s) => s.outcome),
    ],
  );
}
