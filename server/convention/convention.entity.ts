import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { registerUniqueField } from '../core/errors';
import { Node } from '../core/node';
import { User } from '../user/user.entity';
import { Building } from './building.entity';
import { ConventionVersionStatus } from './convention-enums';

registerUniqueField('building_convention_external_id_key', 'input.externalId');
registerUniqueField('building_convention_building_key', 'input.buildingId');

/**
 * A building's residents' convention (居民公约, docs/rules.md rule 14): a title, and its text in
 * versions, each taking effect only when two thirds of the building's households approve it.
 */
@ObjectType({
  implements: Node,
  description:
    "A building's residents' convention (居民公约, docs/rules.md rule 14): its text in versions, each of which takes effect only when at least two thirds of the building's households approved it.",
})
@Entity()
@Index('building_convention_external_id_key', ['subdistrictId', 'externalId'], {
  unique: true,
  where: '"external_id" IS NOT NULL',
})
export class BuildingConvention extends BaseRecord {
  @Field(() => String, {
    nullable: true,
    description:
      'Id of the convention in a district system (upsertBuildingConventions); unique within its 街道 when set.',
  })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Field(() => ID, { description: 'Id of the building the convention binds; a building has one convention.' })
  @Index('building_convention_building_key', { unique: true })
  @Column({ type: 'uuid' })
  buildingId: string;

  @Field(() => ID, { description: "Id of the building's subdistrict (街道)." })
  @Index()
  @Column({ type: 'uuid' })
  subdistrictId: string;

  @Field({ description: 'Title, e.g. "宁波路12号楼居民公约".' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @ManyToOne(() => Building, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'building_id' })
  private readonly buildingFk?: Building;
}

/**
 * One version of a convention's text (docs/rules.md rule 14). OPEN while households approve or
 * not with their one-time codes; EFFECTIVE once approvals reach two thirds of the building's
 * households (approvals · 3 ≥ households · 2), which supersedes the convention's earlier effective
 * version. Only the counts are kept: no row says which household approved.
 */
@ObjectType({
  implements: Node,
  description:
    "One version of a convention's text (docs/rules.md rule 14) with its public count of approvals; which household approved is kept nowhere.",
})
@Entity()
@Index('convention_version_number_key', ['conventionId', 'number'], { unique: true })
@Index('convention_version_one_open_key', ['conventionId'], { unique: true, where: `status = 'OPEN'` })
@Check('convention_version_counts_check', `"approvals" >= 0 AND "rejections" >= 0`)
export class ConventionVersion extends BaseRecord {
  @Field(() => ID, { description: 'Id of the convention.' })
  @Column({ type: 'uuid' })
  conventionId: string;

  @Field(() => ID, { description: "Id of the convention's building." })
  @Index()
  @Column({ type: 'uuid' })
  buildingId: string;

  @Field(() => ID, { description: "Id of the building's subdistrict (街道)." })
  @Index()
  @Column({ type: 'uuid' })
  subdistrictId: string;

  @Field(() => Int, { description: 'Version number within the convention: 1, 2, …' })
  @Column({ type: 'integer' })
  number: number;

  @Field({ description: 'The full text of this version; it never changes (a change is a new version).' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => ConventionVersionStatus, { description: 'OPEN, EFFECTIVE, SUPERSEDED or WITHDRAWN.' })
  @Column({ type: 'varchar', length: 16 })
  status: ConventionVersionStatus;

  @Field(() => Int, { description: 'Households that approved this version (public; never who).' })
  @Column({ type: 'integer', default: 0 })
  approvals: number;

  @Field(() => Int, { description: 'Households that did not approve this version (public; never who).' })
  @Column({ type: 'integer', default: 0 })
  rejections: number;

  @Field(() => Date, { nullable: true, description: 'When it took effect (ISO 8601, UTC); null before.' })
  @Column({ type: 'timestamptz', nullable: true })
  effectiveAt: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The building's households when the version took effect, the base its two thirds were counted on; null before. Households added later do not change it (docs/rules.md rule 14).",
  })
  @Column({ type: 'integer', nullable: true })
  householdsAtEffect: number | null;

  /** Who wrote the version in. */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => BuildingConvention, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'convention_id' })
  private readonly conventionFk?: BuildingConvention;

  @ManyToOne(() => Building, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'building_id' })
  private readonly buildingFk?: Building;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  private readonly createdByFk?: User;
}
