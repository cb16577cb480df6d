import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import { Official } from '../official/official.entity';
import { Satisfaction } from './satisfaction';
import { FiniteColumns } from '../core/finite-check';
import { publishedFigures } from './published-results';

/** How many ratings chose one satisfaction level. */
@ObjectType({ description: 'How many ratings chose one satisfaction level.' })
export class SatisfactionCount {
  @Field(() => Satisfaction, { description: 'The level.' })
  level: Satisfaction;

  @Field(() => Int, { description: 'Number of ratings at that level.' })
  count: number;
}

/** The mean of one criterion's scores in one official's ratings. */
@ObjectType({
  description:
    "The mean of one criterion's 1–5 scores in one official's ratings at a closed meeting (docs/rules.md rule 6).",
})
export class CriterionMean {
  @Field({ description: "The criterion's key (as in the meeting's template)." })
  key: string;

  @Field({ description: "The criterion's label, from the meeting's template." })
  label: string;

  @Field(() => Int, { description: "The criterion's weight (the template's weights sum to 100)." })
  weight: number;

  @Field(() => Float, { description: 'Mean of the scores given, 1–5, unrounded (only screens round).' })
  mean: number;
}

/**
 * The frozen result of one official at one closed meeting (docs/rules.md rule 6), written in the closing
 * transaction. Below the meeting's minimum count only `ratingCount` is published (docs/rules.md rule 7).
 */
@ObjectType({
  description:
    "The result of one official at one closed meeting (docs/rules.md rule 6). Below the meeting's minimum number of ratings only `ratingCount` is published (rule 7): the other fields are null.",
})
@Entity()
@FiniteColumns('meeting_result', 'satisfaction_rate', 'score')
export class MeetingResult {
  @Field(() => ID, { description: 'Id of the meeting.' })
  @PrimaryColumn({ type: 'uuid' })
  meetingId: string;

  @Field(() => ID, { description: 'Id of the official.' })
  @PrimaryColumn({ type: 'uuid' })
  officialId: string;

  @Field(() => Int, { description: 'Number of ratings the official received.' })
  @Column({ type: 'int' })
  ratingCount: number;

  /** Level → count, all five levels. */
  @Column({ type: 'jsonb' })
  distribution: Record<Satisfaction, number>;

  /** (very satisfied + satisfied + basically satisfied) / ratings, 0–1, unrounded (docs/rules.md rule 6: rounded only for display); null without ratings. */
  @Column({ type: 'double precision', nullable: true })
  satisfactionRate: number | null;

  /** Σ weightᵢ · (meanᵢ − 1) / 4, 0–100; null without ratings. */
  @Column({ type: 'double precision', nullable: true })
  score: number | null;

  /** Whether the count reached the meeting's minimum, so the figures may be shown. */
  @Column({ type: 'boolean' })
  published: boolean;

  /** Comments given, sorted by text so that their order says nothing about who wrote them. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  comments: string[];

  /** Per criterion, in the template's order: its key and the mean of its 1–5 scores; empty without ratings. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  criterionMeans: { key: string; mean: number }[];

  @ManyToOne(() => EvaluationMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  private readonly meetingFk?: EvaluationMeeting;

  @ManyToOne(() => Official, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'official_id' })
  private readonly officialFk?: Official;

  @Field(() => [SatisfactionCount], {
    nullable: true,
    description: 'Ratings per satisfaction level, best first; null when not published.',
  })
  get satisfactionDistribution(): SatisfactionCount[] | null {
    const distribution = publishedFigures(this).distribution;
    return distribution && Object.values(Satisfaction).map((level) => ({ level, count: distribution[level] ?? 0 }));
  }

  @Field(() => Float, {
    nullable: true,
    description:
      'Satisfaction rate 0–1 = (very satisfied + satisfied + basically satisfied) / ratings; null when not published.',
  })
  get rate(): number | null {
    return publishedFigures(this).satisfactionRate;
  }

  @Field(() => Float, {
    nullable: true,
    description:
      "Weighted score 0–100 = Σ weightᵢ · (meanᵢ − 1) / 4 over the template's criteria; null when not published.",
  })
  get weightedScore(): number | null {
    return publishedFigures(this).score;
  }

  @Field(() => [String], {
    description: 'The comments given, sorted by text (never in the order given); empty when not published.',
  })
  get publishedComments(): string[] {
    return publishedFigures(this).comments;
  }
}
