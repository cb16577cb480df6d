import { defineModule, resolversReading, serviceOf } from '../core/module';
import type { DataSource } from 'typeorm';
import { webhookOutbox } from './outbox';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';
import { dispatcherOptionsFromEnv, WebhookDispatcher, type DispatcherOptions } from './webhook.dispatcher';
import { createWebhookLoaders } from './webhook.loaders';
import { WebhookResolver, type WebhookResolverContext } from './webhook.resolver';
import { WebhookService } from './webhook.service';

/**
 * Webhooks (README, Webhooks): district systems' subscriptions, the outbox its subscriber fills from
 * the events that carry a notice, in their transaction, and the dispatcher job that sends it.
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
  jobs: [
    {
      name: 'webhooks',
      /** The dispatcher; its options from the app (`jobs.webhooks`), else from the environment (README, Settings). */
      create: (db: DataSource, options: Partial<DispatcherOptions> | undefined) =>
        new WebhookDispatcher(db, options ?? dispatcherOptionsFromEnv()),
    },
  ],
});

export { enqueue } from './outbox';
export {
  DEFAULT_DISPATCHER_OPTIONS,
  DISPATCHER_SQL_TAG,
  retryDelayMs,
  WebhookDispatcher,
  dispatcherOptionsFromEnv,
  signature,
} from './webhook.dispatcher';
export type { DispatcherOptions } from './webhook.dispatcher';
export { WebhookEvent, DeliveryStatus } from './webhook-enums';
export { WebhookService } from './webhook.service';
