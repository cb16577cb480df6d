import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import { Official } from '../official/official.entity';
import { Satisfaction } from './satisfaction';
import { Node } from '../core/node';

/**
 * The voter roll of the secret ballot (docs/rules.md rule 7): who has rated which official at a meeting.
 * The database's primary key makes it one rating each. It holds no link to the rating itself and
 * no time, so the roll and the ballots cannot be matched.
 */
@Entity()
export class Participation {
  @PrimaryColumn({ type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ type: 'uuid' })
  officialId: string;

  /** `user:<id>` for a signed-in representative, `code:<id>` for a ballot code. */
  @PrimaryColumn({ type: 'varchar', length: 48 })
  voter: string;

  @ManyToOne(() => EvaluationMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  private readonly meetingFk?: EvaluationMeeting;
}

/**
 * One ballot (docs/rules.md rules 5 and 7): a satisfaction level, a 1–5 score per criterion and an
 * optional comment. It carries no voter and no time, only `ballotKey`, a keyed hash that lets its
 * author (and nobody else) find and amend it while the meeting is open, and `readerKey`, a keyed
 * hash of the session or browser that may read it back.
 */
@ObjectType({
  implements: Node,
  description:
    "One rating (ballot) of one official at one meeting. It never says who gave it (docs/rules.md rule 7); `ratings` returns only the caller's own.",
})
@Entity()
@Index('rating_ballot_key', ['meetingId', 'officialId', 'ballotKey'], { unique: true })
export class Rating {
  @Field(() => ID, { description: 'Opaque id of the ballot.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'Id of the meeting.' })
  @Column({ type: 'uuid' })
  meetingId: string;

  @Field(() => ID, { description: 'Id of the official rated.' })
  @Column({ type: 'uuid' })
  officialId: string;

  /** HMAC-SHA256 of (meeting, official, voter) under the server's ballot key; never exposed. */
  @Column({ type: 'varchar', length: 64 })
  ballotKey: string;

  /**
   * HMAC-SHA256 of (meeting, official, reader) under the server's ballot key, where the reader is
   * the sign-in session or the bound ballot code that last cast this ballot: only that reader may
   * read it back (docs/rules.md rule 7). Null for ballots cast before readers were recorded: nobody reads
   * those back. Never exposed.
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  readerKey: string | null;

  @Field(() => Satisfaction, { description: 'Overall satisfaction.' })
  @Column({ type: 'varchar', length: 24 })
  satisfaction: Satisfaction;

  /** Criterion key → integer score 1–5. */
  @Column({ type: 'jsonb' })
  scores: Record<string, number>;

  @Field(() => String, {
    nullable: true,
    description: "Why, in the representative's words; required for DISSATISFIED or worse.",
  })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @ManyToOne(() => EvaluationMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  private readonly meetingFk?: EvaluationMeeting;

  @ManyToOne(() => Official, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'official_id' })
  private readonly officialFk?: Official;
}
