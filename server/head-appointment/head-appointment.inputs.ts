import { IsUUID } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { LocalDateRules } from '../core/inputs';
import { OrderDirection } from '../core/pagination';
import { HeadAppointmentStatus } from './head-appointment-status';

/** Fields a list of head appointments can be sorted by (the allow-list of `orderBy`). */
export enum HeadAppointmentOrderField {
  PROPOSED_AT = 'PROPOSED_AT',
  DECIDED_AT = 'DECIDED_AT',
  STARTS_ON = 'STARTS_ON',
  STATUS = 'STATUS',
}
registerEnumType(HeadAppointmentOrderField, {
  name: 'HeadAppointmentOrderField',
  description: 'Fields a list of agency-head appointments can be sorted by.',
  valuesConfig: {
    PROPOSED_AT: { description: 'By when it was proposed.' },
    DECIDED_AT: { description: 'By when the committee decided; undecided ones last.' },
    STARTS_ON: { description: 'By the first day of the term.' },
    STATUS: { description: 'By state (PROPOSED, CONSENTED, REFUSED).' },
  },
});

/** One `orderBy` entry of `headAppointments`. */
@InputType({ description: 'One sort key of a list of agency-head appointments.' })
export class HeadAppointmentOrder {
  @Field(() => HeadAppointmentOrderField, { description: 'The field to sort by.' })
  field: HeadAppointmentOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (default) or DESC.' })
  direction: OrderDirection;
}

/** The `filter` of `headAppointments`. */
@InputType({ description: 'Conditions an agency-head appointment must meet to be listed; all given conditions apply.' })
export class HeadAppointmentFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @IsUUID('all', { each: true, message: 'must be ids returned by this API' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Only appointments to the head of this agency.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Only appointments of this official.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officialId?: string;

  @Field(() => ID, { nullable: true, description: 'Only appointments in agencies of this subdistrict.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  subdistrictId?: string;

  @Field(() => HeadAppointmentStatus, {
    nullable: true,
    description: 'Only this status, e.g. PROPOSED for those waiting for a decision.',
  })
  status?: HeadAppointmentStatus;
}

/** Input of `proposeHeadAppointment`. */
@InputType({ description: "A district department proposes an agency's head (docs/rules.md rule 2)." })
export class ProposeHeadAppointmentInput {
  @Field(() => ID, { description: 'The stationed agency whose head is proposed.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  agencyId: string;

  @Field(() => ID, { description: 'The candidate: an AGENCY_HEAD official of that agency, not already its head.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officialId: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'First day of the term (YYYY-MM-DD, years 2000–2100); default: the day of consent.',
  })
  @LocalDateRules()
  startsOn?: string;
}
