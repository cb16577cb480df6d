import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { Official } from '../official/official.entity';
import { AssessmentStatus, Grade } from './assessment-enums';
import { FiniteColumns } from '../core/finite-check';
import { Node } from '../core/node';

/**
 * One official's grade for one year (docs/rules.md rule 10): the three parts with their sources, the
 * score, the computed grade, an assessor's override with its reason, and whether a concluded
 * accountability case found a red line breached. FINALIZED is final.
 */
@ObjectType({
  implements: Node,
  description:
    'The annual assessment of one official for one year (docs/rules.md rule 10): three parts, the score 0–100, the grade, an optional override with its reason, and redLineBreached. FINALIZED is final.',
})
@Entity()
@Index('annual_assessment_key', ['officialId', 'year'], { unique: true })
@FiniteColumns('annual_assessment', 'meeting_score', 'third_party_score', 'self_report_mark', 'score')
export class AnnualAssessment extends BaseRecord {
  @Field(() => ID, { description: 'The official.' })
  @Column({ type: 'uuid' })
  officialId: string;

  @Field(() => Int, { description: 'The year.' })
  @Column({ type: 'smallint' })
  year: number;

  @Field(() => AssessmentStatus, { description: 'DRAFT or FINALIZED.' })
  @Column({ type: 'varchar', length: 12 })
  status: AssessmentStatus;

  @Field(() => Float, {
    nullable: true,
    description:
      "Meeting part 0–100: the year's published meeting scores, their mean weighted by each meeting's rating count; null without any.",
  })
  @Column({ type: 'double precision', nullable: true })
  meetingScore: number | null;

  @Field(() => Int, { description: "Ratings behind the meeting part (over all the year's closed meetings counted)." })
  @Column({ type: 'int', default: 0 })
  meetingRatingCount: number;

  @Field(() => Int, { description: 'Closed meetings behind the meeting part.' })
  @Column({ type: 'int', default: 0 })
  meetingCount: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Third-party part 0–100: the panels' scores weighted by the policy, over the panels that scored; null without any.",
  })
  @Column({ type: 'double precision', nullable: true })
  thirdPartyScore: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The assessors' mark 0–100 on the self-report and the inquiries; null until given.",
  })
  @Column({ type: 'double precision', nullable: true })
  selfReportMark: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Score 0–100: the parts weighted by the policy, over the parts present; null when no part is present.',
  })
  @Column({ type: 'double precision', nullable: true })
  score: number | null;

  @Field(() => Grade, {
    nullable: true,
    description: "The grade the score earns under the policy's bands; null without a score.",
  })
  @Column({ type: 'varchar', length: 12, nullable: true })
  computedGrade: Grade | null;

  @Field(() => Grade, { nullable: true, description: "An assessor's override of the grade; null when none." })
  @Column({ type: 'varchar', length: 12, nullable: true })
  overrideGrade: Grade | null;

  @Field(() => String, { nullable: true, description: 'The written reason for the override.' })
  @Column({ type: 'text', nullable: true })
  overrideReason: string | null;

  @Field({
    description:
      'A concluded accountability case found a red line breached this year: the year is outside the four grades.',
  })
  @Column({ type: 'boolean', default: false })
  redLineBreached: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was finalised (UTC).' })
  @Column({ type: 'timestamptz', nullable: true })
  finalizedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The assessor who finalised it.' })
  @Column({ type: 'uuid', nullable: true })
  finalizedById: string | null;

  @ManyToOne(() => Official, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'official_id' })
  private readonly officialFk?: Official;

  @Field(() => Grade, {
    nullable: true,
    description: 'The grade that counts: the override if any, else the computed grade; null in a red-line breach year.',
  })
  get grade(): Grade | null {
    if (this.redLineBreached) return null;
    return this.overrideGrade ?? this.computedGrade;
  }
}
