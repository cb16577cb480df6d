import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { registerUniqueField } from '../core/errors';
import { Node } from '../core/node';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import {
  CourtConfirmation,
  DisputeKind,
  MediationChairRole,
  MediationPartyKind,
  MediationStatus,
} from './mediation-enums';

registerUniqueField('mediation_external_id_key', 'input.externalId');

/** A party to a mediated dispute. */
@ObjectType({ description: 'A party to a mediated dispute.' })
export class MediationParty {
  @Field({ description: 'Name of the person or unit.' })
  name: string;

  @Field(() => MediationPartyKind, { description: 'PERSON or UNIT.' })
  kind: MediationPartyKind;
}

/** A department concerned, with the laws and rules it cites. */
@ObjectType({ description: 'A district department concerned in a mediation, with the laws and rules it cited.' })
export class MediationDepartment {
  @Field(() => ID, { description: 'Id of the department (区职能部门).' })
  departmentId: string;

  @Field(() => [String], { description: 'The laws and rules it cited, e.g. "《民法典》第二百八十八条".' })
  citedLaws: string[];
}

/**
 * A mediation meeting (矛盾协调会, docs/rules.md rule 14) in a neighborhood: the parties, the chair,
 * the neighborhood's volunteer legal adviser, the departments concerned with the laws they cite;
 * concluded with a written record, which where family, women or children are involved needs the
 * women's director present; then, at the parties' request, the district civil court's confirmation.
 */
@ObjectType({
  implements: Node,
  description:
    "A mediation meeting (矛盾协调会, docs/rules.md rule 14): a dispute between neighbours, or between a unit and residents, mediated in a neighborhood and concluded with a written record; where family, women or children are involved the women's director must attend.",
})
@Entity()
@Index('mediation_external_id_key', ['subdistrictId', 'externalId'], {
  unique: true,
  where: '"external_id" IS NOT NULL',
})
export class Mediation extends BaseRecord {
  @Field(() => String, {
    nullable: true,
    description: 'Id of the mediation in a district system (upsertMediations); unique within its 街道 when set.',
  })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Field(() => ID, { description: 'Id of the neighborhood (居民区) where it is held.' })
  @Column({ type: 'uuid' })
  neighborhoodId: string;

  @Field(() => ID, { description: "Id of the neighborhood's subdistrict (街道)." })
  @Index()
  @Column({ type: 'uuid' })
  subdistrictId: string;

  @Field({ description: 'What the dispute is about.' })
  @Column({ type: 'varchar', length: 2000 })
  subject: string;

  @Field(() => DisputeKind, { description: 'BETWEEN_NEIGHBOURS or UNIT_AND_RESIDENTS.' })
  @Column({ type: 'varchar', length: 24 })
  disputeKind: DisputeKind;

  @Field({
    description:
      "Whether family, women or children are involved: then it cannot be concluded without the women's director attending.",
  })
  @Column({ type: 'boolean', default: false })
  involvesFamily: boolean;

  @Field(() => LocalDateResolver, { description: 'The day of the meeting (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  heldOn: string;

  @Field(() => [MediationParty], { description: 'The parties, at least two.' })
  @Column({ type: 'jsonb' })
  parties: MediationParty[];

  @Field({ description: "The chair's name." })
  @Column({ type: 'varchar', length: 100 })
  chairName: string;

  @Field(() => MediationChairRole, { description: "The chair's office." })
  @Column({ type: 'varchar', length: 32 })
  chairRole: MediationChairRole;

  @Field({ description: "The neighborhood's volunteer legal adviser (法律顾问) who attended." })
  @Column({ type: 'varchar', length: 100 })
  legalAdviser: string;

  @Field(() => String, {
    nullable: true,
    description: "The women's director (妇女主任) who attended; null when none did.",
  })
  @Column({ type: 'varchar', length: 100, nullable: true })
  womenDirector: string | null;

  @Field(() => [MediationDepartment], { description: 'The departments concerned, with the laws they cited.' })
  @Column({ type: 'jsonb', default: () => `'[]'` })
  departments: MediationDepartment[];

  @Field(() => MediationStatus, { description: 'OPEN or CONCLUDED (final).' })
  @Column({ type: 'varchar', length: 16 })
  status: MediationStatus;

  @Field(() => String, { nullable: true, description: 'The written record (调解笔录), filed; null while OPEN.' })
  @Column({ type: 'text', nullable: true })
  record: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was concluded (ISO 8601, UTC); null while OPEN.' })
  @Column({ type: 'timestamptz', nullable: true })
  concludedAt: Date | null;

  @Field(() => CourtConfirmation, { description: "The district civil court's confirmation of the record." })
  @Column({ type: 'varchar', length: 16, default: CourtConfirmation.NOT_REQUESTED })
  courtConfirmation: CourtConfirmation;

  @Field(() => Date, {
    nullable: true,
    description: 'When the court confirmation last changed (ISO 8601, UTC); null while NOT_REQUESTED.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  courtConfirmationAt: Date | null;

  @ManyToOne(() => Neighborhood, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'neighborhood_id' })
  private readonly neighborhoodFk?: Neighborhood;

  @ManyToOne(() => Subdistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subdistrict_id' })
  private readonly subdistrictFk?: Subdistrict;
}
