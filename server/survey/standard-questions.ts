import type { SurveyQuestion } from './resident-survey.entity';
import { SurveyDimension } from './survey-enums';

/** Pingyi's six standard questions, two per dimension: the questions of a survey created without its own. */
export const STANDARD_QUESTIONS: readonly SurveyQuestion[] = [
  {
    key: 'aware_services',
    dimension: SurveyDimension.AWARENESS,
    text: '您了解街道和居委会为居民提供的服务项目吗？',
  },
  {
    key: 'aware_contacts',
    dimension: SurveyDimension.AWARENESS,
    text: '遇到问题时，您知道该找街道哪个办公室或居委会的哪位工作人员吗？',
  },
  {
    key: 'took_part',
    dimension: SurveyDimension.PARTICIPATION,
    text: '本期内，您参加过居委会或街道组织的活动、议事会或听证会吗？',
  },
  {
    key: 'voice_heard',
    dimension: SurveyDimension.PARTICIPATION,
    text: '您的意见和建议有渠道反映并得到回应吗？',
  },
  {
    key: 'satisfied_services',
    dimension: SurveyDimension.SATISFACTION,
    text: '您对街道的公共服务和管理总体满意吗？',
  },
  {
    key: 'satisfied_neighborhood',
    dimension: SurveyDimension.SATISFACTION,
    text: '您对小区的环境、秩序和治安满意吗？',
  },
];
