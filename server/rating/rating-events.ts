import type { DomainEvent, EventSubscriber } from '../core/domain-events';
import { MeetingEvent, meetingEvent } from '../evaluation-meeting/meeting-events';

/** The domain events of ballots and ballot codes (docs/rules.md rule 7), each about the meeting. */
export const RatingEvent = {
  /** A voter's first ballot for an official: the official only, no author, to the hour. An amendment records nothing. */
  CAST: 'rating.cast',
  CODES_ISSUED: 'ballot_codes.issued',
  CODES_VOIDED: 'ballot_codes.voided',
} as const;

/** `rating.cast` for a first ballot: about the meeting, the official only, without author, at the start of its hour. */
export function ratingCast(meetingId: string, officialId: string, hour: Date): DomainEvent {
  return { ...meetingEvent(RatingEvent.CAST, null, meetingId, { after: { officialId } }), at: hour };
}

/** The topic of live meeting progress: it carries the id of a meeting whose counts changed. */
export const MEETING_PROGRESS = 'MEETING_PROGRESS';

/** The events that change what a meeting's progress shows (its counts, its status): each is announced once committed. */
const PROGRESS_EVENTS: ReadonlySet<string> = new Set<string>([
  MeetingEvent.UPDATED,
  MeetingEvent.DELETED,
  MeetingEvent.OFFICIALS_ADDED,
  MeetingEvent.OFFICIALS_REMOVED,
  MeetingEvent.REPRESENTATIVES_REGISTERED,
  MeetingEvent.REPRESENTATIVES_UNREGISTERED,
  MeetingEvent.CHECKED_IN,
  MeetingEvent.OPENED,
  MeetingEvent.CLOSED,
  RatingEvent.CAST,
  RatingEvent.CODES_ISSUED,
  RatingEvent.CODES_VOIDED,
]);

/**
 * Live progress (docs/rules.md rule 7) as a domain-event subscriber: after a transaction commits,
 * each meeting whose progress it changed is announced once on MEETING_PROGRESS (a check-in that
 * issues codes too: once), so a subscriber reads the counts again. Nothing is announced for what
 * records no event (an amended ballot, a void of no code) or rolls back.
 */
export const liveProgress: EventSubscriber = {
  name: 'live-progress',
  afterCommit(events, { live }) {
    const meetings = new Set(events.filter((e) => PROGRESS_EVENTS.has(e.type)).map((e) => e.entityId));
    for (const meetingId of meetings) live.publish(MEETING_PROGRESS, meetingId);
  },
};
