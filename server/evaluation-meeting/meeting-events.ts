import { snapshot, type DomainEvent } from '../core/domain-events';
import type { MeetingResult } from '../rating/meeting-result.entity';
import { publishedFigures } from '../rating/published-results';
import type { EvaluationMeeting } from './evaluation-meeting.entity';

/**
 * The domain events of evaluation meetings (docs/rules.md rule 4), by name: each becomes an audit
 * entry about the meeting; those that change its progress are also announced live (the rating
 * module's progress subscriber lists them), and `meeting.closed` is the webhook event of that name.
 */
export const MeetingEvent = {
  CREATED: 'meeting.created',
  UPDATED: 'meeting.updated',
  DELETED: 'meeting.deleted',
  OFFICIALS_ADDED: 'meeting.officials_added',
  OFFICIALS_REMOVED: 'meeting.officials_removed',
  REPRESENTATIVES_REGISTERED: 'meeting.representatives_registered',
  REPRESENTATIVES_UNREGISTERED: 'meeting.representatives_unregistered',
  CHECKED_IN: 'meeting.checked_in',
  OPENED: 'meeting.opened',
  CLOSED: 'meeting.closed',
} as const;

/** The fields of a meeting its events keep. */
const FIELDS: (keyof EvaluationMeeting)[] = [
  'id',
  'title',
  'year',
  'status',
  'subdistrictId',
  'neighborhoodId',
  'chairId',
  'templateId',
  'scheduledAt',
  'minRatings',
  'openedAt',
  'closedAt',
];

/** A meeting as its events keep it (JSON). */
export function meetingSnapshot(meeting: EvaluationMeeting): Record<string, unknown> {
  return snapshot(meeting, FIELDS);
}

/** An event about a meeting by `actorId`: `type` (a MeetingEvent, or another module's event about the meeting) with its before and after. */
export function meetingEvent(
  type: string,
  actorId: string | null,
  meetingId: string,
  change: Pick<DomainEvent, 'before' | 'after'>,
): DomainEvent {
  return { type, actorId, entityType: 'EvaluationMeeting', entityId: meetingId, ...change };
}

/**
 * What `meeting.closed` tells district systems: the meeting, and per official its id and
 * externalId (null when it has none, from `externalIds` by official id), the count and, where
 * published (docs/rules.md rule 7, through the rating module's read model), rate and score. Ids and
 * figures only: no names, no comments.
 */
export function meetingClosedPayload(
  meeting: EvaluationMeeting,
  results: MeetingResult[],
  externalIds: Map<string, string | null>,
): Record<string, unknown> {
  return {
    meetingId: meeting.id,
    subdistrictId: meeting.subdistrictId,
    year: meeting.year,
    closedAt: meeting.closedAt?.toISOString() ?? null,
    results: results.map((r) => {
      const shown = publishedFigures(r);
      return {
        officialId: r.officialId,
        externalId: externalIds.get(r.officialId) ?? null,
        ratingCount: shown.ratingCount,
        published: shown.published,
        satisfactionRate: shown.satisfactionRate,
        score: shown.score,
      };
    }),
  };
}
