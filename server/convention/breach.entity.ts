import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Matter } from '../matter/matter.entity';
import { BaseRecord } from '../core/base.entity';
import { Node } from '../core/node';
import { BreachFollowUpParty } from './convention-enums';
import { BuildingConvention, ConventionVersion } from './convention.entity';

/** A recorded breach of a building's convention in effect (docs/rules.md rule 14). */
@ObjectType({
  implements: Node,
  description:
    "A breach of a building's convention in effect (docs/rules.md rule 14), with the follow-ups of the residents' committee, the owners' committee and the property company.",
})
@Entity()
export class ConventionBreach extends BaseRecord {
  @Field(() => ID, { description: 'Id of the convention breached.' })
  @Index()
  @Column({ type: 'uuid' })
  conventionId: string;

  @Field(() => ID, { description: 'Id of the version that was in effect when the breach was recorded.' })
  @Column({ type: 'uuid' })
  versionId: string;

  @Field(() => ID, { description: "Id of the building's subdistrict (街道)." })
  @Index()
  @Column({ type: 'uuid' })
  subdistrictId: string;

  @Field(() => LocalDateResolver, { description: 'The day of the breach (YYYY-MM-DD, Asia/Shanghai calendar day).' })
  @Column({ type: 'date' })
  occurredOn: string;

  @Field({ description: 'What happened.' })
  @Column({ type: 'varchar', length: 2000 })
  description: string;

  @Field({
    description:
      "Whether public property (公共财产) was damaged: then the breach escalated to a resident's matter (诉求) of the 街道 (matter).",
  })
  @Column({ type: 'boolean', default: false })
  publicPropertyDamaged: boolean;

  @Field(() => ID, {
    nullable: true,
    description:
      "Id of the resident's matter (诉求, docs/rules.md rule 13) the breach escalated to because public property was damaged; null otherwise.",
  })
  @Column({ type: 'uuid', nullable: true })
  matterId: string | null;

  @ManyToOne(() => Matter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'matter_id' })
  private readonly matterFk?: Matter;

  @ManyToOne(() => BuildingConvention, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'convention_id' })
  private readonly conventionFk?: BuildingConvention;

  @ManyToOne(() => ConventionVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  private readonly versionFk?: ConventionVersion;
}

/** One follow-up of a breach by the residents' committee, the owners' committee or the property company. */
@ObjectType({
  description:
    "One follow-up of a convention breach by the residents' committee, the owners' committee or the property company (docs/rules.md rule 14).",
})
@Entity()
export class BreachFollowUp extends BaseRecord {
  @Field(() => ID, { description: 'Id of the breach.' })
  @Index()
  @Column({ type: 'uuid' })
  breachId: string;

  @Field(() => BreachFollowUpParty, { description: 'Who followed up.' })
  @Column({ type: 'varchar', length: 24 })
  party: BreachFollowUpParty;

  @Field({ description: 'What they did or decided.' })
  @Column({ type: 'varchar', length: 2000 })
  action: string;

  @ManyToOne(() => ConventionBreach, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'breach_id' })
  private readonly breachFk?: ConventionBreach;
}
