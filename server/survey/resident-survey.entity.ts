import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { registerUniqueField } from '../core/errors';
import { Node } from '../core/node';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { SurveyDimension, SurveyStatus } from './survey-enums';

registerUniqueField('resident_survey_period_key', 'input.period');

/** Fewest answers a survey may ask for before its results are published (docs/rules.md rule 12). */
export const MIN_PUBLISHED_ANSWERS = 5;
/** The minimum count of a survey that sets none. */
export const DEFAULT_MINIMUM_ANSWERS = 10;

/** One question of a survey, answered 1–5. */
@ObjectType({ description: "One question of a residents' survey, answered 1 (not at all) – 5 (fully)." })
export class SurveyQuestion {
  @Field({ description: 'Its key within the survey, e.g. "aware_services"; answers name it.' })
  key: string;

  @Field(() => SurveyDimension, { description: 'What it measures: 知晓度, 参与度 or 满意度.' })
  dimension: SurveyDimension;

  @Field({ description: 'The question as residents read it, e.g. "您是否了解街道社区服务办公室的办事项目？".' })
  text: string;
}

/**
 * A residents' survey of one neighborhood (居民区) for one period (docs/rules.md rule 12): questions
 * under awareness, participation and satisfaction, answered 1–5 with one-time survey codes or on
 * paper at a meeting; results published once CLOSED and from the minimum count of answers.
 */
@ObjectType({
  implements: Node,
  description:
    "A residents' survey (居民测评) of one neighborhood for one period: questions under 知晓度, 参与度 and 满意度, each answered 1–5 (docs/rules.md rule 12).",
})
@Entity()
@Index('resident_survey_period_key', ['neighborhoodId', 'period'], { unique: true })
@Check('resident_survey_minimum', `"minimum_answers" >= ${MIN_PUBLISHED_ANSWERS}`)
export class ResidentSurvey extends BaseRecord {
  @Field({ description: 'Title, e.g. "2025年第三季度居民测评".' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => ID, { description: 'The neighborhood (residents’ committee) surveyed.' })
  @Column({ type: 'uuid' })
  neighborhoodId: string;

  @Field(() => ID, { description: 'Its 街道 (the scope the survey lies in).' })
  @Index()
  @Column({ type: 'uuid' })
  subdistrictId: string;

  @Field({ description: 'The period surveyed: a quarter (2025-Q3, the default), a month, a half year or a year.' })
  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Field({ description: 'First day of the period (YYYY-MM-DD, Asia/Shanghai).' })
  @Column({ type: 'date' })
  periodStart: string;

  @Field({ description: 'Last day of the period (YYYY-MM-DD, Asia/Shanghai).' })
  @Column({ type: 'date' })
  periodEnd: string;

  @Field(() => SurveyStatus, { description: 'DRAFT, OPEN or CLOSED.' })
  @Column({ type: 'varchar', length: 8, default: SurveyStatus.DRAFT })
  status: SurveyStatus;

  @Field(() => Int, {
    description: `Fewest answers for the results to be published (default ${DEFAULT_MINIMUM_ANSWERS}, never below ${MIN_PUBLISHED_ANSWERS}).`,
  })
  @Column({ type: 'smallint', default: DEFAULT_MINIMUM_ANSWERS })
  minimumAnswers: number;

  @Field(() => [SurveyQuestion], { description: 'The questions, in the order residents answer them.' })
  @Column({ type: 'jsonb' })
  questions: SurveyQuestion[];

  @Field(() => Date, { nullable: true, description: 'When it was opened (UTC).' })
  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed (UTC).' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @ManyToOne(() => Neighborhood, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'neighborhood_id' })
  private readonly neighborhoodFk?: Neighborhood;

  @ManyToOne(() => Subdistrict, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subdistrict_id' })
  private readonly subdistrictFk?: Subdistrict;
}
