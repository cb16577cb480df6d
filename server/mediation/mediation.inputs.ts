import { ArrayMaxSize, ArrayMinSize, IsUUID, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { LocalDateRules, NameRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { DisputeKind, MediationChairRole, MediationPartyKind, MediationStatus } from './mediation-enums';

/** Most rows one upsertMediations call takes. */
export const MAX_UPSERT_ROWS = 200;

/** Longest written record of a mediation, in characters. */
export const MAX_RECORD = 20000;

@InputType({ description: 'A party to the dispute.' })
export class MediationPartyInput {
  @Field({ description: 'Name of the person or unit, 1–100 characters.' })
  @NameRules()
  name: string;

  @Field(() => MediationPartyKind, { description: 'PERSON or UNIT.' })
  kind: MediationPartyKind;
}

@InputType({ description: 'A department concerned, with the laws and rules it cites.' })
export class MediationDepartmentInput {
  @Field(() => ID, { description: "A department of the neighborhood's district." })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  departmentId: string;

  @Field(() => [String], { description: 'The laws and rules it cites, 1–20, each 1–500 characters.' })
  @ArrayMinSize(1, { message: 'must cite at least one law or rule' })
  @ArrayMaxSize(20, { message: 'must cite at most 20' })
  @MaxLength(500, { each: true, message: 'each must be at most 500 characters' })
  citedLaws: string[];
}

/** Fields a list of mediations can be sorted by. */
export enum MediationOrderField {
  HELD_ON = 'HELD_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(MediationOrderField, {
  name: 'MediationOrderField',
  description: 'Fields a list of mediations can be sorted by.',
  valuesConfig: {
    HELD_ON: { description: 'By the day of the meeting.' },
    CREATED_AT: { description: 'By when it was recorded.' },
  },
});

/** One `orderBy` entry of `mediations`. */
@InputType({ description: 'One sort key of a list of mediations.' })
export class MediationOrder {
  @Field(() => MediationOrderField, { description: 'The field to sort by.' })
  field: MediationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

/** The `filter` of `mediations`. */
@InputType({ description: 'Conditions a mediation must meet to be listed; all given conditions apply.' })
export class MediationFilter {
  @Field(() => ID, { nullable: true, description: 'Only mediations of this subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;

  @Field(() => ID, { nullable: true, description: 'Only mediations of this neighborhood.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  neighborhoodId?: string;

  @Field(() => MediationStatus, { nullable: true, description: 'Only OPEN or only CONCLUDED ones.' })
  status?: MediationStatus;
}

/** Input of `createMediation`. */
@InputType({ description: 'A new mediation meeting (矛盾协调会).' })
export class CreateMediationInput {
  @Field(() => ID, { description: 'The neighborhood (居民区) where it is held.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  neighborhoodId: string;

  @Field({ description: 'What the dispute is about, 1–2000 characters.' })
  @NameRules(2000)
  subject: string;

  @Field(() => DisputeKind, { description: 'BETWEEN_NEIGHBOURS or UNIT_AND_RESIDENTS.' })
  disputeKind: DisputeKind;

  @Field({
    defaultValue: false,
    description: "Whether family, women or children are involved (then the women's director must attend).",
  })
  involvesFamily: boolean;

  @Field(() => LocalDateResolver, { description: 'The day of the meeting (YYYY-MM-DD, years 2000–2100).' })
  @LocalDateRules()
  heldOn: string;

  @Field(() => [MediationPartyInput], { description: 'The parties, 2–20.' })
  @ArrayMinSize(2, { message: 'must list at least two parties' })
  @ArrayMaxSize(20, { message: 'must list at most 20 parties' })
  @ValidateNested({ each: true })
  parties: MediationPartyInput[];

  @Field({ description: "The chair's name, 1–100 characters." })
  @NameRules()
  chairName: string;

  @Field(() => MediationChairRole, { description: "The chair's office." })
  chairRole: MediationChairRole;

  @Field({ description: "The neighborhood's volunteer legal adviser attending, 1–100 characters." })
  @NameRules()
  legalAdviser: string;

  @Field({ nullable: true, description: "The women's director attending, 1–100 characters." })
  @NameRules()
  womenDirector?: string;

  @Field(() => [MediationDepartmentInput], {
    nullable: true,
    description: 'The departments concerned with the laws they cite, at most 10.',
  })
  @ArrayMaxSize(10, { message: 'must list at most 10 departments' })
  @ValidateNested({ each: true })
  departments?: MediationDepartmentInput[];
}

/** Input of `updateMediation`. */
@InputType({
  description: 'Changes to an OPEN mediation; omitted fields keep their value, null clears the women’s director.',
})
export class UpdateMediationInput {
  @Field({ nullable: true, description: 'New subject, 1–2000 characters.' })
  @NameRules(2000)
  subject?: string;

  @Field({
    nullable: true,
    description:
      'Whether family, women or children are involved. Once true it stays true: false is then BAD_USER_INPUT on input.involvesFamily (docs/rules.md rule 14).',
  })
  involvesFamily?: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: 'New day (YYYY-MM-DD).' })
  @LocalDateRules()
  heldOn?: string;

  @Field(() => [MediationPartyInput], { nullable: true, description: 'The full new list of parties, 2–20.' })
  @ArrayMinSize(2, { message: 'must list at least two parties' })
  @ArrayMaxSize(20, { message: 'must list at most 20 parties' })
  @ValidateNested({ each: true })
  parties?: MediationPartyInput[];

  @Field({ nullable: true, description: "New chair's name." })
  @NameRules()
  chairName?: string;

  @Field(() => MediationChairRole, { nullable: true, description: "New chair's office." })
  chairRole?: MediationChairRole;

  @Field({ nullable: true, description: 'New legal adviser.' })
  @NameRules()
  legalAdviser?: string;

  @Field(() => String, { nullable: true, description: "The women's director attending; null: none." })
  @ValidateIf((_, value) => value !== null)
  @NameRules()
  womenDirector?: string | null;

  @Field(() => [MediationDepartmentInput], { nullable: true, description: 'The full new list of departments.' })
  @ArrayMaxSize(10, { message: 'must list at most 10 departments' })
  @ValidateNested({ each: true })
  departments?: MediationDepartmentInput[];
}

/** Input of `concludeMediation`. */
@InputType({ description: 'The written record that concludes a mediation for good.' })
export class ConcludeMediationInput {
  @Field({ description: `The written record (调解笔录), 1–${MAX_RECORD} characters.` })
  @NameRules(MAX_RECORD)
  record: string;

  @Field({
    nullable: true,
    description:
      "The women's director who attended, when not given before; required where family, women or children are involved.",
  })
  @NameRules()
  womenDirector?: string;
}

/** One row of `upsertMediations`. */
@InputType({
  description:
    'A mediation as a district system keeps it, keyed by externalId within its 街道: a new externalId records an OPEN mediation (as createMediation), a known OPEN one takes these details.',
})
export class UpsertMediationInput extends CreateMediationInput {
  @Field({
    description: 'Id of the mediation in the district system: 1–100 characters without spaces; the key of the upsert.',
  })
  @Matches(/^\S{1,100}$/, { message: 'must be 1–100 characters without spaces' })
  externalId: string;
}
