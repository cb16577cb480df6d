import { IsInt, IsNumber, IsUUID, Max, MaxLength, Min, ValidateNested, ArrayMaxSize } from 'class-validator';
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../core/pagination';
import { YearRules } from '../core/inputs';
import { AssessmentStatus, Grade, GradeLabels, Panel } from './assessment-enums';

/** Points 0–100, whole. */
const Points = (): PropertyDecorator => (target, key) => {
  IsInt({ message: 'must be a whole number' })(target, key);
  Min(0, { message: 'must be 0–100' })(target, key);
  Max(100, { message: 'must be 0–100' })(target, key);
};

/** A score 0–100, fractions allowed. */
const Score = (): PropertyDecorator => (target, key) => {
  IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })(target, key);
  Min(0, { message: 'must be 0–100' })(target, key);
  Max(100, { message: 'must be 0–100' })(target, key);
};

@InputType({ description: 'The weight of one panel.' })
export class PanelWeightInput {
  @Field(() => Panel, { description: 'The panel.' })
  panel: Panel;

  @Field(() => Int, { description: 'Weight in points, 0–100.' })
  @Points()
  weight: number;
}

@InputType({
  description:
    "A district's scoring policy for a year (docs/rules.md rule 10). Weights sum to 100; bands 100 ≥ excellentFrom > goodFrom > mediocreFrom ≥ 0.",
})
export class SetAssessmentPolicyInput {
  @Field(() => ID, { description: 'The district.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId: string;

  @Field(() => Int, { description: 'The year.' })
  @YearRules()
  year: number;

  @Field(() => Int, { description: 'Weight of the meeting scores (default 40).' })
  @Points()
  meetingWeight: number;

  @Field(() => Int, { description: 'Weight of the third-party evaluation (default 40).' })
  @Points()
  thirdPartyWeight: number;

  @Field(() => Int, { description: "Weight of the assessors' mark on the self-report and inquiries (default 20)." })
  @Points()
  selfReportWeight: number;

  @Field(() => [PanelWeightInput], {
    description: 'Each of the four panels once, weights summing to 100 (default 25 each).',
  })
  @ArrayMaxSize(4, { message: 'must list each panel once' })
  @ValidateNested({ each: true })
  panelWeights: PanelWeightInput[];

  @Field(() => Int, { description: 'Lowest EXCELLENT score (default 90).' })
  @Points()
  excellentFrom: number;

  @Field(() => Int, { description: 'Lowest GOOD score (default 75).' })
  @Points()
  goodFrom: number;

  @Field(() => Int, { description: 'Lowest MEDIOCRE score (default 60).' })
  @Points()
  mediocreFrom: number;

  @Field(() => Int, { description: 'Fewest ratings for a meeting result to count (1–100, default 3).' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(100, { message: 'must be at most 100' })
  minRatings: number;

  @Field(() => GradeLabels, {
    nullable: true,
    description: 'The names of the grades (docs/rules.md rule 10); STANDARD (优秀/良好/平庸/较差) when not given.',
  })
  gradeLabels?: GradeLabels | null;
}

@InputType({ description: "One panel's score of an official for a year; replaces an earlier one of the same panel." })
export class RecordThirdPartyEvaluationInput {
  @Field(() => ID, { description: 'The official.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officialId: string;

  @Field(() => Int, { description: 'The year.' })
  @YearRules()
  year: number;

  @Field(() => Panel, { description: 'The panel.' })
  panel: Panel;

  @Field(() => Float, { description: 'Score 0–100.' })
  @Score()
  score: number;
}

@InputType({ description: "Compute (or recompute) an official's DRAFT assessment for a year." })
export class AssessOfficialInput {
  @Field(() => ID, { description: 'The official.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officialId: string;

  @Field(() => Int, {
    description:
      'The year assessed: one that has begun in Shanghai (UTC+8); a later one is BAD_USER_INPUT on input.year.',
  })
  @YearRules()
  year: number;

  @Field(() => Float, {
    nullable: true,
    description: "The assessors' mark 0–100 on the self-report and inquiries; omitted keeps the earlier mark.",
  })
  @Score()
  selfReportMark?: number;
}

@InputType({ description: "An assessor's override of a DRAFT assessment's grade." })
export class OverrideGradeInput {
  @Field(() => Grade, { description: 'The grade that is to count.' })
  grade: Grade;

  @Field({ description: 'Why, in writing (1–2,000 characters).' })
  @MaxLength(2000, { message: 'must be at most 2,000 characters' })
  reason: string;
}

/** Fields a list of assessments can be sorted by (the allow-list of `orderBy`). */
export enum AnnualAssessmentOrderField {
  YEAR = 'YEAR',
  SCORE = 'SCORE',
  STATUS = 'STATUS',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(AnnualAssessmentOrderField, {
  name: 'AnnualAssessmentOrderField',
  description: 'Fields a list of assessments can be sorted by.',
  valuesConfig: {
    YEAR: { description: 'By the year assessed.' },
    SCORE: { description: 'By the 0–100 score; assessments without a score last.' },
    STATUS: { description: 'By state (DRAFT, FINALIZED).' },
    CREATED_AT: { description: 'By when the record was created.' },
  },
});

@InputType({ description: 'One sort key of an assessment list.' })
export class AnnualAssessmentOrder {
  @Field(() => AnnualAssessmentOrderField, { description: 'The field to sort by.' })
  field: AnnualAssessmentOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

@InputType({ description: 'Conditions an assessment must meet to be listed; all given conditions apply.' })
export class AnnualAssessmentFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: "Only this official's." })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officialId?: string;

  @Field(() => ID, { nullable: true, description: 'Only officials of this subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;

  @Field(() => ID, { nullable: true, description: 'Only officials of this district.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId?: string;

  @Field(() => Int, { nullable: true, description: 'Only this year (2000–2100).' })
  @YearRules()
  year?: number;

  @Field(() => AssessmentStatus, { nullable: true, description: 'Only DRAFT or only FINALIZED.' })
  status?: AssessmentStatus;

  @Field(() => Grade, {
    nullable: true,
    description:
      'Only this grade as it counts (`grade`: the override if any, else the computed grade; breach years have none).',
  })
  grade?: Grade;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only years with (true) or without (false) a breached red line (docs/rules.md rule 9).',
  })
  redLineBreached?: boolean;
}
