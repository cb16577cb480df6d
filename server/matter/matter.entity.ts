import { Node } from '../core/node';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { registerUniqueField } from '../core/errors';
import { DispatchedAgency } from '../dispatched-agency/dispatched-agency.entity';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { Office } from '../office/office.entity';
import { Satisfaction } from '../rating/satisfaction';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { AppealStatus, ExtensionStatus, MatterChannel, MatterStatus, MatterType } from './matter-enums';

registerUniqueField('matter_external_id_key', 'input.externalId');

/**
 * A resident's matter (诉求) and docs/rules.md rule 13. Its owner — and its first receiver — is an office
 * or a stationed agency: two nullable foreign keys with a CHECK that exactly one is set, so that
 * the database keeps every owner a real office or agency (an owner kind + id could not have a
 * foreign key). The reporter's name and phone are not fields: `Matter.reporter` shows them,
 * masked unless the caller may see them.
 */
@ObjectType({
  implements: Node,
  description:
    "A resident's matter (诉求, docs/rules.md rule 13): owned by its first receiver until resolved or transferred to the office or agency whose listed duty covers it; every change is a MatterEvent in its timeline.",
})
@Entity()
@Check('matter_receiver_one', `("receiver_office_id" IS NULL) <> ("receiver_agency_id" IS NULL)`)
@Check('matter_owner_one', `("owner_office_id" IS NULL) <> ("owner_agency_id" IS NULL)`)
@Index('matter_external_id_key', ['externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
@Index('matter_tracking_code_key', ['trackingCodeHash'], { unique: true })
@Index('matter_subdistrict_received', ['subdistrictId', 'receivedAt'])
// The district month ranking reads a district's matters due, and rated, in two months (BENCHMARKS.md, B6).
@Index('matter_subdistrict_due', ['subdistrictId', 'dueAt'])
@Index('matter_subdistrict_rated', ['subdistrictId', 'ratedAt'], { where: '"rated_at" IS NOT NULL' })
@Index('matter_owner_office', ['ownerOfficeId', 'status'])
@Index('matter_owner_agency', ['ownerAgencyId', 'status'])
@Index('matter_open_due', ['dueAt'], {
  where: `"overdue_at" IS NULL AND "status" IN ('RECEIVED', 'IN_PROGRESS', 'ESCALATED', 'RECTIFYING')`,
})
export class Matter extends BaseRecord {
  @Field(() => String, {
    nullable: true,
    description: "Id of the matter in the district hotline's system (upsertMatters); unique when set.",
  })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Field(() => MatterType, { description: 'CONSULTATION, COMPLAINT, REQUEST_FOR_HELP or COMPLEX: sets the deadline.' })
  @Column({ type: 'varchar', length: 24 })
  type: MatterType;

  @Field(() => MatterChannel, { description: 'How the matter reached the 街道.' })
  @Column({ type: 'varchar', length: 24 })
  channel: MatterChannel;

  @Field(() => MatterStatus, { description: 'Where the matter stands.' })
  @Column({ type: 'varchar', length: 16 })
  status: MatterStatus;

  @Field(() => ID, {
    description:
      'Id of the 街道 whose office or agency owns the matter now (it changes only with a transfer to another 街道, where the place lies).',
  })
  @Column({ type: 'uuid' })
  subdistrictId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the neighborhood (居民区) where the matter lies; null when not known.',
  })
  @Column({ type: 'uuid', nullable: true })
  neighborhoodId: string | null;

  @Field({ description: 'Short title, 1–200 characters.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: 'What the resident reports or asks, up to 4,000 characters.' })
  @Column({ type: 'text' })
  description: string;

  @Field({ description: 'Where (an address or a description of the place); may be empty.' })
  @Column({ type: 'varchar', length: 200, default: '' })
  place: string;

  /** Personal data: read through MatterService.reporterOf (masked unless allowed, audited). */
  @Column({ type: 'varchar', length: 100, default: '' })
  reporterName: string;

  /** Personal data, like reporterName. */
  @Column({ type: 'varchar', length: 32, default: '' })
  reporterPhone: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The office that received the matter first (首接), when an office did.',
  })
  @Column({ type: 'uuid', nullable: true })
  receiverOfficeId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The stationed agency that received the matter first, when an agency did.',
  })
  @Column({ type: 'uuid', nullable: true })
  receiverAgencyId: string | null;

  @Field(() => ID, { nullable: true, description: 'The office that owns the matter now, when an office does.' })
  @Column({ type: 'uuid', nullable: true })
  ownerOfficeId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The stationed agency that owns the matter now, when an agency does.',
  })
  @Column({ type: 'uuid', nullable: true })
  ownerAgencyId: string | null;

  @Field({
    description:
      'Since when the current owner holds the matter (UTC); the time until it passes the matter on is charged to it.',
  })
  @Column({ type: 'timestamptz' })
  ownerSince: Date;

  @Field({ description: 'When the matter was received (UTC); deadlines count from this day.' })
  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  @Field({
    description:
      'When the first response is due: the end (24:00 Asia/Shanghai) of the first working day after the day of receipt.',
  })
  @Column({ type: 'timestamptz' })
  responseDueAt: Date;

  @Field({
    description:
      'When the matter is due: the end (24:00 Asia/Shanghai) of the Nth working day after the day of receipt (CONSULTATION 1, COMPLAINT and REQUEST_FOR_HELP 5, COMPLEX 5 or 15 with an approved extension). A transfer does not move it.',
  })
  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the owner first responded to the resident; null until then.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The latest response to the resident.' })
  @Column({ type: 'text', nullable: true })
  response: string | null;

  @Field(() => Date, { nullable: true, description: 'When the matter was (last) resolved; null while open.' })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When it was first resolved; the resolution rate counts it resolved in time when this is not after dueAt.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  firstResolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'How it was resolved (the latest resolution).' })
  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the overdue job found a deadline (dueAt, or rectificationDueAt) passed while the matter was unresolved; stays set.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  overdueAt: Date | null;

  @Field({
    description:
      'Whether it was ever transferred back to an office that had passed it on (run-around, 推诿) and escalated.',
  })
  @Column({ type: 'boolean', default: false })
  runAround: boolean;

  @Field(() => Int, { description: 'How many times it was transferred.' })
  @Column({ type: 'int', default: 0 })
  transferCount: number;

  @Field(() => ExtensionStatus, {
    nullable: true,
    description: 'The one extension request of a COMPLEX matter; null when none was made.',
  })
  @Column({ type: 'varchar', length: 12, nullable: true })
  extensionStatus: ExtensionStatus | null;

  @Field(() => Satisfaction, {
    nullable: true,
    description: "The resident's rating of the handling; null until rated (once, by tracking code).",
  })
  @Column({ type: 'varchar', length: 24, nullable: true })
  satisfaction: Satisfaction | null;

  @Field(() => String, { nullable: true, description: "The resident's comment with the rating." })
  @Column({ type: 'text', nullable: true })
  ratingComment: string | null;

  @Field(() => Date, { nullable: true, description: 'When the resident rated it.' })
  @Column({ type: 'timestamptz', nullable: true })
  ratedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Due time of the rectification a dissatisfied rating opened: the end of the 5th working day after the rating; null without one.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  rectificationDueAt: Date | null;

  @Field(() => AppealStatus, {
    nullable: true,
    description: "The owner's one appeal against the rectification; null when none was made.",
  })
  @Column({ type: 'varchar', length: 12, nullable: true })
  appealStatus: AppealStatus | null;

  @Field({
    description:
      'False when an upheld appeal left the rating out of the satisfaction rate (and so says why in the timeline).',
  })
  @Column({ type: 'boolean', default: true })
  ratingCounts: boolean;

  /** SHA-256 of the resident's tracking code; the code itself is shown once and never stored. */
  @Column({ type: 'varchar', length: 64 })
  trackingCodeHash: string;

  @ManyToOne(() => Subdistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subdistrict_id' })
  private readonly subdistrictFk?: Subdistrict;

  @ManyToOne(() => Neighborhood, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'neighborhood_id' })
  private readonly neighborhoodFk?: Neighborhood;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiver_office_id' })
  private readonly receiverOfficeFk?: Office;

  @ManyToOne(() => DispatchedAgency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiver_agency_id' })
  private readonly receiverAgencyFk?: DispatchedAgency;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_office_id' })
  private readonly ownerOfficeFk?: Office;

  @ManyToOne(() => DispatchedAgency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_agency_id' })
  private readonly ownerAgencyFk?: DispatchedAgency;
}
