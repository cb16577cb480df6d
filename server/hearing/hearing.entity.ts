import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { registerUniqueField } from '../core/errors';
import { Node } from '../core/node';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { HearingOutcome, WorksProjectStatus } from './hearing-enums';

registerUniqueField('hearing_external_id_key', 'input.externalId');

/**
 * Works that touch residents' lives (a government practical project, road works…) in a
 * neighborhood (docs/rules.md rule 14): it may be marked started only after a hearing whose outcome
 * is not NOT_SUPPORTED, or by a recorded override decision with its reason.
 */
@ObjectType({
  implements: Node,
  description:
    "Works that touch residents' lives (a government practical project 政府实事项目, road works…) in a neighborhood; marked started only after a hearing that did not reject it, or by a recorded override decision with its reason (docs/rules.md rule 14).",
})
@Entity()
export class WorksProject extends BaseRecord {
  @Field(() => ID, { description: 'Id of the neighborhood where the works happen.' })
  @Column({ type: 'uuid' })
  neighborhoodId: string;

  @Field(() => ID, { description: "Id of the neighborhood's subdistrict (街道)." })
  @Index()
  @Column({ type: 'uuid' })
  subdistrictId: string;

  @Field({ description: 'Name of the project, e.g. "宁波路道路大修工程".' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => WorksProjectStatus, { description: 'PLANNED or STARTED.' })
  @Column({ type: 'varchar', length: 16 })
  status: WorksProjectStatus;

  @Field(() => Date, { nullable: true, description: 'When it was marked started (ISO 8601, UTC); null while PLANNED.' })
  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The reason of the decision that started it without a supporting hearing (override); null when a hearing supported it or it has not started.',
  })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  overrideReason: string | null;

  @ManyToOne(() => Neighborhood, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'neighborhood_id' })
  private readonly neighborhoodFk?: Neighborhood;

  @ManyToOne(() => Subdistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subdistrict_id' })
  private readonly subdistrictFk?: Subdistrict;
}

/** One question put at a hearing, with its answer. */
@ObjectType({ description: 'A question put at a hearing, with its answer.' })
export class HearingQuestion {
  @Field({ description: 'Who asked, e.g. a representative’s name.' })
  askedBy: string;

  @Field({ description: 'The question.' })
  question: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who answered: the presenter or a department head; null while unanswered.',
  })
  answeredBy: string | null;

  @Field(() => String, { nullable: true, description: 'The answer; null while unanswered.' })
  answer: string | null;
}

/** A decision hearing (决策听证会) about a works project, held in its neighborhood (docs/rules.md rule 14). */
@ObjectType({
  implements: Node,
  description:
    "A decision hearing (决策听证会, docs/rules.md rule 14) before works: the project and its presenter, the construction period, the representatives, the residents' committee director who chairs, the department heads who answer, the questions and answers, and the outcome with its reasons.",
})
@Entity()
@Index('hearing_external_id_key', ['subdistrictId', 'externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
export class Hearing extends BaseRecord {
  @Field(() => String, {
    nullable: true,
    description: 'Id of the hearing in a district system (upsertHearings); unique within its 街道 when set.',
  })
  @Column({ type: 'varchar', length: 100, nullable: true })
  externalId: string | null;

  @Field(() => ID, { description: 'Id of the works project.' })
  @Index()
  @Column({ type: 'uuid' })
  projectId: string;

  @Field(() => ID, { description: "Id of the project's subdistrict (街道)." })
  @Index()
  @Column({ type: 'uuid' })
  subdistrictId: string;

  @Field(() => LocalDateResolver, { description: 'The day of the hearing (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  heldOn: string;

  @Field({ description: 'Who presented the project.' })
  @Column({ type: 'varchar', length: 100 })
  presenter: string;

  @Field(() => LocalDateResolver, { description: 'First day of construction as presented (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  constructionStartsOn: string;

  @Field(() => LocalDateResolver, { description: 'Last day of construction as presented (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  constructionEndsOn: string;

  @Field({ description: "The residents' committee director who chairs." })
  @Column({ type: 'varchar', length: 100 })
  chairName: string;

  @Field(() => [String], { description: "The representatives, recommended by the neighborhood's party branch." })
  @Column({ type: 'jsonb' })
  representatives: string[];

  @Field(() => [String], { description: 'Department heads who attended to answer, when needed.' })
  @Column({ type: 'jsonb', default: () => `'[]'` })
  departmentHeads: string[];

  @Field(() => [HearingQuestion], { description: 'The questions with their answers, in the order put.' })
  @Column({ type: 'jsonb', default: () => `'[]'` })
  questions: HearingQuestion[];

  @Field(() => HearingOutcome, { nullable: true, description: 'The outcome; null until it is recorded.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  outcome: HearingOutcome | null;

  @Field(() => String, {
    nullable: true,
    description: 'The reasons of the outcome (and its conditions); null until recorded.',
  })
  @Column({ type: 'varchar', length: 4000, nullable: true })
  outcomeReasons: string | null;

  @Field(() => Date, { nullable: true, description: 'When the outcome was recorded (ISO 8601, UTC).' })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @ManyToOne(() => WorksProject, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  private readonly projectFk?: WorksProject;
}
