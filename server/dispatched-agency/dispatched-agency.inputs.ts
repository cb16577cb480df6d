import { ArrayMaxSize, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { NameRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { AgencyKind } from './agency-kind';

/** Fields a list of stationed agencies can be sorted by (the allow-list of `orderBy`). */
export enum DispatchedAgencyOrderField {
  NAME = 'NAME',
  KIND = 'KIND',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(DispatchedAgencyOrderField, {
  name: 'DispatchedAgencyOrderField',
  description: 'Fields a list of stationed agencies can be sorted by.',
  valuesConfig: {
    NAME: { description: 'By the pinyin of the name, as a dictionary orders it (docs/rules.md rule 15).' },
    KIND: { description: 'By agency kind.' },
    CREATED_AT: { description: 'By when the record was created.' },
  },
});

@InputType({ description: 'One sort key of a list of stationed agencies.' })
export class DispatchedAgencyOrder {
  @Field(() => DispatchedAgencyOrderField, { description: 'The field to sort by.' })
  field: DispatchedAgencyOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

@InputType({ description: 'Conditions a stationed agency must meet to be listed; all given conditions apply.' })
export class DispatchedAgencyFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Only agencies in subdistricts of this district.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId?: string;

  @Field(() => ID, { nullable: true, description: 'Only agencies stationed in this subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;

  @Field(() => ID, { nullable: true, description: 'Only agencies of this department.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  departmentId?: string;

  @Field(() => AgencyKind, { nullable: true, description: 'Only this kind.' })
  kind?: AgencyKind;

  @Field({
    nullable: true,
    description:
      'Part of the name, case-insensitive; Latin letters also match the pinyin or the initials of the name, e.g. "waitan" or "wt" finds 外滩街道 (docs/rules.md rule 15).',
  })
  nameContains?: string;
}

@InputType({ description: 'A new agency a department stations in a subdistrict of its district.' })
export class CreateDispatchedAgencyInput {
  @Field({ description: 'Name, 1–100 characters, unique within the subdistrict, e.g. "外滩司法所".' })
  @NameRules()
  name: string;

  @Field(() => AgencyKind, { description: 'What the agency does.' })
  kind: AgencyKind;

  @Field(() => ID, { description: 'Id of the department that stations it.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  departmentId: string;

  @Field(() => ID, { description: "Id of the subdistrict it is stationed in; must be in the department's district." })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'The matters it owns, at most 50 of at most 200 characters; default: those of its kind (AGENCY_DUTIES).',
  })
  @ArrayMaxSize(50, { message: 'must list at most 50 duties' })
  @MaxLength(200, { each: true, message: 'each duty must be at most 200 characters' })
  duties?: string[];
}

@InputType({ description: 'Changes to a stationed agency; omitted fields keep their value.' })
export class UpdateDispatchedAgencyInput {
  @Field({ nullable: true, description: 'New name, unique within the subdistrict.' })
  @NameRules()
  name?: string;

  @Field(() => AgencyKind, { nullable: true, description: 'New kind.' })
  kind?: AgencyKind;

  @Field(() => [String], {
    nullable: true,
    description: 'The full new list of duties (replaces the old one); blank lines are dropped and repeats merged.',
  })
  @ArrayMaxSize(50, { message: 'must list at most 50 duties' })
  @MaxLength(200, { each: true, message: 'each duty must be at most 200 characters' })
  duties?: string[];
}
