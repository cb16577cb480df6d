import { defineModule, resolversReading, serviceOf } from '../core/module';
import { webhookOutbox } from './outbox';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';
import { webhookJobs } from './webhook-delivery.task';
import { createWebhookLoaders } from './webhook.loaders';
import { WebhookResolver, type WebhookResolverContext } from './webhook.resolver';
import { WebhookService } from './webhook.service';

/**
 * Webhooks (README, Webhooks): district systems' subscriptions, the outbox its subscriber fills from
 * the events that carry a notice, in their transaction (each delivery a job on the queue), and the
 * job runner that sends them.
 */
export const webhookModule = defineModule({
  name: 'webhook',
  entities: [WebhookSubscription, WebhookDelivery],
  resolvers: resolversReading<WebhookResolverContext>(WebhookResolver),
  loaders: createWebhookLoaders,
  services: {
    webhooks: serviceOf(WebhookService),
  },
  subscribers: [webhookOutbox],
  jobs: [webhookJobs],
});

export { enqueue, enqueueMany, WEBHOOK_DELIVERY_TASK } from './outbox';
export {
  adoptPendingDeliveries,
  DEFAULT_DELIVERY_OPTIONS,
  DELIVERY_SQL_TAG,
  MAX_ATTEMPTS_LIMIT,
  deliverWebhook,
  deliveryOptionsFromEnv,
  retryDelaySeconds,
  signature,
  webhookJobs,
  webhookTaskList,
} from './webhook-delivery.task';
export type { DeliveryOptions, WebhookJobOptions } from './webhook-delivery.task';
export { WebhookEvent, DeliveryStatus } from './webhook-enums';
export { WebhookService } from './webhook.service';
