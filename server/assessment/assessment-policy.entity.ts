import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { District } from '../district/district.entity';
import { GradeLabels, Panel } from './assessment-enums';
import { Node } from '../core/node';

/** The weight of one third-party panel. */
@ObjectType({ description: 'The weight (points of 100) of one third-party panel.' })
export class PanelWeight {
  @Field(() => Panel, { description: 'The panel.' })
  panel: Panel;

  @Field(() => Int, { description: "Weight in points; the panels' weights sum to 100." })
  weight: number;
}

/**
 * How a district scores a year (docs/rules.md rule 10): the weights of the three parts, the panels'
 * weights, the grade bands and the minimum rating count. A district without one for a year uses
 * the defaults of docs/rules.md rule 10 (40/40/20, equal panels, 90/75/60, 3).
 */
@ObjectType({
  implements: Node,
  description:
    'How a district scores one year (docs/rules.md rule 10). Without a stored policy the defaults apply: parts 40/40/20, equal panels, bands 90/75/60, at least 3 ratings.',
})
@Entity()
@Index('assessment_policy_key', ['districtId', 'year'], { unique: true })
export class AssessmentPolicy extends BaseRecord {
  @Field(() => ID, { description: 'The district.' })
  @Column({ type: 'uuid' })
  districtId: string;

  @Field(() => Int, { description: 'The year.' })
  @Column({ type: 'smallint' })
  year: number;

  @Field(() => Int, { description: 'Weight (points) of the meeting scores.' })
  @Column({ type: 'smallint' })
  meetingWeight: number;

  @Field(() => Int, { description: 'Weight (points) of the third-party evaluation.' })
  @Column({ type: 'smallint' })
  thirdPartyWeight: number;

  @Field(() => Int, { description: "Weight (points) of the assessors' mark on the self-report and inquiries." })
  @Column({ type: 'smallint' })
  selfReportWeight: number;

  @Field(() => [PanelWeight], { description: 'Weights of the four panels, summing to 100.' })
  @Column({ type: 'jsonb' })
  panelWeights: PanelWeight[];

  @Field(() => Int, { description: 'Lowest score (0–100) graded EXCELLENT.' })
  @Column({ type: 'smallint' })
  excellentFrom: number;

  @Field(() => Int, { description: 'Lowest score graded GOOD.' })
  @Column({ type: 'smallint' })
  goodFrom: number;

  @Field(() => Int, { description: 'Lowest score graded MEDIOCRE; below it POOR.' })
  @Column({ type: 'smallint' })
  mediocreFrom: number;

  @Field(() => Int, { description: 'Fewest ratings for a meeting result to count (docs/rules.md rule 7).' })
  @Column({ type: 'smallint' })
  minRatings: number;

  @Field(() => GradeLabels, {
    description:
      'The names the grades are shown with (docs/rules.md rule 10): STANDARD (优秀/良好/平庸/较差, the default) or CIVIL_SERVICE (优秀/称职/基本称职/不称职).',
  })
  @Column({ type: 'varchar', length: 16, default: GradeLabels.STANDARD })
  gradeLabels: GradeLabels;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id' })
  private readonly districtFk?: District;
}
