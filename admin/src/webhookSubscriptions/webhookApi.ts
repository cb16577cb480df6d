/**
 * The webhooks' calls that are not plain React-Admin ones: creating (the answer carries the
 * signing secret this once, so it never enters React-Admin's cache) and a page of one
 * subscription's deliveries, pausing or resuming a subscription and redelivering one delivery.
 */
import { request } from '../common/api';

/** One delivery of an event to a subscription, as the deliveries table shows it. */
export interface Delivery {
  id: string;
  event: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
  createdAt: string;
  deliveredAt: string | null;
}

/** Creates a subscription (createWebhookSubscription) and returns its id and signing secret, shown only this once. */
export async function createWebhook(input: { districtId: string; url: string; events: string[] }): Promise<{ id: string; secret: string }> {
  const data = await request<{ createWebhookSubscription: { secret: string; webhookSubscription: { id: string } } }>(
    `mutation CreateWebhook($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret webhookSubscription { id } } }`,
    { input },
  );
  return { id: data.createWebhookSubscription.webhookSubscription.id, secret: data.createWebhookSubscription.secret };
}

/** A page of `subscriptionId`'s deliveries, newest first, optionally of one status, with the total. */
export async function fetchDeliveries(subscriptionId: string, status: string | null, first: number, offset: number): Promise<{ nodes: Delivery[]; totalCount: number }> {
  const data = await request<{ webhookDeliveries: { nodes: Delivery[]; totalCount: number } }>(
    `query WebhookDeliveries($id: ID!, $status: WebhookDeliveryStatus, $first: Int, $offset: Int) {
      webhookDeliveries(subscriptionId: $id, status: $status, first: $first, offset: $offset) {
        totalCount nodes { id event status attempts lastError nextAttemptAt createdAt deliveredAt }
      }
    }`,
    { id: subscriptionId, status, first, offset },
  );
  return data.webhookDeliveries;
}

/** Pauses (`false`) or resumes (`true`) a subscription (updateWebhookSubscription). */
export async function setWebhookActive(id: string, active: boolean): Promise<void> {
  await request<{ updateWebhookSubscription: { id: string } }>(
    `mutation SetWebhookActive($id: ID!, $input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(id: $id, input: $input) { id active } }`,
    { id, input: { active } },
  );
}

/** Queues a FAILED or DELIVERED delivery again (redeliverWebhookDelivery). */
export async function redeliver(id: string): Promise<void> {
  await request<{ redeliverWebhookDelivery: { id: string } }>(`mutation RedeliverWebhookDelivery($id: ID!) { redeliverWebhookDelivery(id: $id) { id status } }`, { id });
}
