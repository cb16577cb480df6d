import { ArrayMaxSize, IsInt, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Satisfaction } from './satisfaction';

@InputType({ description: 'The score of one criterion.' })
export class CriterionScoreInput {
  @Field({ description: 'The criterion\'s key in the meeting\'s template.' })
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, { message: 'must be a criterion key of the template' })
  key: string;

  @Field(() => Int, { description: 'Score 1 (worst) – 5 (best).' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1–5' })
  @Max(5, { message: 'must be 1–5' })
  score: number;
}

@InputType({ description: 'A rating of one official at an open meeting (DESIGN rule 5). A second submission by the same voter replaces the first.' })
export class SubmitRatingInput {
  @Field(() => ID, { description: 'The meeting; it must be OPEN.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  meetingId: string;

  @Field(() => ID, { description: 'The official, under evaluation at that meeting.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officialId: string;

  @Field(() => Satisfaction, { description: 'Overall satisfaction.' })
  satisfaction: Satisfaction;

  @Field(() => [CriterionScoreInput], { description: 'Exactly one score 1–5 per criterion of the meeting\'s template.' })
  @ArrayMaxSize(10, { message: 'must list at most 10 scores' })
  @ValidateNested({ each: true })
  scores: CriterionScoreInput[];

  @Field({ nullable: true, description: 'Optional comment (at most 1,000 characters); required for DISSATISFIED or VERY_DISSATISFIED.' })
  @MaxLength(1000, { message: 'must be at most 1,000 characters' })
  comment?: string;

  @Field({ nullable: true, description: 'A ballot code from the chair, for a representative without an account (then no sign-in is needed).' })
  @MaxLength(40, { message: 'is not a ballot code' })
  ballotCode?: string;
}

@InputType({ description: 'How many one-time ballot codes to issue.' })
export class IssueBallotCodesInput {
  @Field(() => ID, { description: 'The meeting (DRAFT or OPEN).' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  meetingId: string;

  @Field(() => Int, { description: 'How many codes, 1–200.' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(200, { message: 'must be at most 200' })
  count: number;
}
