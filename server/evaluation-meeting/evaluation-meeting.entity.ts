import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { RatingTemplate } from '../rating-template/rating-template.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { User } from '../user/user.entity';
import { MeetingStatus } from './meeting-status';
import { Node } from '../core/node';

/** An evaluation meeting (政务评议会) at which representatives rate officials (docs/rules.md rule 4). */
@ObjectType({
  implements: Node,
  description:
    'An evaluation meeting (政务评议会): registered resident representatives rate the officials under evaluation (docs/rules.md rules 4–7).',
})
@Entity()
export class EvaluationMeeting extends BaseRecord {
  @Field({ description: 'Title, e.g. "2026年外滩街道政务评议会".' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => Int, { description: 'The assessment year the ratings count for, e.g. 2026.' })
  @Column({ type: 'smallint' })
  year: number;

  @Field(() => MeetingStatus, { description: 'DRAFT, OPEN or CLOSED.' })
  @Column({ type: 'varchar', length: 8, default: MeetingStatus.DRAFT })
  status: MeetingStatus;

  @Field(() => Date, {
    nullable: true,
    description: 'When the meeting is planned to start (UTC); null when not scheduled.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  scheduledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the chair opened it (UTC).' })
  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the chair closed it and its results were frozen (UTC).' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => Int, {
    description: "Fewest ratings for an official's result to be published (docs/rules.md rule 7; default 3).",
  })
  @Column({ type: 'smallint', default: 3 })
  minRatings: number;

  @Field(() => ID, { description: 'Id of the subdistrict holding the meeting.' })
  @Index()
  @Column({ type: 'uuid' })
  subdistrictId: string;

  @Field(() => ID, {
    nullable: true,
    description: "Id of the neighborhood (residents' committee) where it is held; null for a subdistrict-wide meeting.",
  })
  @Column({ type: 'uuid', nullable: true })
  neighborhoodId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the chair (a CHAIR user, the committee director); null until assigned.',
  })
  @Column({ type: 'uuid', nullable: true })
  chairId: string | null;

  @Field(() => ID, { description: 'Id of the rating template its ratings use.' })
  @Column({ type: 'uuid' })
  templateId: string;

  @ManyToOne(() => Subdistrict, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subdistrict_id' })
  private readonly subdistrictFk?: Subdistrict;

  @ManyToOne(() => Neighborhood, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'neighborhood_id' })
  private readonly neighborhoodFk?: Neighborhood;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chair_id' })
  private readonly chairFk?: User;

  @ManyToOne(() => RatingTemplate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id' })
  private readonly templateFk?: RatingTemplate;
}
