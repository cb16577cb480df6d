import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { registerUniqueField } from '../core/errors';
import { Official } from '../official/official.entity';
import { ResponsibilityItem } from '../responsibility/responsibility.entity';
import { Node } from '../core/node';

registerUniqueField('self_report_official_year_key', 'input.year');

/**
 * An official's self-report (述职) for a year (docs/rules.md rule 8): a summary, and one answer per line of
 * that year's responsibility list. One per official and year; a new submission replaces it.
 */
@ObjectType({
  implements: Node,
  description:
    "An official's self-report (述职) for a year: a summary and, for every line of that year's responsibility list, whether it was fulfilled (DUTY) or kept (RED_LINE), with a note (docs/rules.md rule 8).",
})
@Entity()
@Index('self_report_official_year_key', ['officialId', 'year'], { unique: true })
export class SelfReport extends BaseRecord {
  @Field(() => ID, { description: 'Id of the official reporting.' })
  @Column({ type: 'uuid' })
  officialId: string;

  @Field(() => Int, { description: 'The year reported on, e.g. 2026.' })
  @Column({ type: 'smallint' })
  year: number;

  @Field({ description: "The official's summary of the year, in their own words." })
  @Column({ type: 'text' })
  summary: string;

  @ManyToOne(() => Official, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'official_id' })
  private readonly officialFk?: Official;
}

/**
 * One answer of a self-report: whether one line of the list was fulfilled (DUTY) or kept
 * (RED_LINE), and a note. A child table rather than a jsonb column of the report, because the
 * database then guarantees what rule 8 needs: the primary key (report, item) allows one answer per
 * line, the foreign key to the line allows no answer to a line that does not exist, and deleting a
 * line takes its answer with it. It also lets assessors and accountability cases (rules 9–10) ask
 * "which red lines were not kept" in plain SQL.
 */
@ObjectType({
  description:
    'One answer of a self-report: whether one line of the responsibility list was fulfilled (DUTY) or kept (RED_LINE), with a note.',
})
@Entity()
export class SelfReportAnswer {
  /** The report this answer belongs to. */
  @PrimaryColumn({ type: 'uuid' })
  reportId: string;

  @Field(() => ID, { description: 'Id of the responsibility item answered.' })
  @Index()
  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @Field({ description: 'For a DUTY: whether it was fulfilled. For a RED_LINE: whether it was kept (never crossed).' })
  @Column({ type: 'boolean' })
  fulfilled: boolean;

  @Field({ description: 'What was done, or why not; 1–1000 characters.' })
  @Column({ type: 'varchar', length: 1000 })
  note: string;

  @ManyToOne(() => SelfReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  private readonly reportFk?: SelfReport;

  @ManyToOne(() => ResponsibilityItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  private readonly itemFk?: ResponsibilityItem;
}
