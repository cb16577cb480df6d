import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../core/context';
import { ConnectionType, PageArgs } from '../core/pagination';
import { DeliveryStatus } from './webhook-enums';
import { WebhookDelivery } from './webhook-delivery.entity';
import { CreatedWebhookSubscription, CreateWebhookSubscriptionInput } from './webhook.inputs';
import { WebhookSubscription } from './webhook-subscription.entity';

const WebhookSubscriptionConnection = ConnectionType(WebhookSubscription, 'webhook subscriptions');
const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'webhook deliveries');

@Resolver(() => WebhookSubscription)
export class WebhookResolver {
  @Query(() => WebhookSubscriptionConnection, { description: 'A page of the webhook subscriptions of your district, newest first (ADMIN of the whole district). Never their secrets.' })
  webhookSubscriptions(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.webhooks.list(page);
  }

  @Query(() => WebhookDeliveryConnection, { description: 'A page of one subscription\'s deliveries, newest first (ADMIN of the whole district). NOT_FOUND.' })
  webhookDeliveries(
    @Arg('subscriptionId', () => ID, { description: 'The subscription.' }) subscriptionId: string,
    @Arg('status', () => DeliveryStatus, { nullable: true, description: 'Only deliveries with this status.' }) status: DeliveryStatus | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.webhooks.deliveries(subscriptionId, status ? { status } : undefined, page);
  }

  @Mutation(() => CreatedWebhookSubscription, { description: 'Subscribes a URL to events of a district (ADMIN of that whole district) and returns the signing secret this once. BAD_USER_INPUT on input.url unless http(s).' })
  createWebhookSubscription(@Arg('input', () => CreateWebhookSubscriptionInput, { description: 'The new subscription.' }) input: CreateWebhookSubscriptionInput, @Ctx() ctx: Context) {
    return ctx.services.webhooks.create(input);
  }

  @Mutation(() => ID, { description: 'Deletes a webhook subscription and its deliveries (ADMIN of the whole district); returns its id. NOT_FOUND, FORBIDDEN.' })
  deleteWebhookSubscription(@Arg('id', () => ID, { description: 'The subscription\'s id.' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.webhooks.delete(id);
  }
}
