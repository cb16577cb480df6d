import type { DataSource } from 'typeorm';
import { logger } from '../core/logger';
import { createStandardOffices } from '../office/standard-offices';
import { importDivisions } from '../division-import/importer';
import { SubdistrictKind } from '../subdistrict/subdistrict-kind';
import { DEMO_DISTRICT_CODE, seedDemo } from './demo.seed';
import { seedDemoUsers } from './demo-users';
import { seedDemoResponsibilities } from './demo-responsibilities';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoAssessments } from './demo-assessments';
import { seedDemoAppointments } from './demo-appointments';
import { seedDemoMatters } from './demo-matters';
import { seedDemoSurveys } from './demo-surveys';
import { seedDemoSelfGovernance } from './demo-selfgov';

/**
 * What `npm start` puts in the database before serving: Shanghai's divisions when no district
 * exists yet, the six standard offices for every 街道 that lacks any of them (docs/rules.md rule 1), and,
 * when `demo` is on (Config.demo), the 黄浦区 demo set once: only when its demo officials are not
 * there yet, so a second start neither recreates demo users nor resets their passwords.
 */
export async function seedOnStart(db: DataSource, options: { demo: boolean; divisionsDir: string }): Promise<void> {
  const [{ count }] = await db.query('SELECT count(*)::int AS count FROM district');
  if (count === 0) {
    const started = Date.now();
    const report = await importDivisions(db, [options.divisionsDir]);
    logger.info({ report: summarize(report), ms: Date.now() - started }, 'imported Shanghai divisions');
  }
  const missing: { id: string }[] = await db.query(
    `SELECT s.id FROM subdistrict s WHERE s.kind = $1 AND (SELECT count(*) FROM office o WHERE o.subdistrict_id = s.id AND o.kind <> 'SELF_DESIGNATED') < 6`,
    [SubdistrictKind.SUBDISTRICT],
  );
  if (missing.length > 0) {
    const added = await createStandardOffices(
      db.manager,
      missing.map((r) => r.id),
    );
    logger.info({ subdistricts: missing.length, offices: added }, 'added standard offices');
  }
  if (options.demo) {
    // Seeded once: only into a database that has never held the demo set. A later start leaves
    // everything alone, so demo users deleted or given new passwords stay that way.
    const demo = await seedDemo(db);
    if (!demo) return;
    logger.info(demo, 'added the 黄浦区 demo set');
    const appointments = await seedDemoAppointments(db);
    if (appointments) logger.info({ appointments }, 'consented the demo agency heads');
    const users = await seedDemoUsers(db, DEMO_DISTRICT_CODE, '310101013');
    if (users) logger.info({ users }, 'added the demo users');
    await seedDemoResponsibilities(db);
    const meetings = await seedDemoMeetings(db, DEMO_DISTRICT_CODE, '310101013', new Date().getUTCFullYear());
    if (meetings) logger.info({ meetings }, 'added the demo meetings');
    const assessments = await seedDemoAssessments(db, '310101013', new Date().getUTCFullYear());
    if (assessments) logger.info({ assessments }, 'added three years of finalised demo assessments');
    const started = Date.now();
    const matters = await seedDemoMatters(db, DEMO_DISTRICT_CODE, '310101013');
    if (matters)
      logger.info({ matters, ms: Date.now() - started }, 'added the fire-lane case and a year of demo matters');
    const surveys = await seedDemoSurveys(db, '310101013', new Date());
    if (surveys) logger.info({ surveys }, "added last quarter's closed residents' surveys of 外滩街道");
    const selfGovernance = await seedDemoSelfGovernance(db, '310101013');
    if (selfGovernance)
      logger.info(
        { records: selfGovernance },
        "added 外滩街道's hearing, family mediation, petition and convention in effect",
      );
  }
}

function summarize(report: unknown): unknown {
  return report && typeof report === 'object'
    ? { ...report, errors: (report as { errors?: unknown[] }).errors?.length ?? 0 }
    : report;
}
