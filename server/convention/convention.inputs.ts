import { IsInt, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalDateRules, NameRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { BreachFollowUpParty } from './convention-enums';

/** Most households one building may have. */
export const MAX_HOUSEHOLDS = 10000;
/** Longest text of a convention version, in characters. */
export const MAX_CONVENTION_TEXT = 20000;
/** Most rows one upsertBuildingConventions call takes. */
export const MAX_UPSERT_ROWS = 200;

/** A number of households: a whole number 1–MAX_HOUSEHOLDS. */
function HouseholdRules(): PropertyDecorator {
  return (target, key) => {
    IsInt({ message: 'must be a whole number of households' })(target, key);
    Min(1, { message: 'must be at least 1' })(target, key);
    Max(MAX_HOUSEHOLDS, { message: `must be at most ${MAX_HOUSEHOLDS}` })(target, key);
  };
}

/** The text of a convention version: 1–MAX_CONVENTION_TEXT characters, saying something. */
function ConventionTextRules(): PropertyDecorator {
  return NameRules(MAX_CONVENTION_TEXT);
}

/** Fields a list of buildings can be sorted by. */
export enum BuildingOrderField {
  NAME = 'NAME',
  HOUSEHOLDS = 'HOUSEHOLDS',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(BuildingOrderField, {
  name: 'BuildingOrderField',
  description: 'Fields a list of buildings can be sorted by.',
  valuesConfig: {
    NAME: { description: 'By name.' },
    HOUSEHOLDS: { description: 'By number of households.' },
    CREATED_AT: { description: 'By when it was recorded.' },
  },
});

/** One `orderBy` entry of `buildings`. */
@InputType({ description: 'One sort key of a list of buildings.' })
export class BuildingOrder {
  @Field(() => BuildingOrderField, { description: 'The field to sort by.' })
  field: BuildingOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

/** The `filter` of `buildings`. */
@InputType({ description: 'Conditions a building must meet to be listed; all given conditions apply.' })
export class BuildingFilter {
  @Field(() => ID, { nullable: true, description: 'Only buildings of this neighborhood.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  neighborhoodId?: string;

  @Field(() => ID, { nullable: true, description: 'Only buildings of this subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;
}

/** Input of `createBuilding`. */
@InputType({ description: 'A new residential building of a neighborhood, with its number of households.' })
export class CreateBuildingInput {
  @Field(() => ID, { description: 'The neighborhood (居民区) it belongs to.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  neighborhoodId: string;

  @Field({ description: 'Name or number within the neighborhood, 1–100 characters; unique there.' })
  @NameRules(100)
  name: string;

  @Field(() => Int, { description: `Number of households, 1–${MAX_HOUSEHOLDS}.` })
  @HouseholdRules()
  households: number;
}

/** Input of `updateBuilding`. */
@InputType({
  description:
    "Changes to a building; omitted fields keep their value. A new number of households is the base of the building's OPEN convention versions from now on; an EFFECTIVE version stays in effect (docs/rules.md rule 14).",
})
export class UpdateBuildingInput {
  @Field({ nullable: true, description: 'New name, 1–100 characters.' })
  @NameRules(100)
  name?: string;

  @Field(() => Int, {
    nullable: true,
    description: `New number of households, 1–${MAX_HOUSEHOLDS}; never fewer than the live codes issued for one OPEN version.`,
  })
  @HouseholdRules()
  households?: number;
}

/** Fields a list of conventions can be sorted by. */
export enum BuildingConventionOrderField {
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(BuildingConventionOrderField, {
  name: 'BuildingConventionOrderField',
  description: 'Fields a list of building conventions can be sorted by.',
  valuesConfig: {
    TITLE: { description: 'By title.' },
    CREATED_AT: { description: 'By when it was recorded.' },
  },
});

/** One `orderBy` entry of `buildingConventions`. */
@InputType({ description: 'One sort key of a list of building conventions.' })
export class BuildingConventionOrder {
  @Field(() => BuildingConventionOrderField, { description: 'The field to sort by.' })
  field: BuildingConventionOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

/** The `filter` of `buildingConventions`. */
@InputType({ description: 'Conditions a building convention must meet to be listed; all given conditions apply.' })
export class BuildingConventionFilter {
  @Field(() => ID, { nullable: true, description: 'Only conventions of this building.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  buildingId?: string;

  @Field(() => ID, { nullable: true, description: 'Only conventions of this subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;
}

/** Input of `createBuildingConvention`. */
@InputType({
  description: 'A new building convention (居民公约) with the text of its first version, OPEN for approval.',
})
export class CreateBuildingConventionInput {
  @Field(() => ID, { description: 'The building it binds.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  buildingId: string;

  @Field({ description: 'Title, 1–200 characters.' })
  @NameRules(200)
  title: string;

  @Field({ description: `Text of version 1, 1–${MAX_CONVENTION_TEXT} characters.` })
  @ConventionTextRules()
  text: string;
}

/** One row of `upsertBuildingConventions`. */
@InputType({
  description:
    "A convention as a district system keeps it, keyed by externalId within its 街道: a new externalId writes in the convention with text as version 1, OPEN for approval (as createBuildingConvention); a known one takes the title (its text is then not read: later versions are addConventionVersion's).",
})
export class UpsertBuildingConventionInput extends CreateBuildingConventionInput {
  @Field({
    description: 'Id of the convention in the district system: 1–100 characters without spaces; the key of the upsert.',
  })
  @Matches(/^\S{1,100}$/, { message: 'must be 1–100 characters without spaces' })
  externalId: string;
}

/** Input of `addConventionVersion`. */
@InputType({ description: 'A new version of a convention’s text, OPEN for approval.' })
export class AddConventionVersionInput {
  @Field(() => ID, { description: 'The convention.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  conventionId: string;

  @Field({ description: `The new text, 1–${MAX_CONVENTION_TEXT} characters.` })
  @ConventionTextRules()
  text: string;
}

/** Input of `issueHouseholdCodes`. */
@InputType({ description: 'One-time household codes to print for an OPEN convention version.' })
export class IssueHouseholdCodesInput {
  @Field(() => ID, { description: 'The OPEN version.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  versionId: string;

  @Field(() => Int, {
    description: "How many codes, 1 or more; with the version's live codes, never more than the building's households.",
  })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(MAX_HOUSEHOLDS, { message: `must be at most ${MAX_HOUSEHOLDS}` })
  count: number;
}

/** Input of `voidHouseholdCodes`. */
@InputType({ description: 'Household codes to void: those listed, or every unused one.' })
export class VoidHouseholdCodesInput {
  @Field(() => ID, { description: 'The version whose codes to void.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  versionId: string;

  @Field(() => [String], { nullable: true, description: 'The codes to void (slips lost or never handed out).' })
  @MaxLength(32, { each: true, message: 'must be household codes as printed' })
  codes?: string[];

  @Field({ nullable: true, description: 'true: void every code of the version not used yet.' })
  allUnused?: boolean;
}

/** Input of `approveConvention`. */
@InputType({ description: "A household's answer to a convention version, with its one-time household code." })
export class ApproveConventionInput {
  @Field({ description: 'The household code from the slip, e.g. "K7PQM-3XWAR" (case and dashes do not matter).' })
  @MaxLength(32, { message: 'must be a household code as printed' })
  code: string;

  @Field({ description: 'true: the household approves the version; false: it does not.' })
  approve: boolean;
}

/** Fields a list of breaches can be sorted by. */
export enum ConventionBreachOrderField {
  OCCURRED_ON = 'OCCURRED_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ConventionBreachOrderField, {
  name: 'ConventionBreachOrderField',
  description: 'Fields a list of convention breaches can be sorted by.',
  valuesConfig: {
    OCCURRED_ON: { description: 'By the day of the breach.' },
    CREATED_AT: { description: 'By when it was recorded.' },
  },
});

/** One `orderBy` entry of `conventionBreaches`. */
@InputType({ description: 'One sort key of a list of convention breaches.' })
export class ConventionBreachOrder {
  @Field(() => ConventionBreachOrderField, { description: 'The field to sort by.' })
  field: ConventionBreachOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

/** The `filter` of `conventionBreaches`. */
@InputType({ description: 'Conditions a breach must meet to be listed; all given conditions apply.' })
export class ConventionBreachFilter {
  @Field(() => ID, { nullable: true, description: 'Only breaches of this convention.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  conventionId?: string;

  @Field(() => ID, { nullable: true, description: 'Only breaches in this subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;
}

/** Input of `recordConventionBreach`. */
@InputType({ description: 'A breach of a convention in effect.' })
export class RecordConventionBreachInput {
  @Field(() => ID, { description: 'The convention breached; it must have a version in effect.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  conventionId: string;

  @Field(() => LocalDateResolver, { description: 'The day of the breach (YYYY-MM-DD, years 2000–2100).' })
  @LocalDateRules()
  occurredOn: string;

  @Field({ description: 'What happened, 1–2000 characters.' })
  @NameRules(2000)
  description: string;

  @Field({ defaultValue: false, description: 'Whether public property was damaged (default false).' })
  publicPropertyDamaged: boolean;
}

/** Input of `followUpConventionBreach`. */
@InputType({
  description: "A follow-up of a breach by the residents' committee, the owners' committee or the property company.",
})
export class FollowUpConventionBreachInput {
  @Field(() => ID, { description: 'The breach.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  breachId: string;

  @Field(() => BreachFollowUpParty, { description: 'Who followed up.' })
  party: BreachFollowUpParty;

  @Field({ description: 'What they did or decided, 1–2000 characters.' })
  @NameRules(2000)
  action: string;
}
