import { IsUUID, Matches } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DivisionCode, NameRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';

/** Fields a district list can be sorted by (the allow-list of `orderBy`). */
export enum DistrictOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(DistrictOrderField, {
  name: 'DistrictOrderField',
  description: 'Fields a list of districts can be sorted by.',
  valuesConfig: {
    CODE: { description: 'By the 6-digit division code.' },
    NAME: { description: 'By the pinyin of the name, as a dictionary orders it (docs/rules.md rule 15).' },
    CREATED_AT: { description: 'By when the record was created.' },
  },
});

@InputType({ description: 'One sort key of a district list.' })
export class DistrictOrder {
  @Field(() => DistrictOrderField, { description: 'The field to sort by.' })
  field: DistrictOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

@InputType({ description: 'Conditions a district must meet to be listed; all given conditions apply.' })
export class DistrictFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field({ nullable: true, description: 'Exact 6-digit code, or a prefix of it (e.g. "31" for Shanghai).' })
  @Matches(/^\d{1,6}$/, { message: 'must be 1–6 digits' })
  code?: string;

  @Field({
    nullable: true,
    description:
      'Part of the name, case-insensitive; Latin letters also match the pinyin or the initials of the name, e.g. "waitan" or "wt" finds 外滩街道 (docs/rules.md rule 15).',
  })
  nameContains?: string;
}

@InputType({ description: 'A new district.' })
export class CreateDistrictInput {
  @Field({ description: '6-digit GB/T 2260 code; unique.' })
  @DivisionCode(6)
  code: string;

  @Field({ description: 'Official name, 1–100 characters.' })
  @NameRules()
  name: string;
}

@InputType({ description: 'Changes to a district; omitted fields keep their value.' })
export class UpdateDistrictInput {
  @Field({ nullable: true, description: 'New 6-digit code; unique.' })
  @DivisionCode(6)
  code?: string;

  @Field({ nullable: true, description: 'New name, 1–100 characters.' })
  @NameRules()
  name?: string;
}
