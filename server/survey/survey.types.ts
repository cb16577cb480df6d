import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SurveyQuestion } from './resident-survey.entity';
import { SurveyDimension, SurveyStatus } from './survey-enums';

@ObjectType({
  description:
    'Published figures of one dimension (docs/rules.md rule 12). rate: the share of scores of 4 or 5 (a fraction 0–1, never rounded); mean: the average score 1–5.',
})
export class DimensionFigures {
  @Field(() => SurveyDimension, { description: 'The dimension.' })
  dimension: SurveyDimension;

  @Field(() => Int, { description: 'Answers counted.' })
  answers: number;

  @Field(() => Float, { nullable: true, description: 'Average score 1–5 over its questions; null without questions.' })
  mean: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '知晓率 / 参与率 / 满意率: scores of 4 or 5 / scores given, 0–1; null without questions.',
  })
  rate: number | null;
}

@ObjectType({ description: 'Published figures of one question (docs/rules.md rule 12).' })
export class QuestionFigures {
  @Field({ description: "The question's key." })
  key: string;

  @Field(() => SurveyDimension, { description: 'What it measures.' })
  dimension: SurveyDimension;

  @Field({ description: 'The question.' })
  text: string;

  @Field(() => Int, { description: 'Scores given.' })
  answers: number;

  @Field(() => Float, { description: 'Average score 1–5.' })
  mean: number;

  @Field(() => Float, { description: 'Scores of 4 or 5 / scores given, 0–1.' })
  rate: number;

  @Field(() => [Int], { description: 'How many gave 1, 2, 3, 4 and 5 (five counts).' })
  distribution: number[];
}

@ObjectType({
  description:
    "A survey's results (docs/rules.md rule 12): figures only once the survey is CLOSED and has at least its minimum count of answers; before that only whether and why not, and the count for the 街道's ADMINs and CHAIRs.",
})
export class SurveyResults {
  @Field(() => ID, { description: 'The survey.' })
  surveyId: string;

  @Field(() => SurveyStatus, { description: "The survey's status." })
  status: SurveyStatus;

  @Field({ description: 'Whether the figures are published: CLOSED and at least minimumAnswers answers.' })
  published: boolean;

  @Field(() => Int, { description: 'Fewest answers for publication.' })
  minimumAnswers: number;

  @Field(() => Int, {
    nullable: true,
    description: "Answers received; before publication only for the 街道's ADMINs and CHAIRs (null for everyone else).",
  })
  answerCount: number | null;

  @Field(() => [QuestionFigures], { description: 'Per question, in the survey’s order; empty unless published.' })
  questions: QuestionFigures[];

  @Field(() => [DimensionFigures], {
    description: 'Per dimension (知晓度, 参与度, 满意度, in that order); empty unless published.',
  })
  dimensions: DimensionFigures[];

  @Field(() => Float, {
    nullable: true,
    description: 'The average of the three dimensions’ rates, 0–1; null unless published.',
  })
  overallRate: number | null;
}

@ObjectType({ description: "One neighborhood's published survey in a 街道's roll-up." })
export class NeighborhoodSurveyRates {
  @Field(() => ID, { description: 'The survey.' })
  surveyId: string;

  @Field(() => ID, { description: 'The neighborhood.' })
  neighborhoodId: string;

  @Field({ description: "The neighborhood's name." })
  neighborhoodName: string;

  @Field(() => Int, { description: 'Answers of its survey.' })
  answers: number;

  @Field(() => [DimensionFigures], { description: 'Per dimension.' })
  dimensions: DimensionFigures[];

  @Field(() => Float, { nullable: true, description: 'The average of its three dimensions’ rates, 0–1.' })
  overallRate: number | null;
}

@ObjectType({
  description:
    "A 街道's survey rates for one period (docs/rules.md rule 12): its neighborhoods' published surveys only, rolled up weighted by answers — each dimension's rate (and mean) is Σ answers × the neighborhood's rate / Σ answers, so a neighborhood of 40 answers counts four times one of 10.",
})
export class SubdistrictSurveyRates {
  @Field(() => ID, { description: 'The 街道.' })
  subdistrictId: string;

  @Field({ description: 'The period, e.g. 2025-Q3.' })
  period: string;

  @Field(() => Int, { description: 'Published surveys rolled up (one per neighborhood).' })
  surveys: number;

  @Field(() => Int, { description: 'Their answers together.' })
  answers: number;

  @Field(() => [DimensionFigures], { description: 'Per dimension, weighted by answers.' })
  dimensions: DimensionFigures[];

  @Field(() => Float, { nullable: true, description: 'The average of the three rolled-up rates, 0–1.' })
  overallRate: number | null;

  @Field(() => [NeighborhoodSurveyRates], { description: 'The neighborhoods rolled up, by name.' })
  neighborhoods: NeighborhoodSurveyRates[];
}

@ObjectType({
  description:
    "How a survey's codes and answers stand: for the 街道's ADMINs and CHAIRs at any time, for everyone who reads the survey once its results are published.",
})
export class SurveyCounts {
  @Field(() => Int, { description: 'Codes issued.' })
  issuedCodes: number;

  @Field(() => Int, { description: 'Codes that gave their answer.' })
  usedCodes: number;

  @Field(() => Int, { description: 'Codes voided unused.' })
  voidedCodes: number;

  @Field(() => Int, { description: 'Answers, by code and from paper.' })
  answers: number;

  @Field(() => Int, { description: 'Of those, paper answers entered at a meeting.' })
  paperAnswers: number;
}

@ObjectType({ description: 'Survey codes just issued: shown this once (only their hashes are kept).' })
export class IssuedSurveyCodes {
  @Field(() => ID, { description: 'The survey.' })
  surveyId: string;

  @Field(() => [String], { description: 'The codes, e.g. K7PQM-3XWAR, in alphabetical order.' })
  codes: string[];
}

@ObjectType({ description: 'How many survey codes were voided.' })
export class VoidedSurveyCodes {
  @Field(() => ID, { description: 'The survey.' })
  surveyId: string;

  @Field(() => Int, { description: 'Codes voided now (already voided ones are not counted).' })
  voided: number;
}

@ObjectType({
  description: 'A survey as a resident with a valid, unused code sees it: what to answer, nothing else.',
})
export class SurveyForm {
  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'The neighborhood surveyed.' })
  neighborhoodName: string;

  @Field({ description: 'The period.' })
  period: string;

  @Field(() => SurveyStatus, { description: 'OPEN when it takes answers.' })
  status: SurveyStatus;

  @Field(() => [SurveyQuestion], { description: 'The questions, to answer 1–5 each.' })
  questions: SurveyQuestion[];
}

@ObjectType({ description: 'An answer taken: the code is used up and nothing links it to the answer.' })
export class SurveyAnswerReceipt {
  @Field({ description: 'The survey answered.' })
  title: string;

  @Field(() => Int, { description: 'Questions answered.' })
  questionsAnswered: number;
}

@ObjectType({ description: 'Paper answer sheets entered.' })
export class EnteredSurveyAnswers {
  @Field(() => ID, { description: 'The survey.' })
  surveyId: string;

  @Field(() => Int, { description: 'Sheets entered now.' })
  entered: number;
}
