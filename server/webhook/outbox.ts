import type { EntityManager } from 'typeorm';
import type { DomainEvent, EventSubscriber } from '../core/domain-events';
import { DeliveryStatus } from './webhook-enums';

/** The graphile-worker task that makes one attempt at one delivery (webhook-delivery.task.ts). */
export const WEBHOOK_DELIVERY_TASK = 'webhook_deliver';

/**
 * SQL that queues the delivery task for each id `ids` yields (a column `id` of a CTE or table
 * named `ids`): one job per delivery, keyed `webhook_delivery:<id>`, so queueing one again
 * replaces its waiting job instead of adding a second.
 */
export const QUEUE_DELIVERY_JOBS = `SELECT graphile_worker.add_job('${WEBHOOK_DELIVERY_TASK}', json_build_object('deliveryId', ids.id),
         job_key := 'webhook_delivery:' || ids.id) FROM ids`;

/**
 * Queues `event` for every active subscription of the district that asked for it, through
 * `manager`, i.e. inside the transaction of the event: the delivery rows and their jobs on the
 * queue (one `webhook_deliver` job each) are committed with the change or not at all (the
 * outbox). One statement; nothing is sent here.
 */
export async function enqueue(
  manager: EntityManager,
  districtId: string,
  event: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await enqueueMany(manager, event, [{ districtId, payload }]);
}

/** A notice of one event for one district: what `enqueueMany` queues. */
export interface WebhookNotice {
  districtId: string;
  payload: Record<string, unknown>;
}

/**
 * Queues `event` once per notice, as `enqueue` does for one, in one statement however many notices
 * there are (a background job that marks a batch of records sends its batch's notices so).
 */
export async function enqueueMany(manager: EntityManager, event: string, notices: WebhookNotice[]): Promise<void> {
  if (notices.length === 0) return;
  await manager.query(
    `WITH notices AS (
       SELECT n.district_id::uuid AS district_id, n.payload
         FROM jsonb_to_recordset($1::jsonb) AS n(district_id text, payload jsonb)),
     ids AS (
       INSERT INTO webhook_delivery (subscription_id, event, payload, status, attempts, next_attempt_at)
       SELECT s.id, $2::varchar, n.payload, $3, 0, now()
         FROM notices n JOIN webhook_subscription s ON s.district_id = n.district_id
        WHERE s.active AND $2::varchar = ANY(s.events)
       RETURNING id)
     ${QUEUE_DELIVERY_JOBS}`,
    [
      JSON.stringify(notices.map((n) => ({ district_id: n.districtId, payload: n.payload }))),
      event,
      DeliveryStatus.PENDING,
    ],
  );
}

/**
 * The webhook outbox as a domain-event subscriber: an event that carries a notice (what district
 * systems are told, built by the module that owns the data, e.g. `meeting.closed`,
 * `assessment.finalized`) is queued, under the event's name, for the subscriptions of the notice's
 * district that asked for that event, in the recording transaction. The job queue sends it later.
 */
export const webhookOutbox: EventSubscriber = {
  name: 'webhook-outbox',
  async inTransaction(events: readonly DomainEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) {
      if (event.notice) await enqueue(manager, event.notice.districtId, event.type, event.notice.payload);
    }
  },
};
