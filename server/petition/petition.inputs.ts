import { ArrayMaxSize, ArrayMinSize, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { LocalDateRules, NameRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { PetitionAgent, PetitionOutcome, PetitionStatus } from './petition-enums';

/** Longest agreement or summary of talks, in characters. */
export const MAX_PETITION_TEXT = 20000;
/** Most rows one upsertPetitions call takes. */
export const MAX_UPSERT_ROWS = 200;
/** Most rounds of talks one petition keeps. */
export const MAX_TALKS = 50;

/** Fields a list of petitions can be sorted by. */
export enum PetitionOrderField {
  TAKEN_UP_ON = 'TAKEN_UP_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(PetitionOrderField, {
  name: 'PetitionOrderField',
  description: 'Fields a list of petitions can be sorted by.',
  valuesConfig: {
    TAKEN_UP_ON: { description: 'By the day the agent took the petition up.' },
    CREATED_AT: { description: 'By when it was recorded.' },
  },
});

/** One `orderBy` entry of `petitions`. */
@InputType({ description: 'One sort key of a list of petitions.' })
export class PetitionOrder {
  @Field(() => PetitionOrderField, { description: 'The field to sort by.' })
  field: PetitionOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

/** The `filter` of `petitions`. */
@InputType({ description: 'Conditions a petition must meet to be listed; all given conditions apply.' })
export class PetitionFilter {
  @Field(() => ID, { nullable: true, description: 'Only petitions of this subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;

  @Field(() => ID, { nullable: true, description: 'Only petitions of this neighborhood.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  neighborhoodId?: string;

  @Field(() => PetitionStatus, { nullable: true, description: 'Only petitions in this status.' })
  status?: PetitionStatus;

  @Field(() => PetitionAgent, { nullable: true, description: 'Only petitions taken up by this kind of agent.' })
  agent?: PetitionAgent;

  @Field(() => ID, { nullable: true, description: 'Only petitions that started from this matter.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  matterId?: string;
}

/** Input of `createPetition`. */
@InputType({ description: "A resident's petition taken up by an agent organisation (信访代理)." })
export class CreatePetitionInput {
  @Field(() => ID, { description: 'The neighborhood (居民区) where the petitioner lives.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  neighborhoodId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The resident's matter (诉求) the petition starts from; it must be of the neighborhood's 街道 (BAD_USER_INPUT on input.matterId otherwise).",
  })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  matterId?: string;

  @Field({ description: 'What the petition asks, 1–2000 characters.' })
  @NameRules(2000)
  subject: string;

  @Field({ description: "The petitioner's name, 1–100 characters (personal)." })
  @NameRules()
  petitionerName: string;

  @Field(() => PetitionAgent, { description: 'The organisation that takes the petition up.' })
  agent: PetitionAgent;

  @Field({ description: "The agent organisation's person in charge, 1–100 characters." })
  @NameRules()
  agentName: string;

  @Field(() => ID, { description: "The department the agent negotiates with: one of the neighborhood's district." })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  departmentId: string;

  @Field(() => LocalDateResolver, { description: 'The day the agent took it up (YYYY-MM-DD, years 2000–2100).' })
  @LocalDateRules()
  takenUpOn: string;
}

/** One row of `upsertPetitions`. */
@InputType({
  description:
    'A petition as a district system keeps it, keyed by externalId within its 街道: a new externalId records an OPEN petition (as createPetition), a known OPEN one takes these details.',
})
export class UpsertPetitionInput extends CreatePetitionInput {
  @Field({
    description: 'Id of the petition in the district system: 1–100 characters without spaces; the key of the upsert.',
  })
  @Matches(/^\S{1,100}$/, { message: 'must be 1–100 characters without spaces' })
  externalId: string;
}

/** Input of `updatePetition`. */
@InputType({ description: 'Changes to an OPEN petition; omitted fields keep their value, matterId null unlinks it.' })
export class UpdatePetitionInput {
  @Field(() => ID, { nullable: true, description: "The matter it starts from, of the petition's 街道; null: none." })
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'must be an id returned by this API' })
  matterId?: string | null;

  @Field({ nullable: true, description: 'New subject, 1–2000 characters.' })
  @NameRules(2000)
  subject?: string;

  @Field({ nullable: true, description: "New petitioner's name." })
  @NameRules()
  petitionerName?: string;

  @Field(() => PetitionAgent, { nullable: true, description: 'New agent organisation.' })
  agent?: PetitionAgent;

  @Field({ nullable: true, description: "New agent's person in charge." })
  @NameRules()
  agentName?: string;

  @Field(() => ID, { nullable: true, description: 'New department, of the same district.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  departmentId?: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'New day it was taken up (YYYY-MM-DD); not after its first round of talks.',
  })
  @LocalDateRules()
  takenUpOn?: string;
}

/** Input of `recordPetitionTalk`. */
@InputType({ description: 'One round of talks between the agent and the department.' })
export class PetitionTalkInput {
  @Field(() => LocalDateResolver, {
    description: 'The day of the talks (YYYY-MM-DD): not before the petition was taken up nor before the last round.',
  })
  @LocalDateRules()
  heldOn: string;

  @Field(() => [String], { description: 'Who took part, 1–30 names of 1–100 characters.' })
  @ArrayMinSize(1, { message: 'must name at least one participant' })
  @ArrayMaxSize(30, { message: 'must name at most 30 participants' })
  @MaxLength(100, { each: true, message: 'each must be at most 100 characters' })
  participants: string[];

  @Field({ description: `What was said and where the talks stand, 1–${MAX_PETITION_TEXT} characters.` })
  @NameRules(MAX_PETITION_TEXT)
  summary: string;
}

/** Input of `concludePetition`. */
@InputType({ description: "How a petition's talks ended: with the agreement reached, or without agreement and why." })
export class ConcludePetitionInput {
  @Field(() => PetitionOutcome, { description: 'AGREED or NOT_AGREED.' })
  outcome: PetitionOutcome;

  @Field({
    nullable: true,
    description: `The agreement reached, 1–${MAX_PETITION_TEXT} characters: required for AGREED (BAD_USER_INPUT on input.agreement), refused otherwise.`,
  })
  @NameRules(MAX_PETITION_TEXT)
  agreement?: string;

  @Field({
    nullable: true,
    description:
      'Why no agreement was reached, 1–4000 characters: required for NOT_AGREED (BAD_USER_INPUT on input.reason).',
  })
  @NameRules(4000)
  reason?: string;
}

/** Input of `withdrawPetition`. */
@InputType({ description: "The petitioner's withdrawal of an OPEN petition." })
export class WithdrawPetitionInput {
  @Field({ description: 'Why it was withdrawn, 1–4000 characters.' })
  @NameRules(4000)
  reason: string;
}
