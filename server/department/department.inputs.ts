import { IsUUID } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { NameRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';

/** Fields a department list can be sorted by (the allow-list of `orderBy`). */
export enum DepartmentOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(DepartmentOrderField, {
  name: 'DepartmentOrderField',
  description: 'Fields a list of departments can be sorted by.',
  valuesConfig: {
    NAME: { description: 'By the pinyin of the name, as a dictionary orders it (docs/rules.md rule 15).' },
    CREATED_AT: { description: 'By when the record was created.' },
  },
});

@InputType({ description: 'One sort key of a department list.' })
export class DepartmentOrder {
  @Field(() => DepartmentOrderField, { description: 'The field to sort by.' })
  field: DepartmentOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

@InputType({ description: 'Conditions a department must meet to be listed; all given conditions apply.' })
export class DepartmentFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Only departments of this district.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId?: string;

  @Field({
    nullable: true,
    description:
      'Part of the name, case-insensitive; Latin letters also match the pinyin or the initials of the name, e.g. "waitan" or "wt" finds 外滩街道 (docs/rules.md rule 15).',
  })
  nameContains?: string;
}

@InputType({ description: 'A new district functional department.' })
export class CreateDepartmentInput {
  @Field({ description: 'Name, 1–100 characters, unique within the district, e.g. "黄浦区司法局".' })
  @NameRules()
  name: string;

  @Field(() => ID, { description: 'Id of the district it belongs to.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId: string;
}

@InputType({ description: 'Changes to a department; omitted fields keep their value.' })
export class UpdateDepartmentInput {
  @Field({ nullable: true, description: 'New name, unique within the district.' })
  @NameRules()
  name?: string;
}
