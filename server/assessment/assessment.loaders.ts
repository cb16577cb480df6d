import type { DataSource } from 'typeorm';
import { byIdLoader, groupLoader } from '../core/loaders';
import type { Viewer } from '../core/viewer';
import { AnnualAssessment } from './annual-assessment.entity';
import { assessmentScopeFilter } from './assessment-access';
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
  };
}

/** The assessment loaders, for services that declare them. */
export type AssessmentLoaders = ReturnType<typeof createAssessmentLoaders>;
