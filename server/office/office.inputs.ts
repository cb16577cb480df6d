import { ArrayMaxSize, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { NameRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { OfficeKind } from './office-kind';

/** Fields an office list can be sorted by (the allow-list of `orderBy`). */
export enum OfficeOrderField {
  NAME = 'NAME',
  KIND = 'KIND',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(OfficeOrderField, {
  name: 'OfficeOrderField',
  description: 'Fields a list of offices can be sorted by.',
  valuesConfig: {
    NAME: { description: 'By the pinyin of the name, as a dictionary orders it (docs/rules.md rule 15).' },
    KIND: { description: 'By office kind (the six standard kinds, then SELF_DESIGNATED).' },
    CREATED_AT: { description: 'By when the record was created.' },
  },
});

@InputType({ description: 'One sort key of an office list.' })
export class OfficeOrder {
  @Field(() => OfficeOrderField, { description: 'The field to sort by.' })
  field: OfficeOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

@InputType({ description: 'Conditions an office must meet to be listed; all given conditions apply.' })
export class OfficeFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Only offices of subdistricts of this district.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId?: string;

  @Field(() => ID, { nullable: true, description: 'Only offices of this subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;

  @Field(() => OfficeKind, { nullable: true, description: 'Only this kind.' })
  kind?: OfficeKind;

  @Field({
    nullable: true,
    description:
      'Part of the name, case-insensitive; Latin letters also match the pinyin or the initials of the name, e.g. "waitan" or "wt" finds 外滩街道 (docs/rules.md rule 15).',
  })
  nameContains?: string;

  @Field({
    nullable: true,
    description: 'Only offices with a duty containing this text ("which office owns this matter").',
  })
  dutyContains?: string;
}

/** Duties: at most 50, each 1–200 characters; blank lines are dropped and repeats merged. */
function DutyRules(): PropertyDecorator {
  return (target, key) => {
    ArrayMaxSize(50, { message: 'must list at most 50 duties' })(target, key);
    MaxLength(200, { each: true, message: 'each duty must be at most 200 characters' })(target, key);
  };
}

@InputType({ description: 'A new office of a subdistrict (docs/rules.md rule 1).' })
export class CreateOfficeInput {
  @Field(() => ID, { description: 'Id of the subdistrict the office belongs to.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId: string;

  @Field(() => OfficeKind, {
    description: 'A standard kind the subdistrict does not have yet, or SELF_DESIGNATED (at most two).',
  })
  kind: OfficeKind;

  @Field({
    nullable: true,
    description:
      'Name, 1–100 characters, unique within the subdistrict; required for SELF_DESIGNATED, defaults to the standard name otherwise.',
  })
  @NameRules()
  name?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'The matters it owns; none of them may already belong to another office of the subdistrict.',
  })
  @DutyRules()
  duties?: string[];
}

@InputType({
  description: 'Changes to an office; omitted fields keep their value. The kind and subdistrict do not change.',
})
export class UpdateOfficeInput {
  @Field({ nullable: true, description: 'New name, unique within the subdistrict.' })
  @NameRules()
  name?: string;

  @Field(() => [String], { nullable: true, description: 'The full new list of duties (replaces the old one).' })
  @DutyRules()
  duties?: string[];
}
