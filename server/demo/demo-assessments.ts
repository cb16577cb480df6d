import type { DataSource } from 'typeorm';
import { AnnualAssessment } from '../assessment/annual-assessment.entity';
import { AssessmentStatus, Grade } from '../assessment/assessment-enums';
import { DEFAULT_POLICY, gradeFor } from '../assessment/assessment-rules';
import { refreshStandings } from '../assessment/official-standing';
import { Official } from '../official/official.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';

/** Scores that give, over three years, each outcome of docs/rules.md rule 11 at least once (first three officials). */
const PATTERNS: number[][] = [
  [93, 95, 91], // three EXCELLENT: PROMOTION_ELIGIBLE
  [64, 62, 66], // three MEDIOCRE: REASSIGNMENT
  [70, 52, 48], // two POOR: DISMISSAL
];

/**
 * Three years of FINALIZED assessments (the three years before last year, so last year, with its demo meeting, is still open to assessment) for 外滩街道's demo officials,
 * once (skipped when any exist there): the first three show every outcome of rule 11, the others
 * mostly GOOD. The demo scores stand for the panels and the assessors' mark (no meeting part). Returns
 * how many assessments were added. The stored facts of rule 11 are written in the same transaction.
 */
export async function seedDemoAssessments(db: DataSource, subdistrictCode: string, year: number): Promise<number> {
  const subdistrict = await db.getRepository(Subdistrict).findOneBy({ code: subdistrictCode });
  if (!subdistrict) return 0;
  const officials = await db
    .getRepository(Official)
    .find({ where: { subdistrictId: subdistrict.id }, order: { category: 'ASC', name: 'ASC' }, take: 20 });
  if (officials.length === 0) return 0;
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM annual_assessment WHERE official_id = ANY($1)`, [
    officials.map((o) => o.id),
  ]);
  if (n > 0) return 0;
  const years = [year - 4, year - 3, year - 2];
  const rows = officials.flatMap((official, i) =>
    years.map((y, k) => {
      const score = PATTERNS[i]?.[k] ?? 76 + ((i * 7 + k * 5) % 12);
      return db.getRepository(AnnualAssessment).create({
        officialId: official.id,
        year: y,
        status: AssessmentStatus.FINALIZED,
        meetingScore: null,
        meetingRatingCount: 0,
        meetingCount: 0,
        thirdPartyScore: score,
        selfReportMark: score,
        score,
        computedGrade: gradeFor(score, DEFAULT_POLICY) as Grade,
        redLineBreached: false,
        finalizedAt: new Date(Date.UTC(y + 1, 0, 31)),
      });
    }),
  );
  await db.transaction(async (manager) => {
    await manager.getRepository(AnnualAssessment).insert(rows);
    await refreshStandings(
      manager,
      officials.map((o) => o.id),
    );
  });
  return rows.length;
}
