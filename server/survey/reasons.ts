/**
 * The error reasons of the survey module (server/core/reasons.ts): key `survey.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const surveyReasons = defineReasons('survey', {
  closedNoAnswers: 'This survey is CLOSED: it takes no more answers',
  codeUsedOnce: 'This survey code has already been used: each code answers once',
  keyTwice: '{field}: the key {value} is used twice',
  noScoreFor: '{field}: no score for the question {key} ({text})',
  notAQuestion: '{field}: {value} is not a question of this survey',
  notASurveyCode: '{field}: {value} is not a code of this survey',
  notOpenYet: 'This survey is not open yet: try again once your residents’ committee opens it',
  paperOpenOnly: 'The survey is {status}: answers are entered only while it is OPEN',
  paperRole: 'Role {role} may not enter paper answers of this survey',
  periodFormat: '{field}: a period is a quarter (2025-Q3), a month (2025-07), a half year (2025-H2) or a year (2025)',
  questionMissing: '{field}: ask at least one {missing} question',
  questionTwice: '{field}: {question} is answered twice',
  ratesOutsideScope: 'You may not read the survey rates of a 街道 outside your scope',
  surveyClosed: 'The survey is CLOSED: it takes no more answers',
  surveyClosedCodes: 'The survey is CLOSED: its codes died with it',
  surveyCodeUsed: '{field}: {value} has already been used to answer',
  wrongStatus: 'The survey is {status}; only a survey that is {from} can become {to}',
  invalidCode: 'This survey code is not valid: check it against your slip, or ask your residents’ committee',
});
