import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { Official } from '../official/official.entity';
import { ResponsibilityItem } from '../responsibility/responsibility.entity';
import { AccountabilityHandler, AccountabilityStatus } from './accountability-enums';
import { Node } from '../core/node';

/**
 * An accountability case (责任追究, docs/rules.md rule 9): one official, one year and usually one
 * red-line item, handled by the organisation department or discipline inspection, closed only
 * with a written conclusion. A concluded case with `breachConfirmed` marks that year's assessment
 * `redLineBreached`. It lies where its official serves.
 */
@ObjectType({
  implements: Node,
  description:
    "An accountability case (责任追究, docs/rules.md rule 9) about one official's year, usually one red-line item; handled by the organisation department or discipline inspection and concluded only with a written conclusion.",
})
@Entity()
@Index('accountability_case_official_year_idx', ['officialId', 'year'])
export class AccountabilityCase extends BaseRecord {
  @Field(() => ID, { description: 'Id of the official concerned.' })
  @Column({ type: 'uuid' })
  officialId: string;

  @Field(() => Int, { description: 'The year concerned, e.g. 2026.' })
  @Column({ type: 'smallint' })
  year: number;

  @Field(() => ID, {
    nullable: true,
    description: "Id of the RED_LINE line of the official's list for that year the case is about; null when none.",
  })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  responsibilityItemId: string | null;

  @Field(() => AccountabilityHandler, { description: 'ORGANIZATION_DEPARTMENT or DISCIPLINE_INSPECTION.' })
  @Column({ type: 'varchar', length: 32 })
  handledBy: AccountabilityHandler;

  @Field(() => AccountabilityStatus, { description: 'OPEN or CONCLUDED (final).' })
  @Column({ type: 'varchar', length: 16 })
  status: AccountabilityStatus;

  @Field({ description: 'What the case is about.' })
  @Column({ type: 'varchar', length: 2000 })
  summary: string;

  @Field(() => String, { nullable: true, description: 'The written conclusion; null while OPEN.' })
  @Column({ type: 'varchar', length: 4000, nullable: true })
  conclusion: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether the conclusion confirms a red-line breach (which marks the year's assessment redLineBreached); null while OPEN.",
  })
  @Column({ type: 'boolean', nullable: true })
  breachConfirmed: boolean | null;

  @Field({ description: 'When the case was opened (ISO 8601, UTC).' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  openedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the case was concluded; null while OPEN.' })
  @Column({ type: 'timestamptz', nullable: true })
  concludedAt: Date | null;

  @ManyToOne(() => Official, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'official_id' })
  private readonly officialFk?: Official;

  @ManyToOne(() => ResponsibilityItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsibility_item_id' })
  private readonly responsibilityItemFk?: ResponsibilityItem;
}
