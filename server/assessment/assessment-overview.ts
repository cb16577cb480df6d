import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../core/viewer';
import { AssessmentStatus, Grade, PersonnelOutcome } from './assessment-enums';

/** How many assessments earned one grade; `grade` null counts red-line breach years (docs/rules.md rule 9). */
@ObjectType({
  description:
    'How many finalised assessments earned one grade; grade null counts red-line breach years (docs/rules.md rule 9).',
})
export class GradeCount {
  @Field(() => Grade, {
    nullable: true,
    description: 'The grade that counts (override if any); null for a red-line breach year.',
  })
  grade: Grade | null;

  @Field(() => Int, { description: 'Number of finalised assessments with this grade.' })
  count: number;
}

/** One subdistrict's line of an assessment overview. */
@ObjectType({
  description:
    "One subdistrict's assessments of the year: the grades of the finalised ones and how many are still DRAFT.",
})
export class SubdistrictGradeCounts {
  @Field(() => ID, { description: 'The subdistrict.' })
  subdistrictId: string;

  @Field(() => [GradeCount], {
    description:
      'Finalised assessments by grade, in the order EXCELLENT, GOOD, MEDIOCRE, POOR, then breach years (null); grades with no assessment are left out.',
  })
  grades: GradeCount[];

  @Field(() => Int, { description: 'Finalised assessments of the year in this subdistrict.' })
  finalizedCount: number;

  @Field(() => Int, { description: 'DRAFT assessments of the year in this subdistrict, not yet final.' })
  draftCount: number;
}

/** How many officials one outcome of rule 11 applies to. */
@ObjectType({ description: 'How many officials one outcome of docs/rules.md rule 11 applies to now.' })
export class OutcomeCount {
  @Field(() => PersonnelOutcome, { description: 'The outcome.' })
  outcome: PersonnelOutcome;

  @Field(() => Int, { description: 'Number of officials (within your scope) with this outcome.' })
  count: number;
}

/** A district's annual assessment at a glance, for its assessors (docs/rules.md rules 10 and 11). */
@ObjectType({
  description:
    "A district's annual assessment at a glance (docs/rules.md rules 10 and 11): grade distribution of the year by subdistrict, and how many officials each outcome applies to now. Limited to your scope.",
})
export class AssessmentOverview {
  @Field(() => ID, { description: 'The district.' })
  districtId: string;

  @Field(() => Int, { description: 'The year of the grades.' })
  year: number;

  @Field(() => Int, { description: 'Finalised assessments of the year.' })
  finalizedCount: number;

  @Field(() => Int, { description: 'DRAFT assessments of the year.' })
  draftCount: number;

  @Field(() => [GradeCount], {
    description: "The district's finalised assessments of the year by grade (same order as per subdistrict).",
  })
  grades: GradeCount[];

  @Field(() => [SubdistrictGradeCounts], {
    description: 'One line per subdistrict that has an assessment of the year, by subdistrict code.',
  })
  subdistricts: SubdistrictGradeCounts[];

  @Field(() => [OutcomeCount], {
    description:
      'Officials by current outcome (as `Official.outcome`, from all finalised years), each of the three outcomes once, zero included.',
  })
  outcomes: OutcomeCount[];
}

/** How many assessments of one subdistrict, status and grade the overview's year has. */
interface GradeRow {
  subdistrictId: string;
  status: AssessmentStatus;
  /** The grade that counts; null in a breach year or without a score. */
  grade: Grade | null;
  count: number;
}

const GRADE_ORDER: (Grade | null)[] = [Grade.EXCELLENT, Grade.GOOD, Grade.MEDIOCRE, Grade.POOR, null];

/**
 * The condition and parameters limiting officials `o` of subdistricts `s` to district `districtId`
 * within the viewer's scope (only the subdistrict's for a viewer who has one), parameters from $1.
 */
function districtScope(viewer: Viewer, districtId: string): { where: string; params: unknown[] } {
  if (viewer.subdistrictId)
    return { where: 's.district_id = $1 AND o.subdistrict_id = $2', params: [districtId, viewer.subdistrictId] };
  return { where: 's.district_id = $1', params: [districtId] };
}

/**
 * The assessments of `year` of a district's officials within the viewer's scope, counted by
 * subdistrict, status and grade in one SQL statement, ordered by subdistrict code.
 */
