/** Webhooks: subscriptions of district systems, the outbox written with each event, and the dispatcher that sends it. */
export { enqueue, assessmentFinalizedPayload, meetingClosedPayload } from './outbox';
export { DEFAULT_DISPATCHER_OPTIONS, DISPATCHER_SQL_TAG, retryDelayMs, WebhookDispatcher, dispatcherOptionsFromEnv, signature } from './webhook.dispatcher';
export type { DispatcherOptions } from './webhook.dispatcher';
export { WebhookEvent, DeliveryStatus } from './webhook-enums';
export { WebhookService } from './webhook.service';
