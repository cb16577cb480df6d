import type { DataSource } from 'typeorm';
import { OfficialCategory } from '../official/official-category';
import { HeadAppointmentStatus } from '../head-appointment/head-appointment-status';
import { DEMO_PREFIX } from './demo.seed';

/** First day of the demo heads' terms (YYYY-MM-DD). */
export const DEMO_TERM_START = '2021-01-01';

/**
 * docs/rules.md rule 2 in the demo: every demo agency head whose agency has never had an appointment gets
 * one CONSENTED by the subdistrict's party working committee, term from DEMO_TERM_START, so each
 * demo agency shows its head and history. Idempotent; returns how many appointments it added.
 */
export async function seedDemoAppointments(db: DataSource): Promise<number> {
  const added: unknown[] = await db.query(
    `INSERT INTO head_appointment (agency_id, official_id, subdistrict_id, status, reason, proposed_at, decided_at, starts_on)
     SELECT DISTINCT ON (o.agency_id) o.agency_id, o.id, o.subdistrict_id, $1, '街道党工委研究同意', $3::date, $3::date, $3::date
       FROM official o
      WHERE o.external_id LIKE $2 AND o.category = $4 AND o.agency_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM head_appointment h WHERE h.agency_id = o.agency_id)
      ORDER BY o.agency_id, o.external_id
     RETURNING id`,
    [HeadAppointmentStatus.CONSENTED, `${DEMO_PREFIX}%`, DEMO_TERM_START, OfficialCategory.AGENCY_HEAD],
  );
  return added.length;
}
