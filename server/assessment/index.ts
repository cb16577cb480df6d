import { defineModule, resolversReading, serviceOf } from '../core/module';
import { AnnualAssessment } from './annual-assessment.entity';
import { AssessmentPolicy } from './assessment-policy.entity';
import { createAssessmentLoaders } from './assessment.loaders';
import {
  AnnualAssessmentResolver,
  OfficialAssessmentResolver,
  SubdistrictGradeCountsResolver,
  type AssessmentResolverContext,
} from './assessment.resolver';
import { AssessmentSourcesService } from './assessment-sources.service';
import { AssessmentService } from './assessment.service';
import { ThirdPartyEvaluation } from './third-party-evaluation.entity';
import { OfficialStanding } from './official-standing.entity';

/**
 * Annual assessments (docs/rules.md rules 10 and 11): policies, third-party scores, the yearly grade
 * and its use; a finalised one is told to district systems (assessment.finalized).
 */
export const assessmentModule = defineModule({
  name: 'assessment',
  entities: [AssessmentPolicy, ThirdPartyEvaluation, AnnualAssessment, OfficialStanding],
  resolvers: resolversReading<AssessmentResolverContext>(
    AnnualAssessmentResolver,
    OfficialAssessmentResolver,
    SubdistrictGradeCountsResolver,
  ),
  loaders: createAssessmentLoaders,
  services: {
    assessments: serviceOf(AssessmentService),
    assessmentSources: serviceOf(AssessmentSourcesService),
  },
});
