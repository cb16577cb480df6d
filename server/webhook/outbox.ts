import type { EntityManager } from 'typeorm';
import type { DomainEvent, EventSubscriber } from '../core/domain-events';
import { DeliveryStatus } from './webhook-enums';

/**
 * Queues `event` for every active subscription of the district that asked for it, through
 * `manager`, i.e. inside the transaction of the event: the delivery rows are committed with the
 * change or not at all (the outbox). One INSERT … SELECT; nothing is sent here.
 */
export async function enqueue(
  manager: EntityManager,
  districtId: string,
  event: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await manager.query(
    `INSERT INTO webhook_delivery (subscription_id, event, payload, status, attempts, next_attempt_at)
     SELECT s.id, $2::varchar, $3::jsonb, $4, 0, now() FROM webhook_subscription s
      WHERE s.district_id = $1 AND s.active AND $2::varchar = ANY(s.events)`,
    [districtId, event, JSON.stringify(payload), DeliveryStatus.PENDING],
  );
}

/**
 * The webhook outbox as a domain-event subscriber: an event that carries a notice (what district
 * systems are told, built by the module that owns the data, e.g. `meeting.closed`,
 * `assessment.finalized`) is queued, under the event's name, for the subscriptions of the notice's
 * district that asked for that event, in the recording transaction. The dispatcher sends it later.
 */
export const webhookOutbox: EventSubscriber = {
  name: 'webhook-outbox',
  async inTransaction(events: readonly DomainEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) {
      if (event.notice) await enqueue(manager, event.notice.districtId, event.type, event.notice.payload);
    }
  },
};
