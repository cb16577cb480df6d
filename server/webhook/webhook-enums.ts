import { registerEnumType } from 'type-graphql';

/** What a webhook subscription can be told about. The value is the event name receivers see; GraphQL shows the key. */
export enum WebhookEvent {
  MEETING_CLOSED = 'meeting.closed',
  ASSESSMENT_FINALIZED = 'assessment.finalized',
  MATTER_TRANSFERRED = 'matter.transferred',
  MATTER_OVERDUE = 'matter.overdue',
  MATTER_RESOLVED = 'matter.resolved',
}
registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: 'An event a webhook subscription receives; the receiver sees its name in the X-Pingyi-Event header.',
  valuesConfig: {
    MEETING_CLOSED: {
      description:
        "meeting.closed — an evaluation meeting closed: its id, subdistrict, year and each official's id, externalId, count, rate and score (rate and score only where published).",
    },
    ASSESSMENT_FINALIZED: {
      description:
        'assessment.finalized — an annual assessment was finalised: official id, externalId, year, score, grade, redLineBreached.',
    },
    MATTER_TRANSFERRED: {
      description:
        "matter.transferred — a resident's matter changed owner (a transfer, a run-around escalation or the PARTY_GOVERNMENT office's decision): matter id, externalId, type, status, 街道, old and new owner, duty, working days charged, runAround, times. Never the reporter's name or phone.",
    },
    MATTER_OVERDUE: {
      description:
        'matter.overdue — the overdue job found a matter past its due time unresolved: matter id, externalId, owner, dueAt, overdueAt.',
    },
    MATTER_RESOLVED: {
      description:
        'matter.resolved — a matter (or its rectification) was resolved: matter id, externalId, owner, resolvedAt, dueAt, whether in time.',
    },
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
  description:
    'PENDING (waiting for its next attempt), DELIVERED (the receiver answered 2xx) or FAILED (every attempt failed, or the target was refused; no more are made).',
  valuesConfig: {
    PENDING: { description: 'Waiting for its next attempt.' },
    DELIVERED: { description: 'The receiver answered with a 2xx status.' },
    FAILED: {
      description:
        'Every attempt of its series failed, or the URL policy refused its target (a private or link-local address, a scheme other than http(s); lastError says which) on the first; no more are made unless it is redelivered.',
    },
  },
});
