import { IsUUID, Matches } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DivisionCode, NameRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { NeighborhoodKind } from './neighborhood-kind';

/** Fields a neighborhood list can be sorted by (the allow-list of `orderBy`). */
export enum NeighborhoodOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  KIND = 'KIND',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(NeighborhoodOrderField, {
  name: 'NeighborhoodOrderField',
  description: 'Fields a list of neighborhoods can be sorted by.',
  valuesConfig: {
    CODE: { description: 'By the 12-digit division code.' },
    NAME: { description: 'By the pinyin of the name, as a dictionary orders it (docs/rules.md rule 15).' },
    KIND: { description: "By kind (residents' or village committee)." },
    CREATED_AT: { description: 'By when the record was created.' },
  },
});

@InputType({ description: 'One sort key of a neighborhood list.' })
export class NeighborhoodOrder {
  @Field(() => NeighborhoodOrderField, { description: 'The field to sort by.' })
  field: NeighborhoodOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

@InputType({ description: 'Conditions a neighborhood must meet to be listed; all given conditions apply.' })
export class NeighborhoodFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Only neighborhoods of subdistricts of this district.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId?: string;

  @Field(() => ID, { nullable: true, description: 'Only neighborhoods of this subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;

  @Field(() => NeighborhoodKind, {
    nullable: true,
    description: 'Only this kind (e.g. RESIDENTS_COMMITTEE for 居委会).',
  })
  kind?: NeighborhoodKind;

  @Field({ nullable: true, description: "The 12-digit code, or a prefix of it (e.g. a subdistrict's 9 digits)." })
  @Matches(/^\d{1,12}$/, { message: 'must be 1–12 digits' })
  code?: string;

  @Field({
    nullable: true,
    description:
      'Part of the name, case-insensitive; Latin letters also match the pinyin or the initials of the name, e.g. "waitan" or "wt" finds 外滩街道 (docs/rules.md rule 15).',
  })
  nameContains?: string;
}

@InputType({ description: 'A new neighborhood. Its kind follows from the name.' })
export class CreateNeighborhoodInput {
  @Field({ description: "12-digit code; unique; must start with the subdistrict's 9-digit code." })
  @DivisionCode(12)
  code: string;

  @Field({ description: 'Official name, 1–100 characters, e.g. "云南中路居委会".' })
  @NameRules()
  name: string;

  @Field(() => ID, { description: 'Id of the subdistrict it belongs to.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId: string;
}

@InputType({ description: 'Changes to a neighborhood; omitted fields keep their value.' })
export class UpdateNeighborhoodInput {
  @Field({ nullable: true, description: "New 12-digit code; must still start with the subdistrict's code." })
  @DivisionCode(12)
  code?: string;

  @Field({ nullable: true, description: 'New name; the kind is derived from it again.' })
  @NameRules()
  name?: string;
}
