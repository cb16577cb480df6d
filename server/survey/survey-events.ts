import { snapshot, type DomainEvent } from '../core/domain-events';
import type { ResidentSurvey } from './resident-survey.entity';

/**
 * The domain events of residents' surveys (docs/rules.md rule 12), each an audit entry about the
 * survey. An answer given with a code records nothing, so no entry carries its time.
 */
export const SurveyEvent = {
  CREATED: 'survey.created',
  OPENED: 'survey.opened',
  CLOSED: 'survey.closed',
  CODES_ISSUED: 'survey_codes.issued',
  CODES_VOIDED: 'survey_codes.voided',
  PAPER_ENTERED: 'survey.paper_answers_entered',
} as const;

const FIELDS: (keyof ResidentSurvey)[] = [
  'id',
  'title',
  'neighborhoodId',
  'subdistrictId',
  'period',
  'status',
  'minimumAnswers',
  'openedAt',
  'closedAt',
];

/** A survey as its events keep it (JSON, without its questions). */
export function surveySnapshot(survey: ResidentSurvey): Record<string, unknown> {
  return snapshot(survey, FIELDS);
}

/** An event about a survey by `actorId` with its before and after. */
export function surveyEvent(
  type: string,
  actorId: string | null,
  surveyId: string,
  change: Pick<DomainEvent, 'before' | 'after'>,
): DomainEvent {
  return { type, actorId, entityType: 'ResidentSurvey', entityId: surveyId, ...change };
}
