import { ArrayMaxSize, ArrayMinSize, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDateRules, NameRules } from '../core/inputs';
import { HearingOutcome } from './hearing-enums';

/** Most rows one upsertHearings call takes. */
export const MAX_UPSERT_ROWS = 200;

/** The `filter` of `worksProjects` and `hearings`. */
@InputType({ description: 'Conditions a works project or hearing must meet to be listed; all given conditions apply.' })
export class HearingFilter {
  @Field(() => ID, { nullable: true, description: 'Only those of this subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;

  @Field(() => ID, { nullable: true, description: 'Hearings only: only those of this project.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  projectId?: string;
}

/** Input of `createWorksProject`. */
@InputType({ description: "Works that touch residents' lives, in a neighborhood, PLANNED." })
export class CreateWorksProjectInput {
  @Field(() => ID, { description: 'The neighborhood where the works happen.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  neighborhoodId: string;

  @Field({ description: 'Name of the project, 1–200 characters.' })
  @NameRules(200)
  name: string;
}

/** Input of `startWorksProject`. */
@InputType({ description: 'Marks a project started; an override reason is needed when no hearing supported it.' })
export class StartWorksProjectInput {
  @Field({
    nullable: true,
    description:
      'The reason of the decision that overrides the hearings (none held, or NOT_SUPPORTED), 1–2000 characters; only needed then.',
  })
  @NameRules(2000)
  overrideReason?: string;
}

@InputType({ description: 'A question put at a hearing, with its answer when given.' })
export class HearingQuestionInput {
  @Field({ description: 'Who asked, 1–100 characters.' })
  @NameRules()
  askedBy: string;

  @Field({ description: 'The question, 1–2000 characters.' })
  @NameRules(2000)
  question: string;

  @Field({ nullable: true, description: 'Who answered (the presenter or a department head), 1–100 characters.' })
  @NameRules()
  answeredBy?: string;

  @Field({ nullable: true, description: 'The answer, 1–4000 characters.' })
  @NameRules(4000)
  answer?: string;
}

/** Input of `createHearing`. */
@InputType({ description: 'A decision hearing (决策听证会) about a works project.' })
export class CreateHearingInput {
  @Field(() => ID, { description: 'The works project.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  projectId: string;

  @Field(() => LocalDateResolver, {
    description: 'The day of the hearing (YYYY-MM-DD, years 2000–2100), not after constructionStartsOn.',
  })
  @LocalDateRules()
  heldOn: string;

  @Field({ description: 'Who presents the project, 1–100 characters.' })
  @NameRules()
  presenter: string;

  @Field(() => LocalDateResolver, { description: 'First day of construction (YYYY-MM-DD).' })
  @LocalDateRules()
  constructionStartsOn: string;

  @Field(() => LocalDateResolver, { description: 'Last day of construction (YYYY-MM-DD), not before the first.' })
  @LocalDateRules()
  constructionEndsOn: string;

  @Field({ description: "The residents' committee director who chairs, 1–100 characters." })
  @NameRules()
  chairName: string;

  @Field(() => [String], { description: 'The representatives recommended by the party branch, 1–100 names.' })
  @ArrayMinSize(1, { message: 'must list at least one representative' })
  @ArrayMaxSize(100, { message: 'must list at most 100 representatives' })
  @MaxLength(100, { each: true, message: 'each name must be at most 100 characters' })
  representatives: string[];

  @Field(() => [String], { nullable: true, description: 'Department heads attending to answer, at most 20.' })
  @ArrayMaxSize(20, { message: 'must list at most 20 department heads' })
  @MaxLength(100, { each: true, message: 'each name must be at most 100 characters' })
  departmentHeads?: string[];

  @Field(() => [HearingQuestionInput], { nullable: true, description: 'The questions put, at most 200.' })
  @ArrayMaxSize(200, { message: 'must list at most 200 questions' })
  @ValidateNested({ each: true })
  questions?: HearingQuestionInput[];
}

/** Input of `recordHearingOutcome`. */
@InputType({ description: 'The outcome of a hearing with its reasons, and the questions as finally recorded.' })
export class RecordHearingOutcomeInput {
  @Field(() => HearingOutcome, { description: 'SUPPORTED, SUPPORTED_WITH_CONDITIONS or NOT_SUPPORTED.' })
  outcome: HearingOutcome;

  @Field({ description: 'The reasons (and conditions), 1–4000 characters.' })
  @NameRules(4000)
  reasons: string;

  @Field(() => [HearingQuestionInput], {
    nullable: true,
    description: 'The full list of questions and answers, replacing the one recorded; omitted: kept.',
  })
  @ArrayMaxSize(200, { message: 'must list at most 200 questions' })
  @ValidateNested({ each: true })
  questions?: HearingQuestionInput[];
}

/** One row of `upsertHearings`. */
@InputType({
  description:
    'A hearing as a district system keeps it, keyed by externalId within its 街道: a new externalId records a hearing of a PLANNED project (as createHearing), a known one without an outcome takes these details.',
})
export class UpsertHearingInput extends CreateHearingInput {
  @Field({
    description: 'Id of the hearing in the district system: 1–100 characters without spaces; the key of the upsert.',
  })
  @Matches(/^\S{1,100}$/, { message: 'must be 1–100 characters without spaces' })
  externalId: string;
}
