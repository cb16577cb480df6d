import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { NameRules, YearRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { ResponsibilityKind } from './responsibility-kind';

/** A position in a list: a whole number 0–100000. */
const PositionRules = (): PropertyDecorator => (target, key) => {
  IsInt({ message: 'must be a whole number' })(target, key);
  Min(0, { message: 'must be 0 or more' })(target, key);
  Max(100_000, { message: 'must be at most 100000' })(target, key);
};

/** Fields a responsibility-item list can be sorted by (the allow-list of `orderBy`). */
export enum ResponsibilityItemOrderField {
  YEAR = 'YEAR',
  POSITION = 'POSITION',
  KIND = 'KIND',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ResponsibilityItemOrderField, {
  name: 'ResponsibilityItemOrderField',
  description: 'Fields a list of responsibility items can be sorted by.',
  valuesConfig: {
    YEAR: { description: "By the list's year." },
    POSITION: { description: "By the line's position in its list." },
    KIND: { description: 'By kind (DUTY or RED_LINE).' },
    CREATED_AT: { description: 'By when the record was created.' },
  },
});

/** One `orderBy` entry of `responsibilityItems`. */
@InputType({ description: 'One sort key of a responsibility-item list.' })
export class ResponsibilityItemOrder {
  @Field(() => ResponsibilityItemOrderField, { description: 'The field to sort by.' })
  field: ResponsibilityItemOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

/** The `filter` of `responsibilityItems`. */
@InputType({ description: 'Conditions a responsibility item must meet to be listed; all given conditions apply.' })
export class ResponsibilityItemFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Only the lists of this official.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officialId?: string;

  @Field(() => Int, { nullable: true, description: 'Only the lists of this year.' })
  year?: number;

  @Field(() => ResponsibilityKind, { nullable: true, description: 'Only DUTY or only RED_LINE items.' })
  kind?: ResponsibilityKind;
}

/** Input of `createResponsibilityItem`. */
@InputType({ description: "A new line on an official's responsibility list for a year." })
export class CreateResponsibilityItemInput {
  @Field(() => ID, { description: 'The official whose list it goes on.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officialId: string;

  @Field(() => Int, { description: 'The year of the list (2000–2100).' })
  @YearRules()
  year: number;

  @Field(() => ResponsibilityKind, { description: 'DUTY (该做的) or RED_LINE (不该做的, 刚性底线).' })
  kind: ResponsibilityKind;

  @Field({ description: 'What the line says, 1–500 characters.' })
  @NameRules(500)
  content: string;

  @Field(() => Int, { nullable: true, description: 'Place in the list (0–100000); default: after the last line.' })
  @PositionRules()
  position?: number;
}

/** Input of `updateResponsibilityItem`: the official and year of a line never change. */
@InputType({
  description:
    'Changes to a responsibility item; omitted fields keep their value. The official and year stay: delete the line and add it to the other list instead.',
})
export class UpdateResponsibilityItemInput {
  @Field(() => ResponsibilityKind, { nullable: true, description: 'New kind.' })
  kind?: ResponsibilityKind;

  @Field({ nullable: true, description: 'New wording, 1–500 characters.' })
  @NameRules(500)
  content?: string;

  @Field(() => Int, { nullable: true, description: 'New place in the list (0–100000).' })
  @PositionRules()
  position?: number;
}
