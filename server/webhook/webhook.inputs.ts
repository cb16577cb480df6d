import { ArrayMaxSize, ArrayNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DeliveryStatus, WebhookEvent } from './webhook-enums';
import { WebhookSubscription } from './webhook-subscription.entity';

@InputType({ description: 'A new webhook subscription of a district.' })
export class CreateWebhookSubscriptionInput {
  @Field(() => ID, {
    description: 'The district whose events are sent; the caller must be an ADMIN of the whole district.',
  })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId: string;

  @Field({
    description:
      'Where to POST the events: an absolute http or https URL without user name or password, at most 2,000 characters.',
  })
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  url: string;

  @Field(() => [WebhookEvent], { description: 'The events to send; at least one.' })
  @ArrayNotEmpty({ message: 'must name at least one event' })
  @ArrayMaxSize(10, { message: 'must name at most 10 events' })
  events: WebhookEvent[];
}

@InputType({ description: 'Changes to a webhook subscription; fields left out (or null) stay as they are.' })
export class UpdateWebhookSubscriptionInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'false pauses it: no new events are queued and its pending deliveries wait; true resumes it.',
  })
  @IsOptional()
  active?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'New URL: an absolute http or https URL without user name or password, at most 2,000 characters.',
  })
  @IsOptional()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  url?: string | null;

  @Field(() => [WebhookEvent], { nullable: true, description: 'New list of events; at least one.' })
  @IsOptional()
  @ArrayNotEmpty({ message: 'must name at least one event' })
  @ArrayMaxSize(10, { message: 'must name at most 10 events' })
  events?: WebhookEvent[] | null;
}

@ObjectType({ description: 'A webhook subscription just created: its secret, shown this once, and its record.' })
export class CreatedWebhookSubscription {
  @Field({ description: 'The HMAC-SHA256 key of X-Pingyi-Signature. Store it now: it is never shown again.' })
  secret: string;

  @Field(() => WebhookSubscription, { description: "The subscription's record." })
  webhookSubscription: WebhookSubscription;
}

/** Conditions a webhook delivery must meet to be listed. */
export interface WebhookDeliveryFilter {
  status?: DeliveryStatus;
}
