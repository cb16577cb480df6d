import { IsUUID, Matches, MaxLength, MinLength, ValidateBy } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { NameRules, NoHiddenCharacters, SaysSomething } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { Satisfaction } from '../rating/satisfaction';
import { MatterChannel, MatterStatus, MatterType } from './matter-enums';

const IdRule = () => IsUUID('all', { message: 'must be an id returned by this API' });

/** A written text: 1–`max` characters that say something (not blank, not only invisible characters). */
export function TextRules(max: number): PropertyDecorator {
  return (target, key) => {
    MinLength(1, { message: 'must not be empty' })(target, key);
    MaxLength(max, { message: `must be at most ${max} characters` })(target, key);
    SaysSomething()(target, key);
  };
}

/** A phone number as residents give it: digits (full-width ones too), optionally a leading +, spaces or hyphens; 3–20 characters. */
export const PHONE = /^\+?[0-9][0-9 -]{2,19}$/;
/** A phone as stored: NFKC (the full-width digits of a Chinese keyboard are digits), trimmed. */
export function normalisePhone(phone: string): string {
  return phone.normalize('NFKC').trim();
}
export const PhoneRule = () =>
  ValidateBy({
    name: 'matches',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || PHONE.test(normalisePhone(value)),
      defaultMessage: () => 'must be a phone number: 3–20 digits, spaces or hyphens, optionally after a +',
    },
  });

/** A calendar month, YYYY-MM, in the years 2000–2100. */
export const MonthRule = () =>
  Matches(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, { message: 'must be a month YYYY-MM between the years 2000 and 2100' });

/** Fields a list of matters can be sorted by (the allow-list of `orderBy`). */
export enum MatterOrderField {
  RECEIVED_AT = 'RECEIVED_AT',
  DUE_AT = 'DUE_AT',
  STATUS = 'STATUS',
  OVERDUE = 'OVERDUE',
}
registerEnumType(MatterOrderField, {
  name: 'MatterOrderField',
  description:
    "Fields a list of matters can be sorted by. OVERDUE ASC puts matters marked overdue first (an office's queue: OVERDUE, then DUE_AT).",
  valuesConfig: {
    RECEIVED_AT: { description: 'When the matter was received.' },
    DUE_AT: { description: 'When the matter is due.' },
    STATUS: { description: 'The status, alphabetically.' },
    OVERDUE: { description: 'Marked overdue first (ASC) or last (DESC).' },
  },
});

@InputType({ description: 'One sort key of a matter list.' })
export class MatterOrder {
  @Field(() => MatterOrderField, { description: 'The field to sort by.' })
  field: MatterOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

@InputType({
  description: 'Conditions a matter must meet to be listed; all given conditions apply. Always limited to your scope.',
})
export class MatterFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Only matters of 街道 of this district.' })
  @IdRule()
  districtId?: string;

  @Field(() => ID, { nullable: true, description: 'Only matters handled in this 街道.' })
  @IdRule()
  subdistrictId?: string;

  @Field(() => ID, { nullable: true, description: "Only matters this office owns now (an office's queue)." })
  @IdRule()
  ownerOfficeId?: string;

  @Field(() => ID, { nullable: true, description: 'Only matters this stationed agency owns now.' })
  @IdRule()
  ownerAgencyId?: string;

  @Field(() => [MatterStatus], { nullable: true, description: 'Only matters in one of these statuses.' })
  status?: MatterStatus[];

  @Field({
    nullable: true,
    description: 'true: only matters the overdue job marked overdue; false: only those never marked.',
  })
  overdue?: boolean;

  @Field(() => Date, { nullable: true, description: 'Only matters due before this instant (ISO 8601).' })
  dueBefore?: Date;

  @Field(() => [MatterType], { nullable: true, description: 'Only matters of these types.' })
  type?: MatterType[];

  @Field({ nullable: true, description: 'Only matters received in this calendar month of Asia/Shanghai, YYYY-MM.' })
  @MonthRule()
  month?: string;

  @Field({ nullable: true, description: 'Only matters ever flagged as run-around (推诿).' })
  runAround?: boolean;
}

@InputType({
  description:
    'A matter as a first receiver records it (docs/rules.md rule 13: the receiver owns it until it resolves or transfers it).',
})
export class ReceiveMatterInput {
  @Field(() => MatterType, { description: 'What the resident asks for; sets the deadline.' })
  type: MatterType;

  @Field(() => MatterChannel, { description: 'How it reached the 街道.' })
  channel: MatterChannel;

