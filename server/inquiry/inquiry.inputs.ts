import { IsUUID } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { NameRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { InquiryBasis } from './inquiry-basis';

/** Fields an inquiry list can be sorted by (the allow-list of `orderBy`). */
export enum InquiryOrderField {
  CREATED_AT = 'CREATED_AT',
  BASIS = 'BASIS',
  ASKED_BY = 'ASKED_BY',
}
registerEnumType(InquiryOrderField, {
  name: 'InquiryOrderField',
  description: 'Fields a list of inquiries can be sorted by.',
  valuesConfig: {
    CREATED_AT: { description: 'By when the inquiry was recorded.' },
    BASIS: { description: 'By basis (SELF_REPORT or RESIDENT_REPORT).' },
    ASKED_BY: { description: 'By who asked.' },
  },
});

/** One `orderBy` entry of `inquiries`. */
@InputType({ description: 'One sort key of an inquiry list.' })
export class InquiryOrder {
  @Field(() => InquiryOrderField, { description: 'The field to sort by.' })
  field: InquiryOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

/** The `filter` of `inquiries`. */
@InputType({ description: 'Conditions an inquiry must meet to be listed; all given conditions apply.' })
export class InquiryFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Only inquiries at this meeting.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  meetingId?: string;

  @Field(() => ID, { nullable: true, description: 'Only inquiries of this official.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officialId?: string;

  @Field(() => InquiryBasis, { nullable: true, description: 'Only this basis.' })
  basis?: InquiryBasis;

  @Field({ nullable: true, description: 'true: only answered ones; false: only those still waiting for an answer.' })
  answered?: boolean;
}

/** Input of `createInquiry`. */
@InputType({ description: 'A question put to an official at a meeting (问责).' })
export class CreateInquiryInput {
  @Field(() => ID, { description: 'The meeting (not CLOSED) at which it is asked.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  meetingId: string;

  @Field(() => ID, { description: 'The official asked: one under evaluation at that meeting.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officialId: string;

  @Field({ description: 'Who asked, as said in the room; 1–100 characters.' })
  @NameRules(100)
  askedBy: string;

  @Field(() => InquiryBasis, { description: 'SELF_REPORT or RESIDENT_REPORT.' })
  basis: InquiryBasis;

  @Field({ description: 'The question, 1–2000 characters.' })
  @NameRules(2000)
  question: string;

  @Field({ nullable: true, description: 'The answer when already given, 1–2000 characters.' })
  @NameRules(2000)
  answer?: string;
}

/** Input of `updateInquiry`; the meeting and official of an inquiry never change. */
@InputType({
  description: 'Changes to an inquiry, e.g. its answer; omitted fields keep their value, null clears the answer.',
})
export class UpdateInquiryInput {
  @Field({ nullable: true, description: 'Who asked.' })
  @NameRules(100)
  askedBy?: string;

  @Field(() => InquiryBasis, { nullable: true, description: 'New basis.' })
  basis?: InquiryBasis;

  @Field({ nullable: true, description: 'New wording of the question.' })
  @NameRules(2000)
  question?: string;

  @Field(() => String, { nullable: true, description: 'The answer, 1–2000 characters (null: not answered).' })
  @NameRules(2000)
  answer?: string | null;
}
