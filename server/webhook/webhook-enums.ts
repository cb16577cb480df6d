import { registerEnumType } from 'type-graphql';

/** What a webhook subscription can be told about. The value is the event name receivers see; GraphQL shows the key. */
export enum WebhookEvent {
  MEETING_CLOSED = 'meeting.closed',
  ASSESSMENT_FINALIZED = 'assessment.finalized',
}
registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: 'An event a webhook subscription receives; the receiver sees its name in the X-Pingyi-Event header.',
  valuesConfig: {
    MEETING_CLOSED: { description: 'meeting.closed — an evaluation meeting closed: its id, subdistrict, year and each official\'s id, externalId, count, rate and score (rate and score only where published).' },
    ASSESSMENT_FINALIZED: { description: 'assessment.finalized — an annual assessment was finalised: official id, externalId, year, score, grade, redLineBreached.' },
  },
});

/** Every event value, for checking stored rows. */
export const WEBHOOK_EVENTS: readonly string[] = Object.values(WebhookEvent);

/** Where a delivery stands. */
export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(DeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING (waiting for its next attempt), DELIVERED (the receiver answered 2xx) or FAILED (every attempt failed; no more are made).',
  valuesConfig: { PENDING: { description: 'Waiting for its next attempt.' }, DELIVERED: { description: 'The receiver answered with a 2xx status.' }, FAILED: { description: 'Every attempt of its series failed; no more are made unless it is redelivered.' } },
});
