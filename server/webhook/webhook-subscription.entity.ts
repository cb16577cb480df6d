import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { District } from '../district/district.entity';
import { User } from '../user/user.entity';
import { WebhookEvent } from './webhook-enums';
import { Node } from '../core/node';

/**
 * A district system's webhook: Pingyi POSTs the chosen events of the district to `url`, signed
 * with `secret` (HMAC-SHA256). The secret is kept because every delivery is signed with it, but it
 * is never a GraphQL field: createWebhookSubscription shows it once.
 */
@ObjectType({
  implements: Node,
  description:
    "A webhook of a district: Pingyi POSTs the chosen events of the district to url as JSON, signed with the subscription's secret (X-Pingyi-Signature: sha256=<hex HMAC-SHA256 of the body>). The secret is shown only once, by createWebhookSubscription.",
})
@Entity()
export class WebhookSubscription extends BaseRecord {
  @Field(() => ID, { description: 'Id of the district whose events are sent.' })
  @Index()
  @Column({ type: 'uuid' })
  districtId: string;

  @Field({ description: 'Where the events are POSTed (http or https).' })
  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Field(() => [WebhookEvent], { description: 'The events sent.' })
  @Column({ type: 'varchar', length: 32, array: true })
  events: WebhookEvent[];

  /** The HMAC key (hex); never a GraphQL field. */
  @Column({ type: 'varchar', length: 128 })
  secret: string;

  @Field({ description: 'Whether new events are queued for it.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => ID, { nullable: true, description: 'Id of the ADMIN who created it; null when that user was deleted.' })
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => District, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'district_id' })
  private readonly districtFk?: District;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  private readonly createdByFk?: User;
}