async function readGradeRows(db: DataSource, viewer: Viewer, districtId: string, year: number): Promise<GradeRow[]> {
  const { where, params } = districtScope(viewer, districtId);
  return db.query(
    `SELECT o.subdistrict_id AS "subdistrictId", a.status,
            CASE WHEN a.red_line_breached THEN NULL ELSE coalesce(a.override_grade, a.computed_grade) END AS grade,
            count(*)::int AS count
       FROM annual_assessment a JOIN official o ON o.id = a.official_id JOIN subdistrict s ON s.id = o.subdistrict_id
      WHERE ${where} AND a.year = $${params.length + 1}
      GROUP BY s.code, 1, 2, 3
      ORDER BY s.code`,
    [...params, year],
  );
}

/**
 * How many officials of a district within the viewer's scope each current outcome of docs/rules.md
 * rule 11 applies to, from the stored facts (official_standing), in one SQL statement.
 */
async function outcomeCounts(
  db: DataSource,
  viewer: Viewer,
  districtId: string,
): Promise<Map<PersonnelOutcome, number>> {
  const { where, params } = districtScope(viewer, districtId);
  const rows: { outcome: PersonnelOutcome; count: number }[] = await db.query(
    `SELECT st.outcome, count(*)::int AS count
       FROM official_standing st JOIN official o ON o.id = st.official_id JOIN subdistrict s ON s.id = o.subdistrict_id
      WHERE ${where} AND st.outcome IS NOT NULL
      GROUP BY st.outcome`,
    params,
  );
  return new Map(rows.map((row) => [row.outcome, row.count]));
}

/**
 * The officials of a district within the viewer's scope to whom `outcome` (docs/rules.md rule 11)
 * applies now, from the stored facts (official_standing), in one SQL statement.
 */
export async function officialsWithOutcome(
  db: DataSource,
  viewer: Viewer,
  districtId: string,
  outcome: PersonnelOutcome,
): Promise<string[]> {
  const { where, params } = districtScope(viewer, districtId);
  const rows: { id: string }[] = await db.query(
    `SELECT st.official_id AS id
       FROM official_standing st JOIN official o ON o.id = st.official_id JOIN subdistrict s ON s.id = o.subdistrict_id
      WHERE ${where} AND st.outcome = $${params.length + 1}`,
    [...params, outcome],
  );
  return rows.map((row) => row.id);
}

/** Grade counts in GRADE_ORDER, leaving out grades nobody earned. */
function gradeCounts(counts: Map<Grade | null, number>): GradeCount[] {
  return GRADE_ORDER.filter((g) => (counts.get(g) ?? 0) > 0).map((grade) => ({ grade, count: counts.get(grade) ?? 0 }));
}

/**
 * The overview of a district's year (docs/rules.md rules 10 and 11) within the viewer's scope, in two SQL
 * statements: the year's assessments counted by subdistrict, status and grade, and the officials'
 * current outcomes from the stored facts. The caller checks the viewer may read it.
 */
export async function assessmentOverview(
  db: DataSource,
  viewer: Viewer,
  districtId: string,
  year: number,
): Promise<AssessmentOverview> {
  const [rows, outcomes] = await Promise.all([
    readGradeRows(db, viewer, districtId, year),
    outcomeCounts(db, viewer, districtId),
  ]);
  const bySubdistrict = new Map<string, { grades: Map<Grade | null, number>; finalized: number; draft: number }>();
  const districtGrades = new Map<Grade | null, number>();
  for (const row of rows) {
    let line = bySubdistrict.get(row.subdistrictId);
    if (!line) bySubdistrict.set(row.subdistrictId, (line = { grades: new Map(), finalized: 0, draft: 0 }));
    if (row.status !== AssessmentStatus.FINALIZED) {
      line.draft += row.count;
      continue;
    }
    line.finalized += row.count;
    line.grades.set(row.grade, (line.grades.get(row.grade) ?? 0) + row.count);
    districtGrades.set(row.grade, (districtGrades.get(row.grade) ?? 0) + row.count);
  }
  const subdistricts = [...bySubdistrict].map(([subdistrictId, line]) => ({
    subdistrictId,
    grades: gradeCounts(line.grades),
    finalizedCount: line.finalized,
    draftCount: line.draft,
  }));
  return {
    districtId,
    year,
    finalizedCount: subdistricts.reduce((sum, s) => sum + s.finalizedCount, 0),
    draftCount: subdistricts.reduce((sum, s) => sum + s.draftCount, 0),
    grades: gradeCounts(districtGrades),
    subdistricts,
    outcomes: Object.values(PersonnelOutcome).map((outcome) => ({ outcome, count: outcomes.get(outcome) ?? 0 })),
  };
}
