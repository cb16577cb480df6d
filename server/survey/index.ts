import { defineModule, resolversReading, serviceOf } from '../core/module';
import { ResidentSurvey } from './resident-survey.entity';
import { ResidentSurveyService } from './resident-survey.service';
import { SurveyAnswer } from './survey-answer.entity';
import { SurveyCode } from './survey-code.entity';
import { SurveyCodeService } from './survey-code.service';
import { createSurveyLoaders } from './survey.loaders';
import { ResidentSurveyResolver, SurveyRankingResolver, type SurveyResolverContext } from './survey.resolver';

/**
 * Residents' surveys (居民测评, docs/rules.md rule 12): surveys per neighborhood and period, one-time
 * survey codes and paper answers, results published after closing from a minimum count, rolled up
 * per 街道 and shown beside the 三率 of the monthly matter ranking.
 */
export const surveyModule = defineModule({
  name: 'survey',
  entities: [ResidentSurvey, SurveyCode, SurveyAnswer],
  resolvers: resolversReading<SurveyResolverContext>(ResidentSurveyResolver, SurveyRankingResolver),
  loaders: createSurveyLoaders,
  services: {
    residentSurveys: serviceOf(ResidentSurveyService),
    surveyCodes: serviceOf(SurveyCodeService),
  },
});
