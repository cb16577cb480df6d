import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { registerUniqueField } from '../core/errors';
import { District } from '../district/district.entity';
import { Node } from '../core/node';

registerUniqueField('rating_template_name_key', 'input.name');

/** One criterion of a rating template: rated 1–5; its weight is its share of the 0–100 score. */
@ObjectType({
  description:
    'One criterion of a rating template: representatives score it 1–5; its weight is its share (in points) of the 0–100 score.',
})
export class RatingCriterion {
  @Field({ description: 'Stable key of the criterion within its template, e.g. "attitude" (letters, digits, "_").' })
  key: string;

  @Field({ description: 'What representatives rate, e.g. "服务态度".' })
  label: string;

  @Field(() => Int, {
    description: 'Weight in points, 1–100; the weights of a template sum to 100 (docs/rules.md rule 6).',
  })
  weight: number;
}

/** The criteria a meeting's ratings use (docs/rules.md rules 4–6), kept per district. */
@ObjectType({
  implements: Node,
  description:
    'A rating template: the criteria, each scored 1–5, whose weights sum to 100 (docs/rules.md rule 6). Kept per district.',
})
@Entity()
@Index('rating_template_name_key', ['districtId', 'name'], { unique: true })
export class RatingTemplate extends BaseRecord {
  @Field({ description: 'Name, unique within the district, e.g. "2026年度政务评议标准".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => [RatingCriterion], { description: 'The criteria, in the order representatives see them.' })
  @Column({ type: 'jsonb' })
  criteria: RatingCriterion[];

  @Field(() => ID, { description: 'Id of the district the template belongs to.' })
  @Column({ type: 'uuid' })
  districtId: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id' })
  private readonly districtFk?: District;
}
