import { IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { NameRules, YearRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { AccountabilityHandler, AccountabilityStatus } from './accountability-enums';

/** Fields a list of accountability cases can be sorted by (the allow-list of `orderBy`). */
export enum AccountabilityCaseOrderField {
  OPENED_AT = 'OPENED_AT',
  CONCLUDED_AT = 'CONCLUDED_AT',
  YEAR = 'YEAR',
  STATUS = 'STATUS',
}
registerEnumType(AccountabilityCaseOrderField, {
  name: 'AccountabilityCaseOrderField',
  description: 'Fields a list of accountability cases can be sorted by.',
  valuesConfig: {
    OPENED_AT: { description: 'By when the case was opened.' },
    CONCLUDED_AT: { description: 'By when it was concluded; open cases last.' },
    YEAR: { description: 'By the year concerned.' },
    STATUS: { description: 'By state.' },
  },
});

/** One `orderBy` entry of `accountabilityCases`. */
@InputType({ description: 'One sort key of a list of accountability cases.' })
export class AccountabilityCaseOrder {
  @Field(() => AccountabilityCaseOrderField, { description: 'The field to sort by.' })
  field: AccountabilityCaseOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

/** The `filter` of `accountabilityCases`. */
@InputType({ description: 'Conditions an accountability case must meet to be listed; all given conditions apply.' })
export class AccountabilityCaseFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Only cases of this official.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officialId?: string;

  @Field(() => ID, { nullable: true, description: 'Only cases of officials serving in this subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;

  @Field(() => Int, { nullable: true, description: 'Only cases about this year.' })
  year?: number;

  @Field(() => AccountabilityStatus, { nullable: true, description: 'Only OPEN or only CONCLUDED cases.' })
  status?: AccountabilityStatus;

  @Field(() => AccountabilityHandler, { nullable: true, description: 'Only cases handled by this body.' })
  handledBy?: AccountabilityHandler;

  @Field({
    nullable: true,
    description: 'true: only concluded cases that confirmed a breach; false: only concluded cases that did not.',
  })
  breachConfirmed?: boolean;
}

/** Input of `createAccountabilityCase`. */
@InputType({ description: "A new accountability case (责任追究) about one official's year." })
export class CreateAccountabilityCaseInput {
  @Field(() => ID, { description: 'The official concerned.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officialId: string;

  @Field(() => Int, { description: 'The year concerned, 2000–2100.' })
  @YearRules()
  year: number;

  @Field(() => ID, {
    nullable: true,
    description: "The RED_LINE line of the official's list for that year the case is about.",
  })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  responsibilityItemId?: string;

  @Field(() => AccountabilityHandler, { description: 'ORGANIZATION_DEPARTMENT or DISCIPLINE_INSPECTION.' })
  handledBy: AccountabilityHandler;

  @Field({ description: 'What the case is about, 1–2000 characters.' })
  @NameRules(2000)
  summary: string;
}

/** Input of `updateAccountabilityCase`; the official and the year of a case never change. */
@InputType({
  description:
    'Changes to an OPEN accountability case; omitted fields keep their value, null clears the red-line item.',
})
export class UpdateAccountabilityCaseInput {
  @Field(() => ID, { nullable: true, description: 'New red-line item (null to clear).' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  responsibilityItemId?: string | null;

  @Field(() => AccountabilityHandler, { nullable: true, description: 'New handling body.' })
  handledBy?: AccountabilityHandler;

  @Field({ nullable: true, description: 'New summary, 1–2000 characters.' })
  @NameRules(2000)
  summary?: string;
}

/** Input of `concludeAccountabilityCase`. */
@InputType({ description: 'The conclusion that closes an accountability case for good.' })
export class ConcludeAccountabilityCaseInput {
  @Field({ description: 'The written conclusion, 1–4000 characters; not blank.' })
  @NameRules(4000)
  conclusion: string;

  @Field({
    description:
      "Whether the conclusion confirms a red-line breach; true marks that year's assessment redLineBreached.",
  })
  breachConfirmed: boolean;
}
