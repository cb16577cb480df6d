import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { registerUniqueField } from '../core/errors';
import { DispatchedAgency } from '../dispatched-agency/dispatched-agency.entity';
import { Official } from '../official/official.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { User } from '../user/user.entity';
import { HeadAppointmentStatus } from './head-appointment-status';
import { Node } from '../core/node';

registerUniqueField('head_appointment_pending_key', 'input.agencyId');

/**
 * The appointment of an agency's head, which needs the party working committee's consent
 * (征得同意权, docs/rules.md rule 2). The department proposes; the committee consents or refuses. The
 * consented appointment whose term has not ended (`endsOn` null) is the agency's current head; at
 * most one per agency, and at most one proposal pending per agency (both unique indexes).
 */
@ObjectType({
  implements: Node,
  description:
    "An agency-head appointment under the party working committee's right of consent (征得同意权, docs/rules.md rule 2): proposed by the district department, then CONSENTED or REFUSED. Consented appointments make up the agency's history of heads.",
})
@Entity()
@Index('head_appointment_pending_key', ['agencyId'], { unique: true, where: `"status" = 'PROPOSED'` })
@Index('head_appointment_current_key', ['agencyId'], {
  unique: true,
  where: `"status" = 'CONSENTED' AND "ends_on" IS NULL`,
})
export class HeadAppointment extends BaseRecord {
  @Field(() => ID, { description: 'Id of the stationed agency whose head is appointed.' })
  @Column({ type: 'uuid' })
  agencyId: string;

  @Field(() => ID, { description: 'Id of the candidate: an AGENCY_HEAD official of that agency.' })
  @Index()
  @Column({ type: 'uuid' })
  officialId: string;

  @Field(() => ID, {
    description: "Id of the agency's subdistrict, whose party working committee decides (set by Pingyi, not by input).",
  })
  @Index()
  @Column({ type: 'uuid' })
  subdistrictId: string;

  @Field(() => HeadAppointmentStatus, { description: 'PROPOSED, CONSENTED or REFUSED.' })
  @Column({ type: 'varchar', length: 16 })
  status: HeadAppointmentStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why the committee decided so; always given for REFUSED, optional for CONSENTED, null while PROPOSED.',
  })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason: string | null;

  @Field({ description: 'When the department proposed the candidate (ISO 8601, UTC).' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  proposedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the committee decided; null while PROPOSED.' })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the user who proposed (a district ADMIN); null once that user is deleted.',
  })
  @Column({ type: 'uuid', nullable: true })
  proposedById: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the user who decided; null while PROPOSED or once that user is deleted.',
  })
  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'First day of the term (YYYY-MM-DD): as proposed, or the day of consent when none was proposed; null for a refused proposal without one.',
  })
  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'Last day of the term (YYYY-MM-DD): the first day of the next consented head; null while the term lasts.',
  })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @ManyToOne(() => DispatchedAgency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  private readonly agencyFk?: DispatchedAgency;

  @ManyToOne(() => Official, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'official_id' })
  private readonly officialFk?: Official;

  @ManyToOne(() => Subdistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subdistrict_id' })
  private readonly subdistrictFk?: Subdistrict;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_id' })
  private readonly proposedByFk?: User;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  private readonly decidedByFk?: User;
}
