import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byIdLoader, groupLoader } from '../core/loaders';
import type { Viewer } from '../core/viewer';
import { AnnualAssessment } from './annual-assessment.entity';
import { assessmentScopeFilter } from './assessment-access';
import { GradeLabels } from './assessment-enums';
import { ThirdPartyEvaluation } from './third-party-evaluation.entity';

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
  };
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
