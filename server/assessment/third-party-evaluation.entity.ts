import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { Official } from '../official/official.entity';
import { Panel } from './assessment-enums';
import { FiniteColumns } from '../core/finite-check';
import { Node } from '../core/node';

/** One panel's score of one official for one year (综合评估). */
@ObjectType({
  implements: Node,
  description: "One third-party panel's score (0–100) of one official for one year (综合评估).",
})
@Entity()
@Index('third_party_evaluation_key', ['officialId', 'year', 'panel'], { unique: true })
@FiniteColumns('third_party_evaluation', 'score')
export class ThirdPartyEvaluation extends BaseRecord {
  @Field(() => ID, { description: 'The official.' })
  @Column({ type: 'uuid' })
  officialId: string;

  @Field(() => Int, { description: 'The year.' })
  @Column({ type: 'smallint' })
  year: number;

  @Field(() => Panel, { description: 'The panel.' })
  @Column({ type: 'varchar', length: 16 })
  panel: Panel;

  @Field(() => Float, { description: 'Score 0–100.' })
  @Column({ type: 'double precision' })
  score: number;

  @ManyToOne(() => Official, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'official_id' })
  private readonly officialFk?: Official;
}
