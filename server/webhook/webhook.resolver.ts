import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { NodeService } from '../node/node.service';
import type { WebhookService } from './webhook.service';
import { ConnectionType, PageArgs } from '../core/pagination';
import { DeliveryStatus } from './webhook-enums';
import { WebhookDelivery } from './webhook-delivery.entity';
import {
  CreatedWebhookSubscription,
  CreateWebhookSubscriptionInput,
  UpdateWebhookSubscriptionInput,
} from './webhook.inputs';
import { WebhookSubscription } from './webhook-subscription.entity';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type WebhookResolverContext = RequestContext<{ nodes: NodeService; webhooks: WebhookService }>;
type Context = WebhookResolverContext;

registerNode(WebhookSubscription, (ctx: Context, id) => ctx.services.webhooks.find(id));
// A delivery is read in its subscription's list (a district ADMIN over it): node(id) checks the same.
registerNode(WebhookDelivery, async (ctx: Context, id) => {
  const row = await ctx.services.nodes.row(WebhookDelivery, id);
  if (!row) return null;
  await ctx.services.webhooks.deliveries(row.subscriptionId, undefined, { first: 0 });
  return row;
});

const WebhookSubscriptionConnection = ConnectionType(WebhookSubscription, 'webhook subscriptions');
const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'webhook deliveries');

@Resolver(() => WebhookSubscription)
export class WebhookResolver {
  @Query(() => WebhookSubscriptionConnection, {
    description:
      'A page of the webhook subscriptions of your district, newest first (ADMIN of the whole district). Never their secrets.',
  })
  webhookSubscriptions(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.webhooks.list(page);
  }

  @Query(() => WebhookDeliveryConnection, {
    description: "A page of one subscription's deliveries, newest first (ADMIN of the whole district). NOT_FOUND.",
  })
  webhookDeliveries(
    @Arg('subscriptionId', () => ID, { description: 'The subscription.' }) subscriptionId: string,
    @Arg('status', () => DeliveryStatus, { nullable: true, description: 'Only deliveries with this status.' })
    status: DeliveryStatus | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.webhooks.deliveries(subscriptionId, status ? { status } : undefined, page);
  }

  @Mutation(() => CreatedWebhookSubscription, {
    description:
      'Subscribes a URL to events of a district (ADMIN of that whole district) and returns the signing secret this once. BAD_USER_INPUT on input.url unless http(s).',
  })
  createWebhookSubscription(
    @Arg('input', () => CreateWebhookSubscriptionInput, { description: 'The new subscription.' })
    input: CreateWebhookSubscriptionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.webhooks.create(input);
  }

  @Mutation(() => WebhookSubscription, {
    description:
      'Changes a webhook subscription (ADMIN of the whole district): `active: false` pauses it (no new events are queued, pending deliveries wait), `active: true` resumes it; also its url and events. NOT_FOUND, FORBIDDEN, BAD_USER_INPUT on input.url or input.events.',
  })
  updateWebhookSubscription(
    @Arg('id', () => ID, { description: "The subscription's id." }) id: string,
    @Arg('input', () => UpdateWebhookSubscriptionInput, { description: 'What to change.' })
    input: UpdateWebhookSubscriptionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.webhooks.update(id, input);
  }

  @Mutation(() => WebhookDelivery, {
    description:
      'Queues a FAILED or DELIVERED webhook delivery again, as a new series of attempts under the same delivery id (ADMIN of the whole district); attempts keeps counting every attempt sent. NOT_FOUND, FORBIDDEN, CONFLICT while it is PENDING.',
  })
  redeliverWebhookDelivery(
    @Arg('id', () => ID, { description: "The delivery's id." }) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.webhooks.redeliver(id);
  }

  @Mutation(() => ID, {
    description:
      'Deletes a webhook subscription and its deliveries (ADMIN of the whole district); returns its id. NOT_FOUND, FORBIDDEN.',
  })
  deleteWebhookSubscription(
    @Arg('id', () => ID, { description: "The subscription's id." }) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.webhooks.delete(id);
  }
}
