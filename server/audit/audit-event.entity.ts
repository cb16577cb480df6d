import { Field, ID, ObjectType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../core/node';

/**
 * One entry of the append-only audit log ("Roles and reach"): who, when, what, before and after,
 * written in the same transaction as the change. Entries about ballots never name their author.
 */
@ObjectType({
  implements: Node,
  description:
    'One entry of the append-only audit log: who changed what, when, with the state before and after. Entries about ballots never name their author.',
})
@Entity()
@Index(['entityType', 'entityId'])
export class AuditEvent {
  @Field(() => ID, { description: 'Opaque id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When (UTC).' })
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The user who made the change; null for ballots and the server itself.',
  })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({
    description: 'What happened, e.g. "meeting.opened", "rating.cast" (a ballot, logged to the hour, never by whom).',
  })
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Field({ description: 'Type of the record concerned, e.g. "EvaluationMeeting".' })
  @Column({ type: 'varchar', length: 64 })
  entityType: string;

  @Field(() => ID, { description: 'Id of the record concerned.' })
  @Column({ type: 'uuid' })
  entityId: string;

  @Field(() => JSONResolver, { nullable: true, description: 'The record before the change; null for a creation.' })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => JSONResolver, { nullable: true, description: 'The record after the change; null for a deletion.' })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
