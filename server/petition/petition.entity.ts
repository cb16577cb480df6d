import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { registerUniqueField } from '../core/errors';
import { Node } from '../core/node';
import { Department } from '../department/department.entity';
import { Matter } from '../matter/matter.entity';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { PetitionAgent, PetitionStatus } from './petition-enums';

registerUniqueField('petition_external_id_key', 'input.externalId');

/** One round of talks between the agent and the department (docs/rules.md rule 14). */
@ObjectType({ description: 'One round of talks between the agent organisation and the department.' })
export class PetitionTalk {
  @Field(() => Int, { description: 'Its number: 1 for the first round, then 2, 3…' })
  round: number;

  @Field(() => LocalDateResolver, { description: 'The day of the talks (YYYY-MM-DD).' })
  heldOn: string;

  @Field(() => [String], { description: 'Who took part for the agent and for the department.' })
  participants: string[];

  @Field({ description: 'What was said and where the talks stand.' })
  summary: string;

  @Field({ description: 'When the round was recorded (ISO 8601, UTC).' })
  recordedAt: Date;
}

/**
 * Petition agency (信访代理, docs/rules.md rule 14): a resident's petition taken up by an agent
 * organisation, the department it negotiates with, each round of talks, and the agreement reached
 * (or why none was). It may start from a resident's matter (诉求) of the same 街道 and links back.
 */
@ObjectType({
  implements: Node,
  description:
    "Petition agency (信访代理, docs/rules.md rule 14): a resident's petition taken up by an agent organisation (trade union, Communist Youth League, women's federation, residents' or community committee), the department it negotiates with, each round of talks, and the agreement reached. The petitioner's name is personal: only ADMINs in scope (and service tokens with self-governance:read) read petitions.",
})
@Entity()
@Index('petition_external_id_key', ['subdistrictId', 'externalId'], {
  unique: true,
  where: '"external_id" IS NOT NULL',
})
export class Petition extends BaseRecord {
  @Field(() => String, {
    nullable: true,
    description: 'Id of the petition in a district system (upsertPetitions); unique when set.',
  })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Field(() => ID, { description: 'Id of the neighborhood (居民区) where the petitioner lives.' })
  @Column({ type: 'uuid' })
  neighborhoodId: string;

  @Field(() => ID, { description: "Id of the neighborhood's subdistrict (街道)." })
  @Index()
  @Column({ type: 'uuid' })
  subdistrictId: string;

  @Field(() => ID, {
    nullable: true,
    description: "Id of the resident's matter (诉求) of the same 街道 the petition started from; null when none.",
  })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  matterId: string | null;

  @Field({ description: 'What the petition asks.' })
  @Column({ type: 'varchar', length: 2000 })
  subject: string;

  @Field({ description: "The petitioner's name (personal: only those who read petitions see it)." })
  @Column({ type: 'varchar', length: 100 })
  petitionerName: string;

  @Field(() => PetitionAgent, { description: 'The organisation that took the petition up as its agent.' })
  @Column({ type: 'varchar', length: 32 })
  agent: PetitionAgent;

  @Field({ description: "The agent organisation's person in charge of the petition." })
  @Column({ type: 'varchar', length: 100 })
  agentName: string;

  @Field(() => ID, { description: 'Id of the district department (区职能部门) the agent negotiates with.' })
  @Column({ type: 'uuid' })
  departmentId: string;

  @Field(() => LocalDateResolver, { description: 'The day the agent took the petition up (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  takenUpOn: string;

  @Field(() => [PetitionTalk], { description: 'The rounds of talks, in order (round 1 first).' })
  @Column({ type: 'jsonb', default: () => `'[]'` })
  talks: PetitionTalk[];

  @Field(() => PetitionStatus, { description: 'OPEN, or final: AGREED, NOT_AGREED or WITHDRAWN.' })
  @Column({ type: 'varchar', length: 16 })
  status: PetitionStatus;

  @Field(() => String, { nullable: true, description: 'The agreement reached (协议); null unless AGREED.' })
  @Column({ type: 'text', nullable: true })
  agreement: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why no agreement was reached (NOT_AGREED) or why it was withdrawn (WITHDRAWN); null otherwise.',
  })
  @Column({ type: 'varchar', length: 4000, nullable: true })
  closingReason: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was concluded or withdrawn (ISO 8601, UTC); null while OPEN.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @ManyToOne(() => Neighborhood, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'neighborhood_id' })
  private readonly neighborhoodFk?: Neighborhood;

  @ManyToOne(() => Subdistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subdistrict_id' })
  private readonly subdistrictFk?: Subdistrict;

  @ManyToOne(() => Matter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'matter_id' })
  private readonly matterFk?: Matter;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  private readonly departmentFk?: Department;
}
