/**
 * Residents' surveys (居民测评, docs/rules.md rule 12): the staff's screen `#/surveys` and the
 * residents' answer page `#/survey` (no account).
 */
export { SurveyAnswer } from './SurveyAnswer';
export { SurveysPage } from './SurveysPage';
