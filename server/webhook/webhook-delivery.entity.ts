import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DeliveryStatus, WebhookEvent } from './webhook-enums';
import { WebhookSubscription } from './webhook-subscription.entity';
import { Node } from '../core/node';

/**
 * One event for one subscription: the outbox row, written in the transaction of the event and
 * sent by its job on the queue (webhook-delivery.task.ts) until the receiver answers 2xx, the
 * attempts run out, or the URL policy refuses the target.
 */
@ObjectType({
  implements: Node,
  description: 'One event queued for one webhook subscription, and how sending it went.',
})
@Entity()
@Index('webhook_delivery_due', ['status', 'nextAttemptAt'])
export class WebhookDelivery {
  @Field(() => ID, { description: 'Opaque, stable id; the receiver sees it in the X-Pingyi-Delivery header.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The subscription.' })
  @Index()
  @Column({ type: 'uuid' })
  subscriptionId: string;

  @Field(() => WebhookEvent, { description: 'The event.' })
  @Column({ type: 'varchar', length: 32 })
  event: WebhookEvent;

  @Field(() => GraphQLJSONObject, { description: 'What is sent as `data`: ids and figures only.' })
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Field(() => DeliveryStatus, { description: 'PENDING, DELIVERED or FAILED.' })
  @Column({ type: 'varchar', length: 12 })
  status: DeliveryStatus;

  @Field(() => Int, {
    description:
      'Every attempt sent so far, counted when it is sent (also one whose answer never came), across redeliveries.',
  })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Attempts of the current series (since queued or last redelivered); at the delivery options' `maxAttempts` the delivery is FAILED. */
  @Column({ type: 'int', default: 0 })
  seriesAttempts: number;

  @Field({
    description:
      'When the next attempt is due (UTC): the job queue retries a failed attempt after e^n seconds (n the attempt of the series, at most e^10 ≈ 6.1 hours); meaningless once DELIVERED or FAILED.',
  })
  @Column({ type: 'timestamptz' })
  nextAttemptAt: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the most recent failed attempt failed, in short: an HTTP status, a network error, or "refused: …" with the reason the URL policy refused the target (then the delivery is FAILED at once, never retried); kept after a later success, so it is not cleared by one; null when no attempt has failed.',
  })
  @Column({ type: 'varchar', length: 300, nullable: true })
  lastError: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the receiver last accepted it (UTC); null until it first did. A redelivery keeps it until the receiver accepts again.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Field({ description: 'When the event happened and the delivery was queued (UTC).' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => WebhookSubscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  private readonly subscriptionFk?: WebhookSubscription;
}