  @Field(() => ID, { description: 'The 街道 that receives it.' })
  @IdRule()
  subdistrictId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The neighborhood where the matter lies, in the same district (a later transfer may cross to that neighborhood's 街道).",
  })
  @IdRule()
  neighborhoodId?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The receiving office, of that 街道. Default: the caller's own office or agency; required for the 街道's own staff. Not with receiverAgencyId.",
  })
  @IdRule()
  receiverOfficeId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The receiving stationed agency, of that 街道. Not with receiverOfficeId.',
  })
  @IdRule()
  receiverAgencyId?: string;

  @Field({ description: 'Short title, 1–200 characters.' })
  @NameRules(200)
  title: string;

  @Field({ description: 'What the resident reports or asks, 1–4,000 characters.' })
  @TextRules(4000)
  description: string;

  @Field({ nullable: true, description: 'Where: an address or a description of the place, at most 200 characters.' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  @NoHiddenCharacters()
  place?: string;

  @Field({
    nullable: true,
    description:
      "The reporter's name (personal data: shown only to the owner's staff and the 街道's ADMINs), at most 100 characters.",
  })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  @SaysSomething()
  @NoHiddenCharacters()
  reporterName?: string;

  @Field({ nullable: true, description: "The reporter's phone (personal data, like the name)." })
  @PhoneRule()
  reporterPhone?: string;

  @Field(() => Date, {
    nullable: true,
    description:
      'When it was received (UTC), if earlier than now (e.g. by phone before it was entered); not in the future, not before 2000-01-01. Deadlines count from this day.',
  })
  receivedAt?: Date;
}

@InputType({
  description:
    'A transfer of a matter to the office or agency whose listed duty covers it (docs/rules.md rule 13). Exactly one of targetOfficeId and targetAgencyId.',
})
export class TransferMatterInput {
  @Field(() => ID, { nullable: true, description: 'The office it goes to.' })
  @IdRule()
  targetOfficeId?: string;

  @Field(() => ID, { nullable: true, description: 'The stationed agency it goes to.' })
  @IdRule()
  targetAgencyId?: string;

  @Field({
    description:
      "The target's listed duty that covers the matter, exactly as listed (Office.duties, DispatchedAgency.duties).",
  })
  @NameRules(200)
  duty: string;

  @Field({ description: 'Why the target, not the current owner, must handle it; 1–1,000 characters.' })
  @TextRules(1000)
  reason: string;
}

@InputType({
  description:
    "The PARTY_GOVERNMENT office's decision on the owner of an escalated matter. Exactly one of ownerOfficeId and ownerAgencyId.",
})
export class DecideMatterOwnerInput {
  @Field(() => ID, { nullable: true, description: 'The office that must handle it.' })
  @IdRule()
  ownerOfficeId?: string;

  @Field(() => ID, { nullable: true, description: 'The stationed agency that must handle it.' })
  @IdRule()
  ownerAgencyId?: string;

  @Field({ description: 'Its listed duty that covers the matter.' })
  @NameRules(200)
  duty: string;

  @Field({ description: 'Why; 1–1,000 characters.' })
  @TextRules(1000)
  reason: string;
}

@InputType({ description: 'A text the owner writes: a response, a resolution, a reason; 1–4,000 characters.' })
export class MatterTextInput {
  @Field({ description: 'The text, 1–4,000 characters.' })
  @TextRules(4000)
  text: string;
}

@InputType({ description: 'A decision on an extension request or an appeal, with its reason.' })
export class MatterDecisionInput {
  @Field({ description: 'true: approve the extension / uphold the appeal; false: refuse / reject it.' })
  approve: boolean;

  @Field({ description: 'Why; 1–1,000 characters.' })
  @TextRules(1000)
  reason: string;
}

@InputType({ description: "A resident's rating of a resolved matter, by its tracking code (no sign-in; once)." })
export class RateMatterInput {
  @Field({
    description:
      'The tracking code received with the matter, e.g. 4K7Q-M2XD-9TRB-H0CS (case, spaces and hyphens do not matter).',
  })
  @MaxLength(40, { message: 'must be at most 40 characters' })
  trackingCode: string;

  @Field(() => Satisfaction, { description: 'Satisfaction on the five levels.' })
  satisfaction: Satisfaction;

  @Field({
    nullable: true,
    description:
      'Comment, at most 1,000 characters; required (saying something) when DISSATISFIED or VERY_DISSATISFIED.',
  })
  @MaxLength(1000, { message: 'must be at most 1000 characters' })
  comment?: string;
}
