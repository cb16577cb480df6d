import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../core/viewer';
import { AssessmentStatus, Grade, PersonnelOutcome } from './assessment-enums';
import { outcomeOf } from './outcome';

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

/** One assessment of a district as the overview reads it. */
interface AssessmentRow {
  officialId: string;
  subdistrictId: string;
  year: number;
  status: AssessmentStatus;
  /** The grade that counts; null in a breach year or without a score. */
  grade: Grade | null;
}

const GRADE_ORDER: (Grade | null)[] = [Grade.EXCELLENT, Grade.GOOD, Grade.MEDIOCRE, Grade.POOR, null];

/**
 * The assessments of a district's officials within the viewer's scope (only the subdistrict's for
 * a viewer who has one), in one SQL statement: every FINALIZED one, and when `year` is given also
 * that year's DRAFTs; ordered by subdistrict code.
 */
async function readRows(
  db: DataSource,
  viewer: Viewer,
  districtId: string,
  year: number | null,
): Promise<AssessmentRow[]> {
  const params: unknown[] = [districtId];
  let where = 's.district_id = $1';
  if (viewer.subdistrictId) {
    params.push(viewer.subdistrictId);
    where += ` AND o.subdistrict_id = $${params.length}`;
  }
  let statuses = `a.status = '${AssessmentStatus.FINALIZED}'`;
  if (year !== null) {
    params.push(year);
    statuses = `(${statuses} OR a.year = $${params.length})`;
  }
  return db.query(
    `SELECT a.official_id AS "officialId", o.subdistrict_id AS "subdistrictId", a.year, a.status,
            CASE WHEN a.red_line_breached THEN NULL ELSE coalesce(a.override_grade, a.computed_grade) END AS grade
       FROM annual_assessment a JOIN official o ON o.id = a.official_id JOIN subdistrict s ON s.id = o.subdistrict_id
      WHERE ${where} AND ${statuses}
      ORDER BY s.code`,
    params,
  );
}

/** The current outcome (docs/rules.md rule 11) of every official among `rows` who has one, from their finalised years. */
function outcomesOf(rows: AssessmentRow[]): Map<string, PersonnelOutcome> {
  const years = new Map<string, AssessmentRow[]>();
  for (const row of rows) {
    if (row.status !== AssessmentStatus.FINALIZED) continue;
    const list = years.get(row.officialId);
    if (list) list.push(row);
    else years.set(row.officialId, [row]);
  }
  const outcomes = new Map<string, PersonnelOutcome>();
  for (const [officialId, graded] of years) {
    const outcome = outcomeOf(graded);
    if (outcome) outcomes.set(officialId, outcome);
  }
  return outcomes;
}

/**
 * The current outcome (docs/rules.md rule 11) of every official of a district within the viewer's scope
 * who has one, in one SQL statement over their finalised assessments. Officials without an outcome
 * are absent from the map.
 */
export async function districtOutcomes(
  db: DataSource,
  viewer: Viewer,
  districtId: string,
): Promise<Map<string, PersonnelOutcome>> {
  return outcomesOf(await readRows(db, viewer, districtId, null));
}

/** Grade counts in GRADE_ORDER, leaving out grades nobody earned. */
function gradeCounts(counts: Map<Grade | null, number>): GradeCount[] {
  return GRADE_ORDER.filter((g) => (counts.get(g) ?? 0) > 0).map((grade) => ({ grade, count: counts.get(grade) ?? 0 }));
}

/**
 * The overview of a district's year (docs/rules.md rules 10 and 11) within the viewer's scope, in one SQL
 * statement reading the district's finalised assessments and the year's DRAFTs: the year's grades
 * by subdistrict, and the officials' current outcomes. The caller checks the viewer may read it.
 */
export async function assessmentOverview(
  db: DataSource,
  viewer: Viewer,
  districtId: string,
  year: number,
): Promise<AssessmentOverview> {
  const rows = await readRows(db, viewer, districtId, year);
  const bySubdistrict = new Map<string, { grades: Map<Grade | null, number>; finalized: number; draft: number }>();
  const districtGrades = new Map<Grade | null, number>();
  for (const row of rows) {
    if (row.year !== year) continue;
    let line = bySubdistrict.get(row.subdistrictId);
    if (!line) bySubdistrict.set(row.subdistrictId, (line = { grades: new Map(), finalized: 0, draft: 0 }));
    if (row.status !== AssessmentStatus.FINALIZED) {
      line.draft += 1;
      continue;
    }
    line.finalized += 1;
    line.grades.set(row.grade, (line.grades.get(row.grade) ?? 0) + 1);
    districtGrades.set(row.grade, (districtGrades.get(row.grade) ?? 0) + 1);
  }
  const outcomeCounts = new Map<PersonnelOutcome, number>();
  for (const outcome of outcomesOf(rows).values()) outcomeCounts.set(outcome, (outcomeCounts.get(outcome) ?? 0) + 1);
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
    outcomes: Object.values(PersonnelOutcome).map((outcome) => ({ outcome, count: outcomeCounts.get(outcome) ?? 0 })),
  };
}
