import { Node } from '../core/node';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DispatchedAgency } from '../dispatched-agency/dispatched-agency.entity';
import { Office } from '../office/office.entity';
import { Satisfaction } from '../rating/satisfaction';
import { FiniteColumns } from '../core/finite-check';
import { Matter } from './matter.entity';
import { MatterEventKind } from './matter-enums';

/** numeric → number (typeorm#873). */
const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * One entry of a matter's append-only timeline (docs/rules.md rule 13): a trigger refuses UPDATE and
 * DELETE, as for the audit log, so a charged delay stays charged. `unit` is the office or agency
 * that acted (for TRANSFERRED: the one that passed the matter on and is charged), `target` the one
 * it went to. `actorId` (the signed-in user) is never shown to residents.
 */
@ObjectType({
  implements: Node,
  description:
    "One entry of a matter's append-only timeline: what happened, when, which office or agency acted, and for a transfer the target, the duty that covers the matter, the reason and the working days charged to the office that passed it on.",
})
@Entity()
@Index('matter_event_matter', ['matterId', 'at', 'seq'])
// The working days charged in a month, for the district month ranking (BENCHMARKS.md, B6).
@Index('matter_event_charged', ['at'], {
  where: `"kind" IN ('TRANSFERRED', 'OWNER_DECIDED') AND "charged_working_days" IS NOT NULL`,
})
@FiniteColumns('matter_event', 'charged_working_days')
@Check('matter_event_unit_one', `"office_id" IS NULL OR "agency_id" IS NULL`)
@Check('matter_event_target_one', `"target_office_id" IS NULL OR "target_agency_id" IS NULL`)
export class MatterEvent {
  @Field(() => ID, { description: 'Opaque id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The matter.' })
  @Column({ type: 'uuid' })
  matterId: string;

  @Field({ description: 'When it happened (UTC).' })
  @Column({ type: 'timestamptz' })
  at: Date;

  /** Order of insertion, breaking ties between entries of the same instant (a transfer and its escalation). */
  @Generated('increment')
  @Column({ type: 'bigint' })
  seq: string;

  @Field(() => MatterEventKind, { description: 'What happened.' })
  @Column({ type: 'varchar', length: 24 })
  kind: MatterEventKind;

  /** The user who acted; null for the server (the overdue job) and residents. Staff only. */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The office that acted (for TRANSFERRED and ESCALATED: the one that passed it on, which is charged).',
  })
  @Column({ type: 'uuid', nullable: true })
  officeId: string | null;

  @Field(() => ID, { nullable: true, description: 'The stationed agency that acted, likewise.' })
  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For TRANSFERRED, ESCALATED and OWNER_DECIDED: the office the matter went to.',
  })
  @Column({ type: 'uuid', nullable: true })
  targetOfficeId: string | null;

  @Field(() => ID, { nullable: true, description: 'Likewise, the stationed agency the matter went to.' })
  @Column({ type: 'uuid', nullable: true })
  targetAgencyId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a transfer or an owner decision: the listed duty of the target that covers the matter.',
  })
  @Column({ type: 'text', nullable: true })
  duty: string | null;

  @Field(() => String, { nullable: true, description: 'The reason, response, resolution or comment given with it.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'For TRANSFERRED, ESCALATED and OWNER_DECIDED: the working days the passing owner held the matter, charged to it for good (see workingDaysBetween).',
  })
  @Column({ type: 'numeric', precision: 10, scale: 3, nullable: true, transformer: numeric })
  chargedWorkingDays: number | null;

  @Field(() => Satisfaction, { nullable: true, description: "For RATED: the resident's rating." })
  @Column({ type: 'varchar', length: 24, nullable: true })
  satisfaction: Satisfaction | null;

  @Field(() => String, {
    nullable: true,
    description: 'For EXTENSION_DECIDED and APPEAL_DECIDED: the decision (APPROVED, REFUSED, UPHELD, REJECTED).',
  })
  @Column({ type: 'varchar', length: 12, nullable: true })
  decision: string | null;

  @ManyToOne(() => Matter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'matter_id' })
  private readonly matterFk?: Matter;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  private readonly officeFk?: Office;

  @ManyToOne(() => DispatchedAgency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  private readonly agencyFk?: DispatchedAgency;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'target_office_id' })
  private readonly targetOfficeFk?: Office;

  @ManyToOne(() => DispatchedAgency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'target_agency_id' })
  private readonly targetAgencyFk?: DispatchedAgency;
}
