import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byIdLoader, groupLoader, type ScopeFilter } from '../core/loaders';
import { isId } from '../core/ids';
import type { Viewer } from '../core/viewer';
import { AnnualAssessment } from './annual-assessment.entity';
import { assessmentScopeFilter } from './assessment-access';
import { GradeLabels, PersonnelOutcome } from './assessment-enums';
import { OfficialStanding } from './official-standing.entity';
import { ThirdPartyEvaluation } from './third-party-evaluation.entity';
import { leanRawAndEntities } from '../core/lean-select';

/**
 * This request's assessment loaders, limited inside each batch to the assessments and panel scores
 * the viewer may read (assessmentScopeFilter: the viewer's scope; an OFFICIAL's own; nothing for a
 * role that reads no assessments).
 */
export function createAssessmentLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    annualAssessment: byIdLoader(db, AnnualAssessment, assessmentScopeFilter(viewer)),
    assessmentsByOfficial: groupLoader(db, AnnualAssessment, 'officialId', 'year', assessmentScopeFilter(viewer)),
    thirdPartyByOfficial: groupLoader(db, ThirdPartyEvaluation, 'officialId', 'year', assessmentScopeFilter(viewer)),
    gradeLabelsOfAssessment: gradeLabelsLoader(db),
    standingOfOfficial: standingLoader(db, assessmentScopeFilter(viewer)),
  };
}

/** An official's stored facts as read: the assessment of the newest year and rule 11's outcome. */
export interface OfficialStandingRead {
  latest: AnnualAssessment;
  outcome: PersonnelOutcome | null;
}

/**
 * The stored facts (official_standing; docs/rules.md rule 11, "Stored facts") of officials by id, each
 * with its latest assessment, in one statement per batch with the viewer's scope applied inside
 * it; null for an official without an assessment or outside the scope.
 */
function standingLoader(
  db: DataSource,
  scope: ScopeFilter | undefined,
): DataLoader<string, OfficialStandingRead | null> {
  return new DataLoader(async (keys: readonly string[]) => {
    const ids = [...new Set(keys.filter(isId))];
    if (ids.length === 0) return keys.map(() => null);
    let qb = db
      .getRepository(AnnualAssessment)
      .createQueryBuilder('r')
      .innerJoin(OfficialStanding, 'st', 'st.latestAssessmentId = r.id')
      .addSelect('st.outcome', 'standing_outcome')
      .where('st.officialId = ANY(:ids)', { ids });
    if (scope) qb = scope(qb);
    const { entities, raw } = await leanRawAndEntities<
      AnnualAssessment,
      { r_id: string; standing_outcome: PersonnelOutcome | null }
    >(qb);
    const outcomes = new Map(raw.map((row) => [row.r_id, row.standing_outcome]));
    const byOfficial = new Map(
      entities.map((latest) => [latest.officialId, { latest, outcome: outcomes.get(latest.id) ?? null }]),
    );
    return keys.map((key) => byOfficial.get(key) ?? null);
  });
}

/**
 * The grade names (GradeLabels) of assessments by id: those of the policy of the assessment's
 * district and year, STANDARD without one (docs/rules.md rule 10). One statement per batch; the
 * assessments themselves were read within the viewer's reach.
 */
function gradeLabelsLoader(db: DataSource): DataLoader<string, GradeLabels> {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows = (await db.query(
      `SELECT a.id, p.grade_labels FROM annual_assessment a
         JOIN official o ON o.id = a.official_id
         JOIN subdistrict s ON s.id = o.subdistrict_id
         LEFT JOIN assessment_policy p ON p.district_id = s.district_id AND p.year = a.year
        WHERE a.id = ANY($1)`,
      [ids],
    )) as { id: string; grade_labels: GradeLabels | null }[];
    const labels = new Map(rows.map((row) => [row.id, row.grade_labels ?? GradeLabels.STANDARD]));
    return ids.map((id) => labels.get(id) ?? GradeLabels.STANDARD);
  });
}

/** The assessment loaders, for services that declare them. */
export type AssessmentLoaders = ReturnType<typeof createAssessmentLoaders>;
