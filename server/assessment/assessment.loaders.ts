import type { DataSource } from 'typeorm';
import { byIdLoader, groupLoader } from '../core/loaders';
import { officialScopeFilter } from '../core/official-record';
import type { Viewer } from '../core/viewer';
import { AnnualAssessment } from './annual-assessment.entity';
import { ThirdPartyEvaluation } from './third-party-evaluation.entity';

/** This request's assessment loaders, limited to officials within the viewer's scope. */
export function createAssessmentLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    annualAssessment: byIdLoader(db, AnnualAssessment, officialScopeFilter(viewer)),
    assessmentsByOfficial: groupLoader(db, AnnualAssessment, 'officialId', 'year', officialScopeFilter(viewer)),
    thirdPartyByOfficial: groupLoader(db, ThirdPartyEvaluation, 'officialId', 'year', officialScopeFilter(viewer)),
  };
}
