import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import { Official } from '../official/official.entity';
import { InquiryBasis } from './inquiry-basis';
import { Node } from '../core/node';

/**
 * A question put to an official at an evaluation meeting (问责, docs/rules.md rule 8): who asked, on what
 * basis, the question and, once given, the answer. It lies where its official serves.
 */
@ObjectType({
  implements: Node,
  description:
    'A question put to an official at an evaluation meeting (问责, docs/rules.md rule 8): who asked it, its basis, the question and the answer.',
})
@Entity()
export class Inquiry extends BaseRecord {
  @Field(() => ID, { description: 'Id of the evaluation meeting at which it was asked.' })
  @Index()
  @Column({ type: 'uuid' })
  meetingId: string;

  @Field(() => ID, { description: 'Id of the official asked.' })
  @Index()
  @Column({ type: 'uuid' })
  officialId: string;

  @Field({ description: 'Who asked: the representative\'s name as said in the room, e.g. "李阿姨（12号楼）".' })
  @Column({ type: 'varchar', length: 100 })
  askedBy: string;

  @Field(() => InquiryBasis, {
    description: 'SELF_REPORT (a fact from the self-report) or RESIDENT_REPORT (a fact residents reported).',
  })
  @Column({ type: 'varchar', length: 16 })
  basis: InquiryBasis;

  @Field({ description: 'The question as asked.' })
  @Column({ type: 'varchar', length: 2000 })
  question: string;

  @Field(() => String, { nullable: true, description: "The official's answer; null until answered." })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  answer: string | null;

  @ManyToOne(() => EvaluationMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  private readonly meetingFk?: EvaluationMeeting;

  @ManyToOne(() => Official, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'official_id' })
  private readonly officialFk?: Official;
}
