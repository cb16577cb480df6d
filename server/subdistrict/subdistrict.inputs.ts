import { IsUUID, Matches } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DivisionCode, NameRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { SubdistrictKind } from './subdistrict-kind';

/** Fields a subdistrict list can be sorted by (the allow-list of `orderBy`). */
export enum SubdistrictOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  KIND = 'KIND',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(SubdistrictOrderField, {
  name: 'SubdistrictOrderField',
  description: 'Fields a list of subdistricts can be sorted by.',
  valuesConfig: {
    CODE: { description: 'By the 9-digit division code.' },
    NAME: { description: 'By the pinyin of the name, as a dictionary orders it (docs/rules.md rule 15).' },
    KIND: { description: 'By kind (subdistrict, town or township).' },
    CREATED_AT: { description: 'By when the record was created.' },
  },
});

@InputType({ description: 'One sort key of a subdistrict list.' })
export class SubdistrictOrder {
  @Field(() => SubdistrictOrderField, { description: 'The field to sort by.' })
  field: SubdistrictOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

@InputType({ description: 'Conditions a subdistrict must meet to be listed; all given conditions apply.' })
export class SubdistrictFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Only subdistricts of this district.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId?: string;

  @Field(() => SubdistrictKind, { nullable: true, description: 'Only this kind (e.g. SUBDISTRICT for 街道).' })
  kind?: SubdistrictKind;

  @Field({ nullable: true, description: 'The 9-digit code, or a prefix of it (e.g. "310101" for all of 黄浦区).' })
  @Matches(/^\d{1,9}$/, { message: 'must be 1–9 digits' })
  code?: string;

  @Field({
    nullable: true,
    description:
      'Part of the name, case-insensitive; Latin letters also match the pinyin or the initials of the name, e.g. "waitan" or "wt" finds 外滩街道 (docs/rules.md rule 15).',
  })
  nameContains?: string;
}

@InputType({ description: 'A new township-level unit. Its kind follows from the name.' })
export class CreateSubdistrictInput {
  @Field({ description: "9-digit code; unique; must start with the district's 6-digit code." })
  @DivisionCode(9)
  code: string;

  @Field({ description: 'Official name, 1–100 characters, e.g. "外滩街道".' })
  @NameRules()
  name: string;

  @Field(() => ID, { description: 'Id of the district it belongs to.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId: string;
}

@InputType({ description: 'Changes to a subdistrict; omitted fields keep their value.' })
export class UpdateSubdistrictInput {
  @Field({ nullable: true, description: "New 9-digit code; must still start with the district's code." })
  @DivisionCode(9)
  code?: string;

  @Field({ nullable: true, description: 'New name; the kind is derived from it again.' })
  @NameRules()
  name?: string;
}
