import { ArrayMaxSize, IsInt, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Satisfaction } from './satisfaction';

@InputType({ description: 'The score of one criterion.' })
export class CriterionScoreInput {
  @Field({ description: "The criterion's key in the meeting's template." })
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, { message: 'must be a criterion key of the template' })
  key: string;

  @Field(() => Int, { description: 'Score 1 (worst) – 5 (best).' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be 1–5' })
  @Max(5, { message: 'must be 1–5' })
  score: number;
}

@InputType({
  description:
    'A rating of one official at an open meeting (docs/rules.md rule 5). A second submission by the same voter replaces the first.',
})
export class SubmitRatingInput {
  @Field(() => ID, { description: 'The meeting; it must be OPEN.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  meetingId: string;

  @Field(() => ID, { description: 'The official, under evaluation at that meeting.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officialId: string;

  @Field(() => Satisfaction, { description: 'Overall satisfaction.' })
  satisfaction: Satisfaction;

  @Field(() => [CriterionScoreInput], { description: "Exactly one score 1–5 per criterion of the meeting's template." })
  @ArrayMaxSize(10, { message: 'must list at most 10 scores' })
  @ValidateNested({ each: true })
  scores: CriterionScoreInput[];

  @Field({
    nullable: true,
    description: 'Optional comment (at most 1,000 characters); required for DISSATISFIED or VERY_DISSATISFIED.',
  })
  @MaxLength(1000, { message: 'must be at most 1,000 characters' })
  comment?: string;

  @Field({
    nullable: true,
    description:
      'A ballot code from the chair, for a person checked in as a code voter (then no sign-in is needed; docs/rules.md rule 7).',
  })
  @MaxLength(40, { message: 'is not a ballot code' })
  ballotCode?: string;

  @Field({
    nullable: true,
    description:
      'With `ballotCode`: the secret the voter\'s browser keeps for that code (32–128 letters, digits, "-" or "_"; e.g. 32 random bytes in base64url). The code binds to the first secret it is used with; after that only this secret opens, amends or reads its ballots (docs/rules.md rule 7).',
  })
  @MaxLength(128, { message: 'must be at most 128 characters' })
  ballotSecret?: string;
}

@InputType({
  description: 'Ballot codes to void (docs/rules.md rule 7): unused codes only; give `codes`, or `allUnused`.',
})
export class VoidBallotCodesInput {
  @Field(() => ID, { description: 'The meeting (DRAFT or OPEN).' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  meetingId: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'The codes to void, as printed (e.g. "K7PQM-3XWAR"), at most 500; each must be an unused code of this meeting.',
  })
  @ArrayMaxSize(500, { message: 'must list at most 500 codes' })
  @MaxLength(40, { each: true, message: 'must be ballot codes' })
  codes?: string[];

  @Field({
    nullable: true,
    description:
      'true: void every code of the meeting that has cast no ballot yet (also codes opened in a browser without voting).',
  })
  allUnused?: boolean;
}
