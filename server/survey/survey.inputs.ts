import {
  ArrayMaxSize,
  IsOptional,
  ArrayMinSize,
  IsInt,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NameRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { MIN_PUBLISHED_ANSWERS } from './resident-survey.entity';
import { ResidentSurveyOrderField, SurveyDimension, SurveyStatus } from './survey-enums';

const IdRule = () => IsUUID('all', { message: 'must be an id returned by this API' });
/** Most codes one `issueSurveyCodes` prints. */
export const MAX_CODES_PER_ISSUE = 500;
/** Most paper answer sheets one `enterSurveyAnswers` takes. */
export const MAX_SHEETS_PER_ENTRY = 200;
/** Most questions a survey has. */
export const MAX_QUESTIONS = 30;

@InputType({ description: 'One question of a new survey.' })
export class SurveyQuestionInput {
  @Field({ description: 'Its key: a letter, then letters, digits or _ (at most 40), unique within the survey.' })
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, { message: 'must be a letter, then letters, digits or _ (at most 40)' })
  key: string;

  @Field(() => SurveyDimension, { description: 'What it measures.' })
  dimension: SurveyDimension;

  @Field({ description: 'The question as residents read it, 1–300 characters.' })
  @NameRules(300)
  text: string;
}

@InputType({
  description:
    "A new residents' survey of one neighborhood (docs/rules.md rule 12), created DRAFT. You must be an ADMIN whose scope covers its 街道.",
})
export class CreateResidentSurveyInput {
  @Field(() => ID, { description: 'The neighborhood (residents’ committee) surveyed.' })
  @IdRule()
  neighborhoodId: string;

  @Field({
    nullable: true,
    description:
      'The period: a quarter (2025-Q3), a month (2025-07), a half year (2025-H2) or a year (2025); default the current quarter (Asia/Shanghai). One survey per neighborhood and period (CONFLICT on input.period).',
  })
  @IsOptional()
  period?: string;

  @Field({ nullable: true, description: 'Title, 1–200 characters; default "<period> <neighborhood> 居民测评".' })
  @IsOptional()
  @NameRules(200)
  title?: string;

  @Field(() => Int, {
    nullable: true,
    description: `Fewest answers for the results to be published: ${MIN_PUBLISHED_ANSWERS}–10000, default 10.`,
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(MIN_PUBLISHED_ANSWERS, { message: `must be at least ${MIN_PUBLISHED_ANSWERS}` })
  @Max(10000, { message: 'must be at most 10000' })
  minimumAnswers?: number;

  @Field(() => [SurveyQuestionInput], {
    nullable: true,
    description: `The questions, at least one per dimension, at most ${MAX_QUESTIONS}; default Pingyi's six standard questions (two per dimension).`,
  })
  @IsOptional()
  @ArrayMinSize(3, { message: 'must list at least one question per dimension' })
  @ArrayMaxSize(MAX_QUESTIONS, { message: `must list at most ${MAX_QUESTIONS} questions` })
  @ValidateNested({ each: true })
  questions?: SurveyQuestionInput[];
}

@InputType({ description: 'Survey codes to print for a DRAFT or OPEN survey.' })
export class IssueSurveyCodesInput {
  @Field(() => ID, { description: 'The survey.' })
  @IdRule()
  surveyId: string;

  @Field(() => Int, { description: `How many codes, 1–${MAX_CODES_PER_ISSUE}.` })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(MAX_CODES_PER_ISSUE, { message: `must be at most ${MAX_CODES_PER_ISSUE}` })
  count: number;
}

@InputType({ description: 'Unused survey codes to void (slips handed back or never handed out).' })
export class VoidSurveyCodesInput {
  @Field(() => ID, { description: 'The survey (DRAFT or OPEN).' })
  @IdRule()
  surveyId: string;

  @Field(() => [String], { nullable: true, description: 'The codes to void, as printed (at most 500).' })
  @IsOptional()
  @ArrayMaxSize(MAX_CODES_PER_ISSUE, { message: `must list at most ${MAX_CODES_PER_ISSUE} codes` })
  @MaxLength(40, { each: true, message: 'must be a survey code as printed' })
  codes?: string[];

  @Field({ nullable: true, description: 'Void every code of the survey that has not been used.' })
  @IsOptional()
  allUnused?: boolean;
}

@InputType({ description: 'The score given to one question.' })
export class SurveyScoreInput {
  @Field({ description: "The question's key." })
  @MaxLength(40, { message: 'must be a question key of the survey' })
  question: string;

  @Field(() => Int, { description: 'Score 1 (not at all) – 5 (fully).' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1–5' })
  @Max(5, { message: 'must be 1–5' })
  score: number;
}

@InputType({
  description:
    "A resident's answer with a one-time survey code (no account): exactly one score 1–5 for every question of the survey.",
})
export class AnswerSurveyInput {
  @Field({ description: 'The code on the slip, e.g. K7PQM-3XWAR; case, spaces and hyphens do not matter.' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(40, { message: 'must be a survey code as printed' })
  code: string;

  @Field(() => [SurveyScoreInput], { description: 'One score per question of the survey.' })
  @ArrayMaxSize(MAX_QUESTIONS, { message: `must list at most ${MAX_QUESTIONS} scores` })
  @ValidateNested({ each: true })
  answers: SurveyScoreInput[];
}

@InputType({ description: 'One paper answer sheet: one score per question.' })
export class SurveySheetInput {
  @Field(() => [SurveyScoreInput], { description: 'One score per question of the survey.' })
  @ArrayMaxSize(MAX_QUESTIONS, { message: `must list at most ${MAX_QUESTIONS} scores` })
  @ValidateNested({ each: true })
  answers: SurveyScoreInput[];
}

@InputType({
  description:
    'Paper answer sheets collected at a meeting, entered by a CHAIR or ADMIN of the 街道 into an OPEN survey (all or none).',
})
export class EnterSurveyAnswersInput {
  @Field(() => ID, { description: 'The survey (OPEN).' })
  @IdRule()
  surveyId: string;

  @Field(() => [SurveySheetInput], { description: `The sheets, 1–${MAX_SHEETS_PER_ENTRY}.` })
  @ArrayMinSize(1, { message: 'must list at least one sheet' })
  @ArrayMaxSize(MAX_SHEETS_PER_ENTRY, { message: `must list at most ${MAX_SHEETS_PER_ENTRY} sheets` })
  @ValidateNested({ each: true })
  sheets: SurveySheetInput[];
}

@InputType({
  description: 'Conditions a survey must meet to be listed; all given conditions apply. Always limited to your scope.',
})
export class ResidentSurveyFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Only surveys in 街道 of this district.' })
  @IsOptional()
  @IdRule()
  districtId?: string;

  @Field(() => ID, { nullable: true, description: 'Only surveys of this 街道.' })
  @IsOptional()
  @IdRule()
  subdistrictId?: string;

  @Field(() => ID, { nullable: true, description: 'Only surveys of this neighborhood.' })
  @IsOptional()
  @IdRule()
  neighborhoodId?: string;

  @Field(() => [SurveyStatus], { nullable: true, description: 'Only surveys in one of these statuses.' })
  @IsOptional()
  status?: SurveyStatus[];

  @Field({ nullable: true, description: 'Only surveys of this period, e.g. 2025-Q3.' })
  @IsOptional()
  @MaxLength(7, { message: 'must be a period such as 2025-Q3' })
  period?: string;
}

@InputType({ description: 'One sort key of residentSurveys.' })
export class ResidentSurveyOrder {
  @Field(() => ResidentSurveyOrderField, { description: 'The field to sort by.' })
  field: ResidentSurveyOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}
