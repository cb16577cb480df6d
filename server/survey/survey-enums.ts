import { registerEnumType } from 'type-graphql';

/** Where a residents' survey stands (docs/rules.md rule 12): answers are taken only while OPEN. */
export enum SurveyStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(SurveyStatus, {
  name: 'SurveyStatus',
  description: "Where a residents' survey stands: DRAFT → OPEN → CLOSED, never back (docs/rules.md rule 12).",
  valuesConfig: {
    DRAFT: { description: 'Being prepared: codes may be issued, no answers yet.' },
    OPEN: { description: 'Taking answers, by survey code or entered from paper at a meeting.' },
    CLOSED: { description: 'No more answers; results are published when the minimum count was reached.' },
  },
});

/** The three things residents judge a 街道's work by (docs/rules.md rule 12). */
export enum SurveyDimension {
  AWARENESS = 'AWARENESS',
  PARTICIPATION = 'PARTICIPATION',
  SATISFACTION = 'SATISFACTION',
}
registerEnumType(SurveyDimension, {
  name: 'SurveyDimension',
  description: 'What a survey question measures (docs/rules.md rule 12).',
  valuesConfig: {
    AWARENESS: { description: '知晓度: whether residents know what the 街道 and its offices do.' },
    PARTICIPATION: { description: '参与度: whether residents take part in the 街道’s affairs.' },
    SATISFACTION: { description: '满意度: whether residents are satisfied with the 街道’s work.' },
  },
});

/** The three dimensions in the order every answer lists them. */
export const DIMENSIONS: readonly SurveyDimension[] = [
  SurveyDimension.AWARENESS,
  SurveyDimension.PARTICIPATION,
  SurveyDimension.SATISFACTION,
];

/** How an answer reached Pingyi. */
export enum SurveyChannel {
  CODE = 'CODE',
  MEETING = 'MEETING',
}
registerEnumType(SurveyChannel, {
  name: 'SurveyChannel',
  description: 'How an answer was given: by a one-time survey code, or on paper at a meeting (entered by its chair).',
  valuesConfig: {
    CODE: { description: 'Answered by the resident with a one-time survey code (answerSurvey).' },
    MEETING: { description: 'Answered on paper at a meeting and entered by a CHAIR or ADMIN (enterSurveyAnswers).' },
  },
});

/** The order fields of `residentSurveys`. */
export enum ResidentSurveyOrderField {
  PERIOD = 'PERIOD',
  CREATED_AT = 'CREATED_AT',
  STATUS = 'STATUS',
}
registerEnumType(ResidentSurveyOrderField, {
  name: 'ResidentSurveyOrderField',
  description: 'What residents’ surveys can be sorted by.',
  valuesConfig: {
    PERIOD: { description: 'The end of the period surveyed.' },
    CREATED_AT: { description: 'When the survey was created.' },
    STATUS: { description: 'DRAFT, OPEN, CLOSED (alphabetically).' },
  },
});
